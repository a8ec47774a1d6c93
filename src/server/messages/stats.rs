//! A host's response rate and median response time over the last 90 days, from the
//! inquiries and booking requests they received.
//!
//! - An inquiry starts with the guest's first message; the host's answer is their first
//!   message after it.
//! - A booking request starts when it is made (pending); the answer is the host's decision
//!   (accept or decline). A request the guest withdrew before any decision is not counted.
//! - Either counts as responded when answered within 24 hours, and as not responded once
//!   24 hours have passed without an answer (answering later does not help); one younger
//!   than that with no answer yet is not counted. The median is over those responded.

use crate::app::types::AppError;
use crate::app::types::message::ResponseStats;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::OffsetDateTime;
use uuid::Uuid;

/// The statistics of `host` at `now`.
pub async fn response_stats(
    db: &DbScope,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<ResponseStats, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"WITH items AS (
                       SELECT fg.at AS started,
                              (SELECT min(m.created_at) FROM messages m
                               WHERE m.conversation_id = c.id AND m.sender_id = c.host_id
                                 AND m.created_at >= fg.at) AS answered,
                              false AS withdrawn
                       FROM conversations c
                       CROSS JOIN LATERAL (SELECT min(m.created_at) AS at FROM messages m
                                           WHERE m.conversation_id = c.id
                                             AND m.sender_id = c.guest_id) fg
                       WHERE c.host_id = $1 AND c.kind = 'inquiry' AND fg.at IS NOT NULL
                         AND fg.at > $2::timestamptz - interval '90 days'
                       UNION ALL
                       SELECT b.created_at,
                              CASE WHEN d.actor_role = 'host' THEN d.at END,
                              COALESCE(d.actor_role = 'guest', false)
                       FROM bookings b
                       JOIN listings l ON l.id = b.listing_id
                       JOIN booking_transitions t0 ON t0.booking_id = b.id
                            AND t0.from_status IS NULL AND t0.to_status = 'pending'
                       LEFT JOIN LATERAL (SELECT t.at, t.actor_role FROM booking_transitions t
                                          WHERE t.booking_id = b.id
                                            AND t.from_status = 'pending' AND t.at <= $2
                                          ORDER BY t.id LIMIT 1) d ON true
                       WHERE l.host_id = $1
                         AND b.created_at > $2::timestamptz - interval '90 days'),
                   judged AS (
                       SELECT answered - started AS took,
                              (answered IS NOT NULL AND answered <= $2
                               AND answered - started <= interval '24 hours') AS responded,
                              started
                       FROM items
                       WHERE started <= $2 AND NOT withdrawn)
                   SELECT count(*) AS "counted!",
                          count(*) FILTER (WHERE responded) AS "responded!",
                          round(percentile_cont(0.5) WITHIN GROUP (
                              ORDER BY extract(epoch FROM took)) FILTER (WHERE responded)
                          )::bigint AS median_secs
                   FROM judged
                   WHERE responded OR started <= $2::timestamptz - interval '24 hours'"#,
                host,
                now
            )
            .fetch_one(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "response stats"))?;
    Ok(ResponseStats {
        counted: row.counted,
        responded: row.responded,
        median_secs: row.median_secs,
    })
}

/// The statistics of the host of `listing` (not deleted; else 404).
pub async fn listing_response_stats(
    state: &crate::server::platform::state::AppState,
    db: &DbScope,
    listing: i64,
) -> Result<ResponseStats, AppError> {
    let host = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                "SELECT host_id FROM listings WHERE id = $1 AND deleted_at IS NULL",
                listing
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "listing host"))?
        .ok_or_else(|| AppError::NotFound("Listing".into()))?;
    response_stats(db, host, state.clock.now()).await
}
