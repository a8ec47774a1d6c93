import { expect, test } from '@playwright/test';
import { jsEnabled, ready, sql } from './support';

test.describe('listing page', () => {
  test('shows the details of the listing a card links to', async ({ page }, testInfo) => {
    await page.goto('/');
    await ready(page, testInfo);
    const card = page.getByRole('list', { name: 'Featured stays' }).getByRole('listitem').nth(1);
    const cardTitle = (await card.getByRole('heading').textContent())?.trim() ?? '';
    expect(cardTitle.length).toBeGreaterThan(4);

    await card.getByRole('link').click();
    await expect(page).toHaveURL(/\/listings\/\d+$/);
    await ready(page, testInfo);
    const id = page.url().split('/').pop();
    const row = sql(`SELECT title || '|' || city || '|' || max_guests || '|' || cleaning_fee_minor
                     FROM listings WHERE id = ${id}`).split('|');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(row[0]);
    await expect(page).toHaveTitle(`${row[0]} · Haven`);
    await expect(page.locator(".listing__place")).toHaveText(new RegExp(`^${row[1]}, `));
    await expect(page.getByRole('heading', { name: 'About this place' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What this place offers' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Meet your host, / })).toBeVisible();
    await expect(page.getByText(new RegExp(`^${row[2]} guests? · `))).toBeVisible();
    const cleaning = Number(row[3]) / 100;
    await expect(page.getByRole('group', { name: 'Price' })).toContainText(`Cleaning fee$${cleaning.toLocaleString('en-US')}`);
    // The gallery's first photo (similar stays below have cover photos too).
    await expect(page.getByRole('img', { name: /^Outside view of / }).first()).toBeVisible();
  });

  test('an unknown listing is a 404 page', async ({ page }) => {
    for (const path of ['/listings/987654321', '/listings/not-a-number', '/no/such/page']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible();
      await expect(page).toHaveTitle('Page not found · Haven');
    }
  });

  test('the gallery steps through the photos', async ({ page }, testInfo) => {
    const id = sql(`SELECT listing_id FROM listing_photos GROUP BY listing_id
                    HAVING count(*) >= 4 ORDER BY listing_id LIMIT 1`);
    const photos = Number(sql(`SELECT count(*) FROM listing_photos WHERE listing_id = ${id}`));
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    const gallery = page.getByRole('region', { name: /^Photos of / });
    const counter = gallery.getByText(new RegExp(`^\\d+ / ${photos}$`));
    await expect(counter).toHaveText(`1 / ${photos}`);

    if (jsEnabled(testInfo)) {
      // Only the hydrated page handles keys, and it navigates without reloading the page.
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      await expect(gallery.getByText('Use ← → to browse')).toBeVisible();
      await gallery.focus();
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`2 / ${photos}`);
      await expect(page).toHaveURL(/\?photo=2$/);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(counter).toHaveText(`${photos} / ${photos}`);
      await gallery.getByRole('link', { name: 'Next photo' }).click();
      await expect(counter).toHaveText(`1 / ${photos}`);
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    } else {
      // Without JavaScript the hint stays hidden and the links load the next photo's page.
      await expect(gallery.getByText('Use ← → to browse')).toBeHidden();
      await gallery.getByRole('link', { name: 'Next photo' }).click();
      await expect(page).toHaveURL(/\?photo=2$/);
      await expect(counter).toHaveText(`2 / ${photos}`);
      await gallery.getByRole('link', { name: `Photo ${photos} of ${photos}` }).click();
      await expect(counter).toHaveText(`${photos} / ${photos}`);
    }
  });
});
