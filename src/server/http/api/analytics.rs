//! `/api/v1/host/analytics`: the owner's dashboard figures. A host sees only their own;
//! another host's listing is a 404.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::account::FieldError;
use crate::app::types::analytics::{Granularity, Report};
use crate::server::accounts::auth::CurrentUser;
use crate::server::analytics::{self, period::Choice};
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

/// Parses the query once: the period, the listing, the granularity.
pub fn parse(p: &AnalyticsParams) -> Result<(Choice, Option<i64>, Granularity), Vec<FieldError>> {
    let choice = Choice::parse(p.period.as_deref(), p.from.as_deref(), p.to.as_deref());
    let nonblank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let listing = match nonblank(&p.listing_id) {
        None => Ok(None),
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(Some)
            .ok_or_else(|| FieldError::new("listing_id", "A listing id is a positive number.")),
    };
    let granularity = match nonblank(&p.granularity) {
        None => Ok(Granularity::default()),
        Some(raw) => Granularity::parse(&raw)
            .ok_or_else(|| FieldError::new("granularity", "Choose day, week or month.")),
    };
    match (choice, listing, granularity) {
        (Ok(c), Ok(l), Ok(g)) => Ok((c, l, g)),
        (c, l, g) => Err([c.err(), l.err(), g.err()].into_iter().flatten().collect()),
    }
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
    let (choice, listing, granularity) = parse(&params).map_err(ApiError::invalid)?;
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
