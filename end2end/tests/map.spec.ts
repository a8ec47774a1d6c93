import { expect, test, type Page } from '@playwright/test';
import { jsEnabled, ready, sql } from './support';

// No tiles load on these machines (no internet): every map here runs on its plain
// background, which is exactly the case that must work.

/** The most common city of the seeded listings. */
function busiestCity(): string {
  return sql("SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1");
}

/** "No stays match", "1 stay" or "N stays", as the search page counts. */
function countText(n: number): string {
  return n === 0 ? 'No stays match' : n === 1 ? '1 stay' : `${n.toLocaleString('en-US')} stays`;
}

/** Collects uncaught page errors and whatever the Content-Security-Policy blocked (Leaflet's
 * script, stylesheet, tiles and inline styles must all be allowed), to assert that none
 * happened. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) errors.push(new Error(m.text()));
  });
  return errors;
}

test.describe('maps', () => {
  test('search results are price pins; moving the map searches that area', async ({ page }, testInfo) => {
    const errors = pageErrors(page);
    const city = busiestCity();
    await page.goto(`/search?q=${encodeURIComponent(city)}&adults=2`);
    await ready(page, testInfo);
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ stays?$/);
    const cards = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    const map = page.getByRole('region', { name: 'Map of the results' });

    if (!jsEnabled(testInfo)) {
      // Without JavaScript there is no map, and the list is whole.
      await expect(map).toBeHidden();
      expect(await cards.count()).toBeGreaterThan(0);
      return;
    }

    // One pin per result on the page, labelled with the nightly price the card shows.
    await expect(map).toBeVisible();
    const pins = map.getByRole('button', { name: / a night$/ });
    const onPage = await cards.count();
    await expect(pins).toHaveCount(onPage);
    const cardPrices = await cards.locator('.card__price > strong').allTextContents();
    const pinPrices = await pins.allTextContents();
    expect([...pinPrices].sort()).toEqual([...cardPrices].sort());
    // The tile source comes from the server's configuration (OpenStreetMap by default).
    await expect(map.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible();
    const searchArea = map.getByRole('button', { name: 'Search this area' });
    await expect(searchArea).toBeHidden();

    // The card under the pointer brings its pin forward.
    const firstTitle = (await cards.first().getByRole('heading').textContent()) ?? '';
    await cards.first().hover();
    const active = map.locator('.map-pin--active');
    await expect(active).toHaveCount(1);
    expect((await active.getAttribute('aria-label'))?.startsWith(`${firstTitle}, `)).toBe(true);

    // Drag the map: the button appears.
    const canvas = map.locator('.leaflet-container');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the map has no size');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - box.width / 4, y + box.height / 6, { steps: 12 });
    await page.mouse.up();
    await expect(searchArea).toBeVisible();
    await expect(page).not.toHaveURL(/bbox=/);

    // Search it: the URL keeps the search and gains the area; the results are those in it.
    await searchArea.click();
    await expect(page).toHaveURL(/[?&]bbox=-?[\d.]+%2C-?[\d.]+%2C-?[\d.]+%2C-?[\d.]+/);
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page).toHaveURL(/[?&]adults=2/);
    await expect(searchArea).toBeHidden();
    const bbox = new URL(page.url()).searchParams.get('bbox') ?? '';
    const [west, south, east, north] = bbox.split(',').map(Number);
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
    const place = city.replaceAll("'", "''");
    const inArea = Number(
      sql(`SELECT count(*) FROM listings WHERE is_active AND max_guests >= 2
           AND (lower(city) = lower('${place}') OR lower(state) = lower('${place}') OR lower(country) = lower('${place}'))
           AND point(longitude, latitude) <@ box(point(${west}, ${south}), point(${east}, ${north}))`),
    );
    await expect(status).toHaveText(countText(inArea));
    await expect(cards).toHaveCount(Math.min(inArea, 24));
    await expect(pins).toHaveCount(Math.min(inArea, 24));

    // A pin opens its listing (keyboard: focus it, press Enter).
    if (inArea > 0) {
      const name = (await pins.first().getAttribute('aria-label')) ?? '';
      await pins.first().focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/listings\/\d+\?adults=2$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name.replace(/, \S+ a night$/, ''));
    }
    expect(errors).toEqual([]);
  });

  test('the listing page shows the neighbourhood on a map', async ({ page }, testInfo) => {
    const errors = pageErrors(page);
    const id = sql('SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1');
    const city = sql(`SELECT city FROM listings WHERE id = ${id}`);
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { name: 'Where you’ll be' })).toBeVisible();
    await expect(page.getByText('The map shades the neighbourhood, not the exact address.')).toBeVisible();
    const map = page.getByRole('region', { name: `Map of the area around ${city}` });
    if (jsEnabled(testInfo)) {
      await expect(map).toBeVisible();
      await expect(map.locator('path.map-area')).toHaveCount(1);
    } else {
      await expect(map).toBeHidden();
    }
    expect(errors).toEqual([]);
  });

  // Without JavaScript nothing loads Leaflet: this one runs in the hydrated project only.
  test('only pages with a map load Leaflet @js-only', async ({ page }, testInfo) => {
    const leaflet: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/vendor/leaflet/')) leaflet.push(request.url());
    });
    await page.goto('/');
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Featured stays' })).toBeVisible();
    expect(leaflet).toEqual([]);

    // Navigating in place to a page with a map fetches it then.
    await page.getByLabel('Where to?').fill(busiestCity());
    await page.getByRole('button', { name: 'Search' }).click();
    const map = page.getByRole('region', { name: 'Map of the results' });
    await expect(map.getByRole('button', { name: / a night$/ }).first()).toBeVisible();
    expect(leaflet.some((url) => url.endsWith('/leaflet.js'))).toBe(true);
    expect(leaflet.some((url) => url.endsWith('/leaflet.css'))).toBe(true);
  });
});
