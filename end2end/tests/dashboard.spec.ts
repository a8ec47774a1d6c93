// The owner's dashboard, hydrated and with JavaScript off: a host with two homes (and the
// seeded history that comes with them) opens /host; the figures on the page match what
// this test works out in SQL, and changing the period, the listing and the sort order
// changes the URL and the figures. Listings of this spec's own: slots 130 and up.
import { expect, type Page, test } from '@playwright/test';
import { person, ownListing, signIn } from './people';
import { sql } from './support';

/** Booked nights of the host's listings (or one) over the last `days` days, in SQL. */
function bookedNights(host: string, days: number, listing?: number): number {
  const only = listing ? `AND l.id = ${listing}` : '';
  return Number(
    sql(`SELECT coalesce(sum(least(b.check_out, current_date + 1) - greatest(b.check_in, current_date - ${days - 1})), 0)
         FROM bookings b JOIN listings l ON l.id = b.listing_id
         JOIN users u ON u.id = l.host_id AND u.email = '${host}'
         WHERE b.status IN ('confirmed', 'completed') ${only}
           AND b.check_in < current_date + 1 AND b.check_out > current_date - ${days - 1}`),
  );
}

/** The per-listing table (the page has others: the payouts', the charts' data). */
function listingsTable(page: Page) {
  return page.getByRole('table', { name: 'Each listing over the period' });
}

function card(page: Page, label: string) {
  return page.locator('.kpi').filter({ has: page.getByText(label, { exact: true }) });
}

test.describe('owner dashboard', () => {
  test('the host reads their figures, then changes the period, the listing and the order', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'owner');
    const first = ownListing(130, testInfo, true, host);
    const second = ownListing(131, testInfo, false, host);
    // Both have existed for two years, in the host's currency.
    sql(`UPDATE listings SET created_at = now() - interval '2 years', currency = 'USD' WHERE id IN (${first.id}, ${second.id});
         UPDATE users SET preferred_currency = 'USD', time_zone = 'UTC' WHERE email = '${host}'`);

    await signIn(page, testInfo, host, '/host');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const month = bookedNights(host, 30);
    expect(month, 'the seeded history books some nights').toBeGreaterThan(0);
    await expect(card(page, 'Booked nights').locator('.kpi__value')).toHaveText(String(month));
    await expect(listingsTable(page)).toContainText(first.title);
    await expect(listingsTable(page)).toContainText(second.title);

    // The charts, drawn on the server: earnings by month (twelve months, this year against
    // last, each with an amount in dollars), occupancy and lead times, each with its data.
    const earnings = page.locator('#earnings-by-month');
    await expect(earnings.locator('svg')).toBeVisible();
    await earnings.locator('summary').click();
    const rows = earnings.locator('tbody tr');
    await expect(rows).toHaveCount(12);
    await expect(rows.first()).toContainText('January');
    await expect(rows.first()).toContainText('$');
    await expect(page.locator('#occupancy svg')).toBeVisible();
    await expect(page.locator('#lead-time svg')).toBeVisible();
    await earnings.locator('summary').click();

    // A longer period.
    await page.getByLabel('Period', { exact: true }).selectOption('90d');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/period=90d/);
    await expect(card(page, 'Booked nights').locator('.kpi__value')).toHaveText(String(bookedNights(host, 90)));

    // One listing.
    await page.getByLabel('Listing', { exact: true }).selectOption(String(first.id));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`listing_id=${first.id}`));
    await expect(card(page, 'Booked nights').locator('.kpi__value')).toHaveText(String(bookedNights(host, 90, first.id)));
    await expect(listingsTable(page).getByRole('row')).toHaveCount(2);

    // All listings again, sorted by occupancy, highest first.
    await page.getByLabel('Listing', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('link', { name: 'Occupancy' }).click();
    await expect(page).toHaveURL(/sort=occupancy&dir=desc/);
    await expect(page.getByRole('columnheader', { name: 'Occupancy' })).toHaveAttribute('aria-sort', 'descending');
  });
});
