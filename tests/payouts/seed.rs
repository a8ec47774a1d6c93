//! The demo data's money: the ledger of every settled stay keeps its invariant, and the
//! power host has payouts (paid on time, the last days' still scheduled) and stays to come.

use crate::common::TestDb;
use crate::fixture::{amounts_add_up, times_gathered};
use haven::server::seed::history::POWER_HOST_EMAIL;

#[tokio::test]
async fn the_seed_settles_past_stays_and_pays_their_hosts() {
    let t = TestDb::new().await;
    let started = std::time::Instant::now();
    t.seed(60).await;
    eprintln!("seeded 60 listings in {:?}", started.elapsed());
    let pool = t.primary_pool().await;

    // guest_charge - guest_refund = host_payout + haven_fee + taxes, for every booking.
    let broken: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (
             SELECT booking_id,
                    sum(amount_minor) FILTER (WHERE kind = 'guest_charge')
                    - COALESCE(sum(amount_minor) FILTER (WHERE kind = 'guest_refund'), 0)
                    - COALESCE(sum(amount_minor) FILTER (WHERE kind IN ('host_payout', 'haven_fee', 'taxes')), 0) AS gap
             FROM ledger_entries GROUP BY booking_id) s
         WHERE gap <> 0",
    )
    .fetch_one(&pool)
    .await
    .expect("invariant");
    assert_eq!(broken, 0, "the ledger balances");
    let (shares, earned): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COALESCE(sum(amount_minor), 0)::bigint FROM ledger_entries WHERE kind = 'host_payout'),
                (SELECT COALESCE(sum(host_earnings_minor), 0)::bigint FROM bookings
                 WHERE status IN ('completed', 'cancelled'))",
    )
    .fetch_one(&pool)
    .await
    .expect("shares");
    assert!(shares > 0);
    assert_eq!(
        shares, earned,
        "every settled stay's share is in the ledger"
    );
    assert!(
        times_gathered(&pool).await.iter().all(|n| *n == 1),
        "each share in one payout"
    );
    assert!(amounts_add_up(&pool).await);

    let (paid, scheduled, misdated, unreferenced): (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE p.status = 'paid'),
                count(*) FILTER (WHERE p.status = 'scheduled'),
                count(*) FILTER (WHERE p.status = 'paid' AND p.paid_at < p.release_at),
                count(*) FILTER (WHERE p.status = 'paid' AND p.reference <> 'offline-payout-' || p.id)
         FROM payouts p JOIN users u ON u.id = p.host_id WHERE u.email = $1",
    )
    .bind(POWER_HOST_EMAIL)
    .fetch_one(&pool)
    .await
    .expect("power host");
    assert!(paid > 100, "two years of paid payouts: {paid}");
    assert!(
        scheduled <= 3,
        "only the last days' are still scheduled: {scheduled}"
    );
    assert_eq!((misdated, unreferenced), (0, 0));
    let upcoming: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM upcoming_payout_shares s JOIN users u ON u.id = s.host_id
         WHERE u.email = $1",
    )
    .bind(POWER_HOST_EMAIL)
    .fetch_one(&pool)
    .await
    .expect("upcoming");
    assert!(upcoming > 0, "confirmed stays to come");
}
