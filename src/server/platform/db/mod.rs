//! All database access goes through [`Db`]: writes to the primary, reads to the streaming
//! replica while it is up and caught up, and to the primary otherwise. A request that wrote
//! reads its own writes through [`DbScope`] (see `request.rs`), which carries the WAL position
//! of its last write and only lets the replica serve it once the replica has replayed that far.

mod health;

pub use health::{ReplicaHealth, ReplicaStatus};

use crate::server::platform::config::DatabaseConfig;
use serde::Serialize;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// A position in the primary's write-ahead log, as bytes from its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Lsn(pub u64);

/// Which server a statement ran on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PoolKind {
    Primary,
    Replica,
}

impl PoolKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Primary => "primary",
            Self::Replica => "replica",
        }
    }
}

/// The database: a primary pool and, optionally, a replica pool with its health.
#[derive(Clone)]
pub struct Db {
    inner: Arc<Inner>,
}

struct Inner {
    primary: PgPool,
    replica: Option<PgPool>,
    health: ReplicaHealth,
}

impl Db {
    /// Builds lazy pools: the server starts, and reports itself unready, while a database is down.
    pub fn connect_lazy(config: &DatabaseConfig) -> Result<Self, sqlx::Error> {
        // Every connection the primary held dies when it restarts; a ping at checkout
        // replaces a dead one before a request sees it, so errors stay inside the restart.
        let primary = pool_options(config, config.acquire_timeout)
            .test_before_acquire(true)
            .connect_lazy_with(connect_options(config.primary_url.expose())?);
        let replica = match &config.replica_url {
            // A short acquire timeout: when the replica is unreachable the read falls back fast.
            Some(url) => Some(
                pool_options(config, config.acquire_timeout.min(Duration::from_secs(1)))
                    .connect_lazy_with(connect_options(url.expose())?),
            ),
            None => None,
        };
        Ok(Self::from_pools(
            primary,
            replica,
            config.replica_max_lag,
            config.replica_check_interval,
        ))
    }

    pub fn from_pools(
        primary: PgPool,
        replica: Option<PgPool>,
        max_lag: Duration,
        check_interval: Duration,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                primary,
                replica,
                health: ReplicaHealth::new(max_lag, check_interval),
            }),
        }
    }

    /// The primary pool. Use it for writes, and for reads that must be current (inside a
    /// transaction that is about to write, say).
    pub fn primary(&self) -> &PgPool {
        &self.inner.primary
    }

    pub fn replica(&self) -> Option<&PgPool> {
        self.inner.replica.as_ref()
    }

    pub fn health(&self) -> &ReplicaHealth {
        &self.inner.health
    }

    /// Where a read that must see everything up to `after` would go now.
    pub fn choose(&self, after: Option<Lsn>) -> PoolKind {
        match self.inner.replica {
            Some(_) if self.inner.health.can_serve(after) => PoolKind::Replica,
            _ => PoolKind::Primary,
        }
    }

    /// Runs a read on the replica when it may serve it, else on the primary. A replica that
    /// fails with a connection-level error is marked down and the read is retried once on the
    /// primary, so a page never fails only because the replica did.
    ///
    /// `f` gets a handle to the chosen pool (a cheap clone) and may be called twice.
    pub async fn read<T, F, Fut>(&self, after: Option<Lsn>, f: F) -> Result<T, sqlx::Error>
    where
        F: Fn(PgPool) -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        if let (PoolKind::Replica, Some(replica)) = (self.choose(after), self.replica()) {
            match f(replica.clone()).await {
                Ok(value) => {
                    count_read(PoolKind::Replica);
                    return Ok(value);
                }
                Err(e) if is_unavailable(&e) || is_recovery_conflict(&e) => {
                    tracing::warn!(error = %e, "replica read failed; retrying on the primary");
                    self.inner.health.mark_down();
                    metrics::counter!("haven_db_replica_fallbacks_total").increment(1);
                }
                Err(e) => return Err(e),
            }
        }
        let result = f(self.primary().clone()).await;
        count_read(PoolKind::Primary);
        result
    }

    /// Runs a write on the primary and returns the WAL position after it, which a later
    /// read can wait for.
    pub async fn write<T, F, Fut>(&self, f: F) -> Result<(T, Lsn), sqlx::Error>
    where
        F: FnOnce(PgPool) -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        let value = f(self.primary().clone()).await?;
        let lsn = self.current_lsn().await?;
        Ok((value, lsn))
    }

    /// The primary's current WAL insert position: at or past the end of every committed
    /// transaction.
    pub async fn current_lsn(&self) -> Result<Lsn, sqlx::Error> {
        let pos = sqlx::query_scalar!(
            r#"SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint AS "pos!""#
        )
        .fetch_one(self.primary())
        .await?;
        Ok(Lsn(u64::try_from(pos).unwrap_or(0)))
    }

    /// Whether the primary answers within `timeout`.
    pub async fn primary_is_up(&self, timeout: Duration) -> bool {
        let ping = sqlx::query_scalar!(r#"SELECT 1 AS "one!""#).fetch_one(self.primary());
        matches!(tokio::time::timeout(timeout, ping).await, Ok(Ok(1)))
    }

    /// Checks the replica once and records what it found.
    pub async fn check_replica(&self) {
        if let Some(replica) = self.replica() {
            health::check(&self.inner.health, self.primary(), replica).await;
        }
    }

    /// Checks the replica every `interval` until the returned task is aborted.
    pub fn spawn_replica_monitor(&self) -> Option<tokio::task::JoinHandle<()>> {
        self.replica()?;
        let db = self.clone();
        let interval = self.inner.health.check_interval();
        Some(tokio::spawn(async move {
            let mut ticker = tokio::time::interval(interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                db.check_replica().await;
            }
        }))
    }

    /// Records pool use as gauges; called when /metrics is scraped.
    pub fn record_pool_metrics(&self) {
        let pools = [
            (PoolKind::Primary, Some(self.primary())),
            (PoolKind::Replica, self.replica()),
        ];
        for (kind, pool) in pools {
            if let Some(pool) = pool {
                let size = f64::from(pool.size());
                let idle = pool.num_idle() as f64;
                metrics::gauge!("haven_db_pool_connections", "pool" => kind.label(), "state" => "idle")
                    .set(idle);
                metrics::gauge!("haven_db_pool_connections", "pool" => kind.label(), "state" => "in_use")
                    .set((size - idle).max(0.0));
                metrics::gauge!("haven_db_pool_max_connections", "pool" => kind.label())
                    .set(f64::from(pool.options().get_max_connections()));
            }
        }
        self.inner.health.record_metrics(self.replica().is_some());
    }
}

/// One request's view of the database. It remembers the WAL position of the caller's last
/// write (from the session, and from writes made during this request), so reads never go to
/// a replica that has not replayed it yet.
#[derive(Clone)]
pub struct DbScope {
    db: Db,
    floor: Option<Lsn>,
    written: Arc<AtomicU64>,
}

impl DbScope {
    /// A scope with nothing to wait for: background jobs, the seed command, tests.
    pub fn new(db: Db) -> Self {
        Self::with_floor(db, None)
    }

    /// A scope whose reads must see everything up to `floor`.
    pub fn with_floor(db: Db, floor: Option<Lsn>) -> Self {
        Self {
            db,
            floor,
            written: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The position reads must have reached: the session's floor or this request's writes.
    pub fn floor(&self) -> Option<Lsn> {
        let written = self.written().map(|l| l.0).unwrap_or(0);
        let floor = self.floor.map(|l| l.0).unwrap_or(0).max(written);
        (floor > 0).then_some(Lsn(floor))
    }

    /// The position of this request's last write, if it wrote.
    pub fn written(&self) -> Option<Lsn> {
        let w = self.written.load(Ordering::Acquire);
        (w > 0).then_some(Lsn(w))
    }

    pub async fn read<T, F, Fut>(&self, f: F) -> Result<T, sqlx::Error>
    where
        F: Fn(PgPool) -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        self.db.read(self.floor(), f).await
    }

    pub async fn write<T, F, Fut>(&self, f: F) -> Result<T, sqlx::Error>
    where
        F: FnOnce(PgPool) -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        let (value, lsn) = self.db.write(f).await?;
        self.written.fetch_max(lsn.0, Ordering::AcqRel);
        Ok(value)
    }
}

fn count_read(kind: PoolKind) {
    metrics::counter!("haven_db_reads_total", "pool" => kind.label()).increment(1);
}

fn connect_options(url: &str) -> Result<PgConnectOptions, sqlx::Error> {
    Ok(PgConnectOptions::from_str(url)?
        .application_name("haven")
        .options([("statement_timeout", "10s")]))
}

fn pool_options(config: &DatabaseConfig, acquire_timeout: Duration) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(config.max_connections)
        .min_connections(0)
        .acquire_timeout(acquire_timeout)
        .idle_timeout(Duration::from_secs(300))
        // Replica connections that broke are noticed when used: a failed replica read falls
        // back to the primary, so a ping before every checkout would only add a round trip.
        .test_before_acquire(false)
}

/// Whether an error means "this server cannot answer now" rather than "this query is wrong".
/// Decided by error kind and SQLSTATE class, never by message text.
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::Protocol(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            // 08: connection exception; 57P0x: shutdown or not accepting connections;
            // 53300: too many connections; 25006: a write reached a server that is read-only,
            // which through HAProxy means a primary that was just demoted (a failover is
            // under way: the next connection reaches the new primary).
            code.starts_with("08") || code.starts_with("57P") || code == "53300" || code == "25006"
        }),
        _ => false,
    }
}

/// On a hot standby, a query cancelled because replay needed what it was reading (SQLSTATE
/// 40001). The same query on the primary has no such conflict.
fn is_recovery_conflict(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(db) if db.code().as_deref() == Some("40001"))
}
