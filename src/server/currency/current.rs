//! The rates a page converts display prices with: the `exchange_rates` table, read at most
//! every ten minutes per app server (the cache's lifetime), from the replica.

use crate::app::types::currency::{Currency, RateSource, Rates};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use std::sync::Arc;

/// The current rates; `None` only when the database cannot be read and nothing is cached
/// (the pages then show each price in its own currency).
pub async fn rates(state: &AppState) -> Option<Arc<Rates>> {
    if let Some(rates) = state.caches.rates.get("rates") {
        return Some(rates);
    }
    let db = DbScope::new(state.db.clone());
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT currency::text AS "currency!", per_usd::float8 AS "per_usd!",
                          rate_date, source
                   FROM exchange_rates ORDER BY currency"#
            )
            .fetch_all(&pool)
            .await
        })
        .await;
    let rows = match rows {
        Ok(rows) => rows,
        Err(e) => {
            tracing::warn!(error = %e, "exchange rates not readable; prices in their own currencies");
            return None;
        }
    };
    let date = rows
        .iter()
        .filter_map(|r| r.rate_date)
        .max()
        .map(|d| d.to_string())
        .unwrap_or_default();
    let source = if rows.iter().any(|r| r.source == "ecb") {
        RateSource::Ecb
    } else {
        RateSource::Bundled
    };
    let rates = Arc::new(Rates {
        date,
        source,
        per_usd: rows
            .iter()
            .filter_map(|r| Some((Currency::from_code(&r.currency)?, r.per_usd)))
            .collect(),
    });
    state.caches.rates.put("rates".into(), rates.clone());
    Some(rates)
}
