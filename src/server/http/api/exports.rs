//! `/api/v1/host/reservations.csv` and `/api/v1/host/earnings.csv`: the dashboard's
//! exports, for the period and listing the dashboard shows (the same query parameters,
//! parsed by the same code). A host sees only their own; another host's listing is a 404.
//! Column definitions: `server::analytics::export`.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::analytics::ReportQuery;
use crate::server::accounts::auth::CurrentUser;
use crate::server::analytics::{self, export};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::Extension;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;
use utoipa::IntoParams;

/// Which period and which listing: as `GET /api/v1/host/analytics` takes them.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportParams {
    /// `7d`, `30d`, `90d` or `365d` (ending today, in the host's time zone), `next30` or
    /// `next90` (from today), or a month `YYYY-MM`. Wins over `from`/`to`; with none of
    /// them, the last 30 days.
    period: Option<String>,
    /// First night, `YYYY-MM-DD` (with `to`).
    from: Option<String>,
    /// Last night, `YYYY-MM-DD`, included; at most 731 nights after `from`.
    to: Option<String>,
    /// Only this listing (one of the caller's).
    listing_id: Option<String>,
}

impl ExportParams {
    /// The export of the caller's bookings these parameters ask for, or the 400/404.
    async fn resolve(
        self,
        user: &CurrentUser,
        state: &AppState,
        db: &DbScope,
    ) -> Result<export::Export, ApiError> {
        let query = ReportQuery {
            period: self.period,
            from: self.from,
            to: self.to,
            listing_id: self.listing_id,
            granularity: None,
        };
        let (choice, listing, _) = analytics::parse(&query).map_err(ApiError::invalid)?;
        Ok(export::Export::resolve(db, user.id, listing, choice, state.clock.now()).await?)
    }
}

/// The host's reservations in a period, as CSV (RFC 4180, UTF-8, CRLF, a header row).
///
/// One row per booking of the caller's listings whose stay overlaps the period (a stay
/// crossing its edge whole, with its nights inside in `Nights in period`), whatever its
/// status; earnings are empty for requests pending, declined or expired. Amounts are
/// decimals in the booking's currency and in the host's (named in the header). Text
/// cells starting with `=`, `+`, `-` or `@` get a leading `'`.
#[utoipa::path(
    get,
    path = "/api/v1/host/reservations.csv",
    operation_id = "host_reservations_csv",
    tag = "analytics",
    security(("bearer" = []), ("session" = [])),
    params(ExportParams),
    responses(
        (status = 200, description = "The file, streamed.", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"haven-reservations-<first>-<last>.csv\"`"))),
        (status = 400, description = "A malformed period or listing id (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn reservations_csv(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, ApiError> {
    let e = params.resolve(&user, &state, &db).await?;
    Ok(export::reservations(&db, e).await?)
}

/// The host's earnings lines in a period, as CSV (RFC 4180, UTF-8, CRLF, a header row).
///
/// One line per confirmed, completed or cancelled booking of the caller's listings whose
/// stay overlaps the period: its money in its own currency, and its share of the period
/// (nights inside ÷ nights) in the host's. `Earnings in period` adds up to the
/// dashboard's earnings for the same query, to the cent.
#[utoipa::path(
    get,
    path = "/api/v1/host/earnings.csv",
    operation_id = "host_earnings_csv",
    tag = "analytics",
    security(("bearer" = []), ("session" = [])),
    params(ExportParams),
    responses(
        (status = 200, description = "The file, streamed.", content_type = "text/csv", body = String,
         headers(("Content-Disposition" = String, description = "`attachment; filename=\"haven-earnings-<first>-<last>.csv\"`"))),
        (status = 400, description = "A malformed period or listing id (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn earnings_csv(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, ApiError> {
    let e = params.resolve(&user, &state, &db).await?;
    Ok(export::earnings(&db, e).await?)
}
