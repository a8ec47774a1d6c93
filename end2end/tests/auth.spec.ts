import { expect, type Page, test } from '@playwright/test';
import { ready } from './support';

const PASSWORD = 'violet tram honest glacier';

function uniqueEmail(project: string): string {
  return `e2e-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

async function signUp(page: Page, email: string, name: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('accounts', () => {
  test('sign up, sign out and sign in again', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo.project.name);
    const name = 'Marta Silva';
    await page.goto('/signup');
    await ready(page, testInfo);
    await signUp(page, email, name);

    await expect(page).toHaveURL(/\/$/);
    const menu = page.getByText(`Account menu for ${name}`).or(page.getByLabel(`Account menu for ${name}`));
    await expect(menu.first()).toBeVisible();

    await menu.first().click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel(`Account menu for ${name}`)).toHaveCount(0);

    await page.getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await ready(page, testInfo);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel(`Account menu for ${name}`)).toBeVisible();
  });

  test('a failed sign-up says what is wrong and keeps what was typed', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo.project.name);
    await page.goto('/signup');
    await ready(page, testInfo);
    await signUp(page, email, 'Marta Silva', 'password123');

    await expect(page.getByText(/Choose a harder password/)).toBeVisible();
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toHaveValue(email);
    await expect(page.getByLabel('Your name')).toHaveValue('Marta Silva');
  });

  test('a wrong password is refused without saying whether the account exists', async ({ page }, testInfo) => {
    await page.goto('/signin');
    await ready(page, testInfo);
    await signIn(page, uniqueEmail(testInfo.project.name), 'not the right password at all');
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  });

  test('a protected page sends you to sign in and back', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo.project.name);
    await page.goto('/signup');
    await ready(page, testInfo);
    await signUp(page, email, 'Ines Costa');
    await expect(page).toHaveURL(/\/$/);
    await page.context().clearCookies();

    await page.goto('/account');
    await expect(page).toHaveURL(/\/signin\?next=(%2F|\/)account$/);
    await ready(page, testInfo);
    await signIn(page, email);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { name: 'Hi, Ines Costa' })).toBeVisible();
    await expect(page.getByText(email, { exact: true })).toBeVisible();
  });

  test('edit your profile', async ({ page }, testInfo) => {
    await page.goto('/signup?next=/account');
    await ready(page, testInfo);
    await signUp(page, uniqueEmail(testInfo.project.name), 'Rui Alves');
    await expect(page).toHaveURL(/\/account$/);
    await ready(page, testInfo);
    // The account page has loaded (not the sign-up form, which also has "Your name").
    await expect(page.getByRole('heading', { name: 'Hi, Rui Alves' })).toBeVisible();

    await page.getByLabel('Your name').fill('Rui A.');
    await page.getByLabel('About you').fill('Slow travel, good coffee.');
    await page.getByLabel('City').fill('Porto');
    await page.getByLabel('Languages you speak').fill('Portuguese, English');
    await page.getByRole('button', { name: 'Save profile' }).click();

    await expect(page.getByRole('status')).toHaveText('Your profile is saved.');
    await expect(page.getByRole('heading', { name: 'Hi, Rui A.' })).toBeVisible();
    await expect(page.getByLabel('City')).toHaveValue('Porto');
    await expect(page.getByLabel('Languages you speak')).toHaveValue('Portuguese, English');
    await expect(page.getByLabel('Account menu for Rui A.')).toBeVisible();

    // A value the server refuses is explained next to its field, and the rest is kept.
    await page.getByLabel('Your name').fill('');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Enter the name hosts and guests will see.')).toBeVisible();
    await expect(page.getByLabel('City')).toHaveValue('Porto');
  });

  test('change your password', async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo.project.name);
    const newPassword = 'copper lantern quietly drifts';
    await page.goto('/signup?next=/account');
    await ready(page, testInfo);
    await signUp(page, email, 'Lia Sousa');
    await expect(page.getByRole('heading', { name: 'Hi, Lia Sousa' })).toBeVisible();
    await ready(page, testInfo);

    // The e-mail form asks for the current password too: this is the password form's.
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Change password' }) });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('That is not your current password.')).toBeVisible();

    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByText('Your password is changed. You are signed out everywhere else.')).toBeVisible();

    // Still signed in here; the new password is the one that works from now on.
    await page.context().clearCookies();
    await page.goto('/signin');
    await ready(page, testInfo);
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
    await signIn(page, email, newPassword);
    await expect(page.getByLabel('Account menu for Lia Sousa')).toBeVisible();
  });

  test('set your preferences', async ({ page }, testInfo) => {
    await page.goto('/signup?next=/account');
    await ready(page, testInfo);
    await signUp(page, uniqueEmail(testInfo.project.name), 'Ana Lima');
    await expect(page.getByRole('heading', { name: 'Hi, Ana Lima' })).toBeVisible();
    await ready(page, testInfo);

    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Time zone').fill('Mars/Olympus Mons');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByText('Use a time zone such as Europe/Lisbon.')).toBeVisible();
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');

    await page.getByLabel('Time zone').fill('Europe/Lisbon');
    await page.getByLabel('Display language').selectOption('en');
    await page.getByLabel('Messages from hosts and guests').uncheck();
    await page.getByLabel('Offers and travel ideas').check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect(page.getByText('Your preferences are saved.')).toBeVisible();

    await page.goto('/account');
    await ready(page, testInfo);
    await expect(page.getByLabel('Currency')).toHaveValue('EUR');
    await expect(page.getByLabel('Display language')).toHaveValue('en');
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Lisbon');
    await expect(page.getByLabel('Messages from hosts and guests')).not.toBeChecked();
    await expect(page.getByLabel('Offers and travel ideas')).toBeChecked();
    await expect(page.getByLabel('Bookings and trips')).toBeChecked();
  });

  test('upload a profile photo', async ({ page }, testInfo) => {
    await page.goto('/signup?next=/account');
    await ready(page, testInfo);
    await signUp(page, uniqueEmail(testInfo.project.name), 'Tomas Reis');
    await expect(page.getByRole('heading', { name: 'Hi, Tomas Reis' })).toBeVisible();
    await ready(page, testInfo);

    await page.getByLabel('Choose a photo').setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('these are not the pixels you are looking for'),
    });
    await page.getByRole('button', { name: 'Upload photo' }).click();
    await expect(page.getByRole('alert')).toHaveText('That file is not a photo. Upload a JPEG, PNG or WebP image.');

    await ready(page, testInfo);
    await page.getByLabel('Choose a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await page.getByRole('button', { name: 'Upload photo' }).click();
    await expect(page).toHaveURL(/\/account\?photo=saved/);
    await expect(page.getByText('Your photo is saved.')).toBeVisible();
    const photo = page.getByRole('img', { name: 'Profile photo of Tomas Reis' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
    // The header shows it too.
    await expect(page.locator('img.user-menu__avatar')).toHaveAttribute('src', /^\/media\/avatars\//);
  });
});

/** A valid 1×1 PNG: the server crops and scales it to a 400×400 JPEG. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
