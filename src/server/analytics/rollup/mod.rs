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

pub mod read;
pub mod refresh;

use refresh::Days;
use sqlx::PgPool;
use std::collections::BTreeMap;
use uuid::Uuid;

/// Changes claimed per transaction.
const BATCH: i64 = 500;
/// The advisory lock that makes drains take turns ("rollups" in ASCII).
const LOCK: i64 = 0x726f_6c6c_7570_73;

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
        if n < BATCH as usize {
            return Ok(done);
        }
    }
}

async fn drain_batch(pool: &PgPool) -> Result<usize, sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query!("SELECT pg_advisory_xact_lock($1)", LOCK)
        .execute(&mut *tx)
        .await?;
    let claimed = sqlx::query!(
        r#"DELETE FROM analytics_dirty
           WHERE id IN (SELECT id FROM analytics_dirty ORDER BY id LIMIT $1)
           RETURNING listing_id, host_id, from_day, to_day"#,
        BATCH
    )
    .fetch_all(&mut *tx)
    .await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let mut listings: BTreeMap<i64, Days> = BTreeMap::new();
    let mut hosts: BTreeMap<Uuid, Days> = BTreeMap::new();
    for c in &claimed {
        let days = Days {
            from: c.from_day,
            to: c.to_day,
        };
        merge(&mut listings, c.listing_id, days);
        if let Some(host) = c.host_id {
            merge(&mut hosts, host, days);
        }
    }
    let listings: Vec<(i64, Days)> = listings.into_iter().collect();
    let ids: Vec<i64> = listings.iter().map(|(id, _)| *id).collect();
    // The listings' hosts now, over the listings' days.
    let owners = sqlx::query!("SELECT id, host_id FROM listings WHERE id = ANY($1)", &ids)
        .fetch_all(&mut *tx)
        .await?;
    for o in owners {
        if let Some((_, days)) = listings.iter().find(|(id, _)| *id == o.id) {
            merge(&mut hosts, o.host_id, *days);
        }
    }
    for (host, days) in refresh::listing_days(&mut tx, &listings).await? {
        merge(&mut hosts, host, days);
    }
    refresh::listing_months(&mut tx, &listings).await?;
    let hosts: Vec<(Uuid, Days)> = hosts.into_iter().collect();
    refresh::host_days(&mut tx, &hosts).await?;
    tx.commit().await?;
    Ok(claimed.len())
}

fn merge<K: Ord>(map: &mut BTreeMap<K, Days>, key: K, days: Days) {
    map.entry(key)
        .and_modify(|d| *d = d.union(days))
        .or_insert(days);
}

/// Forgets what is waiting and recomputes everything (after the seed's bulk inserts).
pub async fn rebuild(pool: &PgPool) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO analytics_dirty (listing_id, host_id) SELECT id, host_id FROM listings"
    )
    .execute(pool)
    .await?;
    // The bulk inserts' own entries are covered by the whole-listing ones.
    sqlx::query!("DELETE FROM analytics_dirty WHERE from_day IS NOT NULL OR to_day IS NOT NULL")
        .execute(pool)
        .await?;
    drain(pool).await?;
    Ok(())
}
