//! `GET /api/v1/exchange-rates`: the rates display prices are converted at.

use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::server::platform::state::AppState;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use std::collections::BTreeMap;

/// One day's exchange rates, in units of each currency per US dollar.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ExchangeRatesBody {
    /// The day the rates are of (`YYYY-MM-DD`).
    #[schema(example = "2026-10-30")]
    pub date: String,
    /// `ecb`: the European Central Bank's reference rates, fetched daily; `bundled`: the
    /// table Haven ships (not live: its day does not move).
    #[schema(example = "bundled")]
    pub source: String,
    /// Always `USD`: every rate is units of that currency per dollar.
    #[schema(example = "USD")]
    pub base: String,
    /// ISO 4217 code → units per US dollar (30 currencies, the dollar itself at 1).
    #[schema(example = json!({"EUR": 0.895095, "JPY": 157.25, "USD": 1.0}))]
    pub rates: BTreeMap<String, f64>,
}

/// The exchange rates display prices are converted at.
///
/// Display only: a booking is charged in its listing's currency, and keeps the rates of
/// the day it was made. Anyone may ask.
#[utoipa::path(
    get,
    path = "/api/v1/exchange-rates",
    operation_id = "exchange_rates",
    tag = "listings",
    responses(
        (status = 200, description = "The current rates and the day they are of.", body = ExchangeRatesBody),
        (status = 503, description = "The rates cannot be read just now.", body = ErrorBody),
    )
)]
pub async fn exchange_rates(
    State(state): State<AppState>,
) -> Result<Json<ExchangeRatesBody>, ApiError> {
    let rates = crate::server::currency::current::rates(&state)
        .await
        .ok_or(AppError::Unavailable)?;
    Ok(Json(ExchangeRatesBody {
        date: rates.date.clone(),
        source: match rates.source {
            crate::app::types::currency::RateSource::Bundled => "bundled".into(),
            crate::app::types::currency::RateSource::Ecb => "ecb".into(),
        },
        base: "USD".into(),
        rates: rates
            .per_usd
            .iter()
            .map(|(c, r)| (c.code().to_owned(), *r))
            .collect(),
    }))
}
