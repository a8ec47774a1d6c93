// The dashboard's "Today" panel, hydrated and with JavaScript off: a host with a guest
// arriving today and a request waiting sees both at the top of /host, with the time left to
// answer, and the request's link leads to where it is accepted. Listings of this spec's
// own: slots 144 and 145.
import { expect, test } from '@playwright/test';
import { bookByApi, ownListing, person, signIn, token } from './people';
import { ready, sql } from './support';

test.describe('today panel', () => {
  test('the host sees today’s arrival and the request waiting, and opens the request', async ({ page }, testInfo) => {
    const host = await person(page, testInfo, 'todayhost');
    const arriving = await person(page, testInfo, 'arrival');
    const asking = await person(page, testInfo, 'asker');
    const instant = ownListing(144, testInfo, true, host);
    const onRequest = ownListing(145, testInfo, false, host);

    // A stay booked ahead, then moved to start today (the listings are in UTC).
    const stay = await bookByApi(page, await token(page, arriving), instant.id, 5, 2);
    sql(
      `DELETE FROM listing_holds WHERE booking_id = ${stay};
       UPDATE bookings SET check_in = (now() AT TIME ZONE 'UTC')::date,
                           check_out = (now() AT TIME ZONE 'UTC')::date + 2
       WHERE id = ${stay}`,
    );
    expect(sql(`SELECT status FROM bookings WHERE id = ${stay}`)).toBe('confirmed');
    // A request, waiting for the host's answer.
    const request = await bookByApi(page, await token(page, asking), onRequest.id, 10, 2);
    expect(sql(`SELECT status FROM bookings WHERE id = ${request}`)).toBe('pending');

    await signIn(page, testInfo, host, '/host');
    const today = page.getByRole('region', { name: 'Today' });
    await expect(today.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();

    const arrivals = today.getByRole('list', { name: 'Check-ins today' });
    await expect(arrivals).toContainText(instant.title);
    const guest = arrivals.getByRole('link', { name: 'Arrival' });
    await expect(guest).toHaveAttribute('href', `/trips/${stay}`);
    await expect(today.getByRole('list', { name: 'Staying tonight' })).toContainText(instant.title);

    const requests = today.getByRole('list', { name: 'Requests waiting' });
    await expect(requests).toContainText(onRequest.title);
    await expect(requests).toContainText(/\d+ h \d{2} min left/);
    const answer = requests.getByRole('link', { name: 'Answer Asker' });
    await expect(answer).toHaveAttribute('href', `/trips/${request}`);

    // The request's page is where the host answers it.
    await answer.click();
    await expect(page).toHaveURL(new RegExp(`/trips/${request}$`));
    await ready(page, testInfo);
    await expect(page.getByRole('button', { name: 'Accept' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Decline' })).toBeVisible();
  });
});
