// The dashboard's payouts, hydrated and with JavaScript off: a host with a stay that ended
// and was paid out sees the payout with its stay, and a confirmed stay to come under
// "Upcoming" with its expected release. The amounts on the page are worked out here from
// SQL. Listings of this spec's own: slots 140 and 141.
import { expect, test } from '@playwright/test';
import { bookByApi, ownListing, pastStay, person, signIn, token } from './people';
import { shortDate, sql } from './support';

/** "$1,234" or "€1,234.50 EUR", as the dashboard writes an amount (`Money::display` and
 * the currency's code). */
function money(minor: number, code: string): string {
  const symbol = ({ USD: '$', EUR: '€', GBP: '£' } as Record<string, string>)[code];
  const units = Math.floor(minor / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = minor % 100;
  return `${symbol}${units}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`} ${code}`;
}


test.describe('payouts', () => {
  test('a host sees a paid payout with its stay, and a confirmed stay under upcoming', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'payee');
    const guest = await person(page, testInfo, 'guest');
    const done = ownListing(140, testInfo, true, host);
    const coming = ownListing(141, testInfo, true, host);

    // A stay that ended yesterday, settled three days ago and paid out as the worker's
    // scheduler and the offline rail would have (one statement, so the worker running
    // beside this test cannot gather the share first).
    const past = await pastStay(page, guest, done.id);
    const payout = Number(
      sql(`WITH e AS (
             INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
             SELECT id, 'host_payout', host_earnings_minor, currency, now() - interval '3 days'
             FROM bookings WHERE id = ${past}
             RETURNING id, booking_id, amount_minor, currency, created_at),
           p AS (
             INSERT INTO payouts (host_id, currency, amount_minor, status, release_at, paid_at, reference, created_at)
             SELECT u.id, e.currency, e.amount_minor, 'paid', payout_release_at(e.created_at),
                    payout_release_at(e.created_at) + interval '5 minutes', 'offline-payout', e.created_at
             FROM e, users u WHERE u.email = '${host}'
             RETURNING id)
           INSERT INTO payout_items (payout_id, ledger_entry_id, booking_id, amount_minor)
           SELECT p.id, e.id, e.booking_id, e.amount_minor FROM p, e
           RETURNING payout_id`),
    );
    sql(`UPDATE payouts SET reference = 'offline-payout-' || id WHERE id = ${payout}`);
    const [paidMinor, paidCode, paidOn] = sql(
      `SELECT amount_minor, currency, to_char(paid_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM payouts WHERE id = ${payout}`,
    ).split('|');

    // A confirmed stay in ten days (instant book), and what it will pay.
    const future = await bookByApi(page, await token(page, guest), coming.id, 10, 3);
    const [shareMinor, shareCode, releaseOn] = sql(
      `SELECT host_earnings_minor, currency,
              to_char(payout_release_at(check_out::timestamp AT TIME ZONE time_zone) AT TIME ZONE 'UTC', 'YYYY-MM-DD')
       FROM bookings WHERE id = ${future} AND status = 'confirmed'`,
    ).split('|');
    expect(Number(shareMinor), 'the stay is confirmed and earns something').toBeGreaterThan(0);

    await signIn(page, testInfo, host, '/host');
    await expect(page.getByRole('heading', { level: 2, name: 'Payouts' })).toBeVisible();

    const payouts = page.getByRole('table', { name: /Scheduled payouts, then paid ones/ });
    const row = payouts.getByRole('row').filter({ hasText: `offline-payout-${payout}` });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader')).toHaveText(`Paid ${shortDate(paidOn)}`);
    await expect(row).toContainText('Paid');
    await expect(row).toContainText(money(Number(paidMinor), paidCode));
    await expect(row).toContainText(done.title);
    await expect(row.getByRole('link', { name: `Booking ${past}` })).toHaveAttribute('href', `/trips/${past}`);

    const upcoming = page.getByRole('table', { name: /Confirmed stays by expected release/ });
    const next = upcoming.getByRole('row').filter({ hasText: coming.title });
    await expect(next).toHaveCount(1);
    await expect(next.getByRole('rowheader')).toHaveText(shortDate(releaseOn));
    await expect(next).toContainText(money(Number(shareMinor), shareCode));
    await expect(next.getByRole('link', { name: `Booking ${future}` })).toHaveAttribute('href', `/trips/${future}`);

    // The totals name the currency and add up what is shown.
    const totals = page.getByRole('table', { name: /Your payouts by currency/ });
    await expect(totals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: paidCode }) }))
      .toContainText(money(Number(paidMinor), paidCode));
  });
});
