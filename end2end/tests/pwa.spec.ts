import { type APIRequestContext, chromium, expect, type Page, test, type TestInfo } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ready } from './support';

test.describe('installable app', () => {
  test('Chromium finds nothing that stops the home page from being installed', async ({ request }, testInfo) => {
    // Chromium installs nothing from an incognito profile, which is what Playwright's
    // contexts are: this test gets a real (throwaway) profile.
    const profile = mkdtempSync(path.join(tmpdir(), 'haven-pwa-'));
    const { launchOptions, baseURL, javaScriptEnabled } = testInfo.project.use;
    const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, javaScriptEnabled });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await expectInstallable(page, request, testInfo);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

async function expectInstallable(page: Page, request: APIRequestContext, testInfo: TestInfo): Promise<void> {
  await page.goto('/');
  await ready(page, testInfo);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

  // What Chromium itself decides, through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(url).toMatch(/\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? '{}');
  expect(manifest.display).toBe('standalone');
  expect(manifest.shortcuts.map((s: { short_name: string }) => s.short_name)).toEqual(['Search', 'Trips']);

  // Screenshots for the richer install dialog: one for phones, one for wide screens.
  expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor)).toEqual(['narrow', 'wide']);

  // Every icon and screenshot the manifest names is there, as the type and size it claims.
  const response = await request.get('/manifest.webmanifest');
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const icons = [
    ...manifest.icons,
    ...manifest.shortcuts.flatMap((s: { icons: unknown[] }) => s.icons),
    ...manifest.screenshots,
  ];
  for (const icon of icons as { src: string; sizes: string; type: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') {
      const body = await file.body();
      const [width, height] = icon.sizes.split('x').map(Number);
      expect([body.readUInt32BE(16), body.readUInt32BE(20)], icon.src).toEqual([width, height]);
    }
  }
}
