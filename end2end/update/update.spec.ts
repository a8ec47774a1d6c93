import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';

const script = (...args: string[]) =>
  execFileSync('bash', ['../scripts/pwa-update.sh', ...args], { stdio: 'inherit', timeout: 35 * 60_000 });

/** The WASM the page names, and the WASM it actually loaded. */
async function build(page: Page) {
  return page.evaluate(() => {
    const named = (selector: string) => document.querySelector(selector)?.getAttribute('href') ?? '';
    const wasm = named('link[rel="preload"][href$=".wasm"]');
    const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    return { wasm, loadedWasm: [...new Set(loaded.filter((p) => p.endsWith('.wasm')))] };
  });
}

const staticCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('haven-static-')));

test.beforeAll(() => script('start'));
test.afterAll(() => script('stop'));

test('after a redeploy with a changed component, the open page offers the reload and then runs the new WASM', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const label = `Build check ${Date.now()}`;

  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const before = await build(page);
  const cachesBefore = await staticCaches(page);
  expect(cachesBefore).toHaveLength(1);
  await expect(page.getByText(label)).toHaveCount(0);

  // The deploy: a changed component, rebuilt, and the server restarted on the new build.
  script('rebuild', label);
  script('restart');

  // The page looks for a new worker (as it does every half hour, or when shown again).
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const offer = page.locator('.toast').filter({ hasText: 'A new version of Haven is available.' });
  await expect(offer).toBeVisible({ timeout: 60_000 });
  // Nothing changed under the page until the person says so.
  expect((await build(page)).wasm).toBe(before.wasm);

  await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByText(label)).toBeVisible();
  const after = await build(page);
  // A new WASM (the JS glue may be byte-for-byte the same, and keep its name).
  expect(after.wasm).not.toBe(before.wasm);
  // The page loaded exactly the WASM its HTML names, and hydrated with it.
  expect(after.loadedWasm).toEqual([after.wasm]);
  // The old build's cache is gone; only the new one is left.
  const cachesAfter = await staticCaches(page);
  expect(cachesAfter).toHaveLength(1);
  expect(cachesAfter[0]).not.toBe(cachesBefore[0]);
  expect(errors).toEqual([]);
});
