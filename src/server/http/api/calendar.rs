//! `/api/v1/listings/{id}/calendar`: a listing's nights as its host manages them. Only the
//! listing's host may read or change them.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::booking::{CalendarUpdate, HostCalendar};
use crate::app::types::ids::ListingId;
use crate::app::types::stay::Day;
use crate::server::accounts::auth::CurrentUser;
use crate::server::bookings::calendar;
use crate::server::hosting;
use crate::server::http::extract::{ApiJson, IdPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// The window of a host calendar.
#[derive(Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct CalendarParams {
    /// First night, `YYYY-MM-DD` (default: today at the listing).
    from: Option<String>,
    /// How many nights (1 to 400, default 90).
    days: Option<String>,
}

/// A listing's calendar as its host manages it: each night's price, blocks and bookings.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/calendar",
    operation_id = "get_calendar",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing."), CalendarParams),
    responses(
        (status = 200, description = "The nights.", body = HostCalendar),
        (status = 400, description = "`from` or `days` malformed (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing has this id, or it was deleted.", body = ErrorBody),
    )
)]
pub async fn get_calendar(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiQuery(params): ApiQuery<CalendarParams>,
) -> Result<Json<HostCalendar>, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    let bad = |field: &str, message: &str| {
        ApiError::invalid(vec![crate::app::types::account::FieldError::new(
            field, message,
        )])
    };
    let days = match params
        .days
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => 90,
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|d| (1..=calendar::MAX_NIGHTS).contains(d))
            .ok_or_else(|| bad("days", "`days` is a whole number from 1 to 400."))?,
    };
    let now = state.clock.now();
    let from = match params
        .from
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => now.date(),
        Some(raw) => {
            Day::parse_date(raw).ok_or_else(|| bad("from", "Use a date like 2026-12-24."))?
        }
    };
    Ok(Json(
        calendar::host_calendar(&db, id.get(), from, days, now).await?,
    ))
}

/// Block or open nights and set their prices, all or none.
///
/// Blocking a night that a booking holds is refused (409); nights in the past cannot
/// change (422).
#[utoipa::path(
    put,
    path = "/api/v1/listings/{id}/calendar",
    operation_id = "update_calendar",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    request_body = CalendarUpdate,
    responses(
        (status = 200, description = "The nights changed, as they are now.", body = HostCalendar),
        (status = 400, description = "A change is malformed (named in `field`, e.g. `changes[1].to`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing has this id, or it was deleted.", body = ErrorBody),
        (status = 409, description = "A night to block is booked.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 422, description = "A night in the past, or more than two years ahead.", body = ErrorBody),
    )
)]
pub async fn update_calendar(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiJson(update): ApiJson<CalendarUpdate>,
) -> Result<Json<HostCalendar>, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    let changes = calendar::parse(&update.changes).map_err(ApiError::invalid)?;
    let from = changes
        .iter()
        .map(|c| c.from)
        .min()
        .unwrap_or(time::Date::MIN);
    let to = changes
        .iter()
        .map(|c| c.to)
        .max()
        .unwrap_or(time::Date::MIN);
    let now = state.clock.now();
    calendar::update(&db, id.get(), changes, now).await?;
    let days = (to - from).whole_days();
    Ok(Json(
        calendar::host_calendar(&db, id.get(), from, days, now).await?,
    ))
}
