// The owner's dashboard, hydrated and with JavaScript off: the demo host of the README
// (two hundred homes, two years of seeded history) opens it and reads figures that match
// SQL; a host with two homes (and the seeded history that comes with them) opens /host;
// the figures on the page match what this test works out in SQL, and changing the period,
// the listing and the sort order changes the URL and the figures. Listings of this spec's
// own: slots 130 and up.
import { expect, type Page, test } from '@playwright/test';
import { person, ownListing, signIn } from './people';
import { ready, sql } from './support';

/** The demo power host the README names (the seed's `POWER_HOST_*`). */
const DEMO_HOST = 'demo-host@haven.test';
const DEMO_PASSWORD = 'harbour lantern demo keys';

/**
 * Booked nights of the host's listings (or one) over the last `days` days up to the
 * host's today (in their time zone), in SQL: each stay's nights inside the period.
 */
function bookedNights(host: string, days: number, listing?: number): number {
  const only = listing ? `AND l.id = ${listing}` : '';
  return Number(
    sql(`WITH h AS (SELECT id, (now() AT TIME ZONE time_zone)::date AS today FROM users WHERE email = '${host}')
         SELECT coalesce(sum(least(b.check_out, h.today + 1) - greatest(b.check_in, h.today - ${days - 1})), 0)
         FROM bookings b JOIN listings l ON l.id = b.listing_id JOIN h ON h.id = l.host_id
         WHERE b.status IN ('confirmed', 'completed') ${only}
           AND b.check_in < h.today + 1 AND b.check_out > h.today - ${days - 1}`),
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
  test('the demo host opens the dashboard of their many homes and its figures match SQL', async ({ page }, testInfo) => {
    await page.goto('/signin?next=%2Fhost%3Fperiod%3D365d');
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(DEMO_HOST);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/host\?period=365d/);
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

    // A year of a living business: as many rows as the host has listings (other specs
    // borrow some of the seeded ones, so they are counted now), and the year's nights.
    const homes = Number(
      sql(`SELECT count(*) FROM listings l JOIN users u ON u.id = l.host_id WHERE u.email = '${DEMO_HOST}'`),
    );
    expect(homes, 'the seed gives the demo host many homes').toBeGreaterThan(50);
    await expect(listingsTable(page).locator('tbody tr')).toHaveCount(homes);
    const year = bookedNights(DEMO_HOST, 365);
    expect(year, 'two years of seeded stays').toBeGreaterThan(1000);
    await expect(card(page, 'Booked nights').locator('.kpi__value')).toHaveText(String(year));

    // The last 30 days, from the form.
    await page.getByLabel('Period', { exact: true }).selectOption('30d');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/period=30d/);
    await expect(card(page, 'Booked nights').locator('.kpi__value')).toHaveText(String(bookedNights(DEMO_HOST, 30)));
  });

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
