// The dashboard's CSV exports, hydrated and with JavaScript off: a host with two homes and
// a couple of stays booked on them opens /host for the next 30 days, downloads the
// reservations file from its link, and finds in it exactly the bookings SQL finds for that
// period (ids, dates, statuses, in order); the earnings file holds the two stays too.
// Listings of this spec's own: slots 142 and 143.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { bookByApi, day, ownListing, person, signIn, token } from './people';
import { ready, sql } from './support';

/** The rows of an RFC 4180 file (quoted fields, doubled quotes, CRLF), header first. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(row.length === 0 && field === '', 'the file ends with CRLF').toBe(true);
  return rows;
}

/** Clicks the link named `name` and returns the file it downloads, with its name. */
async function download(page: Page, name: string): Promise<{ filename: string; rows: string[][] }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return { filename: file.suggestedFilename(), rows: parseCsv(readFileSync(path, 'utf8')) };
}

/** The host's bookings whose stay overlaps the next 30 nights (UTC), as the file orders them. */
function bookingsOfNext30(host: string, statuses?: string): string[][] {
  const only = statuses ? `AND b.status IN (${statuses})` : '';
  const out = sql(`SELECT b.id, b.check_in, b.check_out, b.status
       FROM bookings b JOIN listings l ON l.id = b.listing_id
       JOIN users u ON u.id = l.host_id AND u.email = '${host}'
       WHERE b.check_in < (now() AT TIME ZONE 'UTC')::date + 30
         AND b.check_out > (now() AT TIME ZONE 'UTC')::date ${only}
       ORDER BY b.check_in, b.id`);
  return out ? out.split('\n').map((line) => line.split('|')) : [];
}

test.describe('dashboard exports', () => {
  test('the host downloads the period’s reservations and earnings as CSV', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'exporter');
    const guest = await person(page, testInfo, 'renter');
    const first = ownListing(142, testInfo, true, host);
    const second = ownListing(143, testInfo, true, host);
    sql(`UPDATE listings SET created_at = now() - interval '2 years' WHERE id IN (${first.id}, ${second.id});
         UPDATE users SET preferred_currency = 'EUR', time_zone = 'UTC' WHERE email = '${host}'`);
    const bearer = await token(page, guest);
    const stays = [await bookByApi(page, bearer, first.id, 5, 3), await bookByApi(page, bearer, second.id, 8, 2)];

    await signIn(page, testInfo, host, '/host');
    await page.goto('/host?period=next30');
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const link = page.getByRole('link', { name: 'Reservations (CSV)' });
    await expect(link).toHaveAttribute('href', '/api/v1/host/reservations.csv?period=next30');

    const reservations = await download(page, 'Reservations (CSV)');
    expect(reservations.filename).toBe(`haven-reservations-${day(0)}-${day(29)}.csv`);
    const [header, ...rows] = reservations.rows;
    expect(header.slice(0, 8)).toEqual([
      'Booking',
      'Confirmation code',
      'Listing',
      'Listing title',
      'Guest',
      'Check-in',
      'Check-out',
      'Nights',
    ]);
    expect(header).toContain('Host earnings (EUR)');
    const status = header.indexOf('Status');
    // Exactly SQL's bookings of the period, in its order, with its dates and statuses.
    expect(rows.map((r) => [r[0], r[5], r[6], r[status]])).toEqual(bookingsOfNext30(host));
    for (const [id, from, nights] of [
      [stays[0], 5, 3],
      [stays[1], 8, 2],
    ]) {
      const row = rows.find((r) => r[0] === String(id));
      expect(row, `booking ${id} is in the file`).toBeDefined();
      expect(row?.slice(4, 8)).toEqual(['Renter', day(from), day(from + nights), String(nights)]);
      expect(row?.[status]).toBe('confirmed');
    }

    // The earnings lines: the stays that earn, the two new ones among them.
    const earnings = await download(page, 'Earnings lines (CSV)');
    expect(earnings.filename).toBe(`haven-earnings-${day(0)}-${day(29)}.csv`);
    const lines = earnings.rows.slice(1);
    const earning = bookingsOfNext30(host, "'confirmed', 'completed', 'cancelled'");
    expect(lines.map((l) => l[0])).toEqual(earning.map((b) => b[0]));
    expect(lines.map((l) => l[0])).toEqual(expect.arrayContaining(stays.map(String)));
    expect(earnings.rows[0].at(-1)).toBe('Earnings in period (EUR)');

    // One listing: the links follow the dashboard's query.
    await page.getByLabel('Listing', { exact: true }).selectOption(String(second.id));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`listing_id=${second.id}`));
    await ready(page, testInfo);
    await expect(page.getByRole('link', { name: 'Reservations (CSV)' })).toHaveAttribute(
      'href',
      new RegExp(`listing_id=${second.id}`),
    );
    const one = await download(page, 'Reservations (CSV)');
    const listingIds = new Set(one.rows.slice(1).map((r) => r[2]));
    expect([...listingIds]).toEqual([String(second.id)]);
    expect(one.rows.slice(1).map((r) => r[0])).toContain(String(stays[1]));
  });
});
