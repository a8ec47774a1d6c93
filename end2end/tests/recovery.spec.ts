// "Forgot password" and a change of e-mail address, from the e-mails in the mailbox: the
// app sends the links through
// SMTP to the local sink (scripts/mail.sh), which keeps it in a Maildir; this reads it from
// there, as a person reads their inbox. Runs hydrated and with JavaScript off.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PASSWORD, person, signIn } from './people';
import { ready } from './support';

const MAILDIR = process.env.HAVEN_MAILDIR ?? path.resolve(__dirname, '../../.data/mail');
const NEW_PASSWORD = 'amber kettle quietly orbits';

/** Undoes a part's Content-Transfer-Encoding. */
function decode(body: string, encoding: string): string {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** When this file was loaded: older messages (earlier runs share the Maildir) are not read. */
const SINCE = Date.now() - 60_000;

/** The plain-text part of the newest message to `to` with `subject`, or null. */
function textOfMail(to: string, subject: string): string | null {
  const found: { at: number; raw: string }[] = [];
  for (const sub of ['new', 'cur']) {
    const dir = path.join(MAILDIR, sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (fs.statSync(file).mtimeMs < SINCE) continue;
      const raw = fs.readFileSync(file, 'utf8');
      if (raw.includes(`X-Haven-Rcpt: ${to}\n`) || raw.includes(`X-Haven-Rcpt: ${to}\r\n`)) {
        if (raw.includes(`Subject: ${subject}`)) found.push({ at: fs.statSync(file).mtimeMs, raw });
      }
    }
  }
  const newest = found.sort((a, b) => b.at - a.at)[0];
  if (!newest) return null;
  // The text/plain part of the multipart/alternative body.
  const part = newest.raw.split(/\r?\n--/).find((p) => /Content-Type: text\/plain/i.test(p));
  if (!part) return null;
  const [head, ...rest] = part.split(/\r?\n\r?\n/);
  const encoding = /Content-Transfer-Encoding:\s*(\S+)/i.exec(head)?.[1] ?? '7bit';
  return decode(rest.join('\n\n'), encoding);
}

test.describe('account recovery', () => {
  test('a forgotten password is reset from the link in the e-mail', async ({ page }, testInfo) => {
    const email = await person(page, testInfo, 'rosa');

    await page.goto('/signin');
    await ready(page, testInfo);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByText('If an account uses this address')).toBeVisible();

    // The worker relays the outbox and speaks SMTP to the sink; wait for the mail to land.
    const subject = 'Reset your Haven password';
    await expect.poll(() => textOfMail(email, subject), { timeout: 20_000 }).not.toBeNull();
    const text = textOfMail(email, subject) ?? '';
    // Only the path: the link's host is HAVEN_PUBLIC_URL, the e2e server listens elsewhere.
    const link = /https?:\/\/[^\s/]+(\/reset-password\?token=[A-Za-z0-9_-]{43})/.exec(text);
    expect(link, text).not.toBeNull();

    await page.goto(link?.[1] ?? '/');
    await ready(page, testInfo);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect(page).toHaveURL(/\/signin\?reset=1$/);
    await expect(page.getByText('Your password is changed')).toBeVisible();

    // The old password no longer works; the new one does.
    const old = await page.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
    expect(old.status()).toBe(401);
    await ready(page, testInfo);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a new e-mail address takes effect from the link sent to it', async ({ page }, testInfo) => {
    const email = await person(page, testInfo, 'tomas');
    const newEmail = email.replace('@', '.new@');
    await signIn(page, testInfo, email, '/account');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Send a confirmation link' }) });
    await form.getByLabel('New e-mail address').fill(newEmail);
    await form.getByLabel('Current password').fill('not my password');
    await form.getByRole('button', { name: 'Send a confirmation link' }).click();
    await expect(page.getByText('That is not your current password.')).toBeVisible();
    await ready(page, testInfo);
    await form.getByLabel('New e-mail address').fill(newEmail);
    await form.getByLabel('Current password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Send a confirmation link' }).click();
    await expect(page.getByText('Check your inbox: we sent a link to the new address.')).toBeVisible();
    await expect(page.getByText(`Waiting for you to confirm ${newEmail}`)).toBeVisible();

    const subject = 'Confirm your new e-mail address';
    await expect.poll(() => textOfMail(newEmail, subject), { timeout: 20_000 }).not.toBeNull();
    const text = textOfMail(newEmail, subject) ?? '';
    const link = /https?:\/\/[^\s/]+(\/verify\?token=[A-Za-z0-9_-]{43})/.exec(text);
    expect(link, text).not.toBeNull();

    await page.goto(link?.[1] ?? '/');
    await ready(page, testInfo);
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await expect(page).toHaveURL(/\/account\?verified=1$/);
    await expect(page.getByText('Your e-mail address is verified.')).toBeVisible();
    await expect(page.locator('.account__details')).toContainText(newEmail);

    // The old address is told, and no longer signs in.
    await expect
      .poll(() => textOfMail(email, 'Your Haven e-mail address was changed'), { timeout: 20_000 })
      .toContain(newEmail);
    const old = await page.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
    expect(old.status()).toBe(401);
  });
});
