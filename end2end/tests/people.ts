// The people and stays a journey needs: accounts through the API, a browser session
// through the sign-in form, and listings of a test's own with a clear calendar.
import { expect, type Page, type TestInfo } from '@playwright/test';
import { ready, sql } from './support';

export const PASSWORD = 'violet tram honest glacier';

/** A day `n` days from today (UTC), as YYYY-MM-DD. */
export function day(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Registers someone new through the API; returns their e-mail. */
export async function person(page: Page, testInfo: TestInfo, who: string): Promise<string> {
  const email = `${who}-${testInfo.project.name}-${Date.now()}@example.com`;
  const r = await page.request.post('/api/v1/auth/register', {
    data: { email, password: PASSWORD, display_name: who[0].toUpperCase() + who.slice(1) },
  });
  expect(r.status()).toBe(201);
  // Booking and listing need a verified address (issue 17); the journeys here are about
  // something else, so the address is marked verified directly (recovery.spec.ts follows
  // real e-mailed links).
  sql(`UPDATE users SET email_verified_at = now() WHERE email = '${email}'`);
  return email;
}

/** A bearer token for the API (the browser signs in with its own session). */
export async function token(page: Page, email: string): Promise<string> {
  const r = await page.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD } });
  expect(r.status()).toBe(200);
  return (await r.json()).token;
}

/** Signs in through the form and waits for the page `next` leads to. */
export async function signIn(page: Page, testInfo: TestInfo, email: string, next: string) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await ready(page, testInfo);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.split('?')[0]}`));
  await ready(page, testInfo);
}

/**
 * A seeded listing of a test's own, with a clear calendar and simple rules, hosted by
 * `host` when given. `slot` must be unique across the suite (each spec file has a range);
 * the no-JS project takes the slot 20 further on. Returns its id and title.
 */
export function ownListing(
  slot: number,
  testInfo: TestInfo,
  instant: boolean,
  host?: string,
): { id: number; title: string } {
  const offset = slot + (testInfo.project.name === 'hydrated' ? 0 : 20);
  const id = Number(sql(`SELECT id FROM listings WHERE is_active ORDER BY id OFFSET ${offset} LIMIT 1`));
  const hostSet = host ? `, host_id = (SELECT id FROM users WHERE email = '${host}')` : '';
  sql(
    `UPDATE bookings SET status = 'cancelled' WHERE listing_id = ${id} AND status IN ('pending', 'confirmed');
     DELETE FROM listing_holds WHERE listing_id = ${id};
     UPDATE listings SET instant_book = ${instant}, min_nights = 1, max_nights = 30, advance_notice_days = 0,
       preparation_nights = 0, booking_window_days = 365, max_guests = GREATEST(max_guests, 2),
       cancellation_policy = 'moderate', time_zone = 'UTC' ${hostSet}
     WHERE id = ${id}`,
  );
  return { id, title: sql(`SELECT title FROM listings WHERE id = ${id}`) };
}

/** Books a stay through the API with a bearer token; returns the booking's id. */
export async function bookByApi(page: Page, bearer: string, listingId: number, from: number, nights: number) {
  const r = await page.request.post('/api/v1/bookings', {
    headers: { Authorization: `Bearer ${bearer}` },
    data: { listing_id: listingId, check_in: day(from), check_out: day(from + nights), adults: 2 },
  });
  expect(r.status(), await r.text()).toBe(201);
  return Number((await r.json()).id);
}

/** A booking's confirmation code, worked out independently of the app
 * (`app::types::booking::confirmation_code`): id × 0x9E3779B97F4A7C15 mod 2⁴⁰, base 32. */
export function confirmationCode(id: number): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let mixed = (BigInt(id) * 0x9e3779b97f4a7c15n) & ((1n << 40n) - 1n);
  let digits = '';
  for (let i = 0; i < 8; i++) {
    digits = alphabet[Number(mixed & 31n)] + digits;
    mixed >>= 5n;
  }
  return `HV-${digits.slice(0, 4)}-${digits.slice(4)}`;
}

/** Books a stay through the API and moves it into the past, over: a completed stay that
 * ended yesterday, ready to be reviewed. Returns the booking's id. */
export async function pastStay(page: Page, guest: string, listingId: number): Promise<number> {
  const id = await bookByApi(page, await token(page, guest), listingId, 40, 3);
  sql(
    `DELETE FROM listing_holds WHERE booking_id = ${id};
     UPDATE bookings SET check_in = current_date - 4, check_out = current_date - 1, status = 'completed'
     WHERE id = ${id}`,
  );
  return id;
}
