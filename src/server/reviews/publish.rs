//! Publishing a stay's reviews: both at once, when the second is written or when the
//! window closes (the worker's [`publish_due`]). Publishing moves the listing's rating and
//! tells both parties.

use super::closes_on;
use crate::server::notifications::{self, Notice};
use crate::server::platform::state::AppState;
use sqlx::PgConnection;
use time::OffsetDateTime;

/// Publishes booking `booking`'s hidden reviews, in the caller's transaction (which holds
/// the booking's row lock). Returns how many were published.
pub(super) async fn publish(
    tx: &mut PgConnection,
    booking: i64,
    now: OffsetDateTime,
) -> Result<usize, sqlx::Error> {
    let published = sqlx::query!(
        "UPDATE reviews SET published_at = $2
         WHERE booking_id = $1 AND published_at IS NULL
         RETURNING author_role, author_id, subject_id, listing_id, overall",
        booking,
        now
    )
    .fetch_all(&mut *tx)
    .await?;
    for r in &published {
        if r.author_role == "guest" {
            sqlx::query!(
                "UPDATE listings SET review_count = review_count + 1,
                     rating_sum = rating_sum + $2
                 WHERE id = $1",
                r.listing_id,
                i32::from(r.overall)
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    if !published.is_empty() {
        let title = sqlx::query_scalar!(
            "SELECT title FROM listings WHERE id = $1",
            published[0].listing_id
        )
        .fetch_one(&mut *tx)
        .await?;
        // Both parties hear once: about the review written about them, if any, or that
        // theirs is now public.
        let mut told = Vec::new();
        for r in &published {
            if !told.contains(&r.subject_id) {
                told.push(r.subject_id);
                notifications::tell(
                    tx,
                    r.subject_id,
                    "review_published",
                    Some(booking),
                    &Notice::ReviewOfYou {
                        listing: title.clone(),
                    },
                    now,
                )
                .await?;
            }
        }
        for r in &published {
            if !told.contains(&r.author_id) {
                told.push(r.author_id);
                notifications::tell(
                    tx,
                    r.author_id,
                    "review_published",
                    Some(booking),
                    &Notice::YourReviewPublished {
                        listing: title.clone(),
                    },
                    now,
                )
                .await?;
            }
        }
    }
    Ok(published.len())
}

/// Publishes the reviews whose window has closed (the other party never wrote theirs), as
/// of the clock's now. Idempotent, and safe in every worker at once (`SKIP LOCKED`).
pub async fn publish_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = state.clock.now();
    let pool = state.db.primary();
    let mut total = 0;
    loop {
        let due = sqlx::query_scalar!(
            "SELECT DISTINCT r.booking_id FROM reviews r JOIN bookings b ON b.id = r.booking_id
             WHERE r.published_at IS NULL
               AND b.check_out + $2::int < ($1::timestamptz AT TIME ZONE b.time_zone)::date
             LIMIT 100",
            now,
            i32::try_from(super::REVIEW_WINDOW_DAYS).unwrap_or(14)
        )
        .fetch_all(pool)
        .await?;
        let mut moved = 0;
        for booking in &due {
            let mut tx = pool.begin().await?;
            let locked = sqlx::query!(
                r#"SELECT check_out, ($2::timestamptz AT TIME ZONE time_zone)::date AS "today!"
                   FROM bookings WHERE id = $1 FOR UPDATE SKIP LOCKED"#,
                booking,
                now
            )
            .fetch_optional(&mut *tx)
            .await?;
            let Some(stay) = locked else { continue };
            if stay.today > closes_on(stay.check_out) {
                moved += publish(&mut tx, *booking, now).await?;
            }
            tx.commit().await?;
        }
        total += moved;
        if due.len() < 100 || moved == 0 {
            return Ok(total);
        }
    }
}
