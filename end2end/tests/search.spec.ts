import { expect, test } from '@playwright/test';
import { ready, sql } from './support';

/** A date `days` from today, as the date inputs and the URL carry it. */
function isoDay(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test.describe('search', () => {
  test('search by city and dates, refine, and open a result', async ({ page }, testInfo) => {
    const city = sql(
      "SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1",
    );
    const checkIn = isoDay(30);
    const checkOut = isoDay(33);

    await page.goto('/');
    await ready(page, testInfo);
    await page.getByLabel('Where to?').fill(city);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole('heading', { name: `Stays in ${city}` })).toBeVisible();
    await ready(page, testInfo);

    await page.getByLabel('Check in').fill(checkIn);
    await page.getByLabel('Check out').fill(checkOut);
    await page.getByLabel('Adults').fill('2');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`check_in=${checkIn}`));
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ stays?$/);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(results.first()).toContainText('total for 3 nights');
    const before = Number((await status.textContent())?.split(' ')[0]);

    // Refine: a price ceiling and an amenity narrow the results.
    await page.getByText('Filters').click();
    await page.getByLabel('Max price a night').fill('400');
    await page.getByLabel('Wi-Fi').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/amenities=wifi/);
    await expect(page).toHaveURL(/max_price=400/);
    await expect(status).toHaveText(/^(\d+ stays?|No stays match)$/);
    const after = Number((await status.textContent())?.split(' ')[0]) || 0;
    expect(after).toBeLessThanOrEqual(before);

    if (after > 0) {
      const first = results.first().getByRole('link');
      const title = (await first.getByRole('heading').textContent()) ?? '';
      await first.click();
      await expect(page).toHaveURL(new RegExp(`/listings/\\d+\\?check_in=${checkIn}&check_out=${checkOut}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      // The listing was found free for these dates, so the server prices the stay.
      const quote = page.getByRole('region', { name: 'Price for your stay' });
      await expect(quote).toContainText('Haven service fee');
      await expect(quote.locator('.quote__total dd')).toHaveText(/^[$€£][\d,]+(\.\d\d)?$/);
    }
  });

  test('choose dates on a listing and see the quote, or why not', async ({ page }, testInfo) => {
    const id = sql(
      "SELECT id FROM listings l WHERE is_active AND min_nights <= 3 AND advance_notice_days <= 5 AND NOT EXISTS (SELECT 1 FROM listing_holds h WHERE h.listing_id = l.id AND h.nights && daterange(current_date + 40, current_date + 50)) ORDER BY id LIMIT 1",
    );
    const taken = sql(
      `SELECT lower(nights) FROM listing_holds WHERE listing_id = ${id} AND lower(nights) > current_date + 10 ORDER BY lower(nights) LIMIT 1`,
    );
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    await expect(page.getByText('Choose dates to see the total.')).toBeVisible();
    await page.getByLabel('Check in').fill(isoDay(40));
    await page.getByLabel('Check out').fill(isoDay(43));
    await page.getByRole('button', { name: 'Check price' }).click();
    await expect(page).toHaveURL(new RegExp(`check_in=${isoDay(40)}`));
    const quote = page.getByRole('region', { name: 'Price for your stay' });
    await expect(quote).toContainText('3 nights');
    await expect(quote).toContainText('Total');

    if (taken) {
      const end = new Date(`${taken}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 3);
      await page.goto(`/listings/${id}?check_in=${taken}&check_out=${end.toISOString().slice(0, 10)}`);
      await ready(page, testInfo);
      await expect(page.getByRole('alert')).toHaveText(/taken|minimum|maximum|notice|ahead/);
    }
    // The calendar shows the months ahead.
    await expect(page.getByRole('table').first()).toBeVisible();
  });

  test('bad dates are explained on the page', async ({ page }, testInfo) => {
    await page.goto(`/search?check_in=${isoDay(10)}&check_out=${isoDay(8)}`);
    await ready(page, testInfo);
    await expect(page.getByRole('alert')).toContainText('Check-out must be after check-in.');
  });

  test('a search that finds nothing says what to relax', async ({ page }, testInfo) => {
    const city = sql("SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1");
    await page.goto(`/search?q=${encodeURIComponent(city)}&max_price=1`);
    await ready(page, testInfo);
    await expect(page.getByRole('status')).toHaveText('No stays match');
    await expect(page.getByText('Try widening the price range.')).toBeVisible();
  });
});
