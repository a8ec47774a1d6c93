import { expect, type Locator, type Page, test, type TestInfo } from '@playwright/test';
import { audit } from './axe';
import { bookByApi, day, ownListing, PASSWORD, pastStay, person, signIn, token } from './people';
import { jsEnabled, longDate, ready, sql } from './support';

// Issue 7: axe-core finds no serious or critical violations of WCAG 2.1 A/AA (and axe's
// best practices) on the pages guests and hosts use most, hydrated and without JavaScript.
// Moderate and minor findings are reported (as annotations and in the output), not failed.

/** A seeded listing of this spec's own (slots 60 and up; see `ownListing`). */
function listing(slot: number, testInfo: TestInfo, instant: boolean, host?: string): number {
  return ownListing(60 + slot, testInfo, instant, host).id;
}

/** With JavaScript, the maps have drawn (Leaflet's controls are part of the page then). */
async function mapsDrawn(map: Locator, testInfo: TestInfo) {
  if (jsEnabled(testInfo)) await expect(map.locator('.leaflet-container')).toBeVisible();
  else await expect(map).toBeHidden();
}

test.describe('accessibility (axe)', () => {
  test('home', async ({ page }, testInfo) => {
    await page.goto('/');
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Featured stays' })).toBeVisible();
    await audit(page, testInfo, 'home');
  });

  test('search with results', async ({ page }, testInfo) => {
    const city = sql('SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1');
    await page.goto(`/search?q=${encodeURIComponent(city)}&check_in=${day(30)}&check_out=${day(33)}&adults=2`);
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
    await mapsDrawn(page.getByRole('region', { name: 'Map of the results' }), testInfo);
    await audit(page, testInfo, 'search');
  });

  test('search from a sentence: chips and the words not used', async ({ page }, testInfo) => {
    const city = sql('SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1');
    await page.goto(`/search?q=${encodeURIComponent(`quiet home for 2 in ${city} next month with wifi`)}`);
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Your search' })).toBeVisible();
    await expect(page.getByText(/^Not used in the search:/)).toBeVisible();
    await audit(page, testInfo, 'search-sentence');
  });

  test('listing, with a stay chosen and priced', async ({ page }, testInfo) => {
    const id = listing(0, testInfo, true);
    await page.goto(`/listings/${id}?check_in=${day(20)}&check_out=${day(23)}&adults=2`);
    await ready(page, testInfo);
    await expect(page.locator('.quote__total')).toBeVisible();
    await mapsDrawn(page.getByRole('region', { name: /^Map of the area around / }), testInfo);
    await audit(page, testInfo, 'listing');
  });

  test('sign in, and its error', async ({ page }, testInfo) => {
    await page.goto('/signin');
    await ready(page, testInfo);
    await audit(page, testInfo, 'sign in');
    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByLabel('Password').fill('not the right password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await ready(page, testInfo);
    await audit(page, testInfo, 'sign in (failed)');
  });

  test('trips, and the account menu', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const bearer = await token(page, guest);
    await bookByApi(page, bearer, listing(1, testInfo, true, host), 30, 3);
    await bookByApi(page, bearer, listing(2, testInfo, false, host), 50, 2);

    await signIn(page, testInfo, guest, '/trips');
    await expect(page.getByRole('list', { name: 'Upcoming' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Waiting for the host' }).getByRole('listitem')).toHaveCount(1);
    await audit(page, testInfo, 'trips');

    // The account menu, open.
    const menu = page.getByLabel('Account menu for Guest');
    await menu.click();
    await expect(page.getByRole('link', { name: 'Your listings' })).toBeVisible();
    await audit(page, testInfo, 'account menu', '.site-header');
  });

  test('the account page, with a change of e-mail address waiting', async ({ page }, testInfo) => {
    const email = await person(page, testInfo, 'mover');
    const bearer = await token(page, email);
    const r = await page.request.put('/api/v1/me/email', {
      headers: { authorization: `Bearer ${bearer}` },
      data: { email: email.replace('@', '.new@'), current_password: PASSWORD },
    });
    expect(r.status()).toBe(202);
    await signIn(page, testInfo, email, '/account');
    await expect(page.getByText('Waiting for you to confirm')).toBeVisible();
    await audit(page, testInfo, 'account');
  });

  test('the owner dashboard', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'owner');
    listing(8, testInfo, true, host);
    await signIn(page, testInfo, host, '/host');
    await expect(page.locator('.kpi').first()).toBeVisible();
    await audit(page, testInfo, 'dashboard');
  });

  test('the review form, and its errors', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const stay = await pastStay(page, guest, listing(9, testInfo, true, host));
    await signIn(page, testInfo, guest, `/trips/${stay}/review`);
    await expect(page.getByRole('heading', { name: 'How was your stay?' })).toBeVisible();
    await audit(page, testInfo, 'review form');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await expect(page.getByText('Write a few words about the stay.')).toBeVisible();
    await ready(page, testInfo);
    await audit(page, testInfo, 'review form (errors)');
  });

  test('host dashboard: listings and reservations', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const bearer = await token(page, guest);
    const owned = listing(3, testInfo, true, host);
    await bookByApi(page, bearer, owned, 35, 3);
    await bookByApi(page, bearer, listing(4, testInfo, false, host), 45, 2);

    await signIn(page, testInfo, host, '/host/listings');
    await expect(page.locator('.host-list__item')).toHaveCount(2);
    await audit(page, testInfo, 'host listings');

    await page.goto('/host/reservations');
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Requests' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Upcoming stays' }).getByRole('listitem')).toHaveCount(1);
    await audit(page, testInfo, 'host reservations');

    const month = `${day(35).slice(0, 8)}01`;
    await page.goto(`/host/listings/${owned}/calendar?from=${month}`);
    await ready(page, testInfo);
    await expect(page.locator(`[data-date="${day(35)}"]`)).toHaveAttribute('data-state', 'booked');
    await audit(page, testInfo, 'host calendar');
  });

  test("the listing editor's town: suggestions, and the choice of towns a name leaves open", async ({
    page,
  }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    await signIn(page, testInfo, host, '/host/listings/new?step=location');
    const town = page.getByLabel('Town or city');
    if (jsEnabled(testInfo)) {
      await town.pressSequentially('Springf');
      await expect(page.getByRole('option').first()).toBeVisible();
      await town.press('ArrowDown');
      await audit(page, testInfo, 'town suggestions');
      await town.press('Escape');
    }
    await town.fill('Springfield');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page.getByRole('group', { name: 'Which place do you mean?' })).toBeVisible();
    await audit(page, testInfo, 'towns to choose from');
  });

  test('calendar sync, with calendars imported and a conflict', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const owned = listing(10, testInfo, true, host);
    const booking = await bookByApi(page, await token(page, guest), owned, 20, 2);
    // Two calendars as the worker leaves them (never due again here), and a clash.
    sql(
      `DELETE FROM calendar_feeds WHERE listing_id = ${owned};
       INSERT INTO calendar_feeds (listing_id, name, url, next_sync_at, last_attempt_at, last_success_at, last_status, last_error)
       VALUES (${owned}, 'Airbnb', 'https://www.airbnb.example/calendar/ical/1.ics', now() + interval '1 day', now(), now(), 'updated', NULL),
              (${owned}, 'Vrbo', 'https://www.vrbo.example/icalendar/2.ics', now() + interval '1 day', now(), NULL, 'failed',
               'The calendar at www.vrbo.example answered 404 Not Found.');
       INSERT INTO calendar_conflicts (feed_id, event_uid, nights, booking_id)
       SELECT id, 'clash@airbnb.example', daterange(current_date + 19, current_date + 21), ${booking}
       FROM calendar_feeds WHERE listing_id = ${owned} AND name = 'Airbnb'`,
    );

    await signIn(page, testInfo, host, `/host/listings/${owned}/calendar/sync`);
    await expect(page.getByRole('heading', { name: 'Conflicts (1)' })).toBeVisible();
    await expect(page.getByText('answered 404 Not Found')).toBeVisible();
    await audit(page, testInfo, 'calendar sync');
  });

  test('a trip with its day plan, and the guidebook editor with an error', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const owned = listing(11, testInfo, true, host);
    const bearer = await token(page, guest);
    const booking = await bookByApi(page, bearer, owned, 35, 3);
    const made = await page.request.post('/api/v1/ai/itinerary', {
      headers: { Authorization: `Bearer ${bearer}` },
      data: { booking_id: booking, preferences: { travel: 'transit' } },
    });
    expect(made.status(), await made.text()).toBe(200);
    await signIn(page, testInfo, guest, `/trips/${booking}`);
    await expect(page.getByRole('region', { name: 'Your days' }).locator('.plan-stop').first()).toBeVisible();
    await audit(page, testInfo, 'trip plan');

    await page.context().clearCookies();
    await signIn(page, testInfo, host, `/host/listings/${owned}/guidebook`);
    await page.getByLabel('Name').fill('Miradouro');
    await page.getByLabel('Opening hours').fill('sunrise-sunset');
    await page.getByRole('button', { name: 'Add to guidebook' }).click();
    await expect(page.locator('#field-opening_hours-error')).toBeVisible();
    await audit(page, testInfo, 'guidebook');
  });

  test('inbox and a conversation', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const id = listing(7, testInfo, false, host);
    const r = await page.request.post(`/api/v1/listings/${id}/inquiries`, {
      headers: { Authorization: `Bearer ${await token(page, guest)}` },
      data: { check_in: day(40), check_out: day(42), guests: 2, body: 'Is there a cot? See https://example.com/cot' },
    });
    expect(r.status(), await r.text()).toBe(201);
    const conversation = (await r.json()).conversation.id;

    await signIn(page, testInfo, host, '/inbox');
    await expect(page.getByRole('list', { name: 'Conversations' }).getByRole('listitem')).toHaveCount(1);
    await audit(page, testInfo, 'inbox');

    await page.goto(`/inbox/${conversation}`);
    await ready(page, testInfo);
    await expect(page.getByRole('list', { name: 'Messages' }).getByRole('listitem')).toHaveCount(1);
    await audit(page, testInfo, 'conversation');
  });
});

// ---------- Keyboard ----------

/**
 * What has the focus, and what is wrong with how it shows: no outline or ring at all, a
 * ring of less than 3:1 against what is around it, or text of less than 4.5:1 (3:1 when
 * large) against its background while focused. Colours are composed up the ancestors'
 * plain backgrounds (background images and gradients are not seen).
 */
async function focusProblems(page: Page): Promise<{ what: string; problems: string[] }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', problems: [] };
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${label}"`;

    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba | null => {
      const m = c.match(/^rgba?\(([^)]+)\)$/);
      if (!m) return null;
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba;
    // The plain background behind `start` (its own included), composed up to the page.
    const backdrop = (start: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let e = start; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) {
          layers.push(c);
          if (c[3] >= 1) break;
        }
      }
      return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255, 1] as Rgba);
    };
    const luminance = (c: Rgba) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };

    const problems: string[] = [];
    const s = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || s.visibility === 'hidden') problems.push('the focused element is not shown');
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const ring = s.boxShadow !== 'none';
    if (!outline && !ring) {
      problems.push(`no focus indicator (outline: ${s.outlineStyle} ${s.outlineWidth}; box-shadow: none)`);
    } else if (outline && !ring) {
      // An outside outline lies on the parent's background; an inset one on the element's.
      const around = backdrop(parseFloat(s.outlineOffset) < 0 ? el : el.parentElement);
      const colour = parse(s.outlineColor);
      if (colour) {
        const r = ratio(over(colour, around), around);
        if (r < 3) problems.push(`focus ring ${s.outlineColor} is ${r.toFixed(2)}:1 against its surroundings (needs 3:1)`);
      }
    }
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    const colour = parse(s.color);
    if (ownText && colour) {
      const bg = backdrop(el);
      const r = ratio(over(colour, bg), bg);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (r < (large ? 3 : 4.5)) problems.push(`text ${s.color} on ${s.backgroundColor} is ${r.toFixed(2)}:1 while focused`);
    }
    return { what, problems };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `max` times. Every stop
 * on the way must show its focus (see `focusProblems`). Fails with the path taken.
 */
async function tabTo(page: Page, target: Locator, { max = 120, back = false } = {}): Promise<void> {
  const key = back ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const { what, problems } = await focusProblems(page);
    path.push(what);
    expect.soft(problems, `focus on ${what} (${page.url()}): ${problems.join('; ')}`).toEqual([]);
    if (await target.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
  }
  throw new Error(`${max} presses of ${key} did not reach ${target}; went through:\n  ${path.join('\n  ')}`);
}

/** Signs in from the sign-in page with the keyboard only; lands on `next`. */
async function signInByKeyboard(page: Page, testInfo: TestInfo, email: string, next: string) {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await ready(page, testInfo);
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${next.split('?')[0]}$`));
  await ready(page, testInfo);
}


test.describe('accessibility (keyboard)', () => {
  test('a guest signs in, chooses dates and guests and books, with the keyboard only', async ({ page }, testInfo) => {
    // Many stops on the way (every free day of the calendar is a link): room for them.
    test.setTimeout(120_000);
    const guest = await person(page, testInfo, 'guest');
    const id = listing(5, testInfo, true);
    const [checkIn, checkOut] = [day(3), day(5)];
    await signInByKeyboard(page, testInfo, guest, `/listings/${id}`);

    // The calendar is the date picker: Tab to the check-in day, Enter; then the check-out
    // day. (Without JavaScript the page loads again at the calendar, and Tab goes on from
    // there.)
    await tabTo(page, page.getByRole('link', { name: `Arrive on ${longDate(checkIn)}` }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`check_in=${checkIn}`));
    await ready(page, testInfo);
    await tabTo(page, page.getByRole('link', { name: `Leave on ${longDate(checkOut)}` }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`check_in=${checkIn}&check_out=${checkOut}`));
    await ready(page, testInfo);
    await expect(page.locator('.quote__total')).toBeVisible();
    // Over the chosen nights (back to them with JavaScript, where the focus stayed on the
    // check-out day; on from the calendar's top without): they show the focus too.
    await tabTo(page, page.locator('td.month__day--chosen a.month__pick').first(), { back: jsEnabled(testInfo) });

    // Two adults: Tab to the field, replace its value, Enter prices the stay again.
    await tabTo(page, page.getByLabel('Adults'), { max: 200 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/adults=2/);
    await expect(page).toHaveURL(new RegExp(`check_in=${checkIn}&check_out=${checkOut}`));
    await ready(page, testInfo);
    await expect(page.locator('.quote__total')).toBeVisible();

    // A message, then Reserve (Space presses a button as Enter does).
    await tabTo(page, page.getByLabel('Message to the host (optional)'), { max: 200 });
    await page.keyboard.type('Arriving by train.');
    await tabTo(page, page.getByRole('button', { name: 'Reserve' }));
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\/trips\/\d+\?booked=1/);
    await ready(page, testInfo);
    await expect(page.locator('[data-status="confirmed"]')).toBeVisible();

    const booking = sql(
      `SELECT b.check_in || ' ' || b.check_out || ' ' || b.adults || ' ' || b.status
       FROM bookings b JOIN users u ON u.id = b.guest_id
       WHERE u.email = '${guest}' AND b.listing_id = ${id}`,
    );
    expect(booking).toBe(`${checkIn} ${checkOut} 2 confirmed`);
    await expect(page.getByText('Message: Arriving by train.')).toBeVisible();
  });

  test('the gallery, the map controls and the account menu work from the keyboard', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const guest = await person(page, testInfo, 'guest');
    const id = sql(`SELECT listing_id FROM listing_photos GROUP BY listing_id
                    HAVING count(*) >= 4 ORDER BY listing_id LIMIT 1`);
    const photos = Number(sql(`SELECT count(*) FROM listing_photos WHERE listing_id = ${id}`));
    await signInByKeyboard(page, testInfo, guest, `/listings/${id}`);

    // Gallery: with JavaScript the region takes the focus and the arrow keys step; the
    // previous/next links and the thumbnails are links either way.
    const gallery = page.getByRole('region', { name: /^Photos of / });
    const counter = gallery.getByText(new RegExp(`^\\d+ / ${photos}$`));
    await expect(counter).toHaveText(`1 / ${photos}`);
    if (jsEnabled(testInfo)) {
      await tabTo(page, gallery);
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`2 / ${photos}`);
      await page.keyboard.press('ArrowLeft');
      await expect(counter).toHaveText(`1 / ${photos}`);
    }
    await tabTo(page, gallery.getByRole('link', { name: 'Next photo' }));
    await page.keyboard.press('Enter');
    await expect(counter).toHaveText(`2 / ${photos}`);
    await ready(page, testInfo);
    await tabTo(page, gallery.getByRole('link', { name: `Photo ${photos} of ${photos}` }));
    await page.keyboard.press('Enter');
    await expect(counter).toHaveText(`${photos} / ${photos}`);
    await ready(page, testInfo);

    // The map (with JavaScript; without it there is none): its zoom buttons take Enter, and
    // the map itself the + and - keys.
    const map = page.getByRole('region', { name: /^Map of the area around / });
    if (jsEnabled(testInfo)) {
      const area = map.locator('path.map-area');
      const container = map.locator('.leaflet-container');
      await expect(area).toBeVisible();
      const width = async () => (await area.boundingBox())?.width ?? 0;
      // Leaflet ignores a zoom asked for while one animates (its map pane has the class
      // leaflet-zoom-anim meanwhile): each zoom ends before the next key.
      const zoomed = async (ratio: number) => {
        await expect.poll(async () => (await width()) / before).toBeGreaterThan(ratio * 0.8);
        await expect.poll(async () => (await width()) / before).toBeLessThan(ratio * 1.2);
        await expect(container.locator('.leaflet-map-pane')).not.toHaveClass(/leaflet-zoom-anim/);
      };
      const before = await width();
      await tabTo(page, map.getByRole('button', { name: 'Zoom in' }));
      await page.keyboard.press('Enter');
      await zoomed(2);
      await tabTo(page, map.getByRole('button', { name: 'Zoom out' }));
      await page.keyboard.press('Enter');
      await zoomed(1);
      await tabTo(page, container, { back: true, max: 5 });
      await page.keyboard.press('Minus');
      await zoomed(0.5);
    } else {
      await expect(map).toBeHidden();
    }

    // The account menu (a disclosure): back up to it, Enter opens it, its links come next.
    const menu = page.locator('details.user-menu');
    // (Without JavaScript the last link loaded the page again: the menu is a few Tabs on.)
    await tabTo(page, page.getByLabel('Account menu for Guest'), { back: jsEnabled(testInfo), max: 150 });
    await expect(menu).not.toHaveAttribute('open');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await tabTo(page, menu.getByRole('link', { name: 'Trips' }), { max: 3 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/trips$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
  });
});

// ---------- Motion ----------

test.describe('accessibility (motion)', () => {
  /** The longest transition or animation on the page (elements and their ::before/::after), in seconds. */
  const longestMotion = (page: Page) =>
    page.evaluate(() => {
      const seconds = (list: string) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
      let longest = 0;
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const s = getComputedStyle(el, pseudo);
          longest = Math.max(longest, seconds(s.transitionDuration), s.animationName === 'none' ? 0 : seconds(s.animationDuration));
        }
      }
      return longest;
    });

  test('with prefers-reduced-motion nothing moves', async ({ page }, testInfo) => {
    const id = listing(6, testInfo, true);
    // Without the preference, there is motion to take away (the measure measures).
    await page.goto('/');
    await ready(page, testInfo);
    expect(await longestMotion(page)).toBeGreaterThan(0.1);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const path of ['/', `/listings/${id}`, '/search?q=a']) {
      await page.goto(path);
      await ready(page, testInfo);
      expect(await longestMotion(page), path).toBeLessThanOrEqual(0.001);
    }
    // A card's photo does not zoom under the pointer.
    await page.goto('/');
    await ready(page, testInfo);
    const card = page.locator('.card__link').first();
    await card.hover();
    await expect(card.locator('.card__photo img')).toHaveCSS('transform', 'none');
  });
});
