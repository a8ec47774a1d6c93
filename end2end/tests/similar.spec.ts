import { expect, test } from '@playwright/test';
import { ready, sql } from './support';

function isoDay(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test.describe('similar stays', () => {
  test('a listing shows similar stays nearby, free for the dates, and one opens priced', async ({ page }, testInfo) => {
    // A listing with neighbours in its city.
    const id = sql(
      `SELECT l.id FROM listings l WHERE l.is_active AND (SELECT count(*) FROM listings o
         WHERE o.is_active AND o.id <> l.id AND o.city = l.city AND o.max_guests >= 2) >= 6
       ORDER BY l.id LIMIT 1`,
    );
    const [checkIn, checkOut] = [isoDay(45), isoDay(48)];
    await page.goto(`/listings/${id}?check_in=${checkIn}&check_out=${checkOut}&adults=2`);
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { name: 'Similar stays nearby' })).toBeVisible();
    const similar = page.getByRole('list', { name: 'Similar stays' });
    await expect(similar.getByRole('listitem').first()).toContainText('km away');
    const count = await similar.getByRole('listitem').count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(6);

    // Each is free for those nights: opening one prices the same stay.
    const first = similar.getByRole('link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`/listings/\\d+\\?check_in=${checkIn}&check_out=${checkOut}&adults=2`));
    await first.click();
    await expect(page).toHaveURL(new RegExp(`check_in=${checkIn}`));
    await expect(page.getByRole('region', { name: 'Price for your stay' })).toContainText('3 nights');
  });
});
