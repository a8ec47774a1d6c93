import { type Browser, expect, type Page, test, type TestInfo } from '@playwright/test';
import { confirmationCode, day, ownListing as listing, person, signIn } from './people';
import { baseURL, jsEnabled, longDate, ready, shortDate, sql } from './support';

/** A page of its own (another person), with this project's JavaScript setting. */
async function otherPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: jsEnabled(testInfo) });
  return context.newPage();
}



/** Opens the listing with a stay chosen and books it from the price card. */
async function book(page: Page, testInfo: TestInfo, id: number, from: number, nights: number, button: string) {
  await page.goto(`/listings/${id}?check_in=${day(from)}&check_out=${day(from + nights)}&adults=2`);
  await ready(page, testInfo);
  await expect(page.locator('.quote__total')).toBeVisible();
  await page.getByLabel('Message to the host (optional)').fill('We arrive late, around 22:00.');
  await page.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/\/trips\/\d+\?booked=1/);
  await ready(page, testInfo);
}

test.describe('booking', () => {
  // A hydration mismatch panics the WASM and leaves a page dead to clicks: fail loudly.
  // So does anything the Content-Security-Policy blocked (Chromium reports it on the console).
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) pageErrors.push(m.text());
    });
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a guest books an instant-book stay and finds it in Trips', async ({ page }, testInfo) => {
    const guest = await person(page, testInfo, 'guest');
    const { id, title } = listing(0, testInfo, true);
    await signIn(page, testInfo, guest, '/trips');
    await expect(page.getByText('No trips yet.')).toBeVisible();

    await book(page, testInfo, id, 40, 3, 'Reserve');
    await expect(page.locator('.form-notice[role="status"]')).toHaveText('Booked. Have a good trip!');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('[data-status="confirmed"]')).toBeVisible();
    await expect(page.getByText('Message: We arrive late, around 22:00.')).toBeVisible();
    await expect(page.getByText(/^Contact: /)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'House rules' })).toBeVisible();
    // The trip pass: what the guest needs on arrival, with the code SQL expects.
    const bookingId = Number(new URL(page.url()).pathname.split('/').pop());
    const address = sql(`SELECT address FROM listings WHERE id = ${id}`);
    const pass = page.getByRole('region', { name: 'Trip pass' });
    await expect(pass.locator('[data-code]')).toHaveText(confirmationCode(bookingId));
    await expect(pass).toContainText(`Check-in${shortDate(day(40))} after `);
    await expect(pass).toContainText(address);
    await expect(pass.getByRole('link', { name: /@/ })).toBeVisible();

    await page.goto('/trips');
    await ready(page, testInfo);
    const upcoming = page.getByRole('list', { name: 'Upcoming' });
    await expect(upcoming.getByRole('link', { name: title })).toBeVisible();
    // The nights are taken now: the same stay cannot be booked again.
    await page.goto(`/listings/${id}?check_in=${day(40)}&check_out=${day(43)}&adults=2`);
    await expect(page.getByText('Some of those nights are taken. Try other dates.')).toBeVisible();
  });

  test('a guest requests a stay, the host accepts, the guest is told; then the guest cancels and sees the refund', async ({
    page,
    browser,
  }, testInfo) => {
    const guest = await person(page, testInfo, 'guest');
    const hostPage = await otherPage(browser, testInfo);
    const host = await person(hostPage, testInfo, 'host');
    const { id, title } = listing(1, testInfo, false, host);

    await signIn(page, testInfo, guest, '/trips');
    await book(page, testInfo, id, 30, 2, 'Request to book');
    await expect(page.locator('.form-notice[role="status"]')).toHaveText('Request sent. The host has 24 hours to answer.');
    await expect(page.locator('[data-status="pending"]')).toBeVisible();
    const trip = page.url().split('?')[0];

    // The host answers from Reservations.
    await signIn(hostPage, testInfo, host, '/host/reservations');
    const requests = hostPage.getByRole('list', { name: 'Requests' });
    await expect(requests.getByRole('link', { name: title })).toBeVisible();
    await requests.getByRole('button', { name: `Accept the request for ${title}` }).click();
    await expect(hostPage.getByText('No requests waiting.')).toBeVisible();
    await expect(hostPage.getByRole('list', { name: 'Upcoming stays' }).getByRole('link', { name: title })).toBeVisible();

    // The guest sees it confirmed, and is told (the outbox relay delivers within seconds).
    await page.goto(trip);
    await ready(page, testInfo);
    await expect(page.locator('[data-status="confirmed"]')).toBeVisible();
    await expect(async () => {
      await page.goto('/notifications');
      await expect(page.getByText('Your request was accepted')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.locator('.bell__count')).toHaveText('1');

    // Thirty days ahead under a moderate policy: everything comes back.
    await page.goto(trip);
    await ready(page, testInfo);
    await page.getByText('Cancel…').click();
    const preview = page.locator('.refund-preview');
    await expect(preview).toContainText('Cancelled in time for a full refund.');
    const refund = await preview.getAttribute('data-refund');
    await page.getByLabel('Reason (optional)').fill('Plans changed');
    await page.getByRole('button', { name: 'Cancel this booking' }).click();
    await expect(page.locator('[data-status="cancelled"]')).toBeVisible();
    await expect(page.locator('[data-refunded]')).toHaveAttribute('data-refunded', refund ?? 'none');
    await hostPage.context().close();
  });

  test('a host blocks nights and they become unavailable on the listing page', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const { id } = listing(2, testInfo, true, host);
    const first = day(20);
    const month = `${first.slice(0, 8)}01`;

    await signIn(page, testInfo, host, `/host/listings/${id}/calendar?from=${month}`);
    await expect(page.locator(`[data-date="${first}"]`)).toHaveAttribute('data-state', 'open');
    await page.getByLabel('First night').fill(first);
    await page.getByLabel('Until (the morning after the last night)').fill(day(23));
    await page.getByLabel('Change', { exact: true }).selectOption('block');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(/calendar\?from=/);
    await ready(page, testInfo);
    await expect(page.locator(`[data-date="${first}"]`)).toHaveAttribute('data-state', 'blocked');

    // Guests see the nights as taken and cannot book them.
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    const [, m, d] = first.split('-').map(Number);
    const monthName = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const blocked = page.getByLabel(`${monthName} ${d}, unavailable`);
    await expect(blocked).toBeVisible();
    // The calendar is also the date picker: a taken day cannot be chosen; two free days
    // (within the minimum and maximum nights) make a stay and price it.
    await expect(blocked.getByRole('link')).toHaveCount(0);
    await page.getByRole('link', { name: `Arrive on ${longDate(day(25))}` }).click();
    await expect(page).toHaveURL(new RegExp(`check_in=${day(25)}`));
    await ready(page, testInfo);
    await page.getByRole('link', { name: `Leave on ${longDate(day(27))}` }).click();
    await expect(page).toHaveURL(new RegExp(`check_in=${day(25)}&check_out=${day(27)}`));
    await expect(page.locator('.quote__total')).toBeVisible();
    await page.goto(`/listings/${id}?check_in=${day(21)}&check_out=${day(22)}&adults=2`);
    await expect(page.getByText('Some of those nights are taken. Try other dates.')).toBeVisible();
  });
});
