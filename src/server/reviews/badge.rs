//! The host badge, re-evaluated by the worker once a day for every host, over the last 365
//! days: at least 10 completed stays (or 3 stays of 100 nights in all), an overall rating
//! of at least 4.8, a response rate of at least 90 % (inquiries and booking requests
//! answered within 24 hours, as on the listing page), and host cancellations under 1 % of
//! bookings. Each criterion as measured is kept in `host_standing`, so the host sees their
//! progress, and cards and listing pages read only `earned`.

use crate::app::types::AppError;
use crate::app::types::review::{
    BADGE_CANCELLATION_RATE, BADGE_NIGHTS_LONG, BADGE_RATING, BADGE_RESPONSE_RATE, BADGE_STAYS,
    BADGE_STAYS_LONG, HostStanding,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use sqlx::PgPool;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// How often the badge is re-evaluated.
pub const EVERY: Duration = Duration::hours(24);

/// Re-evaluates every host as of `now`; how many hosts were evaluated.
pub async fn evaluate(pool: &PgPool, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    // The response rate is the listing page's (`host_responses`: inquiries and requests
    // answered within 24 hours), over 365 days. A host with nothing to answer meets it.
    let done = sqlx::query!(
        r#"WITH hosts AS (SELECT DISTINCT host_id FROM listings),
           stays AS (
               SELECT l.host_id, count(*)::int AS stays,
                      sum(b.check_out - b.check_in)::int AS nights
               FROM bookings b JOIN listings l ON l.id = b.listing_id
               WHERE b.status = 'completed' AND b.check_out > ($1::timestamptz - interval '365 days')::date
               GROUP BY l.host_id),
           ratings AS (
               SELECT subject_id AS host_id, avg(overall)::float8 AS rating, count(*)::int AS rated
               FROM reviews
               WHERE author_role = 'guest' AND published_at > $1::timestamptz - interval '365 days'
               GROUP BY subject_id),
           requests AS (
               SELECT host_id, count(*)::int AS requests,
                      count(*) FILTER (WHERE responded)::int AS answered
               FROM host_responses(NULL, $1::timestamptz - interval '365 days', $1)
               GROUP BY host_id),
           booked AS (
               SELECT l.host_id, count(*)::int AS bookings,
                      count(*) FILTER (WHERE EXISTS (
                          SELECT 1 FROM booking_transitions t
                          WHERE t.booking_id = b.id AND t.to_status = 'cancelled'
                            AND t.actor_role = 'host'))::int AS host_cancellations
               FROM bookings b JOIN listings l ON l.id = b.listing_id
               WHERE b.created_at > $1::timestamptz - interval '365 days'
                 AND b.status IN ('confirmed', 'completed', 'cancelled')
               GROUP BY l.host_id),
           measured AS (
               SELECT h.host_id, COALESCE(s.stays, 0) AS stays, COALESCE(s.nights, 0) AS nights,
                      r.rating, COALESCE(r.rated, 0) AS rated,
                      CASE WHEN q.requests > 0 THEN q.answered::float8 / q.requests END AS response_rate,
                      COALESCE(k.host_cancellations, 0) AS host_cancellations,
                      COALESCE(k.bookings, 0) AS bookings
               FROM hosts h
               LEFT JOIN stays s ON s.host_id = h.host_id
               LEFT JOIN ratings r ON r.host_id = h.host_id
               LEFT JOIN requests q ON q.host_id = h.host_id
               LEFT JOIN booked k ON k.host_id = h.host_id)
           INSERT INTO host_standing AS old (host_id, evaluated_at, stays, nights, rating, rated_stays,
                                      response_rate, host_cancellations, bookings, earned, earned_since)
           SELECT host_id, $1, stays, nights, rating, rated, response_rate, host_cancellations, bookings,
                  earned, CASE WHEN earned THEN $1::timestamptz END
           FROM (SELECT m.*,
                        (m.stays >= $2 OR (m.stays >= $3 AND m.nights >= $4))
                        AND COALESCE(m.rating >= $5, false)
                        AND COALESCE(m.response_rate >= $6, true)
                        AND m.host_cancellations::float8 < $7::float8 * GREATEST(m.bookings, 1) AS earned
                 FROM measured m) e
           ON CONFLICT (host_id) DO UPDATE SET
               evaluated_at = EXCLUDED.evaluated_at, stays = EXCLUDED.stays,
               nights = EXCLUDED.nights, rating = EXCLUDED.rating,
               rated_stays = EXCLUDED.rated_stays, response_rate = EXCLUDED.response_rate,
               host_cancellations = EXCLUDED.host_cancellations, bookings = EXCLUDED.bookings,
               earned = EXCLUDED.earned,
               earned_since = CASE WHEN NOT EXCLUDED.earned THEN NULL
                                   WHEN old.earned THEN old.earned_since
                                   ELSE EXCLUDED.evaluated_at END"#,
        now,
        BADGE_STAYS,
        BADGE_STAYS_LONG,
        BADGE_NIGHTS_LONG,
        BADGE_RATING,
        BADGE_RESPONSE_RATE,
        BADGE_CANCELLATION_RATE
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Re-evaluates when the last evaluation is older than [`EVERY`] (or there was none):
/// the worker calls this on every pass; it costs one indexed read when nothing is due.
pub async fn evaluate_due(state: &AppState) -> Result<u64, sqlx::Error> {
    let now = state.clock.now();
    let last: Option<OffsetDateTime> =
        sqlx::query_scalar!("SELECT max(evaluated_at) FROM host_standing")
            .fetch_one(state.db.primary())
            .await?;
    if last.is_some_and(|at| now - at < EVERY) {
        return Ok(0);
    }
    evaluate(state.db.primary(), now).await
}

/// Where `host` stands on each criterion (all zero before the first evaluation).
pub async fn standing(db: &DbScope, host: Uuid) -> Result<HostStanding, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                "SELECT evaluated_at, stays, nights, rating, rated_stays, response_rate,
                        host_cancellations, bookings, earned
                 FROM host_standing WHERE host_id = $1",
                host
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "host standing"))?;
    Ok(match row {
        None => HostStanding::default(),
        Some(r) => HostStanding {
            evaluated_at: r
                .evaluated_at
                .format(&time::format_description::well_known::Rfc3339)
                .ok(),
            stays: r.stays,
            nights: r.nights,
            rating: r.rating,
            rated_stays: r.rated_stays,
            response_rate: r.response_rate,
            host_cancellations: r.host_cancellations,
            bookings: r.bookings,
            earned: r.earned,
        },
    })
}
