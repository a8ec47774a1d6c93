//! `/api/v1/bookings`. Every handler authenticates (401); a booking is visible only to its
//! guest and its host (404 to anyone else, so ids do not leak), and each action only to the
//! party allowed (403).

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::booking::{Action, Booking, NewBooking, RefundPreview};
use crate::app::types::ids::BookingId;
use crate::server::accounts::auth::CurrentUser;
use crate::server::bookings::{self, BookingRequest, Idempotency, Role};
use crate::server::http::extract::{ApiJson, IdPath, OptionalJson};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// The header that makes `POST /api/v1/bookings` safe to retry.
pub static IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// Set on an answer replayed for a retried key.
static REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// The key, when sent: 1 to 255 visible ASCII characters.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let Some(value) = headers.get(&IDEMPOTENCY_KEY) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .filter(|k| (1..=255).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()))
        .map(Some)
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid",
                "Idempotency-Key must be 1 to 255 visible ASCII characters.",
            )
        })
}

/// Book a stay.
///
/// The price is computed here from the listing's prices. An instant-book listing answers
/// `confirmed`; otherwise the booking is `pending` until the host answers (within 24
/// hours). Send an `Idempotency-Key` to retry safely: a retry with the same key and body
/// gets the first answer again (with `Idempotent-Replayed: true`); the same key with
/// another body is refused. Keys are kept 48 hours.
#[utoipa::path(
    post,
    path = "/api/v1/bookings",
    operation_id = "create_booking",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("Idempotency-Key" = Option<String>, Header, description = "One per booking attempt, 1 to 255 visible ASCII characters.")),
    request_body = NewBooking,
    responses(
        (status = 201, description = "Booked (`confirmed`) or requested (`pending`).", body = Booking,
            headers(("Location" = String, description = "The booking's URL."))),
        (status = 400, description = "A field is missing or invalid (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "The caller's e-mail address is not verified yet (`email_unverified`).", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 409, description = "A night of the stay (or its preparation time) is taken.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 422, description = "Against the listing's rules (party, length, notice, window), the caller's own listing, or an Idempotency-Key reused for another request.", body = ErrorBody),
    )
)]
pub async fn create(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    headers: HeaderMap,
    ApiJson(input): ApiJson<NewBooking>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let req = BookingRequest::parse(&input).map_err(ApiError::invalid)?;
    let idempotency = key.map(|key| Idempotency {
        key,
        fingerprint: req.fingerprint(),
    });
    let created = bookings::create(&state, &db, user.id, &req, idempotency).await?;
    let mut response = (
        StatusCode::CREATED,
        [(
            header::LOCATION,
            format!("/api/v1/bookings/{}", created.booking.id),
        )],
        Json(created.booking),
    )
        .into_response();
    if created.replayed {
        response
            .headers_mut()
            .insert(REPLAYED.clone(), HeaderValue::from_static("true"));
    }
    Ok(response)
}

/// Whose bookings to list.
#[derive(Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// `guest` (default): the caller's trips. `host`: bookings of the caller's listings.
    role: Option<String>,
}

/// The caller's bookings, newest stays first (at most 200; without their histories).
#[utoipa::path(
    get,
    path = "/api/v1/bookings",
    operation_id = "list_bookings",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(ListParams),
    responses(
        (status = 200, description = "The bookings.", body = Vec<Booking>),
        (status = 400, description = "`role` is neither `guest` nor `host`.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn list(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<Vec<Booking>>, ApiError> {
    let role = match params.role.as_deref().map(str::trim) {
        None | Some("" | "guest") => Role::Guest,
        Some("host") => Role::Host,
        Some(_) => {
            return Err(ApiError::invalid(vec![
                crate::app::types::account::FieldError::new("role", "`role` is `guest` or `host`."),
            ]));
        }
    };
    Ok(Json(bookings::list(&state, &db, user.id, role).await?))
}

/// One booking, with its price breakdown and history.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}",
    operation_id = "get_booking",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    responses(
        (status = 200, description = "The booking.", body = Booking),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of the caller (as guest or host) has this id.", body = ErrorBody),
    )
)]
pub async fn get(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Json<Booking>, ApiError> {
    Ok(Json(bookings::get(&state, &db, user.id, id.get()).await?))
}

/// Why, for a decline or a cancellation.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ReasonBody {
    /// Shown to the other party (at most 1,000 characters).
    #[serde(default)]
    reason: Option<String>,
}

async fn act(
    user: CurrentUser,
    state: AppState,
    db: DbScope,
    id: BookingId,
    action: Action,
    body: Option<ReasonBody>,
) -> Result<Json<Booking>, ApiError> {
    let reason = body.and_then(|b| b.reason).unwrap_or_default();
    Ok(Json(
        bookings::act(&state, &db, user.id, id.get(), action, &reason).await?,
    ))
}

/// Accept a pending request (the listing's host).
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{id}/accept",
    operation_id = "accept_booking",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    responses(
        (status = 200, description = "Confirmed; the guest's payment is captured.", body = Booking),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Only the host answers a request.", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
        (status = 409, description = "Not pending any more (or expired).", body = ErrorBody),
    )
)]
pub async fn accept(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Json<Booking>, ApiError> {
    act(user, state, db, id, Action::Accept, None).await
}

/// Decline a pending request (the listing's host).
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{id}/decline",
    operation_id = "decline_booking",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    request_body(content = Option<ReasonBody>, description = "Optional."),
    responses(
        (status = 200, description = "Declined; the nights are free again.", body = Booking),
        (status = 400, description = "The body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Only the host answers a request.", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
        (status = 409, description = "Not pending any more.", body = ErrorBody),
    )
)]
pub async fn decline(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
    OptionalJson(body): OptionalJson<ReasonBody>,
) -> Result<Json<Booking>, ApiError> {
    act(user, state, db, id, Action::Decline, body).await
}

/// Cancel: the guest (a request or a stay) or the host (a confirmed stay).
///
/// The refund follows the booking's cancellation policy and the days left before
/// check-in; `GET .../cancel` shows it first.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{id}/cancel",
    operation_id = "cancel_booking",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    request_body(content = Option<ReasonBody>, description = "Optional."),
    responses(
        (status = 200, description = "Cancelled; `refunded` says what went back.", body = Booking),
        (status = 400, description = "The body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "A host cannot cancel a request (decline it).", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
        (status = 409, description = "Already ended, or the stay is over.", body = ErrorBody),
    )
)]
pub async fn cancel(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
    OptionalJson(body): OptionalJson<ReasonBody>,
) -> Result<Json<Booking>, ApiError> {
    act(user, state, db, id, Action::Cancel, body).await
}

/// What cancelling now would refund.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}/cancel",
    operation_id = "preview_cancellation",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    responses(
        (status = 200, description = "The refund and the rule behind it.", body = RefundPreview),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "The caller may not cancel it.", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
        (status = 409, description = "It can no longer be cancelled.", body = ErrorBody),
    )
)]
pub async fn preview_cancel(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Json<RefundPreview>, ApiError> {
    Ok(Json(
        bookings::refund_preview(&state, &db, user.id, id.get()).await?,
    ))
}
