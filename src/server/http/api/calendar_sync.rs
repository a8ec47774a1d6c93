//! Calendar sync: a listing's imported calendars (`/api/v1/listings/{id}/calendar-feeds`),
//! its conflicts, its private export address (`/api/v1/listings/{id}/ical`), and the
//! export itself (`/api/v1/ical/{token}`, no sign-in: the secret address is the key).
//! Only the listing's host reaches the first ones; for anyone else the listing is unknown.

use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::app::types::calendar_sync::{
    CalendarExport, CalendarFeed, CalendarSync, FeedName, NewCalendarFeed,
};
use crate::app::types::ids::{CalendarConflictId, CalendarFeedId, ListingId};
use crate::server::accounts::auth::CurrentUser;
use crate::server::calendar_sync::{address::FeedUrl, export, feeds};
use crate::server::http::extract::{ApiJson, IdPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::rejection::RawPathParamsRejection;
use axum::extract::{RawPathParams, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use sha2::{Digest, Sha256};

/// The imported calendars of a listing, how each one's last sync went, and the events
/// that clash with bookings.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/calendar-feeds",
    operation_id = "list_calendar_feeds",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The calendars and conflicts.", body = CalendarSync),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn list(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<CalendarSync>, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    let now = state.clock.now();
    Ok(Json(CalendarSync {
        listing_id: id.get(),
        feeds: feeds::feeds(&db, id.get(), None, now).await?,
        conflicts: feeds::conflicts(&db, id.get()).await?,
    }))
}

/// Import another site's calendar: its events become blocked nights, synced at once and
/// then every 15 minutes.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/calendar-feeds",
    operation_id = "add_calendar_feed",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    request_body = NewCalendarFeed,
    responses(
        (status = 201, description = "Added; its first sync is on its way.", body = CalendarFeed),
        (status = 400, description = "The name or address is not acceptable (`field`: `name` or `url`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
        (status = 409, description = "This listing already imports that address.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 422, description = "The listing imports the most calendars it may (20).", body = ErrorBody),
    )
)]
pub async fn add(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiJson(body): ApiJson<NewCalendarFeed>,
) -> Result<Response, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    let name = FeedName::parse(&body.name);
    let url = FeedUrl::parse(&body.url, state.config.ical.allow_private);
    let (name, url) = match (name, url) {
        (Ok(n), Ok(u)) => (n, u),
        (n, u) => {
            let errors = n.err().into_iter().chain(u.err()).collect();
            return Err(ApiError::invalid(errors));
        }
    };
    let feed = feeds::add(&db, id.get(), &name, &url, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(feed)).into_response())
}

/// Stop importing a calendar: the nights it blocked are freed, its conflicts go.
#[utoipa::path(
    delete,
    path = "/api/v1/listings/{id}/calendar-feeds/{feed_id}",
    operation_id = "remove_calendar_feed",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(
        ("id" = i64, Path, minimum = 1, description = "The listing."),
        ("feed_id" = i64, Path, minimum = 1, description = "The imported calendar."),
    ),
    responses(
        (status = 204, description = "Removed."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id, or it imports no such calendar.", body = ErrorBody),
    )
)]
pub async fn remove(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    IdPath(feed): IdPath<CalendarFeedId>,
) -> Result<StatusCode, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    feeds::remove(&db, id.get(), feed.get(), state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Sync a calendar now rather than at its next turn (at most once a minute).
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/calendar-feeds/{feed_id}/sync",
    operation_id = "sync_calendar_feed",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(
        ("id" = i64, Path, minimum = 1, description = "The listing."),
        ("feed_id" = i64, Path, minimum = 1, description = "The imported calendar."),
    ),
    responses(
        (status = 202, description = "Queued: the worker fetches it within seconds.", body = CalendarFeed),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id, or it imports no such calendar.", body = ErrorBody),
        (status = 429, description = "Synced on request less than a minute ago; `Retry-After` says when.", body = ErrorBody),
    )
)]
pub async fn sync(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    IdPath(feed): IdPath<CalendarFeedId>,
) -> Result<Response, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    let feed = feeds::request_sync(&db, id.get(), feed.get(), state.clock.now()).await?;
    Ok((StatusCode::ACCEPTED, Json(feed)).into_response())
}

/// Set a conflict aside: it stays listed as seen while the clash lasts.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/calendar-conflicts/{conflict_id}/dismiss",
    operation_id = "dismiss_calendar_conflict",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(
        ("id" = i64, Path, minimum = 1, description = "The listing."),
        ("conflict_id" = i64, Path, minimum = 1, description = "The conflict."),
    ),
    responses(
        (status = 204, description = "Set aside."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id, or no such conflict.", body = ErrorBody),
    )
)]
pub async fn dismiss(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    IdPath(conflict): IdPath<CalendarConflictId>,
) -> Result<StatusCode, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    feeds::dismiss(&db, id.get(), conflict.get()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The listing's private calendar address, for other sites to import.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/ical",
    operation_id = "get_calendar_export",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The address.", body = CalendarExport),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn export_address(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<CalendarExport>, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    let public = &state.config.mail.public_url;
    Ok(Json(export::export(&db, id.get(), public).await?))
}

/// Replace the listing's calendar address: the old one stops working at once.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/ical/regenerate",
    operation_id = "regenerate_calendar_export",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The new address.", body = CalendarExport),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of the caller's has this id.", body = ErrorBody),
    )
)]
pub async fn regenerate(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<CalendarExport>, ApiError> {
    feeds::own_listing(&db, user.id, id.get()).await?;
    let public = &state.config.mail.public_url;
    Ok(Json(export::regenerate(&db, id.get(), public).await?))
}

/// A listing's calendar as iCalendar (RFC 5545): booked nights ("Reserved") and the host's
/// own blocks ("Not available") from today on, as all-day events. No sign-in: the secret
/// address is the key. Answers 304 to a matching `If-None-Match`.
#[utoipa::path(
    get,
    path = "/api/v1/ical/{token}",
    operation_id = "calendar_export",
    tag = "hosting",
    params(("token" = String, Path, description = "The listing's secret token followed by `.ics`, as `GET /api/v1/listings/{id}/ical` gives it.")),
    responses(
        (status = 200, description = "The calendar.", content_type = "text/calendar", body = String,
         headers(("ETag" = String, description = "Send it back as `If-None-Match`."))),
        (status = 304, description = "Not changed since the `ETag` sent."),
        (status = 404, description = "No calendar has this address (it may have been replaced).", body = ErrorBody),
    )
)]
pub async fn calendar(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    // Bytes that are not UTF-8 in the path name no calendar either: the same 404.
    path: Result<RawPathParams, RawPathParamsRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let not_found = || ApiError::from(AppError::NotFound("Calendar".into()));
    let path = path.map_err(|_| not_found())?;
    let segment = path
        .iter()
        .find_map(|(k, v)| (k == "token").then_some(v))
        .ok_or_else(not_found)?;
    let token = export::token_of(segment).ok_or_else(not_found)?;
    let public = &state.config.mail.public_url;
    let domain = public
        .split_once("://")
        .map_or(public.as_str(), |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("haven");
    let body = export::calendar(&db, token, domain, state.clock.now())
        .await?
        .ok_or_else(not_found)?;
    let digest = Sha256::digest(body.as_bytes());
    let etag: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{etag}\"");
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut response = if matches {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            )],
            body,
        )
            .into_response()
    };
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    Ok(response)
}
