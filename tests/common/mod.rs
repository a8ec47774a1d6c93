//! Integration-test support: one fresh database per test, cloned from a migrated template
//! on the real local primary (and visible on the real replica through streaming), and the
//! real application router around it. Requests and what tests read from responses are in
//! `api.rs`, signing people up and in in `accounts.rs`; a test file uses these rather
//! than a copy of its own.
#![allow(dead_code)] // Each test binary uses a different part of this module.

pub mod accounts;
pub mod api;
pub mod proxy;

#[allow(unused_imports)] // As `dead_code` above: not every binary sends every way.
pub use api::{TestResponse, call, get, lisbon_loft, metric, request, send, send_request, upload};

use axum::Router;
use haven::server::http;
use haven::server::platform::config::{Config, DatabaseConfig, Secret};
use haven::server::platform::db::{Db, Lsn};
use haven::server::platform::ratelimit::RateLimits;
use haven::server::platform::state::AppState;
use haven::server::platform::{migrate, telemetry};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::OnceCell;

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

/// Base URLs (no database) of the local primary and replica; see scripts/env.sh.
pub fn primary_base() -> String {
    env_or("HAVEN_PG_BASE", "postgres://haven@127.0.0.1:55432")
}

pub fn replica_base() -> String {
    env_or("HAVEN_PG_REPLICA_BASE", "postgres://haven@127.0.0.1:55433")
}

/// A URL where nothing listens: a server that is down.
pub const DEAD_URL: &str = "postgres://haven@127.0.0.1:9/haven";

static TEMPLATE: OnceCell<String> = OnceCell::const_new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The migrated template, created once per migration set (its name carries a hash of the
/// migrations), under an advisory lock so parallel test processes do not race.
async fn template() -> &'static str {
    TEMPLATE
        .get_or_init(|| async {
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            let mut files: Vec<_> = std::fs::read_dir("migrations")
                .expect("migrations/")
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            files.sort();
            for f in files {
                for b in std::fs::read(f).expect("migration file") {
                    hash = (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
                }
            }
            let name = format!("haven_tpl_{:012x}", hash & 0xffff_ffff_ffff);
            let mut admin = admin().await;
            sqlx::query("SELECT pg_advisory_lock(727274)")
                .execute(&mut admin)
                .await
                .expect("lock");
            let exists: bool =
                sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                    .bind(&name)
                    .fetch_one(&mut admin)
                    .await
                    .expect("template lookup");
            if !exists {
                let building = format!("{name}_building");
                sqlx::query(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
                    .execute(&mut admin)
                    .await
                    .expect("drop stale template");
                sqlx::query(&format!("CREATE DATABASE {building}"))
                    .execute(&mut admin)
                    .await
                    .expect("create template");
                let pool = PgPool::connect(&format!("{}/{building}", primary_base()))
                    .await
                    .expect("connect template");
                migrate::run(&pool).await.expect("migrate template");
                pool.close().await;
                sqlx::query(&format!("ALTER DATABASE {building} RENAME TO {name}"))
                    .execute(&mut admin)
                    .await
                    .expect("publish template");
            }
            sqlx::query("SELECT pg_advisory_unlock(727274)")
                .execute(&mut admin)
                .await
                .expect("unlock");
            sweep_finished_runs(&mut admin).await;
            name
        })
        .await
}

async fn admin() -> PgConnection {
    PgConnectOptions::from_str(&format!("{}/postgres", primary_base()))
        .expect("admin url")
        .connect()
        .await
        .expect("the local primary must be running: make db")
}

/// Drops the databases of earlier test processes that have ended (their process id, in
/// the name, no longer runs), so local runs do not fill the disk. One still in use (a
/// process id reused meanwhile) refuses the drop and stays.
async fn sweep_finished_runs(admin: &mut PgConnection) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'haven\\_t\\_%'")
            .fetch_all(&mut *admin)
            .await
            .unwrap_or_default();
    for name in names {
        let pid = name.split('_').nth(2).and_then(|p| p.parse::<u32>().ok());
        let running = pid.is_none_or(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
        if !running {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
                .execute(&mut *admin)
                .await;
        }
    }
}

/// A database of its own for one test, on the primary and (by replication) the replica.
pub struct TestDb {
    pub name: String,
}

impl TestDb {
    pub async fn new() -> Self {
        let template = template().await;
        // The process id and a counter keep names apart within a run; the random part keeps
        // them apart from databases left by earlier runs whose process id was the same.
        let name = format!(
            "haven_t_{}_{}_{:08x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            rand::random::<u32>()
        );
        let mut admin = admin().await;
        sqlx::query(&format!("CREATE DATABASE {name} TEMPLATE {template}"))
            .execute(&mut admin)
            .await
            .expect("clone template");
        let db = Self { name };
        db.wait_for_replica().await;
        db
    }

    pub fn primary_url(&self) -> String {
        format!("{}/{}", primary_base(), self.name)
    }

    pub fn replica_url(&self) -> String {
        format!("{}/{}", replica_base(), self.name)
    }

    /// The CREATE DATABASE reaches the replica by streaming; wait until it can connect.
    async fn wait_for_replica(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match PgConnection::connect(&self.replica_url()).await {
                Ok(c) => {
                    let _ = c.close().await;
                    return;
                }
                Err(e) if Instant::now() > deadline => {
                    panic!("replica never got {}: {e}", self.name)
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    }

    pub async fn primary_pool(&self) -> PgPool {
        pool(&self.primary_url()).await
    }

    /// A `Db` over this database: the real primary, and the replica at `replica_url`.
    pub fn db(&self, replica_url: Option<&str>) -> Db {
        let config = database_config(&self.primary_url(), replica_url);
        Db::connect_lazy(&config).expect("db")
    }

    /// A `Db` over this database with the real replica, checked until it serves reads.
    pub async fn replicated(&self) -> Db {
        let db = self.db(Some(&self.replica_url()));
        until_replica_serves(&db, None).await;
        db
    }

    /// Loads deterministic demo data.
    pub async fn seed(&self, listings: u32) {
        let pool = self.primary_pool().await;
        haven::server::seed::seed(&pool, listings, 11)
            .await
            .expect("seed");
        pool.close().await;
    }
}

pub async fn pool(url: &str) -> PgPool {
    PgPoolOptions::new()
        .max_connections(4)
        .connect(url)
        .await
        .expect("connect")
}

pub fn database_config(primary: &str, replica: Option<&str>) -> DatabaseConfig {
    DatabaseConfig {
        primary_url: Secret::new(primary),
        replica_url: replica.map(Secret::new),
        max_connections: 4,
        acquire_timeout: Duration::from_secs(2),
        replica_max_lag: Duration::from_secs(5),
        replica_check_interval: Duration::from_millis(100),
    }
}

/// Checks the replica until it may serve reads that must see `after`.
pub async fn until_replica_serves(db: &Db, after: Option<Lsn>) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        db.check_replica().await;
        if db.health().can_serve(after) {
            return;
        }
        assert!(Instant::now() < deadline, "replica did not catch up");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The application router around `db`, as `haven serve` builds it.
pub fn app(db: Db) -> Router {
    http::router(state(db))
}

/// The application router with configuration changed by `tweak`.
pub fn app_with(db: Db, tweak: impl FnOnce(&mut Config)) -> Router {
    http::router(state_with(db, tweak))
}

/// The application state with configuration changed by `tweak`, for tests that also run
/// what the router does not (background jobs, the media folder).
pub fn state_with(db: Db, tweak: impl FnOnce(&mut Config)) -> AppState {
    let mut state = state(db);
    tweak(Arc::make_mut(&mut state.config));
    state.limits = Arc::new(RateLimits::from_config(&state.config));
    state
}

/// The application state around `db`, with default configuration.
pub fn state(db: Db) -> AppState {
    let mut config = Config::from_lookup(|_| None).expect("default config");
    // Uploaded photos go to a scratch folder, not the working tree.
    config.media_dir =
        std::env::temp_dir().join(format!("haven-test-media-{}", std::process::id()));
    let leptos_options = leptos::config::LeptosOptions::builder()
        .output_name("haven")
        .site_root("target/site")
        .site_pkg_dir("pkg")
        .hash_files(false)
        .build();
    AppState {
        media: haven::server::platform::media::MediaStore::from_config(&config)
            .expect("media store"),
        limits: Arc::new(RateLimits::from_config(&config)),
        config: Arc::new(config),
        db,
        leptos_options,
        metrics: telemetry::metrics_handle().expect("metrics"),
        caches: Arc::default(),
        clock: haven::server::platform::clock::Clock::default(),
        payments: Arc::new(haven::server::platform::payments::OfflineProvider),
        views: Arc::default(),
    }
}

/// Inserts a minimal active listing owned by the first user; returns its id.
pub async fn insert_listing(pool: &PgPool, title: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        r#"
        INSERT INTO listings (host_id, title, description, property_type, address, city, country,
                              country_code, latitude, longitude, price_per_night_minor,
                              cleaning_fee_minor, max_guests, bedrooms, beds, bathrooms)
        SELECT id, $1, 'A test listing.', 'loft', '1 Test St', 'Porto', 'Portugal', 'PT',
               41.15, -8.61, 9900, 1500, 2, 1, 1, 1
        FROM users ORDER BY created_at LIMIT 1
        RETURNING id
        "#,
    )
    .bind(title)
    .fetch_one(pool)
    .await
}

/// Whether the statement ran on a standby: proof of which server served a read.
pub async fn in_recovery(pool: &PgPool) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT pg_is_in_recovery()")
        .fetch_one(pool)
        .await
}

/// Whether `db` served a read that must see `after` from the replica (a standby), as the
/// server itself proves it rather than as `Db::choose` predicts it.
pub async fn read_ran_on_standby(db: &Db, after: Option<Lsn>) -> bool {
    db.read(after, |pool| async move { in_recovery(&pool).await })
        .await
        .expect("read")
}

/// Pauses (or lists again) a listing, directly in the database.
pub async fn set_active(pool: &PgPool, listing: i64, active: bool) {
    sqlx::query("UPDATE listings SET is_active = $2 WHERE id = $1")
        .bind(listing)
        .bind(active)
        .execute(pool)
        .await
        .expect("is_active");
}

/// A PNG with a gradient, so different sizes make different photos.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let gradient = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
    });
    image::DynamicImage::ImageRgb8(gradient)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .expect("encode png");
    bytes
}
