//! `POST /api/v1/ai/itinerary` and a booking's saved plan (`GET
//! /api/v1/bookings/{id}/itinerary`, `.ics`).

use super::assistant::bad;
use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::app::types::ids::BookingId;
use crate::app::types::itinerary::{Itinerary, ItineraryRequest};
use crate::server::accounts::auth::{CurrentUser, MaybeUser};
use crate::server::assistant::itinerary::{self, Stay, checked_wishes, date, ics, store};
use crate::server::assistant::{local_date, planner, weather};
use crate::server::http::extract::{ApiJson, ClientIp, IdPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use time::Duration;

/// Plans a stay day by day.
///
/// For a booking of the signed-in guest (`booking_id`: the plan is saved with the trip
/// and shown on its page), or for any active listing with `check_in` and `check_out` (not
/// saved). Morning, afternoon and evening from the places near the stay (the host's
/// guidebook first), each visit inside the place's opening hours that day; nearby places
/// on the same day within the day's travel limit (8 km on foot, 30 km by transit);
/// outdoor places on the days with the best weather; no place twice; arrival and
/// departure days light. Deterministic: the same request gives the same plan. Pins
/// (`locked`) stay where they are; `dropped` places never appear. Omitted fields of a
/// booking's request keep the saved plan's.
#[utoipa::path(
    post,
    path = "/api/v1/ai/itinerary",
    operation_id = "ai_itinerary",
    tag = "assistant",
    request_body = ItineraryRequest,
    security((), ("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The plan, day by day.", body = Itinerary),
        (status = 400, description = "A field is missing or malformed, or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "A `booking_id` without valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of yours, or no active listing, has this id.", body = ErrorBody),
        (status = 409, description = "The booking will not take place.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 422, description = "A pin cannot be kept (closed then, two in one slot, too far, no longer near).", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn itinerary(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ClientIp(ip): ClientIp,
    MaybeUser(user): MaybeUser,
    ApiJson(req): ApiJson<ItineraryRequest>,
) -> Result<Json<Itinerary>, ApiError> {
    state.limits.assistant(ip)?;
    let now = state.clock.now();
    let (stay, saved) = match (req.booking_id, req.listing_id) {
        (Some(_), Some(_)) => {
            return Err(bad(
                "booking_id",
                "Give a `booking_id` or a `listing_id`, not both.",
            ));
        }
        (Some(booking), None) => {
            let user = user.as_ref().ok_or(AppError::Unauthorized)?;
            if booking < 1 {
                return Err(AppError::NotFound("Booking".into()).into());
            }
            let stay = store::stay_of(&db, user.id, booking).await?;
            let saved = store::load(&db, booking).await?;
            (stay, saved)
        }
        (None, Some(listing)) => (listing_stay(&db, listing, &req, now).await?, None),
        (None, None) => {
            return Err(bad(
                "booking_id",
                "Give a `booking_id`, or a `listing_id` with `check_in` and `check_out`.",
            ));
        }
    };
    let before = saved.as_ref().map(store::wishes_of).unwrap_or_default();
    let wishes = checked_wishes(
        req.preferences.unwrap_or(before.preferences),
        req.locked.unwrap_or(before.locked),
        req.dropped.unwrap_or(before.dropped),
        &stay,
    )?;
    let who = crate::server::assistant::llm::caller(user.map(|u| u.id), ip);
    let plan = itinerary::make(&db, &state.config, &stay, &wishes, now, &who).await?;
    if let Some(booking) = stay.booking_id {
        store::save(&db, booking, &plan).await?;
    }
    Ok(Json(plan))
}

/// An active listing's stay for the request's dates: within a year, 1 to 30 nights.
async fn listing_stay(
    db: &DbScope,
    listing: i64,
    req: &ItineraryRequest,
    now: time::OffsetDateTime,
) -> Result<Stay, ApiError> {
    let day = |field: &'static str, raw: &Option<String>| {
        raw.as_deref()
            .and_then(date)
            .ok_or_else(|| bad(field, &format!("Give `{field}` as a date, YYYY-MM-DD.")))
    };
    let (check_in, check_out) = (
        day("check_in", &req.check_in)?,
        day("check_out", &req.check_out)?,
    );
    let nights = (check_out - check_in).whole_days();
    if !(1..=planner::MAX_NIGHTS).contains(&nights) {
        return Err(bad(
            "check_out",
            "Plan 1 to 30 nights: `check_out` after `check_in`.",
        ));
    }
    if listing < 1 {
        return Err(AppError::NotFound("Listing".into()).into());
    }
    let place = weather::place::of_listing(db, listing)
        .await?
        .ok_or_else(|| ApiError::from(AppError::NotFound("Listing".into())))?;
    let today = local_date(now, Some(&place.time_zone));
    if check_in < today - Duration::days(1) || check_out > today + Duration::days(366) {
        return Err(bad("check_in", "Plan a stay from today to a year ahead."));
    }
    Ok(Stay {
        booking_id: None,
        listing_id: listing,
        place,
        check_in,
        check_out,
    })
}

/// A booking's saved plan.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}/itinerary",
    operation_id = "booking_itinerary",
    tag = "assistant",
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The plan saved with the trip.", body = Itinerary),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of yours has this id, or it has no plan yet.", body = ErrorBody),
        (status = 409, description = "The booking will not take place.", body = ErrorBody),
    )
)]
pub async fn saved(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Json<Itinerary>, ApiError> {
    store::stay_of(&db, user.id, id.get()).await?;
    let plan = store::load(&db, id.get())
        .await?
        .ok_or_else(|| AppError::NotFound("Plan".into()))?;
    Ok(Json(plan))
}

/// A booking's saved plan as a calendar file.
///
/// One event per visit, in UTC, with the place, its hours that day and its location: for
/// any calendar app.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}/itinerary.ics",
    operation_id = "booking_itinerary_ics",
    tag = "assistant",
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The plan as iCalendar.", content_type = "text/calendar", body = String),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of yours has this id, or it has no plan yet.", body = ErrorBody),
        (status = 409, description = "The booking will not take place.", body = ErrorBody),
    )
)]
pub async fn saved_ics(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Response, ApiError> {
    let Json(plan) = saved(user, Extension(db), IdPath(id)).await?;
    let domain = state
        .config
        .mail
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("haven.local")
        .split(['/', ':'])
        .next()
        .unwrap_or("haven.local")
        .to_string();
    let body = ics::calendar(&plan, &domain, state.clock.now());
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"haven-trip-{}.ics\"", id.get()),
            ),
        ],
        body,
    )
        .into_response())
}
