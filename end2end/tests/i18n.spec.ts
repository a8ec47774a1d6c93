import { expect, type Page, test } from '@playwright/test';
import { audit } from './axe';
import { day, ownListing, person, signIn } from './people';
import { baseURL, ready, shortDate, sql } from './support';

// Issue 20: the language of a page is chosen on the server (a shared link's ?lang=, the
// account's preference, the footer picker's cookie, then Accept-Language), so the first
// paint is in it, with or without JavaScript; Arabic is laid out right to left; every
// shipped language fits a 360 px phone.

const LANGUAGES = ['en', 'es', 'fr', 'ar'] as const;
const SIGN_IN: Record<(typeof LANGUAGES)[number], string> = {
  en: 'Sign in',
  es: 'Entrar',
  fr: 'Connexion',
  ar: 'دخول',
};

async function chooseLanguage(page: Page, label: string, native: string) {
  const picker = page.locator('form.language-picker');
  await picker.getByLabel(label).selectOption({ label: native });
  await picker.getByRole('button').click();
}

test.describe('the browser language', () => {
  test.use({ locale: 'fr-CA' });

  test('decides until the picker is used, and the picker is remembered', async ({ page }, testInfo) => {
    const response = await page.goto('/');
    await ready(page, testInfo);
    expect(response?.headers()['content-language']).toBe('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('link', { name: 'Connexion' })).toBeVisible();

    await chooseLanguage(page, 'Langue', 'Español');
    await expect(page).toHaveURL(/\/$/);
    await ready(page, testInfo);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('link', { name: 'Entrar' })).toBeVisible();

    // Another page, a fresh load: still Spanish, from the cookie.
    await page.goto('/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('form.language-picker select')).toHaveValue('es');
  });

  test('a shared link with ?lang= wins', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });
});

test('the account preference wins over the cookie and the browser', async ({ page, context }, testInfo) => {
  const email = await person(page, testInfo, 'linguist');
  sql(`UPDATE users SET preferred_language = 'fr' WHERE email = '${email}'`);
  await signIn(page, testInfo, email, '/trips');
  // With JavaScript, signing in navigates inside the app: the account's language applies
  // from the next page the server renders.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // A cookie saying Spanish changes nothing while the account says French.
  await context.addCookies([{ name: 'haven.lang', value: 'es', url: baseURL }]);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // The picker changes the account's preference too, so it follows them to every device.
  await chooseLanguage(page, 'Langue', 'العربية');
  await ready(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(sql(`SELECT preferred_language FROM users WHERE email = '${email}'`)).toBe('ar');
});

test('search engines see every language as an alternate', async ({ page }) => {
  await page.goto('/search?q=Lisbon&lang=fr');
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(5);
  const hrefs = await alternates.evaluateAll((links) =>
    links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  const byLang = Object.fromEntries(hrefs);
  for (const lang of LANGUAGES) {
    expect(byLang[lang]).toMatch(new RegExp(`^https?://[^/]+/search\\?q=Lisbon&lang=${lang}$`));
  }
  expect(byLang['x-default']).toMatch(/^https?:\/\/[^/]+\/search\?q=Lisbon$/);
});

test('an Arabic page is laid out right to left', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=ar');
  await ready(page, testInfo);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  expect(await html.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The brand starts the header on the right, the navigation ends it on the left.
  const brand = await page.locator('.site-header .brand').boundingBox();
  const nav = await page.locator('.site-header .site-nav').boundingBox();
  expect(brand && nav && brand.x > nav.x).toBeTruthy();
  await expect(page.getByRole('link', { name: 'دخول' })).toBeVisible();
});

/** Controls whose label wrapped onto a second line, or whose text overflows them. */
function wrappedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      '.site-header a, .site-header summary, button, a.button, input[type=submit]',
    );
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.25;
      const inner = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      // Controls with words on them (an icon's name is for screen readers, not a line).
      const text = (el.innerText || '').trim();
      if (!text) continue;
      if (inner > line * 1.6) bad.push(`"${text}" wraps (${Math.round(inner)} px tall, line ${line} px)`);
      else if (el.scrollWidth > el.clientWidth + 1) bad.push(`"${text}" overflows`);
    }
    return bad;
  });
}

for (const lang of LANGUAGES) {
  test(`pages fit a 360 px phone in ${lang}, no label on two lines`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const listing = sql('SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1');
    const city = sql('SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1');
    for (const path of ['/', `/search?q=${encodeURIComponent(city)}&adults=2`, `/listings/${listing}`, '/signin', '/signup']) {
      const sep = path.includes('?') ? '&' : '?';
      await page.goto(`${path}${sep}lang=${lang}`);
      await ready(page, testInfo);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.site-header').getByRole('link', { name: SIGN_IN[lang] })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, `${path} in ${lang} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      expect(await wrappedControls(page), `${path} in ${lang}`).toEqual([]);
    }
  });
}

test('an unknown language from the picker is refused with a message', async ({ page }) => {
  const r = await page.request.post('/language', { form: { lang: 'xx', next: '/' } });
  expect(r.status()).toBe(400);
  expect(await r.text()).toContain('Choose one of the languages offered');
});

test.describe('accessibility in every language (axe)', () => {
  for (const lang of LANGUAGES) {
    test(`home, search, listing and sign-in in ${lang}`, async ({ page }, testInfo) => {
      const listing = sql('SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1');
      const city = sql('SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1');
      for (const [name, path] of [
        ['home', '/'],
        ['search', `/search?q=${encodeURIComponent(city)}&adults=2`],
        ['listing', `/listings/${listing}`],
        ['sign-in', '/signin'],
      ]) {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${path}${sep}lang=${lang}`);
        await ready(page, testInfo);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await audit(page, testInfo, `${name} (${lang})`);
      }
    });
  }
});


test('a guest books in Spanish, then reads the trip in French, with their formats', async ({ page }, testInfo) => {
  const guest = await person(page, testInfo, 'viajera');
  const { id, title } = ownListing(170, testInfo, true);
  await signIn(page, testInfo, guest, '/trips');
  await chooseLanguage(page, 'Language', 'Español');
  await ready(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // Search: the stay's dates as Spanish writes them, on the chips.
  const city = sql(`SELECT city FROM listings WHERE id = ${id}`);
  await page.goto(`/search?q=${encodeURIComponent(city)}&check_in=${day(50)}&check_out=${day(53)}&adults=2`);
  await ready(page, testInfo);
  await expect(page.getByRole('link', { name: 'Explorar' })).toBeVisible();
  const dayMonth = new Intl.DateTimeFormat('es', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day(50)}T00:00:00Z`),
  );
  await expect(page.getByRole('list', { name: 'Tu búsqueda' })).toContainText(dayMonth);

  // The listing and its quote, then the booking, in Spanish.
  await page.goto(`/listings/${id}?check_in=${day(50)}&check_out=${day(53)}&adults=2`);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'Normas de la casa' })).toBeVisible();
  const total = page.locator('.quote__total dd');
  await expect(total).toBeVisible();
  // Spanish writes the currency after the amount, with a comma for decimals.
  await expect(total).toHaveText(/^[\d.]+(,\d\d)?\s(US\$|€|£)$/);
  await page.getByLabel('Mensaje para el anfitrión (opcional)').fill('Llegamos tarde.');
  await page.getByRole('button', { name: 'Reservar' }).click();
  await expect(page).toHaveURL(/\/trips\/\d+\?booked=1/);
  await ready(page, testInfo);
  await expect(page.locator('.form-notice[role="status"]')).toHaveText('Reserva hecha. ¡Buen viaje!');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(shortDate(day(50), 'es')).first()).toBeVisible();

  // French from here on: the same trip, its words and dates.
  await chooseLanguage(page, 'Idioma', 'Français');
  await ready(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Règlement intérieur' })).toBeVisible();
  await expect(page.getByText(shortDate(day(50), 'fr')).first()).toBeVisible();
  await expect(page.locator('.user-menu a[href="/trips"]')).toHaveText('Voyages');
});

test('a guest who reads prices in euros sees euros on a dollar listing, and is told the dollar charge', async ({
  page,
}, testInfo) => {
  const { id } = ownListing(171, testInfo, true);
  sql(`UPDATE listings SET currency = 'USD', price_per_night_minor = 10000, cleaning_fee_minor = 0 WHERE id = ${id}`);
  await page.goto(`/listings/${id}?lang=en`);
  await ready(page, testInfo);
  const currency = page.locator('form.currency-picker');
  await currency.getByLabel('Prices in').selectOption('EUR');
  await currency.getByRole('button').click();
  await ready(page, testInfo);

  await page.goto(`/listings/${id}?check_in=${day(60)}&check_out=${day(62)}&adults=2`);
  await ready(page, testInfo);
  // $100 a night at the shipped rates (1 EUR = 1.1172 USD): about €90.
  await expect(page.locator('.listing__price, .price-card').first()).toContainText('≈ €');
  await expect(page.locator('.quote__total dd')).toHaveText(/^≈ €[\d,.]+$/);
  const charged = page.locator('.quote__charged');
  await expect(charged).toHaveAttribute('data-charged', 'USD');
  await expect(charged).toContainText('You will be charged $');
  await expect(charged).toContainText('(USD)');
  // The footer says which rates and which day.
  await expect(page.locator('.rates-note')).toContainText('exchange rates of Oct 30, 2026');
});
