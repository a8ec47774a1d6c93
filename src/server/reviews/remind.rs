//! Review reminders: on the day after check-out and ten days after it (in the listing's
//! zone), each party of a completed stay who has not written their review yet hears about
//! it, in the app and (through the mailer, a consumer of the same stream) by e-mail. A row
//! in `review_reminders` per reminder sent: each goes once, even with many workers.

use crate::server::notifications::{self, Notice};
use crate::server::platform::state::AppState;

/// The days after check-out a reminder goes out.
pub const REMINDER_DAYS: [i16; 2] = [1, 10];

/// Sends the reminders due as of the clock's now; how many were sent.
pub async fn remind_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = state.clock.now();
    let mut tx = state.db.primary().begin().await?;
    // Each party of each completed stay still in its window, for the latest reminder day
    // that has come: a stay first seen late gets one reminder, not two at once.
    let due = sqlx::query!(
        r#"WITH parties AS (
               SELECT b.id AS booking_id, p.user_id, l.title, p.role,
                      ($1::timestamptz AT TIME ZONE b.time_zone)::date - b.check_out AS days
               FROM bookings b
               JOIN listings l ON l.id = b.listing_id
               CROSS JOIN LATERAL (VALUES (b.guest_id, 'guest'), (l.host_id, 'host')) AS p(user_id, role)
               WHERE b.status = 'completed'
                 AND b.check_out >= ($1::timestamptz AT TIME ZONE 'UTC')::date - $2::int - 1
                 AND NOT EXISTS (SELECT 1 FROM reviews r
                                 WHERE r.booking_id = b.id AND r.author_role = p.role)
           ),
           due AS (
               SELECT booking_id, user_id, title,
                      (SELECT max(d) FROM unnest($3::int2[]) d WHERE d <= days) AS day
               FROM parties WHERE days BETWEEN 1 AND $2::int
           )
           INSERT INTO review_reminders (booking_id, user_id, day, sent_at)
           SELECT booking_id, user_id, day, $1 FROM due
           WHERE day IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM review_reminders x
                             WHERE x.booking_id = due.booking_id AND x.user_id = due.user_id
                               AND x.day >= due.day)
           ON CONFLICT DO NOTHING
           RETURNING booking_id, user_id, day,
                     (SELECT title FROM listings l JOIN bookings b ON b.listing_id = l.id
                      WHERE b.id = review_reminders.booking_id) AS "title!""#,
        now,
        i32::try_from(super::REVIEW_WINDOW_DAYS).unwrap_or(14),
        &REMINDER_DAYS[..]
    )
    .fetch_all(&mut *tx)
    .await?;
    for r in &due {
        let left = super::REVIEW_WINDOW_DAYS - i64::from(r.day);
        notifications::tell(
            &mut tx,
            r.user_id,
            "review_due",
            Some(r.booking_id),
            &Notice::ReviewDue {
                listing: r.title.clone(),
                days_left: left,
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(due.len())
}
