import { type Page, expect, test, type TestInfo } from '@playwright/test';
import { day, ownListing, person, signIn } from './people';
import { ready, sql } from './support';

// The trip assistant on the trip page and the listing page: a guest books from a listing
// with similar stays and things to do, plans the trip and keeps the plan offline; a host
// adds a place to the guidebook and finds it on the listing page. Slots 146–148.

/** "10:00–13:00, 14:00–18:00" → [[600, 780], [840, 1080]]; "open 24 hours" → all day. */
function intervals(open: string): [number, number][] {
  if (open === 'open 24 hours') return [[0, 1440]];
  const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return open.split(', ').map((r) => {
    const [a, b] = r.split('–');
    return [mins(a), mins(b)];
  });
}

/** Every stop on the page starts and ends inside the hours it shows for that day. */
async function stopsKeepTheirHours(page: Page): Promise<number> {
  const stops = page.locator('.plan-stop');
  const n = await stops.count();
  for (let i = 0; i < n; i++) {
    const s = stops.nth(i);
    const open = (await s.getAttribute('data-open')) ?? '';
    await expect(s.locator('.plan-stop__open')).toHaveText(`Open that day: ${open}`);
    const start = (await s.getAttribute('data-start')) ?? '';
    const end = (await s.getAttribute('data-end')) ?? '';
    await expect(s.locator('.plan-stop__when')).toContainText(`${start}–${end}`);
    const [from, to] = [start, end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
    expect(
      intervals(open).some(([a, b]) => a <= from && to <= b),
      `${start}–${end} within ${open}`,
    ).toBe(true);
  }
  return n;
}

/**
 * A listing with neighbours in its city (so it has similar stays), of this project's own:
 * counted from the last id, away from `ownListing`'s slots; its calendar cleared.
 */
function listingWithNeighbours(testInfo: TestInfo): number {
  const offset = testInfo.project.name === 'hydrated' ? 0 : 1;
  const id = Number(
    sql(`SELECT l.id FROM listings l WHERE l.is_active AND l.max_guests >= 2 AND (SELECT count(*) FROM listings o
           WHERE o.is_active AND o.id <> l.id AND o.city = l.city AND o.max_guests >= 2) >= 4
         ORDER BY l.id DESC OFFSET ${offset} LIMIT 1`),
  );
  sql(
    `UPDATE bookings SET status = 'cancelled' WHERE listing_id = ${id} AND status IN ('pending', 'confirmed');
     DELETE FROM listing_holds WHERE listing_id = ${id};
     UPDATE listings SET instant_book = true, min_nights = 1, max_nights = 30, advance_notice_days = 0,
       preparation_nights = 0, booking_window_days = 365, cancellation_policy = 'moderate', time_zone = 'UTC'
     WHERE id = ${id}`,
  );
  return id;
}

/** Books the listing from its page, as a guest does. */
async function bookFromListing(page: Page, testInfo: TestInfo, id: number, from: number, nights: number) {
  await page.goto(`/listings/${id}?check_in=${day(from)}&check_out=${day(from + nights)}&adults=2`);
  await ready(page, testInfo);
  await expect(page.getByRole('heading', { name: 'Similar stays nearby' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Things to do nearby' })).toBeVisible();
  await expect(page.locator('.quote__total')).toBeVisible();
  await page.getByRole('button', { name: 'Reserve' }).click();
  await expect(page).toHaveURL(/\/trips\/\d+\?booked=1/);
  await ready(page, testInfo);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

test.describe('trip planner', () => {
  test('a guest books from a listing, plans the trip, pins and drops stops, all within the hours shown', async ({
    page,
  }, testInfo) => {
    const guest = await person(page, testInfo, 'planner');
    const id = listingWithNeighbours(testInfo);
    await signIn(page, testInfo, guest, '/trips');
    const booking = await bookFromListing(page, testInfo, id, 25, 4);

    const plan = page.getByRole('region', { name: 'Your days' });
    await expect(plan).toContainText('Plan each day of your stay');
    await plan.getByLabel('Museums').check();
    await plan.getByLabel('Sights').check();
    await plan.getByLabel('Getting around').selectOption('transit');
    await plan.getByRole('button', { name: 'Plan my days' }).click();
    await expect(page).toHaveURL(new RegExp(`/trips/${booking}`));
    await ready(page, testInfo);

    await expect(plan.locator('.plan-day')).toHaveCount(5);
    const n = await stopsKeepTheirHours(page);
    expect(n).toBeGreaterThan(2);
    await expect(plan.getByRole('link', { name: 'Add these days to your calendar (.ics)' })).toHaveAttribute(
      'href',
      `/api/v1/bookings/${booking}/itinerary.ics`,
    );
    expect(sql(`SELECT plan->'preferences'->>'travel' FROM trip_plans WHERE booking_id = ${booking}`)).toBe('transit');

    // Pin the first stop of the second day; drop another place.
    const pinned = plan.locator('.plan-day').nth(1).locator('.plan-stop').first();
    const pinnedName = (await pinned.locator('.plan-stop__name').textContent()) ?? '';
    await plan.getByRole('button', { name: `Pin ${pinnedName} here` }).click();
    await expect(plan.getByRole('button', { name: `Unpin ${pinnedName}` })).toBeVisible();
    await expect(plan.locator('.plan-stop--pinned')).toContainText(pinnedName);

    const other = plan.locator('.plan-stop:not(.plan-stop--pinned)').first();
    const droppedName = (await other.locator('.plan-stop__name').textContent()) ?? '';
    await plan.getByRole('button', { name: `Drop ${droppedName} from the plan` }).click();
    await expect(plan).toContainText(`Left out at your request: ${droppedName}.`);
    await expect(plan.locator('.plan-stop__name').filter({ hasText: new RegExp(`^${droppedName}$`) })).toHaveCount(0);
    await expect(plan.locator('.plan-stop--pinned')).toContainText(pinnedName);
    await stopsKeepTheirHours(page);

    // A new plan with other wishes keeps the pin.
    await plan.getByText('Change what the plan is made of').click();
    await plan.getByLabel('Pace').selectOption('relaxed');
    await plan.getByRole('button', { name: 'Make a new plan' }).click();
    await expect(plan.locator('.plan-stop--pinned')).toContainText(pinnedName);
    await stopsKeepTheirHours(page);
  });

  test('a host adds a guidebook place and sees it on the listing page', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'guidehost');
    const { id } = ownListing(147, testInfo, true, host);
    await signIn(page, testInfo, host, `/host/listings/${id}/guidebook`);
    await expect(page.getByRole('heading', { level: 1, name: /^Guidebook: / })).toBeVisible();
    await expect(page.getByText('No places yet')).toBeVisible();

    const name = `Tasca do Zé ${testInfo.project.name}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Kind of place').selectOption('food');
    await page.getByLabel('Opening hours').fill('Mo-Fr 25:00-26:00');
    await page.getByRole('button', { name: 'Add to guidebook' }).click();
    await expect(page.locator('#field-opening_hours-error')).toContainText('not a time of day');
    await expect(page.getByLabel('Name')).toHaveValue(name);

    await page.getByLabel('Opening hours').fill('Mo-Sa 12:00-15:00,19:00-23:00');
    await page.getByLabel('Your tip').fill('Order the grilled sardines.');
    await page.getByLabel('Indoors (good on a rainy day)').check();
    await page.getByRole('button', { name: 'Add to guidebook' }).click();
    const list = page.getByRole('list', { name: 'Your guidebook' });
    await expect(list).toContainText(name);
    await expect(list).toContainText('Mon–Sat 12:00–15:00, 19:00–23:00');

    await page.goto(`/listings/${id}`);
    await ready(page, testInfo);
    const things = page.getByRole('region', { name: 'Things to do nearby' });
    const pick = things.getByRole('listitem').first();
    await expect(pick).toContainText(name);
    await expect(pick).toContainText('Host’s pick');
    await expect(pick).toContainText('Order the grilled sardines.');

    // Removing it takes it off the listing page.
    await page.goto(`/host/listings/${id}/guidebook`);
    await ready(page, testInfo);
    await page.getByRole('button', { name: `Remove: ${name}` }).click();
    await expect(page.getByText('No places yet')).toBeVisible();
  });
});
