//! A listing's imported calendars as its host manages them: who may (the host; anyone
//! else gets the 404 of an unknown listing), listing, adding, removing, "Sync now", and
//! setting a conflict aside.

use super::address::FeedUrl;
use super::holds;
use super::problem;
use crate::app::types::AppError;
use crate::app::types::calendar_sync::{
    CalendarConflict, CalendarFeed, FeedName, FeedStatus, MAX_FEEDS,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::jobs;
use crate::tr;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

/// "Sync now" at most once a minute per calendar.
pub const SYNC_NOW_GAP_SECS: i64 = 60;

fn no_listing() -> AppError {
    AppError::NotFound("Listing".into())
}

fn no_feed() -> AppError {
    AppError::NotFound("Calendar feed".into())
}

/// Whether `user` hosts listing `listing` (not deleted): someone else's listing is the
/// 404 an unknown one is, so ids reveal nothing.
pub async fn own_listing(db: &DbScope, user: Uuid, listing: i64) -> Result<(), AppError> {
    let mine = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM listings
                          WHERE id = $1 AND host_id = $2 AND deleted_at IS NULL) AS "mine!""#,
        listing,
        user
    )
    .fetch_one(db.db().primary())
    .await
    .map_err(|e| db_error(e, "calendar feed owner"))?;
    if mine { Ok(()) } else { Err(no_listing()) }
}

fn moment(t: Option<OffsetDateTime>) -> Option<String> {
    t.and_then(|t| t.format(&Rfc3339).ok())
}

/// The listing's imported calendars (one when `only` names it), oldest first.
pub async fn feeds(
    db: &DbScope,
    listing: i64,
    only: Option<i64>,
    now: OffsetDateTime,
) -> Result<Vec<CalendarFeed>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT f.id, f.name, f.url, f.last_status, f.last_error, f.last_attempt_at,
                          f.last_success_at,
                          (f.next_sync_at <= $3 OR coalesce(f.locked_until > $3, false)) AS "syncing!",
                          coalesce((SELECT sum(upper(h.nights) - greatest(lower(h.nights), t.today))
                                    FROM listing_holds h
                                    WHERE h.feed_id = f.id AND upper(h.nights) > t.today), 0)::bigint
                              AS "blocked!"
                   FROM calendar_feeds f,
                        (SELECT ($3::timestamptz AT TIME ZONE time_zone)::date AS today
                         FROM listings WHERE id = $1) t
                   WHERE f.listing_id = $1 AND ($2::bigint IS NULL OR f.id = $2)
                   ORDER BY f.id"#,
                listing,
                only,
                now
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "calendar feeds"))?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let status = match r.last_status.as_str() {
                "updated" => FeedStatus::Updated,
                "unchanged" => FeedStatus::Unchanged,
                "failed" => FeedStatus::Failed,
                _ => FeedStatus::Pending,
            };
            let message = match status {
                FeedStatus::Pending => tr!("calendar-sync-status-pending"),
                FeedStatus::Updated => tr!("calendar-sync-status-updated", nights = r.blocked),
                FeedStatus::Unchanged => {
                    tr!("calendar-sync-status-unchanged", nights = r.blocked)
                }
                FeedStatus::Failed => r
                    .last_error
                    .as_deref()
                    .map(problem::stored_words)
                    .unwrap_or_else(|| tr!("calendar-sync-status-failed")),
            };
            CalendarFeed {
                id: r.id,
                name: r.name,
                url: r.url,
                status,
                message,
                last_attempt_at: moment(r.last_attempt_at),
                last_success_at: moment(r.last_success_at),
                blocked_nights: r.blocked,
                syncing: r.syncing,
            }
        })
        .collect())
}

/// Clashes between imported events and the listing's bookings, open ones first.
pub async fn conflicts(db: &DbScope, listing: i64) -> Result<Vec<CalendarConflict>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT c.id, c.feed_id, f.name, lower(c.nights) AS "from!",
                          upper(c.nights) AS "to!", c.booking_id,
                          c.dismissed_at IS NOT NULL AS "dismissed!"
                   FROM calendar_conflicts c JOIN calendar_feeds f ON f.id = c.feed_id
                   WHERE f.listing_id = $1
                   ORDER BY c.dismissed_at IS NOT NULL, lower(c.nights), c.id"#,
                listing
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "calendar conflicts"))?;
    Ok(rows
        .into_iter()
        .map(|r| CalendarConflict {
            id: r.id,
            feed_id: r.feed_id,
            feed_name: r.name,
            from: r.from.to_string(),
            to: r.to.to_string(),
            booking_id: r.booking_id,
            dismissed: r.dismissed,
        })
        .collect())
}

/// Adds a calendar to import (synced at once by the worker): 409 when this listing imports
/// it already, 422 past [`MAX_FEEDS`].
pub async fn add(
    db: &DbScope,
    listing: i64,
    name: &FeedName,
    url: &FeedUrl,
    now: OffsetDateTime,
) -> Result<CalendarFeed, AppError> {
    let (name, url) = (name.as_str().to_string(), url.as_str().to_string());
    let added = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let count = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM calendar_feeds WHERE listing_id = $1"#,
                listing
            )
            .fetch_one(&mut *tx)
            .await?;
            if count >= MAX_FEEDS {
                return Ok(None);
            }
            let id = sqlx::query_scalar!(
                "INSERT INTO calendar_feeds (listing_id, name, url, next_sync_at)
                 VALUES ($1, $2, $3, $4) RETURNING id",
                listing,
                name,
                url,
                now
            )
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query!("SELECT pg_notify($1, '')", jobs::CHANNEL)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(Some(id))
        })
        .await;
    let id = match added {
        Ok(Some(id)) => id,
        Ok(None) => {
            return Err(AppError::Unprocessable(tr!(
                "calendar-sync-too-many",
                max = MAX_FEEDS
            )));
        }
        Err(sqlx::Error::Database(d))
            if d.constraint() == Some("calendar_feeds_listing_id_url_key") =>
        {
            return Err(AppError::Conflict(tr!("calendar-sync-already-imported")));
        }
        Err(e) => return Err(db_error(e, "add calendar feed")),
    };
    feeds(db, listing, Some(id), now)
        .await?
        .pop()
        .ok_or_else(no_feed)
}

/// Removes a calendar: its nights are freed (unless another calendar lists them too, which
/// then blocks them), its conflicts go.
pub async fn remove(
    db: &DbScope,
    listing: i64,
    feed: i64,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let removed = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let Some(today) = holds::lock_listing(&mut tx, listing, now).await? else {
                return Ok(false);
            };
            let gone = sqlx::query!(
                "DELETE FROM calendar_feeds WHERE id = $1 AND listing_id = $2",
                feed,
                listing
            )
            .execute(&mut *tx)
            .await?
            .rows_affected();
            holds::reconcile(&mut tx, listing, today).await?;
            tx.commit().await?;
            Ok(gone > 0)
        })
        .await
        .map_err(|e| db_error(e, "remove calendar feed"))?;
    if removed { Ok(()) } else { Err(no_feed()) }
}

/// "Sync now": due at once, and the worker woken. 429 within a minute of the last one.
pub async fn request_sync(
    db: &DbScope,
    listing: i64,
    feed: i64,
    now: OffsetDateTime,
) -> Result<CalendarFeed, AppError> {
    let wait = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let Some(last) = sqlx::query_scalar!(
                "SELECT sync_requested_at FROM calendar_feeds
                 WHERE id = $1 AND listing_id = $2 FOR UPDATE",
                feed,
                listing
            )
            .fetch_optional(&mut *tx)
            .await?
            else {
                tx.rollback().await?;
                return Ok(None);
            };
            let since = last.map(|at| (now - at).whole_seconds());
            if let Some(s) = since.filter(|s| (0..SYNC_NOW_GAP_SECS).contains(s)) {
                // Ended here, not when the connection is next used: a dropped transaction
                // kept the row locked after the 429, and the sync loop's SKIP LOCKED claim
                // passed the feed over.
                tx.rollback().await?;
                return Ok(Some(SYNC_NOW_GAP_SECS - s));
            }
            sqlx::query!(
                "UPDATE calendar_feeds SET next_sync_at = $2, sync_requested_at = $2 WHERE id = $1",
                feed,
                now
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!("SELECT pg_notify($1, '')", jobs::CHANNEL)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(Some(0))
        })
        .await
        .map_err(|e| db_error(e, "sync calendar feed"))?;
    match wait {
        None => Err(no_feed()),
        Some(0) => feeds(db, listing, Some(feed), now)
            .await?
            .pop()
            .ok_or_else(no_feed),
        Some(secs) => Err(AppError::RateLimited {
            retry_after_secs: secs as u64,
        }),
    }
}

/// Sets a conflict aside: it stays listed, marked seen, while it lasts.
pub async fn dismiss(db: &DbScope, listing: i64, conflict: i64) -> Result<(), AppError> {
    let done = db
        .write(|pool| async move {
            sqlx::query!(
                "UPDATE calendar_conflicts c SET dismissed_at = coalesce(c.dismissed_at, now())
                 FROM calendar_feeds f
                 WHERE c.id = $1 AND c.feed_id = f.id AND f.listing_id = $2",
                conflict,
                listing
            )
            .execute(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "dismiss calendar conflict"))?
        .rows_affected();
    if done > 0 {
        Ok(())
    } else {
        Err(AppError::NotFound("Conflict".into()))
    }
}
