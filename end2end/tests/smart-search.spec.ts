import { expect, test } from '@playwright/test';
import { ready, sql } from './support';

/** The busiest city, and how many of its active listings take `guests` with and without `amenity`. */
function counts(amenity: string, guests: number) {
  const city = sql(
    `SELECT city FROM listings WHERE is_active AND '${amenity}' = ANY(amenities)
     GROUP BY city ORDER BY count(*) DESC, city LIMIT 1`,
  );
  const count = (extra: string) =>
    Number(
      sql(
        `SELECT count(*) FROM listings WHERE is_active AND city = '${city.replace(/'/g, "''")}'
         AND max_guests >= ${guests} ${extra}`,
      ),
    );
  return {
    city,
    withAmenity: count(`AND '${amenity}' = ANY(amenities)`),
    all: count(''),
    instant: count('AND instant_book'),
  };
}

function stays(n: number): RegExp {
  return n === 0 ? /^No stays match$/ : new RegExp(`^${n.toLocaleString('en-US')} stays?$`);
}

test.describe('plain-language search', () => {
  test('a sentence becomes chips; removing one widens the results', async ({ page }, testInfo) => {
    const { city, withAmenity, all, instant } = counts('pool', 3);
    expect(withAmenity).toBeGreaterThan(0);
    expect(all).toBeGreaterThan(withAmenity);

    await page.goto('/');
    await ready(page, testInfo);
    await page.getByLabel('Where to?').fill(`quiet place for 3 adults in ${city.toLowerCase()} with a pool`);
    await page.getByRole('button', { name: 'Search' }).click();

    // The sentence became the ordinary search URL: every filter a parameter.
    await expect(page).toHaveURL(/[?&]amenities=pool/);
    await expect(page).toHaveURL(/[?&]adults=3/);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(city).replace(/%20/g, '\\+')}&`));
    await ready(page, testInfo);
    const chips = page.getByRole('list', { name: 'Your search' });
    await expect(chips.getByRole('link')).toHaveText([`${city}×`, '3 adults×', 'Pool×']);
    await expect(page.getByText('Not used in the search: “quiet”')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(stays(withAmenity));

    // Each result is in the city, takes three, and has a pool (the search's own check).
    await page.getByRole('link', { name: 'Remove Pool' }).click();
    await expect(page).not.toHaveURL(/amenities=/);
    await expect(page).toHaveURL(/[?&]adults=3/);
    await expect(page.getByRole('status')).toHaveText(stays(all));
    await expect(chips.getByRole('link')).toHaveText([`${city}×`, '3 adults×']);

    // A sentence typed on the search page itself (with JavaScript, read by a server
    // function and followed in the browser) keeps the party from the form.
    await page.getByLabel('Where, or describe your trip').fill(`${city} instant book`);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/[?&]instant_book=true/);
    await expect(chips.getByRole('link')).toHaveText([`${city}×`, '3 adults×', 'Instant book×']);
    await expect(page.getByRole('status')).toHaveText(stays(instant));
  });

  test('the API reads the same sentence', async ({ request }) => {
    const res = await request.get(
      '/api/v1/ai/search?text=' + encodeURIComponent('2 adults and a dog in Lisbon next weekend under €150 a night with parking'),
    );
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.filters).toMatchObject({
      q: 'Lisbon',
      adults: '2',
      pets: '1',
      max_price: '150',
      currency: 'EUR',
      amenities: 'free_parking',
    });
    expect(body.time_zone).toBe('Europe/Lisbon');
    expect(body.search_url).toMatch(/^\/search\?q=Lisbon&check_in=\d{4}-\d\d-\d\d&check_out=/);
    const bad = await request.get('/api/v1/ai/search?text=' + 'x'.repeat(301));
    expect(bad.status()).toBe(400);
  });
});
