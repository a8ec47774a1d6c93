import { expect, test } from '@playwright/test';
import { ready, sql } from './support';

test.describe('home page', () => {
  const title = `E2E cottage ${Date.now()}`;
  let id = '';

  test.beforeAll(() => {
    // A listing newer than every seeded one, written straight into the database: the home
    // page can only show it by reading the database.
    const host = sql('SELECT id FROM users ORDER BY created_at LIMIT 1');
    id = sql(`
      INSERT INTO listings (host_id, title, description, property_type, address, city, country,
                            country_code, latitude, longitude, price_per_night_minor,
                            cleaning_fee_minor, max_guests, bedrooms, beds, bathrooms, created_at)
      VALUES ('${host}', '${title}', 'Written by the end-to-end test.', 'cottage',
              '1 Test Lane', 'Lisbon', 'Portugal', 'PT', 38.72, -9.14, 12345, 2500, 2, 1, 1, 1,
              now() + interval '1 day')
      RETURNING id`);
    sql(`INSERT INTO listing_photos (listing_id, position, url, alt, width, height)
         VALUES (${id}, 0, '/photos/exterior-01.svg', 'Outside', 1200, 800)`);
  });

  test.afterAll(() => {
    sql(`DELETE FROM listings WHERE id = ${id}`);
  });

  test('shows featured listings from the database', async ({ page }, testInfo) => {
    // The replica may take a moment to replay the insert: reload until it shows.
    await expect(async () => {
      await page.goto('/');
      await expect(page.getByRole('list', { name: 'Featured stays' }).getByRole('listitem').first())
        .toContainText(title, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await ready(page, testInfo);

    await expect(page).toHaveTitle(/Haven/);
    await expect(page.getByRole('heading', { name: 'Featured stays' })).toBeVisible();
    const cards = page.getByRole('list', { name: 'Featured stays' }).getByRole('listitem');
    await expect(cards).toHaveCount(12);
    const first = cards.first();
    await expect(first).toContainText('Lisbon, Portugal');
    await expect(first).toContainText('$123.45 night');
    await expect(first.getByRole('img')).toHaveAttribute('src', '/photos/exterior-01.svg');
    await expect(first.getByRole('link')).toHaveAttribute('href', `/listings/${id}`);
  });
});
