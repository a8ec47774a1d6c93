//! A host's response rate and median response time over the last 90 days, from the
//! inquiries and booking requests they received. What counts as an answer, and in time, is
//! defined once, in the database function `host_responses` (migration
//! `…13_host_responses.sql`), which the host badge (`server::reviews::badge`) reads too.

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
                r#"SELECT count(*) AS "counted!",
                          count(*) FILTER (WHERE responded) AS "responded!",
                          round(percentile_cont(0.5) WITHIN GROUP (
                              ORDER BY extract(epoch FROM took)) FILTER (WHERE responded)
                          )::bigint AS median_secs
                   FROM host_responses($1, $2::timestamptz - interval '90 days', $2)"#,
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
