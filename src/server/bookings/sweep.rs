//! Haven's own transitions, run by the worker: expiry and completion.

use super::KEYS_KEPT;
use super::apply::{apply, lock_listing};
use super::failure::Failure;
use super::rows::select_row;
use crate::app::types::booking::{Action, Party};
use crate::server::platform::state::AppState;

/// What one sweep did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SweepStats {
    pub expired: usize,
    pub completed: usize,
}

/// Haven's own transitions, due at the clock's now: requests unanswered past their
/// deadline expire; confirmed stays whose check-out day has come (in the listing's zone)
/// complete. Idempotent, and safe in every worker at once (`SKIP LOCKED`).
pub async fn sweep(state: &AppState) -> Result<SweepStats, sqlx::Error> {
    let now = state.clock.now();
    let pool = state.db.primary();
    let mut stats = SweepStats::default();
    for action in [Action::Expire, Action::Complete] {
        loop {
            // Candidates, then each in a transaction of its own that locks its listing
            // first (see `lock_listing`) and checks again that it is still due.
            let due: Vec<(i64, i64)> = if action == Action::Expire {
                sqlx::query!(
                    "SELECT id, listing_id FROM bookings
                     WHERE status = 'pending' AND expires_at <= $1
                     ORDER BY expires_at LIMIT 100",
                    now
                )
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| (r.id, r.listing_id))
                .collect()
            } else {
                // The first bound (no zone is more than a day ahead of UTC) lets the partial
                // index on check_out serve; the second is the rule.
                sqlx::query!(
                    "SELECT id, listing_id FROM bookings
                     WHERE status = 'confirmed' AND check_out <= ($1 AT TIME ZONE 'UTC')::date + 1
                       AND check_out <= ($1 AT TIME ZONE time_zone)::date
                     ORDER BY check_out LIMIT 100",
                    now
                )
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| (r.id, r.listing_id))
                .collect()
            };
            let mut moved = 0;
            for (id, listing) in &due {
                let mut tx = pool.begin().await?;
                lock_listing(&mut tx, *listing).await?;
                let row = select_row!(
                    "WHERE b.id = $2 AND CASE b.status
                        WHEN 'pending' THEN $3 AND b.expires_at <= $1
                        WHEN 'confirmed' THEN NOT $3 AND b.check_out <= ($1 AT TIME ZONE b.time_zone)::date
                        ELSE false END
                     FOR UPDATE OF b SKIP LOCKED",
                    now,
                    id,
                    action == Action::Expire
                )
                .fetch_optional(&mut *tx)
                .await?;
                let Some(row) = row else { continue };
                match apply(&mut tx, state, &row, action, Party::System, None, "", now).await {
                    Ok(_) => {
                        tx.commit().await?;
                        moved += 1;
                        if action == Action::Expire {
                            stats.expired += 1;
                        } else {
                            stats.completed += 1;
                        }
                    }
                    Err(Failure::Db(e)) => return Err(e),
                    Err(Failure::App(e)) => {
                        tracing::error!(booking = id, error = %e, "sweep could not move a booking");
                    }
                }
            }
            // Done when nothing was due, or nothing that was could move (it is retried on
            // the next sweep).
            if due.len() < 100 || moved == 0 {
                break;
            }
        }
    }
    sqlx::query!(
        "DELETE FROM idempotency_keys WHERE created_at < $1",
        now - KEYS_KEPT
    )
    .execute(pool)
    .await?;
    Ok(stats)
}
