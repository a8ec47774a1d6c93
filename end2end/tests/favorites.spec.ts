import { expect, test } from '@playwright/test';
import { ready, sql } from './support';

const PASSWORD = 'violet tram honest glacier';

test.describe('wishlists', () => {
  test('a signed-out guest taps the heart, signs in, and finds the stay saved', async ({ page, request }, testInfo) => {
    const email = `fav-${testInfo.project.name}-${Date.now()}@example.com`;
    const registered = await request.post('/api/v1/auth/register', {
      data: { email, password: PASSWORD, display_name: 'Noor Haddad' },
    });
    expect(registered.status()).toBe(201);
    const id = sql('SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1');
    const title = sql(`SELECT title FROM listings WHERE id = ${id}`);

    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    await page.getByRole('button', { name: `Save ${title} to your wishlist` }).click();
    await expect(page).toHaveURL(/\/signin\?next=/);
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect(page).toHaveURL(new RegExp(`/listings/${id}$`));
    const saved = page.getByRole('button', { name: `Remove ${title} from your wishlist` });
    await expect(saved).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/wishlists');
    await ready(page, testInfo);
    const list = page.getByRole('list', { name: 'Saved' });
    await expect(list.getByRole('heading', { name: title })).toBeVisible();
    await list.getByRole('button', { name: `Remove ${title} from your wishlist` }).click();
    await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  });
});
