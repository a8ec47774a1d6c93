//! The money of the seeded past stays: each settled stay's ledger entries, as the booking
//! engine writes them at settlement, and the hosts' payouts, as the worker would have
//! made and paid them on time (through the offline rail, without the bell's notices).
//!
//! A stay settles at its check-out day's local midnight (completed) or halfway between
//! its booking and its check-in (cancelled). Its entries keep the ledger's invariant
//! `guest_charge - guest_refund = host_payout + haven_fee + taxes`, with the split of
//! `bookings::money::settle` (the generated `host_revenue_minor` and `host_earnings_minor`
//! mirror it); an amount of zero is not written, as the engine does not write one.

use sqlx::PgPool;
use time::{Date, Duration};

/// Writes the ledger of the settled stays of listings `first..=last` that have none, then
/// their hosts' payouts: paid when released by `today` at noon UTC, scheduled otherwise.
/// The number of payouts in the database.
pub async fn insert_payouts(
    pool: &PgPool,
    first: i64,
    last: i64,
    today: Date,
) -> Result<u64, sqlx::Error> {
    let now = today.midnight().assume_utc() + Duration::hours(12);
    let mut tx = pool.begin().await?;
    sqlx::query!(
        r#"
        WITH settled AS (
            SELECT b.id, b.currency, b.created_at, b.total_minor, b.refund_minor,
                   b.host_earnings_minor,
                   (b.total_minor - b.service_fee_minor)
                     - least(b.refund_minor, b.total_minor - b.service_fee_minor)
                     - b.host_revenue_minor AS taxes_kept,
                   CASE WHEN b.status = 'completed'
                        THEN b.check_out::timestamp AT TIME ZONE b.time_zone
                        ELSE b.created_at + ((b.check_in::timestamp AT TIME ZONE b.time_zone) - b.created_at) / 2
                   END AS settled_at
            FROM bookings b
            WHERE b.listing_id BETWEEN $1 AND $2
              AND b.status IN ('completed', 'cancelled')
              AND NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.booking_id = b.id))
        INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
        SELECT s.id, e.kind, e.amount, s.currency, e.at
        FROM settled s
        CROSS JOIN LATERAL (VALUES
            ('guest_charge', s.total_minor, s.created_at),
            ('guest_refund', s.refund_minor, s.settled_at),
            ('host_payout', s.host_earnings_minor, s.settled_at),
            ('taxes', s.taxes_kept, s.settled_at),
            ('haven_fee', s.total_minor - s.refund_minor - s.host_earnings_minor - s.taxes_kept,
             s.settled_at)) AS e(kind, amount, at)
        WHERE e.amount > 0
        "#,
        first,
        last
    )
    .execute(&mut *tx)
    .await?;
    // Gathered as the scheduler gathers them (`payouts::schedule_due`), all at once.
    sqlx::query!(
        r#"
        WITH due AS (
            SELECT le.id, le.booking_id, le.amount_minor, le.currency, l.host_id,
                   le.created_at, payout_release_at(le.created_at) AS release_at
            FROM ledger_entries le
            JOIN bookings b ON b.id = le.booking_id
            JOIN listings l ON l.id = b.listing_id
            WHERE le.kind = 'host_payout' AND b.listing_id BETWEEN $1 AND $2
              AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.ledger_entry_id = le.id)),
        open AS (
            INSERT INTO payouts (host_id, currency, amount_minor, status, release_at, created_at)
            SELECT host_id, currency, sum(amount_minor)::bigint, 'scheduled', release_at,
                   max(created_at)
            FROM due
            GROUP BY host_id, currency, release_at
            ORDER BY host_id, currency, release_at
            ON CONFLICT (host_id, currency, release_at) WHERE status = 'scheduled'
            DO UPDATE SET amount_minor = payouts.amount_minor + EXCLUDED.amount_minor
            RETURNING id, host_id, currency, release_at)
        INSERT INTO payout_items (payout_id, ledger_entry_id, booking_id, amount_minor)
        SELECT o.id, d.id, d.booking_id, d.amount_minor
        FROM due d
        JOIN open o ON o.host_id = d.host_id AND o.currency = d.currency
                   AND o.release_at = d.release_at
        "#,
        first,
        last
    )
    .execute(&mut *tx)
    .await?;
    // Paid on time by the offline rail (`payouts::OfflineRail`'s references).
    let paid = sqlx::query!(
        "UPDATE payouts SET status = 'paid', paid_at = release_at + interval '7 minutes',
                            reference = 'offline-payout-' || id
         WHERE status = 'scheduled' AND release_at + interval '7 minutes' <= $1",
        now
    )
    .execute(&mut *tx)
    .await?;
    let made = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM payouts"#)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::debug!(paid = paid.rows_affected(), "seeded payouts");
    Ok(u64::try_from(made).unwrap_or(0))
}
