//! `/api/v1` reviews: a stay's reviews for its parties, writing one, a listing's published
//! reviews and rating, what hosts said about a guest, a host's response, and reports.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::ids::{BookingId, ListingId, ReviewId};
use crate::app::types::review::{NewReview, ReportReason, Review, ReviewPage, StayReviews};
use crate::server::accounts::auth::{CurrentUser, MaybeUser};
use crate::server::http::extract::{ApiJson, IdPath, UserPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use crate::server::reviews;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Where a stay's reviews stand for the caller: theirs, the other party's once published,
/// and whether and until when they may still write.
#[utoipa::path(
    get,
    path = "/api/v1/bookings/{id}/reviews",
    operation_id = "stay_reviews",
    tag = "reviews",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    responses(
        (status = 200, description = "The stay's reviews as the caller may see them.", body = StayReviews),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
    )
)]
pub async fn stay(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
) -> Result<Json<StayReviews>, ApiError> {
    Ok(Json(reviews::stay(&state, &db, user.id, id.get()).await?))
}

/// Review a completed stay, as its guest (the six categories, a text, an optional private
/// note to the host) or its host (the guest's house rules, communication, cleanliness).
///
/// Hidden until the other party has written theirs or the 14-day window closes; then both
/// are published at once.
#[utoipa::path(
    post,
    path = "/api/v1/bookings/{id}/reviews",
    operation_id = "write_review",
    tag = "reviews",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The booking.")),
    request_body = NewReview,
    responses(
        (status = 201, description = "Written (`published_at` is set when both are in).", body = Review),
        (status = 400, description = "A rating or text is missing or out of range (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No booking of the caller has this id.", body = ErrorBody),
        (status = 409, description = "The stay is not over, the window has closed, or the caller has reviewed it already.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn write(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<BookingId>,
    ApiJson(body): ApiJson<NewReview>,
) -> Result<Response, ApiError> {
    let review = reviews::write(&state, &db, user.id, id.get(), &body).await?;
    Ok((StatusCode::CREATED, Json(review)).into_response())
}

/// Which page of reviews.
#[derive(Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// From 1 (default 1).
    page: Option<String>,
    /// 1 to 50 (default 10).
    per_page: Option<String>,
}

fn whole(raw: Option<&str>, field: &'static str, default: i64, max: i64) -> Result<i64, ApiError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| {
                ApiError::invalid(vec![crate::app::types::account::FieldError::new(
                    field,
                    format!("`{field}` is a whole number from 1 to {max}."),
                )])
            }),
    }
}

/// A listing's rating (overall and per category) and its published reviews, newest first,
/// each with the host's response.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/reviews",
    operation_id = "listing_reviews",
    tag = "reviews",
    params(("id" = i64, Path, minimum = 1, description = "The listing."), PageParams),
    responses(
        (status = 200, description = "The rating and one page of reviews.", body = ReviewPage),
        (status = 400, description = "`page` or `per_page` malformed (named in `field`).", body = ErrorBody),
        (status = 404, description = "No listing has this id, or it was deleted.", body = ErrorBody),
    )
)]
pub async fn for_listing(
    MaybeUser(user): MaybeUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiQuery(params): ApiQuery<PageParams>,
) -> Result<Json<ReviewPage>, ApiError> {
    let page = whole(params.page.as_deref(), "page", 1, 10_000)?;
    let per_page = whole(params.per_page.as_deref(), "per_page", 10, 50)?;
    let viewer = user.map(|u| u.id);
    Ok(Json(
        reviews::for_listing(&db, viewer, id.get(), page, per_page).await?,
    ))
}

/// What hosts wrote about a guest after their stays (published reviews, newest first, at
/// most 50): what a host reads before answering a request.
#[utoipa::path(
    get,
    path = "/api/v1/users/{id}/reviews",
    operation_id = "guest_reviews",
    tag = "reviews",
    security(("bearer" = []), ("session" = [])),
    params(("id" = String, Path, description = "The guest (a UUID).")),
    responses(
        (status = 200, description = "The reviews.", body = Vec<Review>),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No user has this id.", body = ErrorBody),
    )
)]
pub async fn about_guest(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(UserPath(guest)): IdPath<UserPath>,
) -> Result<Json<Vec<Review>>, ApiError> {
    Ok(Json(reviews::about_guest(&db, Some(user.id), guest).await?))
}

/// The host's public response.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponseBody {
    /// 1 to 1,000 characters.
    text: String,
}

/// Respond, once, under a published review of one of the caller's listings.
#[utoipa::path(
    post,
    path = "/api/v1/reviews/{id}/response",
    operation_id = "respond_to_review",
    tag = "reviews",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The review.")),
    request_body = ResponseBody,
    responses(
        (status = 200, description = "The review with its response.", body = Review),
        (status = 400, description = "The text is empty or too long (`field`: `text`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No published review of the caller's listings has this id.", body = ErrorBody),
        (status = 409, description = "It has a response already.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn respond(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ReviewId>,
    ApiJson(body): ApiJson<ResponseBody>,
) -> Result<Json<Review>, ApiError> {
    Ok(Json(
        reviews::respond(&state, &db, user.id, id.get(), &body.text).await?,
    ))
}

/// A report of a review.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportBody {
    reason: ReportReason,
    /// At most 1,000 characters.
    #[serde(default)]
    details: String,
}

/// Report a published review to Haven's operators (once per person; again changes nothing).
#[utoipa::path(
    post,
    path = "/api/v1/reviews/{id}/report",
    operation_id = "report_review",
    tag = "reviews",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The review.")),
    request_body = ReportBody,
    responses(
        (status = 204, description = "Reported."),
        (status = 400, description = "The details are too long (`field`: `details`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No published review has this id.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn report(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ReviewId>,
    ApiJson(body): ApiJson<ReportBody>,
) -> Result<StatusCode, ApiError> {
    reviews::report(&state, &db, user.id, id.get(), body.reason, &body.details).await?;
    Ok(StatusCode::NO_CONTENT)
}
