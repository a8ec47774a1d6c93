//! Daily roll-ups of the dashboard's sums (migration `…21_analytics_rollups.sql`):
//! per listing and day (`listing_days`), per listing and month (`listing_months`) and per
//! host and day (`host_days`), so a power host's year is a few thousand rows, not a hundred
//! thousand bookings cut into ranges.
//!
//! How they stay right: triggers on bookings, their transitions, blocked nights, page
//! views, listings (host, time zone, dates) and the host's currency write, in the same
//! transaction as the change, which listing's days changed (`analytics_dirty`, a
//! transactional queue like the outbox). [`drain`] recomputes those days from the raw rows
//! ([`refresh`], the single-day form of `figures::sums`): the worker drains on every
//! wake-up, and a report drains its host's waiting changes first, so a host never reads
//! figures older than their data. One drain at a time (an advisory lock), so two app
//! servers never interleave a listing's days with its host's.
//!
//! `tests/analytics` proves the roll-ups equal the raw aggregation (`figures::sums`) after
//! random histories and random changes; [`read::sums`] is how reports read them.

pub mod cover;
pub mod read;
pub mod refresh;

use refresh::{Days, disjoint};
use sqlx::PgPool;
use uuid::Uuid;

/// Changes claimed per transaction: runs of days, and whole listings (after a change of
/// host, time zone or currency; far heavier).
const BATCH: i64 = 500;
const WHOLE_BATCH: i64 = 20;
/// The advisory lock that makes drains take turns ("rollups" in ASCII).
const LOCK: i64 = 0x0072_6f6c_6c75_7073;

/// Whether changes to `host`'s figures are waiting (read on the primary).
pub async fn waiting(pool: &PgPool, host: Uuid) -> Result<bool, sqlx::Error> {
    let found = sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT 1 FROM analytics_dirty d
                          WHERE d.host_id = $1
                             OR d.listing_id IN (SELECT id FROM listings WHERE host_id = $1)) AS "found!""#,
        host
    )
    .fetch_one(pool)
    .await?;
    Ok(found)
}

/// Recomputes every waiting change, a batch per transaction; returns how many changes.
pub async fn drain(pool: &PgPool) -> Result<usize, sqlx::Error> {
    let mut done = 0;
    loop {
        let n = drain_batch(pool).await?;
        done += n;
        if n == 0 {
            return Ok(done);
        }
    }
}

async fn drain_batch(pool: &PgPool) -> Result<usize, sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query!("SELECT pg_advisory_xact_lock($1)", LOCK)
        .execute(&mut *tx)
        .await?;
    // Each change says "recompute these days from the raw rows", so their order does not
    // matter: runs and whole listings are claimed apart, each kind in bounded batches.
    let claimed = sqlx::query!(
        r#"DELETE FROM analytics_dirty
           WHERE id IN ((SELECT id FROM analytics_dirty
                         WHERE from_day IS NOT NULL AND to_day IS NOT NULL ORDER BY id LIMIT $1)
                        UNION ALL
                        (SELECT id FROM analytics_dirty
                         WHERE from_day IS NULL OR to_day IS NULL ORDER BY id LIMIT $2))
           RETURNING listing_id, host_id, from_day, to_day"#,
        BATCH,
        WHOLE_BATCH
    )
    .fetch_all(&mut *tx)
    .await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let mut listings: Vec<(i64, Days)> = Vec::new();
    let mut hosts: Vec<(Uuid, Days)> = Vec::new();
    for c in &claimed {
        let days = Days {
            from: c.from_day,
            to: c.to_day,
        };
        listings.push((c.listing_id, days));
        if let Some(host) = c.host_id {
            hosts.push((host, days));
        }
    }
    let listings = disjoint(listings);
    let mut ids: Vec<i64> = listings.iter().map(|(id, _)| *id).collect();
    ids.dedup();
    // The listings' hosts now, over the listings' days.
    let owners = sqlx::query!("SELECT id, host_id FROM listings WHERE id = ANY($1)", &ids)
        .fetch_all(&mut *tx)
        .await?;
    for o in owners {
        for (_, days) in listings.iter().filter(|(id, _)| *id == o.id) {
            hosts.push((o.host_id, *days));
        }
    }
    hosts.extend(refresh::listing_days(&mut tx, &listings).await?);
    refresh::listing_months(&mut tx, &listings).await?;
    refresh::host_days(&mut tx, &disjoint(hosts)).await?;
    tx.commit().await?;
    Ok(claimed.len())
}

/// Forgets what is waiting and recomputes everything, a bounded batch per transaction
/// (after the seed's bulk inserts).
pub async fn rebuild(pool: &PgPool) -> Result<(), sqlx::Error> {
    sqlx::query!("TRUNCATE listing_days, listing_months, host_days, analytics_dirty")
        .execute(pool)
        .await?;
    let ids = sqlx::query_scalar!("SELECT id FROM listings ORDER BY id")
        .fetch_all(pool)
        .await?;
    for chunk in ids.chunks(100) {
        let whole: Vec<(i64, Days)> = chunk.iter().map(|id| (*id, Days::ALL)).collect();
        let mut tx = pool.begin().await?;
        refresh::listing_days(&mut tx, &whole).await?;
        refresh::listing_months(&mut tx, &whole).await?;
        tx.commit().await?;
    }
    let hosts = sqlx::query_scalar!("SELECT DISTINCT host_id FROM listing_days ORDER BY host_id")
        .fetch_all(pool)
        .await?;
    for chunk in hosts.chunks(50) {
        let whole: Vec<(Uuid, Days)> = chunk.iter().map(|h| (*h, Days::ALL)).collect();
        let mut tx = pool.begin().await?;
        refresh::host_days(&mut tx, &whole).await?;
        tx.commit().await?;
    }
    // A bulk load leaves the visibility map empty: the reads' index-only scans would visit
    // the heap until autovacuum came by.
    sqlx::raw_sql("VACUUM (ANALYZE) listing_days, listing_months, host_days")
        .execute(pool)
        .await?;
    Ok(())
}
