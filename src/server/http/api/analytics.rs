//! `/api/v1/host/analytics`: the owner's dashboard figures. A host sees only their own;
//! another host's listing is a 404.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::analytics::{Report, ReportQuery};
use crate::server::accounts::auth::CurrentUser;
use crate::server::analytics;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Which period, which listing, which buckets.
#[derive(Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct AnalyticsParams {
    /// `7d`, `30d`, `90d` or `365d` (ending today, in the host's time zone), `next30` or
    /// `next90` (from today: what is booked already), or a month `YYYY-MM`. Wins over
    /// `from`/`to`; with none of them, the last 30 days.
    period: Option<String>,
    /// First night, `YYYY-MM-DD` (with `to`).
    from: Option<String>,
    /// Last night, `YYYY-MM-DD`, included; at most 731 nights after `from`.
    to: Option<String>,
    /// Only this listing (one of the caller's).
    listing_id: Option<String>,
    /// The series' buckets: `day`, `week` (default) or `month`.
    granularity: Option<String>,
}

/// The host's figures for a period, compared with the period before and a year earlier,
/// with series, the lead-time histogram and each listing.
///
/// Amounts are in the host's preferred currency (named in `currency`), each booking
/// converted at the exchange rates of the day it was made.
#[utoipa::path(
    get,
    path = "/api/v1/host/analytics",
    operation_id = "host_analytics",
    tag = "analytics",
    security(("bearer" = []), ("session" = [])),
    params(AnalyticsParams),
    responses(
        (status = 200, description = "The figures.", body = Report),
        (status = 400, description = "A malformed period, listing id or granularity (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn host_analytics(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<AnalyticsParams>,
) -> Result<Json<Report>, ApiError> {
    let query = ReportQuery {
        period: params.period,
        from: params.from,
        to: params.to,
        listing_id: params.listing_id,
        granularity: params.granularity,
    };
    let (choice, listing, granularity) = analytics::parse(&query).map_err(ApiError::invalid)?;
    let report = analytics::host_report(
        &db,
        user.id,
        listing,
        choice,
        granularity,
        state.clock.now(),
    )
    .await?;
    Ok(Json(report))
}
