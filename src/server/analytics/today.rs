//! The dashboard's "Today" panel: a host's day, in three statements and the unread count.
//!
//! Definitions ("today" and "tomorrow" are each listing's local dates at `now`):
//! - **Arrivals**: confirmed stays checking in today / tomorrow.
//! - **Departures**: stays checking out today / tomorrow, confirmed or already completed
//!   (the sweep completes a stay on its check-out day, so this morning's leavers may be).
//! - **Staying tonight**: confirmed stays with check-in ≤ today < check-out: the homes
//!   occupied tonight, today's arrivals included, today's departures not.
//! - **Requests waiting**: pending bookings whose deadline (`bookings.expires_at`, set once
//!   when the request is made and the one the sweep expires it at: due when
//!   `expires_at <= now`) has not come; soonest first, with the seconds left.
//! - **Unread**: `messages::unread`, the header's count of conversations with unread
//!   messages.
//! - **Reviews due**: completed stays the host has not reviewed while the window is open:
//!   the stay's local today ≤ `reviews::closes_on(check_out)`, the rule `reviews::write`
//!   enforces (with the booking's zone, as it does).
//!
//! Each list keeps its first [`TODAY_CAP`] and its total. The statements start from the
//! host's listings (`listings_host_id_idx`) and reach bookings by `(listing_id, check_out)`
//! (`bookings_listing_checkout_idx`), or, for requests, by the small partial index of
//! pending bookings (`bookings_pending_expiry_idx`).

use crate::app::types::AppError;
use crate::app::types::review::REVIEW_WINDOW_DAYS;
use crate::app::types::today::{
    RequestList, ReviewDue, ReviewList, TODAY_CAP, Today, TodayStay, WaitingRequest,
};
use crate::server::messages;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::reviews::closes_on;
use sqlx::PgPool;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// The day of `host` at `now`.
#[tracing::instrument(skip(db))]
pub async fn today(db: &DbScope, host: Uuid, now: OffsetDateTime) -> Result<Today, AppError> {
    let mut day = db
        .read(|pool| async move { lists(&pool, host, now).await })
        .await
        .map_err(|e| db_error(e, "today"))?;
    day.unread_conversations = messages::unread(db, host).await?;
    Ok(day)
}

/// Everything but the unread count, on one pool.
async fn lists(pool: &PgPool, host: Uuid, now: OffsetDateTime) -> Result<Today, sqlx::Error> {
    let mut day = Today::default();
    for row in stays(pool, host, now).await? {
        let list = match row.kind.as_str() {
            "arrivals_today" => &mut day.arrivals_today,
            "arrivals_tomorrow" => &mut day.arrivals_tomorrow,
            "departures_today" => &mut day.departures_today,
            "departures_tomorrow" => &mut day.departures_tomorrow,
            _ => &mut day.staying_tonight,
        };
        list.total = row.total;
        list.items.push(TodayStay {
            booking_id: row.id,
            listing_id: row.listing_id,
            listing_title: row.title,
            guest_name: row.guest_name,
            check_in: row.check_in.to_string(),
            check_out: row.check_out.to_string(),
            guests: row.guests,
        });
    }
    day.requests = requests(pool, host, now).await?;
    day.reviews_due = reviews_due(pool, host, now).await?;
    Ok(day)
}

struct StayRow {
    kind: String,
    id: i64,
    listing_id: i64,
    title: String,
    guest_name: String,
    check_in: Date,
    check_out: Date,
    guests: i32,
    total: i64,
}

/// Arrivals, departures and tonight's stays in one pass over the bookings that end today
/// or later and begin by tomorrow (a booking can be in two lists: arriving today and
/// staying tonight).
async fn stays(
    pool: &PgPool,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<Vec<StayRow>, sqlx::Error> {
    sqlx::query_as!(
        StayRow,
        r#"WITH mine AS (
               SELECT id, title, ($2::timestamptz AT TIME ZONE time_zone)::date AS today
               FROM listings WHERE host_id = $1
           ),
           near AS (
               SELECT b.id, b.listing_id, m.title, b.guest_id, b.check_in, b.check_out,
                      b.adults + b.children AS guests, b.status, m.today
               FROM mine m JOIN bookings b ON b.listing_id = m.id
               -- The constant bound (no zone's date is more than a day behind UTC's) lets the
               -- planner reach each listing's bookings by (listing_id, check_out).
               WHERE b.check_out >= ($2::timestamptz AT TIME ZONE 'UTC')::date - 1
                 AND b.check_out >= m.today AND b.check_in <= m.today + 1
                 AND b.status IN ('confirmed', 'completed')
           ),
           kinds AS (
               SELECT k.kind, n.* FROM near n
               CROSS JOIN LATERAL (VALUES
                   ('arrivals_today', n.status = 'confirmed' AND n.check_in = n.today),
                   ('arrivals_tomorrow', n.status = 'confirmed' AND n.check_in = n.today + 1),
                   ('departures_today', n.check_out = n.today),
                   ('departures_tomorrow', n.check_out = n.today + 1),
                   ('staying_tonight', n.status = 'confirmed' AND n.check_in <= n.today
                                       AND n.check_out > n.today)
               ) AS k(kind, member)
               WHERE k.member
           ),
           ranked AS (
               SELECT kinds.*, count(*) OVER (PARTITION BY kind) AS total,
                      row_number() OVER (PARTITION BY kind
                                         ORDER BY check_in, check_out, title, id) AS n
               FROM kinds
           )
           SELECT r.kind AS "kind!", r.id AS "id!", r.listing_id AS "listing_id!",
                  r.title AS "title!", g.display_name AS guest_name,
                  r.check_in AS "check_in!", r.check_out AS "check_out!",
                  r.guests AS "guests!", r.total AS "total!"
           FROM ranked r JOIN users g ON g.id = r.guest_id
           WHERE r.n <= $3
           ORDER BY r.kind, r.n"#,
        host,
        now,
        TODAY_CAP
    )
    .fetch_all(pool)
    .await
}

/// Pending requests still before their deadline, soonest first.
async fn requests(
    pool: &PgPool,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<RequestList, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT b.id, b.listing_id, l.title, g.display_name AS guest_name, b.check_in,
                  b.check_out, b.adults + b.children AS "guests!",
                  b.expires_at AS "expires_at!", count(*) OVER () AS "total!"
           FROM bookings b
           JOIN listings l ON l.id = b.listing_id
           JOIN users g ON g.id = b.guest_id
           WHERE l.host_id = $1 AND b.status = 'pending' AND b.expires_at > $2
           ORDER BY b.expires_at, b.id
           LIMIT $3"#,
        host,
        now,
        TODAY_CAP
    )
    .fetch_all(pool)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let items = rows
        .into_iter()
        .map(|r| WaitingRequest {
            booking_id: r.id,
            listing_id: r.listing_id,
            listing_title: r.title,
            guest_name: r.guest_name,
            check_in: r.check_in.to_string(),
            check_out: r.check_out.to_string(),
            guests: r.guests,
            expires_at: r.expires_at.format(&Rfc3339).unwrap_or_default(),
            seconds_left: (r.expires_at - now).whole_seconds().max(1),
        })
        .collect();
    Ok(RequestList { items, total })
}

/// Completed stays in their review window that the host has not reviewed, closing first
/// first.
async fn reviews_due(
    pool: &PgPool,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<ReviewList, sqlx::Error> {
    // The bounds on check_out (no zone is more than a day from UTC's date: a completed
    // stay has left by tomorrow there, and one still in its window left at most 15 days
    // ago) let the index serve a few days of each listing; the next line is the rule.
    let rows = sqlx::query!(
        r#"SELECT b.id, b.listing_id, l.title, g.display_name AS guest_name, b.check_out,
                  ($2::timestamptz AT TIME ZONE b.time_zone)::date AS "today!",
                  count(*) OVER () AS "total!"
           FROM listings l
           JOIN bookings b ON b.listing_id = l.id
           JOIN users g ON g.id = b.guest_id
           WHERE l.host_id = $1 AND b.status = 'completed'
             AND b.check_out BETWEEN ($2::timestamptz AT TIME ZONE 'UTC')::date - $3::int - 1
                                 AND ($2::timestamptz AT TIME ZONE 'UTC')::date + 1
             AND ($2::timestamptz AT TIME ZONE b.time_zone)::date <= b.check_out + $3::int
             AND NOT EXISTS (SELECT 1 FROM reviews r
                             WHERE r.booking_id = b.id AND r.author_role = 'host')
           ORDER BY b.check_out, b.id
           LIMIT $4"#,
        host,
        now,
        i32::try_from(REVIEW_WINDOW_DAYS).unwrap_or(14),
        TODAY_CAP
    )
    .fetch_all(pool)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let items = rows
        .into_iter()
        .map(|r| {
            let closes = closes_on(r.check_out);
            ReviewDue {
                booking_id: r.id,
                listing_id: r.listing_id,
                listing_title: r.title,
                guest_name: r.guest_name,
                check_out: r.check_out.to_string(),
                closes_on: closes.to_string(),
                days_left: (closes - r.today).whole_days(),
            }
        })
        .collect();
    Ok(ReviewList { items, total })
}
