import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { bookByApi, day, ownListing, person, signIn, token } from './people';
import { ready, sql } from './support';

// Calendar sync (issue 18): a host imports another site's calendar, served by this spec on
// 127.0.0.1 (the e2e server allows private addresses), syncs it, and sees its nights
// blocked on the host calendar and unavailable on the listing page; the export address
// downloads a calendar with the listing's booking. Hydrated and without JavaScript.

/** `YYYYMMDD` of `day(n)`. */
const compact = (n: number) => day(n).replaceAll('-', '');

/** The other site: one calendar, with a stay from day 3 to day 5 (two nights). */
function otherSite(): http.Server {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Airbnb Inc//Hosting Calendar 1.0.0//EN',
    'BEGIN:VEVENT',
    `DTSTART;VALUE=DATE:${compact(3)}`,
    `DTEND;VALUE=DATE:${compact(5)}`,
    'UID:e2e-stay@airbnb.com',
    'SUMMARY:Reserved',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  return http.createServer((req, res) => {
    if (req.url === '/calendar.ics') {
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag: '"e2e"' });
      res.end(ics);
    } else {
      res.writeHead(404).end();
    }
  });
}

test.describe('calendar sync', () => {
  let site: http.Server;
  let feedUrl = '';

  test.beforeAll(async () => {
    site = otherSite();
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    feedUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/calendar.ics`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => site.close(resolve));
  });

  test('a host imports a calendar and its nights are blocked; the export downloads', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const { id } = ownListing(13, testInfo, true, host);
    sql(`DELETE FROM calendar_feeds WHERE listing_id = ${id}`);
    await bookByApi(page, await token(page, guest), id, 10, 2);

    await signIn(page, testInfo, host, `/host/listings/${id}/calendar/sync`);
    await page.getByLabel('Name', { exact: true }).fill('Airbnb');
    await page.getByLabel('Calendar address', { exact: true }).fill(feedUrl);
    await page.getByRole('button', { name: 'Import calendar' }).click();

    // Added; the worker is woken and syncs it within moments (the page shows each visit's
    // state, so it is read again until the sync has happened).
    const feed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Airbnb' }) });
    await expect(feed).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(feed.locator('.calendar-sync__status')).toHaveText('Synced: it blocks 2 nights from today.', {
        timeout: 1000,
      });
    }).toPass({ timeout: 30_000 });
    await ready(page, testInfo);
    await page.getByRole('button', { name: 'Sync now: Airbnb' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(feed).toContainText('Last sync:');

    // The host's calendar shows the imported nights blocked.
    await page.goto(`/host/listings/${id}/calendar?from=${day(3).slice(0, 8)}01`);
    await ready(page, testInfo);
    await expect(page.locator(`[data-date="${day(3)}"]`)).toHaveAttribute('data-state', 'blocked');
    await expect(page.locator(`[data-date="${day(4)}"]`)).toHaveAttribute('data-state', 'blocked');

    // Guests see them unavailable on the listing page.
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    const when = new Date(`${day(3)}T00:00:00Z`);
    const month = when.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    await expect(page.getByLabel(`${month} ${when.getUTCDate()}, unavailable`, { exact: true })).toBeVisible();

    // The export address downloads a calendar with the booking as an all-day event.
    await page.goto(`/host/listings/${id}/calendar/sync`);
    await ready(page, testInfo);
    const address = await page.getByLabel('Calendar address (iCalendar)').inputValue();
    const ics = await page.request.get(new URL(address).pathname);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const text = await ics.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(`DTSTART;VALUE=DATE:${compact(10)}\r\nDTEND;VALUE=DATE:${compact(12)}\r\nSUMMARY:Reserved`);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });
});
