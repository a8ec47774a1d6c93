//! Hosts' side of `/api/v1/listings`: create, change, pause, delete, photos. Each handler
//! authenticates (401), then checks ownership (404 unknown or deleted, 403 someone else's)
//! before anything else.

use super::{ApiError, ErrorBody};
use crate::app::types::ListingDetail;
use crate::app::types::hosting::{HostListing, HostPhoto, ListingForm, ListingInput, PhotoMove};
use crate::app::types::ids::{ListingId, PhotoId};
use crate::server::accounts::auth::CurrentUser;
use crate::server::catalog::listings;
use crate::server::hosting;
use crate::server::http::extract::{ApiJson, IdPath};
use crate::server::http::photo::problem_error;
use crate::server::platform::db::DbScope;
use crate::server::platform::media::UploadError;
use crate::server::platform::state::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;

/// Turns an input into the checked listing: laid over `base` (the current listing, or
/// nothing for a new one) and judged by the editor's rules.
async fn checked(
    db: &DbScope,
    base: ListingForm,
    input: &ListingInput,
) -> Result<hosting::ListingSpec, ApiError> {
    let mut form = base;
    hosting::apply_input(input, &mut form).map_err(|e| ApiError::invalid(vec![e]))?;
    Ok(hosting::place::parse(db.db().primary(), &form).await?)
}

/// The caller's listings, paused ones included.
#[utoipa::path(
    get,
    path = "/api/v1/host/listings",
    operation_id = "my_listings",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Every listing the caller hosts.", body = Vec<HostListing>),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn mine(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Response, ApiError> {
    Ok(Json(hosting::my_listings(&db, user.id).await?).into_response())
}

/// Create a listing.
///
/// It stays paused until it has a photo and is listed (`PUT {"is_active": true}`).
#[utoipa::path(
    post,
    path = "/api/v1/listings",
    operation_id = "create_listing",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    request_body = ListingInput,
    responses(
        (status = 201, description = "Created.", body = ListingDetail,
            headers(("Location" = String, description = "The new listing's URL."))),
        (status = 400, description = "A field is missing or invalid (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 403, description = "`is_active: true` while the caller's e-mail address is unverified (`email_unverified`); the listing is created, paused.", body = ErrorBody),
        (status = 422, description = "`is_active: true` for a listing without photos.", body = ErrorBody),
    )
)]
pub async fn create(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<Response, ApiError> {
    let spec = checked(&db, ListingForm::new(), &input).await?;
    let id = hosting::create(&db, user.id, &spec).await?;
    if input.is_active == Some(true) {
        hosting::set_listed(&db, id, true).await?;
    }
    let detail = listings::detail(&db, id, Some(user.id)).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/listings/{id}"))],
        Json(detail),
    )
        .into_response())
}

/// Change a listing: only the fields given.
#[utoipa::path(
    put,
    path = "/api/v1/listings/{id}",
    operation_id = "update_listing",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    request_body = ListingInput,
    responses(
        (status = 200, description = "The listing, changed.", body = ListingDetail),
        (status = 400, description = "A field is invalid (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 403, description = "`is_active: true` while the caller's e-mail address is unverified (`email_unverified`), or someone else's listing.", body = ErrorBody),
        (status = 422, description = "`is_active: true` for a listing without photos.", body = ErrorBody),
    )
)]
pub async fn update(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<Response, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    let (current, _) = hosting::spec_of(&db, id.get()).await?;
    let spec = checked(&db, current.to_form(), &input).await?;
    if spec != current {
        hosting::update(&db, id.get(), &spec).await?;
    }
    if let Some(listed) = input.is_active {
        hosting::set_listed(&db, id.get(), listed).await?;
    }
    Ok(Json(listings::detail(&db, id.get(), Some(user.id)).await?).into_response())
}

/// Delete a listing.
///
/// It leaves search; past bookings keep it. Refused while stays are pending or to come.
#[utoipa::path(
    delete,
    path = "/api/v1/listings/{id}",
    operation_id = "delete_listing",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 204, description = "Deleted."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
        (status = 409, description = "Stays are pending or to come.", body = ErrorBody),
    )
)]
pub async fn delete(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<StatusCode, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    hosting::delete(&db, id.get()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A listing's photos, in order, as their host manages them.
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/photos",
    operation_id = "listing_photos",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The photos, cover first.", body = Vec<HostPhoto>),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
    )
)]
pub async fn photos(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<Vec<HostPhoto>>, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    Ok(Json(hosting::photos(&db, id.get()).await?))
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct PhotoParams {
    /// What the photo shows, for people who cannot see it (at most 200 characters kept).
    alt: Option<String>,
}

impl From<UploadError> for ApiError {
    fn from(e: UploadError) -> Self {
        match e {
            UploadError::Photo(p) => problem_error(p),
            UploadError::App(e) => e.into(),
        }
    }
}

/// Add a photo to a listing, the image itself as the body.
///
/// JPEG, PNG or WebP, recognised by content; it goes last, and resized variants follow.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/photos",
    operation_id = "add_listing_photo",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing."), PhotoParams),
    request_body(
        description = "The image itself (not a form): JPEG, PNG or WebP, at least 640 × 480.",
        content(("image/jpeg"), ("image/png"), ("image/webp"), ("application/octet-stream")),
    ),
    responses(
        (status = 201, description = "Added.", body = HostPhoto),
        (status = 400, description = "The body is empty (`missing`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
        (status = 413, description = "The image is larger than the limit (`too_large`).", body = ErrorBody),
        (status = 415, description = "The body is not a JPEG, PNG or WebP image (`not_an_image`).", body = ErrorBody),
        (status = 422, description = "The image is unreadable or too small, or the listing has as many photos as it may.", body = ErrorBody),
    )
)]
pub async fn add_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    super::listings::ApiQuery(params): super::listings::ApiQuery<PhotoParams>,
    body: Body,
) -> Result<Response, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    let bytes = axum::body::to_bytes(body, state.config.max_listing_photo_bytes)
        .await
        .map_err(|_| problem_error(crate::app::types::account::PhotoProblem::TooLarge))?;
    let alt = params.alt.unwrap_or_default();
    let photo = hosting::add_photo(&state, &db, id.get(), bytes.to_vec(), &alt).await?;
    Ok((StatusCode::CREATED, Json(photo)).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MoveBody {
    /// `cover`, `earlier` or `later`.
    to: PhotoMove,
}

/// Move a photo: to the cover, one earlier or one later.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/photos/{photo_id}/move",
    operation_id = "move_listing_photo",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing."), ("photo_id" = i64, Path, minimum = 1, description = "The photo.")),
    request_body = MoveBody,
    responses(
        (status = 200, description = "The photos in their new order.", body = Vec<HostPhoto>),
        (status = 400, description = "`to` is not a move (`delete` is `DELETE`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn move_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    IdPath(photo): IdPath<PhotoId>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<Json<Vec<HostPhoto>>, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    if body.to == PhotoMove::Delete {
        return Err(ApiError::invalid(vec![
            crate::app::types::account::FieldError::new("to", "Use DELETE to remove a photo."),
        ]));
    }
    hosting::move_photo(&state, &db, id.get(), photo.get(), body.to).await?;
    Ok(Json(hosting::photos(&db, id.get()).await?))
}

/// Remove a photo.
///
/// Removing the last photo pauses the listing.
#[utoipa::path(
    delete,
    path = "/api/v1/listings/{id}/photos/{photo_id}",
    operation_id = "delete_listing_photo",
    tag = "hosting",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing."), ("photo_id" = i64, Path, minimum = 1, description = "The photo.")),
    responses(
        (status = 204, description = "Removed."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 403, description = "Someone else's listing.", body = ErrorBody),
        (status = 404, description = "No listing (or photo) has this id, or the listing was deleted.", body = ErrorBody),
    )
)]
pub async fn delete_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    IdPath(photo): IdPath<PhotoId>,
) -> Result<StatusCode, ApiError> {
    hosting::owned(&db, user.id, id.get()).await?;
    hosting::move_photo(&state, &db, id.get(), photo.get(), PhotoMove::Delete).await?;
    Ok(StatusCode::NO_CONTENT)
}
