//! The dashboard's server function: the same report as `GET /api/v1/host/analytics`.

use crate::app::types::AppError;
use crate::app::types::analytics::Report;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The signed-in host's report for the period and listing asked for (the page's query).
#[server(prefix = "/api/fn", endpoint = "host_report", input = GetUrl)]
pub async fn host_report(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    listing_id: Option<String>,
    granularity: Option<String>,
) -> Result<Report, AppError> {
    use crate::app::types::analytics::ReportQuery;
    use crate::server::analytics;
    let host = crate::server::accounts::auth::require_user().await?;
    let query = ReportQuery {
        period,
        from,
        to,
        listing_id,
        granularity,
    };
    let values = [
        ("period", &query.period),
        ("from", &query.from),
        ("to", &query.to),
        ("listing_id", &query.listing_id),
        ("granularity", &query.granularity),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.clone().map(|v| (k.to_string(), v)))
    .collect();
    let (choice, listing, granularity) =
        analytics::parse(&query).map_err(|errors| AppError::Form { errors, values })?;
    let state = crate::server::platform::request::state()?;
    let db = crate::server::platform::request::db().await?;
    analytics::host_report(&db, host, listing, choice, granularity, state.clock.now()).await
}
