import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { jsEnabled, ready, sql } from './support';

const PASSWORD = 'violet tram honest glacier';

async function continueTo(page: Page, testInfo: TestInfo, step: string) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
  await ready(page, testInfo);
}

test.describe('places', () => {
  test('a host lists a home in a town outside the demo cities, typing half its name with a typo', async ({
    page,
    request,
  }, testInfo) => {
    const email = `anywhere-${testInfo.project.name}-${Date.now()}@example.com`;
    const registered = await request.post('/api/v1/auth/register', {
      data: { email, password: PASSWORD, display_name: 'Rita Sousa' },
    });
    expect(registered.status()).toBe(201);
    const title = `Granite house ${testInfo.project.name} ${Date.now()}`;

    await page.goto('/signin?next=/host/listings/new');
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/host\/listings\/new/);
    await ready(page, testInfo);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Property type').selectOption('house');
    await page.getByLabel('Description').fill('A granite town house by the castle, with a garden and a view of the hills.');
    await continueTo(page, testInfo, 'location');

    // "Guimarães", half typed, two letters swapped.
    const town = page.getByLabel('Town or city');
    if (jsEnabled(testInfo)) {
      await town.pressSequentially('Guimra');
      const option = page.getByRole('option', { name: /Guimarães\s*Braga, Portugal/ });
      await expect(option).toBeVisible();
      await town.press('ArrowDown');
      await expect(town).toHaveAttribute('aria-activedescendant', 'field-city-option-0');
      await town.press('Enter');
      await expect(town).toHaveValue('Guimarães, Braga, Portugal');
      await page.getByLabel('Street address').fill('Rua de Santa Maria 20');
      await continueTo(page, testInfo, 'capacity');
    } else {
      // Without JavaScript the server reads the text back and offers what it may mean.
      await town.fill('Guimra');
      await page.getByLabel('Street address').fill('Rua de Santa Maria 20');
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await expect(page.locator('#field-city-error')).toHaveText(
        'Choose which town you mean from the list, or check the spelling.',
      );
      const choices = page.getByRole('group', { name: 'Which place do you mean?' });
      await expect(choices.getByRole('radio').first()).toBeChecked();
      await expect(choices.getByLabel('Guimarães, Braga, Portugal')).toBeChecked();
      await continueTo(page, testInfo, 'capacity');
    }

    await page.getByLabel('Guests').fill('4');
    await page.getByLabel('Bedrooms').fill('2');
    await page.getByLabel('Beds', { exact: true }).fill('2');
    await page.getByLabel('Bathrooms').fill('1');
    await continueTo(page, testInfo, 'amenities');
    await continueTo(page, testInfo, 'rules');
    await continueTo(page, testInfo, 'pricing');
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Price per night').fill('88');
    await continueTo(page, testInfo, 'booking');
    await page.getByRole('button', { name: 'Create listing' }).click();
    await expect(page).toHaveURL(/\/host\/listings\/\d+\/photos\?created=1/);

    // Stored in its town, region and zone; Portugal's tax.
    const stored = sql(
      `SELECT city || '|' || state || '|' || country || '|' || time_zone || '|' || tax_bp FROM listings WHERE title = '${title}'`,
    );
    expect(stored).toBe('Guimarães|Braga|Portugal|Europe/Lisbon|700');

    // Back in the editor, the town is shown by its full name.
    const id = page.url().match(/listings\/(\d+)\/photos/)?.[1];
    await page.goto(`/host/listings/${id}/edit?step=location`);
    await ready(page, testInfo);
    await expect(page.getByLabel('Town or city')).toHaveValue('Guimarães, Braga, Portugal');
  });

  test('a guest picks a destination from suggestions, typo and all @js-only', async ({ page }, testInfo) => {
    await page.goto('/search');
    await ready(page, testInfo);
    const where = page.getByLabel('Where, or describe your trip');
    await where.pressSequentially('Lisobn');
    await page.getByRole('option', { name: /^Lisbon\s*Portugal$/ }).click();
    await expect(where).toHaveValue('Lisbon, Portugal');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/q=Lisbon%2C\+Portugal|q=Lisbon%2C%20Portugal/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stays in Lisbon, Portugal');
    await expect(page.locator('article.card').first()).toBeVisible();
  });
});
