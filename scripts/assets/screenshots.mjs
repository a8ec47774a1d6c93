// The web app manifest's screenshots (public/screenshots/), taken from a running Haven with
// Debian's Chromium: the home page on a phone, search results on a wide screen.
//   node scripts/assets/screenshots.mjs http://127.0.0.1:3100
// Playwright comes from end2end/'s Node modules.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const out = new URL('../../public/screenshots/', import.meta.url).pathname;
const shots = [
  { file: 'home-narrow.png', path: '/', viewport: { width: 540, height: 1080 } },
  { file: 'search-wide.png', path: '/search?q=Lisbon&adults=2', viewport: { width: 1280, height: 800 } },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(base + shot.path, { waitUntil: 'networkidle' });
    await page.locator('body[data-hydrated="true"]').waitFor();
    // Every image in view has loaded.
    await page.waitForFunction(() =>
      [...document.images]
        .filter((img) => img.getBoundingClientRect().top < innerHeight)
        .every((img) => img.complete),
    );
    await page.screenshot({ path: out + shot.file });
    await page.close();
    console.log(`${shot.file}: ${shot.viewport.width}x${shot.viewport.height}`);
  }
} finally {
  await browser.close();
}
