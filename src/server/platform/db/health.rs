//! The replica's health and lag, written by one background check and read lock-free by
//! every request that routes a read.

use super::Lsn;
use serde::Serialize;
use sqlx::PgPool;
use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How many primary positions to remember for estimating lag in time.
const HISTORY: usize = 512;

pub struct ReplicaHealth {
    max_lag: Duration,
    check_interval: Duration,
    started: Instant,
    /// The last check reached the replica and found it in recovery (a standby).
    up: AtomicBool,
    /// WAL position the replica had replayed at the last check. Only moves forward while
    /// the replica stays up, which is what makes comparing a write's position to it safe.
    replayed: AtomicU64,
    lag_bytes: AtomicU64,
    lag_ms: AtomicU64,
    /// Milliseconds after `started` of the last successful check; 0 means never.
    checked_at_ms: AtomicU64,
    /// Recent (time, primary position) samples: the replica's lag in time is how long ago
    /// the primary was where the replica is now.
    samples: Mutex<VecDeque<(Instant, u64)>>,
}

/// A snapshot for /readyz and the metrics.
#[derive(Clone, Debug, Serialize)]
pub struct ReplicaStatus {
    pub configured: bool,
    pub up: bool,
    pub serving_reads: bool,
    pub lag_ms: Option<u64>,
    pub lag_bytes: Option<u64>,
    pub replayed_lsn: Option<u64>,
    pub last_check_age_ms: Option<u64>,
}

impl ReplicaHealth {
    pub fn new(max_lag: Duration, check_interval: Duration) -> Self {
        Self {
            max_lag,
            check_interval,
            started: Instant::now(),
            up: AtomicBool::new(false),
            replayed: AtomicU64::new(0),
            lag_bytes: AtomicU64::new(0),
            lag_ms: AtomicU64::new(0),
            checked_at_ms: AtomicU64::new(0),
            samples: Mutex::new(VecDeque::with_capacity(HISTORY)),
        }
    }

    pub fn check_interval(&self) -> Duration {
        self.check_interval
    }

    /// The replica may serve a read that must see everything up to `after`: it was up at a
    /// recent check, within the lag budget, and had replayed at least `after`.
    pub fn can_serve(&self, after: Option<Lsn>) -> bool {
        if !self.up.load(Ordering::Acquire) || self.check_is_stale() {
            return false;
        }
        if Duration::from_millis(self.lag_ms.load(Ordering::Relaxed)) > self.max_lag {
            return false;
        }
        after.is_none_or(|lsn| self.replayed.load(Ordering::Acquire) >= lsn.0)
    }

    /// A monitor that stopped checking must not keep routing reads to a replica.
    fn check_is_stale(&self) -> bool {
        let checked = self.checked_at_ms.load(Ordering::Acquire);
        let budget = (self.check_interval * 4).max(Duration::from_secs(2));
        checked == 0 || self.now_ms().saturating_sub(checked) > budget.as_millis() as u64
    }

    fn now_ms(&self) -> u64 {
        // At least 1 so that "checked just now" is never confused with "never checked".
        (self.started.elapsed().as_millis() as u64).max(1)
    }

    /// Called when a replica read fails at the connection level: stop routing reads there
    /// until the next check finds it back.
    pub fn mark_down(&self) {
        self.up.store(false, Ordering::Release);
    }

    fn record(&self, primary: Option<u64>, replayed: u64) {
        self.record_at(Instant::now(), primary, replayed);
    }

    fn record_at(&self, now: Instant, primary: Option<u64>, replayed: u64) {
        let lag_ms = {
            let mut samples = self.samples.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(pos) = primary {
                if samples.len() == HISTORY {
                    samples.pop_front();
                }
                samples.push_back((now, pos));
            }
            // The oldest remembered moment the primary was already past the replica.
            match samples.iter().find(|(_, pos)| *pos > replayed) {
                Some((at, _)) => now.duration_since(*at).as_millis() as u64,
                None => 0,
            }
        };
        let lag_bytes = primary.map_or(0, |p| p.saturating_sub(replayed));
        // A replica that restarted from an older base backup would move backwards; take what
        // it reports, since only it knows what it has.
        self.replayed.store(replayed, Ordering::Release);
        self.lag_bytes.store(lag_bytes, Ordering::Relaxed);
        self.lag_ms.store(lag_ms, Ordering::Relaxed);
        self.checked_at_ms.store(self.now_ms(), Ordering::Release);
        self.up.store(true, Ordering::Release);
    }

    pub fn status(&self, configured: bool) -> ReplicaStatus {
        let up = configured && self.up.load(Ordering::Acquire) && !self.check_is_stale();
        let checked = self.checked_at_ms.load(Ordering::Acquire);
        ReplicaStatus {
            configured,
            up,
            serving_reads: configured && self.can_serve(None),
            lag_ms: up.then(|| self.lag_ms.load(Ordering::Relaxed)),
            lag_bytes: up.then(|| self.lag_bytes.load(Ordering::Relaxed)),
            replayed_lsn: up.then(|| self.replayed.load(Ordering::Relaxed)),
            last_check_age_ms: (checked > 0).then(|| self.now_ms().saturating_sub(checked)),
        }
    }

    pub fn record_metrics(&self, configured: bool) {
        let s = self.status(configured);
        metrics::gauge!("haven_replica_up").set(if s.up { 1.0 } else { 0.0 });
        metrics::gauge!("haven_replica_serving_reads").set(if s.serving_reads { 1.0 } else { 0.0 });
        if let (Some(ms), Some(bytes)) = (s.lag_ms, s.lag_bytes) {
            metrics::gauge!("haven_replica_lag_seconds").set(ms as f64 / 1000.0);
            metrics::gauge!("haven_replica_lag_bytes").set(bytes as f64);
        }
    }
}

/// One health check: the replica's replay position, compared with the primary's position.
pub(super) async fn check(health: &ReplicaHealth, primary: &PgPool, replica: &PgPool) {
    let timeout = health.check_interval.max(Duration::from_millis(500));
    let replica_q = sqlx::query!(
        r#"SELECT pg_is_in_recovery() AS "in_recovery!",
                  (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint AS replayed"#
    )
    .fetch_one(replica);
    let row = match tokio::time::timeout(timeout, replica_q).await {
        Ok(Ok(row)) => row,
        Ok(Err(e)) => {
            if health.up.swap(false, Ordering::AcqRel) {
                tracing::warn!(error = %e, "replica is down; reads go to the primary");
            }
            return;
        }
        Err(_) => {
            if health.up.swap(false, Ordering::AcqRel) {
                tracing::warn!("replica health check timed out; reads go to the primary");
            }
            return;
        }
    };
    let Some(replayed) = row.replayed.filter(|_| row.in_recovery) else {
        // Not a standby (promoted, or pointed at a primary): its data may diverge from ours.
        if health.up.swap(false, Ordering::AcqRel) {
            tracing::error!("replica is not in recovery; it will serve no reads");
        }
        return;
    };
    let primary_q =
        sqlx::query_scalar!(r#"SELECT (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint AS "pos!""#)
            .fetch_one(primary);
    let primary_pos = match tokio::time::timeout(timeout, primary_q).await {
        Ok(Ok(pos)) => u64::try_from(pos).ok(),
        // The primary being down is /readyz's business; the replica's own state still counts.
        _ => None,
    };
    let was_up = health.up.load(Ordering::Acquire);
    health.record(primary_pos, u64::try_from(replayed).unwrap_or(0));
    if !was_up {
        tracing::info!(replayed, "replica is up; serving reads");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn health() -> ReplicaHealth {
        ReplicaHealth::new(Duration::from_secs(5), Duration::from_millis(250))
    }

    #[test]
    fn never_checked_serves_nothing() {
        assert!(!health().can_serve(None));
    }

    #[test]
    fn caught_up_replica_serves_reads_up_to_its_position() {
        let h = health();
        h.record(Some(1_000), 1_000);
        assert!(h.can_serve(None));
        assert!(h.can_serve(Some(Lsn(1_000))));
        assert!(
            !h.can_serve(Some(Lsn(1_001))),
            "a write it has not replayed"
        );
    }

    #[test]
    fn marked_down_replica_serves_nothing_until_the_next_check() {
        let h = health();
        h.record(Some(10), 10);
        h.mark_down();
        assert!(!h.can_serve(None));
        h.record(Some(10), 10);
        assert!(h.can_serve(None));
    }

    #[test]
    fn lag_in_time_is_how_long_ago_the_primary_was_where_the_replica_is() {
        let h = ReplicaHealth::new(Duration::from_millis(100), Duration::from_millis(250));
        let t0 = Instant::now();
        h.record_at(t0, Some(500), 100);
        assert_eq!(h.status(true).lag_bytes, Some(400));
        assert_eq!(h.status(true).lag_ms, Some(0));
        // 300 ms later the replica is still at 100: the primary was past it 300 ms ago.
        h.record_at(t0 + Duration::from_millis(300), Some(600), 100);
        assert_eq!(h.status(true).lag_ms, Some(300));
        assert!(!h.can_serve(None), "over the 100 ms lag budget");
        // It replays up to 500: the primary first reached past 500 at the second sample.
        h.record_at(t0 + Duration::from_millis(400), Some(600), 500);
        assert_eq!(h.status(true).lag_ms, Some(100));
        h.record_at(t0 + Duration::from_millis(450), Some(600), 600);
        assert_eq!(h.status(true).lag_ms, Some(0));
        assert!(h.can_serve(Some(Lsn(600))));
    }
}
