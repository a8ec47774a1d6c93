// Reviews, double-blind, with two people in two browser contexts: the guest reviews, the
// host cannot see it until theirs is in, then both are public and the host responds.
import { type Browser, expect, type Page, test, type TestInfo } from '@playwright/test';
import { ownListing, pastStay, person, signIn } from './people';
import { baseURL, jsEnabled, ready } from './support';

async function otherPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: jsEnabled(testInfo) });
  return context.newPage();
}

/** Ticks `stars` in every star group of the review form and writes `text`. */
async function fillReview(page: Page, groups: string[], stars: number, text: string) {
  for (const group of groups) {
    await page.getByRole('group', { name: group, exact: true }).getByLabel(`${stars} stars`).check();
  }
  await page.getByLabel('Your review').fill(text);
}

test.describe('reviews', () => {
  let pageErrors: string[] = [];
  test.beforeEach(({ page }) => {
    pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('double-blind: hidden until both have written, then public, and the host responds', async ({ page, browser }, testInfo) => {
    const host = await person(page, testInfo, 'host');
    const guest = await person(page, testInfo, 'guest');
    const { id: listingId } = ownListing(100, testInfo, true, host);
    const stay = await pastStay(page, guest, listingId);
    const guestText = `Quiet, bright, a kind host (${testInfo.project.name}).`;
    const hostText = `A considerate guest (${testInfo.project.name}).`;

    // The guest reviews first; a missing rating is named, and what was typed stays.
    await signIn(page, testInfo, guest, `/trips/${stay}`);
    await page.getByRole('link', { name: 'Write your review' }).click();
    await expect(page).toHaveURL(new RegExp(`/trips/${stay}/review`));
    await ready(page, testInfo);
    await fillReview(page, ['Overall', 'Cleanliness', 'Accuracy', 'Check-in', 'Communication', 'Location'], 5, guestText);
    await page.getByRole('button', { name: 'Submit review' }).click();
    await expect(page.getByText('Choose a rating from 1 to 5.')).toBeVisible();
    await ready(page, testInfo);
    await expect(page.getByLabel('Your review')).toHaveValue(guestText);
    await fillReview(page, ['Overall', 'Cleanliness', 'Accuracy', 'Check-in', 'Communication', 'Location', 'Value'], 5, guestText);
    await page.getByRole('button', { name: 'Submit review' }).click();
    await expect(page).toHaveURL(new RegExp(`/trips/${stay}\\?reviewed=1`));
    await ready(page, testInfo);
    await expect(page.getByText('Your review is in.')).toBeVisible();

    // The host knows a review exists but cannot read it before writing theirs.
    const hostPage = await otherPage(browser, testInfo);
    await signIn(hostPage, testInfo, host, `/trips/${stay}`);
    await expect(hostPage.getByText('Your guest has reviewed this stay.')).toBeVisible();
    await expect(hostPage.getByText(guestText)).toHaveCount(0);
    await hostPage.goto(`/listings/${listingId}`);
    await ready(hostPage, testInfo);
    await expect(hostPage.getByText(guestText)).toHaveCount(0);

    await hostPage.goto(`/trips/${stay}/review`);
    await ready(hostPage, testInfo);
    await fillReview(hostPage, ['Overall', 'House rules', 'Communication', 'Cleanliness'], 5, hostText);
    await hostPage.getByRole('button', { name: 'Submit review' }).click();
    await expect(hostPage).toHaveURL(new RegExp(`/trips/${stay}\\?reviewed=1`));
    await ready(hostPage, testInfo);
    // Both are public now: the host reads the guest's and answers it.
    await expect(hostPage.getByText(guestText)).toBeVisible();
    await hostPage.getByLabel('Respond publicly').fill('Thank you, come back soon!');
    await hostPage.getByRole('button', { name: 'Post response' }).click();
    await expect(hostPage.getByText('Thank you, come back soon!')).toBeVisible();
    await expect(hostPage.getByRole('button', { name: 'Post response' })).toHaveCount(0);

    // The guest now reads the host's review of them.
    await page.goto(`/trips/${stay}`);
    await ready(page, testInfo);
    await expect(page.getByText(hostText)).toBeVisible();

    // The listing page shows the review with its response, to anyone.
    await page.goto(`/listings/${listingId}`);
    await ready(page, testInfo);
    const review = page.locator('.review', { hasText: guestText });
    await expect(review).toBeVisible();
    await expect(review.getByText('Thank you, come back soon!')).toBeVisible();
    await hostPage.context().close();
  });
});
