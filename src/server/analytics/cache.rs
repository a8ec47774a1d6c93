//! Reports already computed, per app server, keyed by everything a report depends on:
//! the host, the listing, the period's dates, the buckets, the currency, the host's today
//! and the host's **roll-up version**. The version (`analytics_versions`, migration `…23`)
//! goes up in the same transaction as every change to the host's roll-ups and to the
//! listings a report names (added, renamed, handed over, deleted), so an entry is never
//! served after its data changed: a newer version is a different key. Ten dashboards of
//! the same host open at once compute the report once (the others wait for it), and a
//! host reloading the page reads it again for free.
//!
//! The version is read before the report, on the same server: the report's data is at
//! least as new as the version it is filed under, never older.

use crate::app::types::Currency;
use crate::app::types::analytics::{Granularity, Report};
use sqlx::PgPool;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, LazyLock, Mutex};
use time::Date;
use tokio::sync::OnceCell;
use uuid::Uuid;

/// What a report depends on.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub host: Uuid,
    pub listing: Option<i64>,
    pub from: Date,
    pub to: Date,
    pub granularity: Granularity,
    pub currency: Currency,
    pub today: Date,
    pub version: i64,
}

type Slot<V> = Arc<OnceCell<Arc<V>>>;

/// At most `capacity` values (reports), the oldest forgotten first.
pub struct Cache<V> {
    capacity: usize,
    inner: Mutex<Inner<V>>,
}

struct Inner<V> {
    slots: HashMap<Key, Slot<V>>,
    order: VecDeque<Key>,
}

impl<V> Cache<V> {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            inner: Mutex::new(Inner {
                slots: HashMap::new(),
                order: VecDeque::new(),
            }),
        }
    }

    /// The value filed under `key`, computing it with `compute` when there is none (once,
    /// however many ask at the same time; a failure is not kept).
    pub async fn get_or_compute<F, Fut, E>(&self, key: Key, compute: F) -> Result<Arc<V>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if self.capacity == 0 {
            return compute().await.map(Arc::new);
        }
        let slot = self.slot(&key);
        slot.get_or_try_init(|| async { compute().await.map(Arc::new) })
            .await
            .cloned()
    }

    fn slot(&self, key: &Key) -> Slot<V> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(slot) = inner.slots.get(key) {
            return slot.clone();
        }
        while inner.order.len() >= self.capacity {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            inner.slots.remove(&old);
        }
        let slot = Slot::default();
        inner.slots.insert(key.clone(), slot.clone());
        inner.order.push_back(key.clone());
        slot
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.inner.lock().map(|i| i.slots.len()).unwrap_or(0)
    }
}

/// This app server's reports: `HAVEN_REPORT_CACHE` of them (default 128; 0: none kept).
pub static REPORTS: LazyLock<Cache<Report>> = LazyLock::new(|| {
    let capacity = std::env::var("HAVEN_REPORT_CACHE")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(128);
    Cache::new(capacity)
});

/// The host's roll-up version (0 before their first roll-up).
pub async fn version(pool: &PgPool, host: Uuid) -> Result<i64, sqlx::Error> {
    let found = sqlx::query_scalar!(
        "SELECT version FROM analytics_versions WHERE host_id = $1",
        host
    )
    .fetch_optional(pool)
    .await?;
    Ok(found.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use time::macros::date;

    fn key(version: i64) -> Key {
        Key {
            host: Uuid::nil(),
            listing: None,
            from: date!(2026 - 01 - 01),
            to: date!(2026 - 02 - 01),
            granularity: Granularity::Week,
            currency: Currency::Usd,
            today: date!(2026 - 02 - 01),
            version,
        }
    }

    /// A stand-in for a report.
    fn report(version: i64) -> String {
        version.to_string()
    }

    #[tokio::test]
    async fn one_computation_per_key_and_a_new_version_is_a_new_key() {
        let cache = Cache::<String>::new(4);
        let runs = AtomicUsize::new(0);
        let compute = |v: i64| {
            let runs = &runs;
            move || async move {
                runs.fetch_add(1, Ordering::SeqCst);
                tokio::task::yield_now().await;
                Ok::<_, ()>(report(v))
            }
        };
        let (a, b) = tokio::join!(
            cache.get_or_compute(key(1), compute(1)),
            cache.get_or_compute(key(1), compute(1))
        );
        assert_eq!(
            runs.load(Ordering::SeqCst),
            1,
            "asked at once, computed once"
        );
        assert_eq!(a, b);
        let again = cache.get_or_compute(key(1), compute(1)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 1);
        assert_eq!(again.map(|r| r.to_string()), Ok("1".to_string()));
        let newer = cache.get_or_compute(key(2), compute(2)).await;
        assert_eq!(runs.load(Ordering::SeqCst), 2);
        assert_eq!(newer.map(|r| r.to_string()), Ok("2".to_string()));
    }

    #[tokio::test]
    async fn a_failure_is_not_kept_and_the_oldest_entry_goes_first() {
        let cache = Cache::<String>::new(2);
        let failed = cache
            .get_or_compute(key(1), || async { Err::<String, _>("down") })
            .await;
        assert_eq!(failed, Err("down"));
        let ok = cache
            .get_or_compute(key(1), || async { Ok::<_, &str>(report(1)) })
            .await;
        assert!(ok.is_ok(), "computed again after the failure");
        for v in 2..=3 {
            let _ = cache
                .get_or_compute(key(v), || async move { Ok::<_, &str>(report(v)) })
                .await;
        }
        assert_eq!(cache.len(), 2);
        let recomputed = AtomicUsize::new(0);
        let _ = cache
            .get_or_compute(key(1), || async {
                recomputed.fetch_add(1, Ordering::SeqCst);
                Ok::<_, &str>(report(1))
            })
            .await;
        assert_eq!(
            recomputed.load(Ordering::SeqCst),
            1,
            "the oldest was forgotten"
        );
    }

    #[tokio::test]
    async fn no_capacity_keeps_nothing() {
        let cache = Cache::<String>::new(0);
        for _ in 0..2 {
            let _ = cache
                .get_or_compute(key(1), || async { Ok::<_, ()>(report(1)) })
                .await;
        }
        assert_eq!(cache.len(), 0);
    }
}
