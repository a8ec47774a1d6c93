import { type Browser, expect, type Page, test, type TestInfo } from '@playwright/test';
import { day, ownListing, person, signIn } from './people';
import { baseURL, jsEnabled, ready } from './support';

// Issue 17, messages: a question before booking, the host's answer, and the booking that
// continues the thread; with JavaScript the answer appears in the guest's open thread
// without a reload (long polling), without it every form posts and the page shows the
// thread. Listings of this spec's own: slots 10 and up (see `ownListing`).

/** A page of its own (another person), with this project's JavaScript setting. */
async function otherPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: jsEnabled(testInfo) });
  return context.newPage();
}

/** The messages of the open thread. */
function thread(page: Page) {
  return page.getByRole('list', { name: 'Messages' });
}

/** Writes `text` in the open thread's reply form and sends it. */
async function reply(page: Page, text: string) {
  await page.getByLabel('Message', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(thread(page).getByText(text)).toBeVisible();
}

test.describe('messages', () => {
  // A hydration mismatch panics the WASM and leaves a page dead to clicks: fail loudly.
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a guest asks before booking, the host answers, the guest books and the thread continues', async ({
    page,
    browser,
  }, testInfo) => {
    const guest = await person(page, testInfo, 'guest');
    const hostPage = await otherPage(browser, testInfo);
    hostPage.on('pageerror', (e) => pageErrors.push(e.message));
    const host = await person(hostPage, testInfo, 'host');
    const { id, title } = ownListing(10, testInfo, false, host);

    // The guest asks from the listing page, with the stay in mind.
    await signIn(page, testInfo, guest, `/listings/${id}`);
    await page.getByRole('link', { name: 'Contact host' }).click();
    await expect(page).toHaveURL(new RegExp(`/listings/${id}/contact`));
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Contact Host' })).toBeVisible();
    await page.getByLabel('Check-in').fill(day(30));
    await page.getByLabel('Check-out').fill(day(32));
    await page.getByLabel('Guests').fill('2');
    await page.getByLabel('Message', { exact: true }).fill('Hello! Is there parking nearby?');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page).toHaveURL(/\/inbox\/\d+$/);
    await ready(page, testInfo);
    const threadPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText(/Inquiry · .*2 guests/)).toBeVisible();
    await expect(thread(page).getByRole('listitem')).toHaveCount(1);

    // The host finds it in the inbox, unread and in bold, and opens it.
    await signIn(hostPage, testInfo, host, '/inbox');
    await expect(hostPage.getByRole('link', { name: 'Inbox, 1 unread conversation' })).toBeVisible();
    const rows = hostPage.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('strong', { hasText: title })).toBeVisible();
    await expect(rows).toContainText('1 unread message');
    await rows.getByRole('link', { name: title }).click();
    await expect(hostPage).toHaveURL(new RegExp(`${threadPath}$`));
    await ready(hostPage, testInfo);
    await expect(thread(hostPage).getByText('Hello! Is there parking nearby?')).toBeVisible();

    // The host answers; the guest's open thread shows it.
    if (jsEnabled(testInfo)) {
      // Proof that the guest's page is never reloaded: a mark that a reload would erase.
      await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    }
    await reply(hostPage, 'Yes, a garage two streets away: https://example.com/garage');
    const answer = thread(page).getByText('Yes, a garage two streets away');
    if (jsEnabled(testInfo)) {
      await expect(answer).toBeVisible({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    } else {
      await page.reload();
      await expect(answer).toBeVisible();
    }
    // Links in messages are safe ones.
    const link = thread(page).getByRole('link', { name: 'https://example.com/garage' });
    await expect(link).toHaveAttribute('rel', 'nofollow noopener');
    // The host's message has been seen by the guest: the receipt shows on the host's side
    // (with JavaScript the guest's page marks it read just after showing it).
    await expect(async () => {
      await hostPage.reload();
      await expect(thread(hostPage).getByText(/^Seen /)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await ready(hostPage, testInfo);

    // The guest books the stay asked about: the request continues the conversation.
    await page.goto(`/listings/${id}?check_in=${day(30)}&check_out=${day(32)}&adults=2`);
    await ready(page, testInfo);
    await expect(page.locator('.quote__total')).toBeVisible();
    await page.getByRole('button', { name: 'Request to book' }).click();
    await expect(page).toHaveURL(/\/trips\/\d+\?booked=1/);
    await ready(page, testInfo);
    await page.getByRole('link', { name: 'Messages', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${threadPath}$`));
    await ready(page, testInfo);
    await expect(page.getByText(/Request pending · /)).toBeVisible();
    await expect(page.getByRole('link', { name: 'View the booking' })).toBeVisible();
    await reply(page, 'Booked! See you soon.');
    await expect(thread(page).getByRole('listitem')).toHaveCount(3);

    // Still one conversation for the host, now about the request.
    await hostPage.goto('/inbox');
    await ready(hostPage, testInfo);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Request pending');
    await rows.getByRole('link', { name: title }).click();
    await ready(hostPage, testInfo);
    await expect(thread(hostPage).getByRole('listitem')).toHaveCount(3);
    await expect(thread(hostPage).getByText('Booked! See you soon.')).toBeVisible();
  });

  test('someone else cannot open the conversation', async ({ page, browser }, testInfo) => {
    const guest = await person(page, testInfo, 'guest');
    const strangerPage = await otherPage(browser, testInfo);
    const stranger = await person(strangerPage, testInfo, 'stranger');
    const { id } = ownListing(11, testInfo, true);
    await signIn(page, testInfo, guest, `/listings/${id}/contact`);
    await page.getByLabel('Message', { exact: true }).fill('Just a question.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page).toHaveURL(/\/inbox\/\d+$/);
    const threadPath = new URL(page.url()).pathname;

    await signIn(strangerPage, testInfo, stranger, '/inbox');
    await expect(strangerPage.getByText('No messages yet.')).toBeVisible();
    const r = await strangerPage.goto(threadPath);
    expect(r?.status()).toBe(404);
    await expect(strangerPage.getByText('Just a question.')).toHaveCount(0);
  });
});
