//! Where the exchange rates come from, and keeping them: the `ExchangeRates` providers
//! (the ECB's feed, or the rates Haven ships), the daily refresh the worker runs, and the
//! table (`exchange_rates`, units per US dollar) they are kept in.

use super::ecb::{self, EcbDay};
use crate::server::platform::state::AppState;
use sqlx::PgPool;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum RatesError {
    #[error("the rates could not be fetched: {0}")]
    Fetch(String),
    #[error("the rates feed is not usable: {0}")]
    Feed(#[from] ecb::EcbError),
    #[error("the feed has no US dollar rate, which every other rate is kept against")]
    NoDollar,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// A source of exchange rates: the latest day it has, or `None` when it has nothing newer
/// than what Haven holds.
pub trait ExchangeRates: Send + Sync {
    fn latest(&self) -> impl Future<Output = Result<Option<EcbDay>, RatesError>> + Send;
}

/// The rates Haven ships (a migration's rows): never anything newer.
pub struct Bundled;

impl ExchangeRates for Bundled {
    async fn latest(&self) -> Result<Option<EcbDay>, RatesError> {
        Ok(None)
    }
}

/// The ECB's daily XML feed at `url`.
pub struct EcbFeed {
    url: String,
    client: reqwest::Client,
}

/// The feed is about 2 KB; anything much larger is not it.
const MAX_FEED_BYTES: usize = 64 * 1024;

impl EcbFeed {
    pub fn new(url: &str, timeout: Duration) -> Result<Self, RatesError> {
        let client = crate::server::assistant::http_client(timeout).map_err(RatesError::Fetch)?;
        Ok(Self {
            url: url.to_owned(),
            client,
        })
    }
}

impl ExchangeRates for EcbFeed {
    async fn latest(&self) -> Result<Option<EcbDay>, RatesError> {
        let response = self
            .client
            .get(&self.url)
            .send()
            .await
            .map_err(|e| RatesError::Fetch(e.to_string()))?;
        if !response.status().is_success() {
            return Err(RatesError::Fetch(format!("HTTP {}", response.status())));
        }
        let body = crate::server::assistant::read_capped(response, MAX_FEED_BYTES)
            .await
            .map_err(RatesError::Fetch)?;
        let text = String::from_utf8(body).map_err(|_| RatesError::Fetch("not UTF-8".into()))?;
        Ok(Some(ecb::parse(&text)?))
    }
}

/// Keeps one day's rates: every currency the feed has, converted to units per US dollar,
/// in one transaction. A day older than the one kept changes nothing. Returns whether the
/// table changed.
pub async fn save(pool: &PgPool, day: &EcbDay) -> Result<bool, RatesError> {
    let dollar = *day.per_eur.get("USD").ok_or(RatesError::NoDollar)?;
    let mut codes = vec!["EUR".to_owned()];
    let mut per_usd = vec![1.0 / dollar];
    for (code, per_eur) in &day.per_eur {
        codes.push(code.clone());
        per_usd.push(per_eur / dollar);
    }
    let mut tx = pool.begin().await?;
    let kept = sqlx::query_scalar!("SELECT max(rate_date) FROM exchange_rates")
        .fetch_one(&mut *tx)
        .await?;
    if kept.is_some_and(|kept| kept > day.date) {
        return Ok(false);
    }
    sqlx::query!(
        r#"INSERT INTO exchange_rates (currency, per_usd, rate_date, source, updated_at)
           SELECT c, round(r::numeric, 6), $3, 'ecb', now()
           FROM unnest($1::text[], $2::float8[]) AS t(c, r)
           ON CONFLICT (currency) DO UPDATE
               SET per_usd = EXCLUDED.per_usd, rate_date = EXCLUDED.rate_date,
                   source = EXCLUDED.source, updated_at = EXCLUDED.updated_at"#,
        &codes,
        &per_usd,
        day.date
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// How long fetched rates are fresh: the ECB publishes once a working day.
const FRESH_FOR: Duration = Duration::from_secs(12 * 3600);
/// After a failed fetch, the next try waits this long.
const RETRY_AFTER: Duration = Duration::from_secs(3600);

static LAST_TRY: Mutex<Option<Instant>> = Mutex::new(None);

/// The worker's daily refresh: when the kept rates are older than [`FRESH_FOR`], one app
/// server (an advisory lock) asks `provider` and keeps what it answers. A failure is
/// logged and tried again an hour later; the old rates stay meanwhile.
pub async fn refresh_due(pool: &PgPool, provider: &impl ExchangeRates) -> Result<bool, RatesError> {
    {
        let last = LAST_TRY.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_some_and(|at| at.elapsed() < RETRY_AFTER) {
            return Ok(false);
        }
    }
    let fetched_age = sqlx::query_scalar!(
        r#"SELECT extract(epoch FROM now() - max(updated_at))::float8 AS "age"
           FROM exchange_rates WHERE source = 'ecb'"#
    )
    .fetch_one(pool)
    .await?;
    if fetched_age.is_some_and(|age| age < FRESH_FOR.as_secs_f64()) {
        return Ok(false);
    }
    refresh(pool, provider).await
}

/// Asks `provider` now and keeps what it answers, unless another app server is doing so.
pub async fn refresh(pool: &PgPool, provider: &impl ExchangeRates) -> Result<bool, RatesError> {
    *LAST_TRY.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    let mut lock = pool.acquire().await?;
    // Any 64-bit key of Haven's own: "fxrates".
    let key: i64 = 0x66_7872_6174_6573;
    let locked = sqlx::query_scalar!("SELECT pg_try_advisory_lock($1)", key)
        .fetch_one(&mut *lock)
        .await?
        .unwrap_or(false);
    if !locked {
        return Ok(false);
    }
    let outcome = match provider.latest().await {
        Ok(Some(day)) => save(pool, &day).await,
        Ok(None) => Ok(false),
        Err(e) => Err(e),
    };
    let _ = sqlx::query_scalar!("SELECT pg_advisory_unlock($1)", key)
        .fetch_one(&mut *lock)
        .await;
    outcome
}

/// The worker's step: the ECB feed when `HAVEN_ECB_URL` is set, else nothing to do.
pub async fn worker_step(state: &AppState) {
    let Some(url) = state.config.ecb_url.as_deref() else {
        return;
    };
    let provider = match EcbFeed::new(url, Duration::from_secs(10)) {
        Ok(p) => p,
        Err(e) => {
            tracing::warn!(error = %e, "exchange rates: no client");
            return;
        }
    };
    match refresh_due(state.db.primary(), &provider).await {
        Ok(true) => tracing::info!("exchange rates refreshed from the ECB"),
        Ok(false) => {}
        Err(e) => tracing::warn!(error = %e, "exchange rates not refreshed; the kept ones stay"),
    }
}
