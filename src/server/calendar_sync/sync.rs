//! One sync of one feed: taken from the queue under a lease, fetched, read, and its result
//! recorded. A failure keeps the feed's last good events (and so its nights): a server
//! that answers an error page for an hour must not free every night it blocked.

use super::address::FeedUrl;
use super::fetch::{self, Fetched, Validators};
use super::problem::Problem;
use super::{holds, parse};
use crate::server::platform::db::Db;
use crate::server::platform::state::AppState;
use chrono_tz::Tz;
use time::{Date, OffsetDateTime};

/// A feed taken for a sync.
pub struct Claimed {
    id: i64,
    listing_id: i64,
    url: String,
    validators: Validators,
    time_zone: String,
    claimed_at: OffsetDateTime,
}

/// Takes up to `limit` due feeds, leasing each to this worker for long enough to fetch it.
pub async fn claim(state: &AppState, limit: i64) -> Result<Vec<Claimed>, sqlx::Error> {
    let now = state.clock.now();
    let lease = state.config.ical.timeout.as_secs_f64() + 60.0;
    let rows = sqlx::query!(
        r#"UPDATE calendar_feeds f
           SET locked_until = $1 + make_interval(secs => $3), last_attempt_at = $1
           FROM listings l
           WHERE l.id = f.listing_id AND f.id IN (
               SELECT d.id FROM calendar_feeds d JOIN listings dl ON dl.id = d.listing_id
               WHERE d.next_sync_at <= $1 AND (d.locked_until IS NULL OR d.locked_until < $1)
                 AND dl.deleted_at IS NULL
               ORDER BY d.next_sync_at, d.id
               LIMIT $2
               FOR UPDATE OF d SKIP LOCKED)
           RETURNING f.id, f.listing_id, f.url, f.etag, f.last_modified, l.time_zone"#,
        now,
        limit,
        lease
    )
    .fetch_all(state.db.primary())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Claimed {
            id: r.id,
            listing_id: r.listing_id,
            url: r.url,
            validators: Validators {
                etag: r.etag,
                last_modified: r.last_modified,
            },
            time_zone: r.time_zone,
            claimed_at: now,
        })
        .collect())
}

enum Outcome {
    NotModified,
    Read(Vec<parse::Blocked>, Validators),
    Failed(Problem),
}

/// Fetches, reads and records one claimed feed.
pub async fn run(state: &AppState, feed: Claimed) -> Result<(), sqlx::Error> {
    let config = &state.config.ical;
    let zone: Tz = feed.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let today = state.clock.now().to_offset(time::UtcOffset::UTC);
    let today = chrono::DateTime::from_timestamp(today.unix_timestamp(), 0)
        .map(|t| t.with_timezone(&zone).date_naive())
        .unwrap_or_default();
    let outcome = match FeedUrl::check(&feed.url, config.allow_private) {
        Err(key) => Outcome::Failed(Problem::new(key)),
        Ok(url) => match fetch::fetch(config, &url, &feed.validators).await {
            Err(e) => Outcome::Failed(e.0),
            Ok(Fetched::NotModified) => Outcome::NotModified,
            Ok(Fetched::Body { bytes, validators }) => {
                // Parsing is CPU work (up to the size limit): off the async threads; a
                // panic in it is this feed's error, not the worker's end.
                let window = parse::window(today);
                match tokio::task::spawn_blocking(move || {
                    parse::blocked_nights(&bytes, zone, window)
                })
                .await
                {
                    Ok(Ok(events)) => Outcome::Read(events, validators),
                    Ok(Err(e)) => Outcome::Failed(e.0),
                    Err(e) => {
                        tracing::error!(feed = feed.id, error = %e, "calendar parse panicked");
                        Outcome::Failed(Problem::new("calendar-sync-fail-unreadable"))
                    }
                }
            }
        },
    };
    let label = match &outcome {
        Outcome::NotModified => "not_modified",
        Outcome::Read(..) => "read",
        Outcome::Failed(_) => "failed",
    };
    metrics::counter!("haven_calendar_syncs_total", "outcome" => label).increment(1);
    if let Outcome::Failed(why) = &outcome {
        tracing::info!(feed = feed.id, why = why.english(), "calendar sync failed");
    }
    record(
        &state.db,
        &feed,
        outcome,
        state.clock.now(),
        config.interval,
    )
    .await
}

fn to_date(d: chrono::NaiveDate) -> Date {
    use chrono::Datelike;
    time::Month::try_from(d.month() as u8)
        .ok()
        .and_then(|m| Date::from_calendar_date(d.year(), m, d.day() as u8).ok())
        .unwrap_or(Date::MIN)
}

async fn record(
    db: &Db,
    feed: &Claimed,
    outcome: Outcome,
    now: OffsetDateTime,
    interval: std::time::Duration,
) -> Result<(), sqlx::Error> {
    let mut tx = db.primary().begin().await?;
    let next = now + interval;
    let Some(today) = holds::lock_listing(&mut tx, feed.listing_id, now).await? else {
        return Ok(());
    };
    let exists = sqlx::query_scalar!(
        "SELECT id FROM calendar_feeds WHERE id = $1 FOR UPDATE",
        feed.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    if exists.is_none() {
        // Removed while it was being fetched.
        return Ok(());
    }
    let (status, error, validators) = match outcome {
        // The message's key and arguments, written out when someone reads it.
        Outcome::Failed(why) => ("failed", Some(why.stored()), None),
        Outcome::NotModified => ("unchanged", None, None),
        Outcome::Read(events, validators) => {
            let changed = replace_events(&mut tx, feed.id, &events).await?;
            holds::reconcile(&mut tx, feed.listing_id, today).await?;
            (
                if changed { "updated" } else { "unchanged" },
                None,
                Some(validators),
            )
        }
    };
    let success = error.is_none();
    let keep_validators = validators.is_none();
    let validators = validators.unwrap_or_default();
    sqlx::query!(
        r#"UPDATE calendar_feeds SET
               locked_until = NULL,
               last_status = $2,
               last_error = $3,
               last_success_at = CASE WHEN $4 THEN $5 ELSE last_success_at END,
               etag = CASE WHEN $6 THEN etag ELSE $7 END,
               last_modified = CASE WHEN $6 THEN last_modified ELSE $8 END,
               -- A "Sync now" that came during this sync asks for another.
               next_sync_at = CASE WHEN next_sync_at > $9 THEN next_sync_at ELSE $10 END
           WHERE id = $1"#,
        feed.id,
        status,
        error,
        success,
        now,
        keep_validators,
        validators.etag,
        validators.last_modified,
        feed.claimed_at,
        next
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Stores a feed's events in place of the last ones; whether they differ.
async fn replace_events(
    tx: &mut sqlx::PgConnection,
    feed: i64,
    events: &[parse::Blocked],
) -> Result<bool, sqlx::Error> {
    let uids: Vec<String> = events.iter().map(|e| e.uid.clone()).collect();
    let froms: Vec<Date> = events.iter().map(|e| to_date(e.from)).collect();
    let tos: Vec<Date> = events.iter().map(|e| to_date(e.to)).collect();
    let stored = sqlx::query!(
        r#"SELECT uid, lower(nights) AS "from!", upper(nights) AS "to!"
           FROM calendar_feed_events WHERE feed_id = $1 ORDER BY uid, lower(nights), upper(nights)"#,
        feed
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut new: Vec<(&str, Date, Date)> = (0..events.len())
        .map(|i| (uids[i].as_str(), froms[i], tos[i]))
        .collect();
    new.sort();
    let old: Vec<(&str, Date, Date)> = stored
        .iter()
        .map(|r| (r.uid.as_str(), r.from, r.to))
        .collect();
    if new == old {
        return Ok(false);
    }
    sqlx::query!("DELETE FROM calendar_feed_events WHERE feed_id = $1", feed)
        .execute(&mut *tx)
        .await?;
    sqlx::query!(
        "INSERT INTO calendar_feed_events (feed_id, uid, nights)
         SELECT $1, t.uid, daterange(t.f, t.t)
         FROM UNNEST($2::text[], $3::date[], $4::date[]) AS t(uid, f, t)
         ON CONFLICT DO NOTHING",
        feed,
        &uids,
        &froms,
        &tos
    )
    .execute(&mut *tx)
    .await?;
    Ok(true)
}
