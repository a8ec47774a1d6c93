import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { png, ready, sql } from './support';

const PASSWORD = 'violet tram honest glacier';

async function continueTo(page: Page, testInfo: TestInfo, step: string) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
  await ready(page, testInfo);
}

/** The search results for Bled, newest first: where a new listing shows up first. */
async function searchBled(page: Page, testInfo: TestInfo) {
  await page.goto('/search?q=Bled%2C+Slovenia&sort=newest');
  await ready(page, testInfo);
}

test.describe('hosting', () => {
  test('a host creates a listing with two photos, finds it, reprices, pauses and deletes it', async ({
    page,
    request,
  }, testInfo) => {
    const email = `host-${testInfo.project.name}-${Date.now()}@example.com`;
    const registered = await request.post('/api/v1/auth/register', {
      data: { email, password: PASSWORD, display_name: 'Iris Novak' },
    });
    expect(registered.status()).toBe(201);
    // Putting a listing live needs a verified address (recovery.spec.ts follows the link).
    sql(`UPDATE users SET email_verified_at = now() WHERE email = '${email}'`);
    const title = `Lakeside cabin ${testInfo.project.name} ${Date.now()}`;

    await page.goto('/host/listings');
    await expect(page).toHaveURL(/\/signin\?next=/);
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/host\/listings$/);
    await expect(page.getByText('You have no listings yet.')).toBeVisible();
    await ready(page, testInfo);
    await page.getByRole('link', { name: 'Create a listing' }).click();
    await ready(page, testInfo);

    // Basics, with a mistake first: the message names it and what was typed stays.
    const description = 'A quiet wooden cabin on the lake shore, with a sauna and a rowing boat.';
    await page.getByLabel('Title').fill('Hut');
    await page.getByLabel('Property type').selectOption('cabin');
    await page.getByLabel('Description').fill(description);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.locator('#field-title-error')).toHaveText('Use at least 5 characters.');
    await expect(page.getByLabel('Description')).toHaveValue(description);
    await ready(page, testInfo);
    await page.getByLabel('Title').fill(title);
    await continueTo(page, testInfo, 'location');

    await page.getByLabel('City').fill('Bled, Slovenia');
    await page.getByLabel('Street address').fill('Cesta svobode 12');
    await continueTo(page, testInfo, 'capacity');
    await page.getByLabel('Guests').fill('4');
    await page.getByLabel('Bedrooms').fill('2');
    await page.getByLabel('Beds', { exact: true }).fill('3');
    await page.getByLabel('Bathrooms').fill('1');
    await continueTo(page, testInfo, 'amenities');
    await page.getByLabel('Wi-Fi').check();
    await continueTo(page, testInfo, 'rules');
    await continueTo(page, testInfo, 'pricing');
    await page.getByLabel('Price per night').fill('123');
    await page.getByLabel('Cleaning fee').fill('40');
    await continueTo(page, testInfo, 'booking');
    await page.getByLabel('Instant book: stays are confirmed at once').check();
    await page.getByRole('button', { name: 'Create listing' }).click();

    // Photos: two at once, then list it.
    await expect(page).toHaveURL(/\/host\/listings\/\d+\/photos\?created=1/);
    await expect(page.getByText('Your listing is created.')).toBeVisible();
    await ready(page, testInfo);
    await page.getByLabel('Add photos').setInputFiles([
      { name: 'lake.png', mimeType: 'image/png', buffer: png(800, 600, 40) },
      { name: 'sauna.png', mimeType: 'image/png', buffer: png(700, 520, 200) },
    ]);
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByText('2 photos added.')).toBeVisible();
    await expect(page.locator('.photo-grid__item')).toHaveCount(2);
    await expect(page.getByText('Cover photo')).toBeVisible();
    await ready(page, testInfo);
    await page.getByRole('button', { name: 'List it' }).click();
    await expect(page.getByText('This listing is listed')).toBeVisible();

    // Guests find it, at its price.
    await searchBled(page, testInfo);
    const card = page.locator('article.card').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(card).toBeVisible();
    await expect(card).toContainText('$123');

    // A new price.
    await page.goto('/host/listings');
    await ready(page, testInfo);
    const row = page.locator('.host-list__item').filter({ hasText: title });
    await expect(row.getByText('Listed', { exact: true })).toBeVisible();
    await row.getByRole('link', { name: 'Edit' }).click();
    await ready(page, testInfo);
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Pricing/ }).click();
    await expect(page).toHaveURL(/step=pricing/);
    await ready(page, testInfo);
    await expect(page.getByLabel('Price per night')).toHaveValue('123');
    await page.getByLabel('Price per night').fill('150');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved.')).toBeVisible();
    await searchBled(page, testInfo);
    await expect(card).toContainText('$150');

    // Paused: gone from search.
    await page.goto('/host/listings');
    await ready(page, testInfo);
    await row.getByRole('button', { name: `Pause ${title}` }).click();
    await expect(row.getByText('Paused', { exact: true })).toBeVisible();
    await searchBled(page, testInfo);
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);

    // Deleted.
    await page.goto('/host/listings');
    await ready(page, testInfo);
    await row.getByText('Delete…').click();
    await row.getByRole('button', { name: `Delete ${title}` }).click();
    await expect(page.getByText('The listing is deleted.')).toBeVisible();
    await expect(page.locator('.host-list__item').filter({ hasText: title })).toHaveCount(0);
  });

  test("another person's listing cannot be edited", async ({ page, request }, testInfo) => {
    const email = `guest-${testInfo.project.name}-${Date.now()}@example.com`;
    const registered = await request.post('/api/v1/auth/register', {
      data: { email, password: PASSWORD, display_name: 'Oskar Berg' },
    });
    expect(registered.status()).toBe(201);
    await page.goto('/signin?next=/host/listings/1/edit');
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('You are not allowed to do that.')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveCount(0);
  });
});
