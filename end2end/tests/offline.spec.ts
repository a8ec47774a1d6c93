import { type BrowserContext, expect, type Page, test, type Route } from '@playwright/test';
import { bookByApi, confirmationCode, ownListing, person, signIn, token } from './people';
import { ready, sql } from './support';

// The service worker needs JavaScript: these journeys exist only hydrated.

/** Waits until the service worker controls the page (it claims it on activation). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** No network for the pages or for their service worker (whose fetches Chromium's offline
 * emulation does not always reach). */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route: Route) =>
    route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback(),
  );
}

test.describe('offline @js-only', () => {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    // A panic (a hydration mismatch, for one) is a page error; failed fetches are not.
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a listing and a trip opened online open offline, marked as saved; other pages get the offline page', async ({
    page,
    context,
  }, testInfo) => {
    const guest = await person(page, testInfo, 'traveller');
    const { id, title } = ownListing(45, testInfo, true);
    const bookingId = await bookByApi(page, await token(page, guest), id, 20, 3);
    const address = sql(`SELECT address FROM listings WHERE id = ${id}`);
    const unvisited = Number(sql(`SELECT id FROM listings WHERE is_active AND id <> ${id} ORDER BY id DESC LIMIT 1`));

    await signIn(page, testInfo, guest, '/trips');
    await controlled(page);
    // The first worker taking control is not "a new version".
    await expect(page.locator('.toast')).toHaveCount(0);
    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.goto(`/trips/${bookingId}`);
    await ready(page, testInfo);
    const pass = page.getByRole('region', { name: 'Trip pass' });
    await expect(pass.locator('[data-code]')).toHaveText(confirmationCode(bookingId));
    // Online, nothing says "offline".
    await expect(page.locator('.offline-note')).toHaveCount(0);

    await goOffline(context);

    // Saved pages come back as the server rendered them, without scripts (every page works
    // without JavaScript), styled and marked as saved.
    await page.goto(`/listings/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toContainText(
      'This page was saved',
    );
    await expect(page.locator('script')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');

    await page.goto(`/trips/${bookingId}`);
    await expect(pass.locator('[data-code]')).toHaveText(confirmationCode(bookingId));
    await expect(pass).toContainText(address);
    await expect(pass.getByRole('link', { name: /@/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'House rules' })).toBeVisible();
    await expect(page.locator('.offline-note')).toBeVisible();

    await page.goto(`/listings/${unvisited}`);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Your trips' })).toHaveAttribute('href', '/trips');

    // Back online, the network answers again and the page is not marked.
    await context.unrouteAll();
    await context.setOffline(false);
    await page.goto(`/listings/${unvisited}`);
    await ready(page, testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toHaveCount(0);
    await expect(page.locator('.offline-note')).toHaveCount(0);
  });

  test('signing out forgets the saved pages', async ({ page, context }, testInfo) => {
    const guest = await person(page, testInfo, 'sharer');
    const { id } = ownListing(46, testInfo, true);
    const bookingId = await bookByApi(page, await token(page, guest), id, 25, 2);
    await signIn(page, testInfo, guest, `/trips/${bookingId}`);
    await controlled(page);
    await page.goto(`/trips/${bookingId}`);
    await ready(page, testInfo);
    await expect(page.getByRole('region', { name: 'Trip pass' })).toBeVisible();

    await page.getByLabel('Account menu for Sharer').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    const savedTrips = () =>
      page.evaluate(async () =>
        (await (await caches.open('haven-pages-v1')).keys()).filter((r) => r.url.includes('/trips')).length,
      );
    await expect.poll(savedTrips).toBe(0);

    await goOffline(context);
    await page.goto(`/trips/${bookingId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trip pass' })).toHaveCount(0);
  });
  test('the day plan saved with a trip opens offline with the pass', async ({ page, context }, testInfo) => {
    const guest = await person(page, testInfo, 'wanderer');
    const { id } = ownListing(148, testInfo, true);
    const bearer = await token(page, guest);
    const bookingId = await bookByApi(page, bearer, id, 30, 3);
    const made = await page.request.post('/api/v1/ai/itinerary', {
      headers: { Authorization: `Bearer ${bearer}` },
      data: { booking_id: bookingId, preferences: { travel: 'transit', pace: 'packed' } },
    });
    expect(made.status(), await made.text()).toBe(200);
    const first = (await made.json()).days.flatMap((d: { stops: { activity: { name: string } }[] }) => d.stops)[0];
    expect(first).toBeDefined();

    await signIn(page, testInfo, guest, `/trips/${bookingId}`);
    await controlled(page);
    await page.goto(`/trips/${bookingId}`);
    await ready(page, testInfo);
    const plan = page.getByRole('region', { name: 'Your days' });
    await expect(plan.locator('.plan-stop').first()).toContainText(first.activity.name);

    await goOffline(context);
    await page.goto(`/trips/${bookingId}`);
    await expect(page.locator('.offline-note')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trip pass' }).locator('[data-code]')).toHaveText(
      confirmationCode(bookingId),
    );
    await expect(plan.locator('.plan-day')).toHaveCount(4);
    await expect(plan.locator('.plan-stop').first()).toContainText(first.activity.name);
    await expect(plan.locator('.plan-stop__open').first()).toContainText('Open that day: ');
  });
});
