//! Gathering settled host shares into scheduled payouts.

use sqlx::PgPool;
use time::OffsetDateTime;

/// Shares gathered per transaction.
const BATCH: i64 = 1_000;

/// Gathers every `host_payout` ledger entry that is in no payout yet (`payout_queue`, kept
/// by triggers) into the scheduled
/// payout of its host, currency and release time (`payout_release_at` of the entry's
/// settlement), made at `now` when there is none; the number of entries gathered.
///
/// Safe in every worker at once: an entry's queue row is locked before it is gathered (a
/// row another worker gathered meanwhile is gone, and skipped) and the entry checked
/// again under the lock (a statement of its own, so it sees what another worker committed
/// meanwhile); the open payout is one row by `payouts_open_idx`, and its amount grows in
/// the same statement as its items; `payout_items.ledger_entry_id` is unique as the last
/// word. A payout already paid is not open: a late entry gets a payout of its own.
pub async fn schedule_due(pool: &PgPool, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let mut gathered = 0;
    loop {
        let mut tx = pool.begin().await?;
        let entries: Vec<i64> = sqlx::query_scalar!(
            "SELECT ledger_entry_id FROM payout_queue
             ORDER BY ledger_entry_id
             LIMIT $1
             FOR UPDATE SKIP LOCKED",
            BATCH
        )
        .fetch_all(&mut *tx)
        .await?;
        if entries.is_empty() {
            break;
        }
        let added = sqlx::query!(
            r#"WITH due AS (
                   SELECT le.id, le.booking_id, le.amount_minor, le.currency, l.host_id,
                          payout_release_at(le.created_at) AS release_at
                   FROM ledger_entries le
                   JOIN bookings b ON b.id = le.booking_id
                   JOIN listings l ON l.id = b.listing_id
                   WHERE le.id = ANY($1)
                     AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.ledger_entry_id = le.id)
               ),
               open AS (
                   INSERT INTO payouts (host_id, currency, amount_minor, status, release_at, created_at)
                   SELECT host_id, currency, sum(amount_minor)::bigint, 'scheduled', release_at, $2
                   FROM due
                   GROUP BY host_id, currency, release_at
                   -- One order in every worker, so two that add to the same payouts
                   -- wait for each other instead of deadlocking.
                   ORDER BY host_id, currency, release_at
                   ON CONFLICT (host_id, currency, release_at) WHERE status = 'scheduled'
                   DO UPDATE SET amount_minor = payouts.amount_minor + EXCLUDED.amount_minor
                   RETURNING id, host_id, currency, release_at
               )
               INSERT INTO payout_items (payout_id, ledger_entry_id, booking_id, amount_minor)
               SELECT o.id, d.id, d.booking_id, d.amount_minor
               FROM due d
               JOIN open o ON o.host_id = d.host_id AND o.currency = d.currency
                          AND o.release_at = d.release_at"#,
            &entries,
            now
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Whatever was already in a payout leaves the queue too (the trigger removed the
        // ones gathered here).
        sqlx::query!(
            "DELETE FROM payout_queue WHERE ledger_entry_id = ANY($1)",
            &entries
        )
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        gathered += added;
        // Done when the batch was the last one.
        if (entries.len() as i64) < BATCH {
            break;
        }
    }
    Ok(gathered)
}
