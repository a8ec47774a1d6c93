import { expect, type Page, test } from '@playwright/test';
import { ready, sql } from './support';

// Responsive from 360 px phones to wide desktops, and nothing moves while a page loads
// (photos have their sizes reserved; the search map keeps its place until it is drawn).

function pages(): { name: string; path: string }[] {
  const listing = sql('SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1');
  const city = sql('SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1');
  return [
    { name: 'home', path: '/' },
    { name: 'search', path: `/search?q=${encodeURIComponent(city)}&adults=2` },
    { name: 'listing', path: `/listings/${listing}` },
    { name: 'sign-in', path: '/signin' },
  ];
}

/** The layout shifts Chromium recorded since the page started loading (CLS's parts). */
function shifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) seen.push(entry.value);
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback, before the next frame is drawn.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(seen)));
      }),
  );
}

for (const width of [360, 768, 1440]) {
  test(`pages fit a ${width} px wide screen`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 800 });
    for (const { name, path } of pages()) {
      await page.goto(path);
      await ready(page, testInfo);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `${name} at ${width} px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  });
}

test('nothing moves while pages load and hydrate @js-only', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 412, height: 823 });
  for (const { name, path } of pages()) {
    await page.goto(path);
    await ready(page, testInfo);
    await page.waitForLoadState('networkidle');
    const total = (await shifts(page)).reduce((a, b) => a + b, 0);
    expect(total, `${name}: layout shift ${total.toFixed(4)}`).toBeLessThan(0.01);
  }
});
