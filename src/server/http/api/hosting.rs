//! Hosts' side of `/api/v1/listings`: create, change, pause, delete, photos. Each handler
//! authenticates (401), then checks ownership (404 unknown or deleted, 403 someone else's)
//! before anything else.

use super::listings::listing_id;
use super::{ApiError, ApiJson};
use crate::app::types::AppError;
use crate::app::types::hosting::{HostPhoto, ListingForm, ListingInput, PhotoMove};
use crate::server::auth::CurrentUser;
use crate::server::db::DbScope;
use crate::server::http::photo::problem_error;
use crate::server::media::UploadError;
use crate::server::state::AppState;
use crate::server::{hosting, listings};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;

/// Turns an input into the checked listing: laid over `base` (the current listing, or
/// nothing for a new one) and judged by the editor's rules.
fn checked(
    base: ListingForm,
    input: &ListingInput,
) -> Result<crate::app::types::hosting::ListingSpec, ApiError> {
    let mut form = base;
    input
        .apply_to(&mut form)
        .map_err(|e| ApiError::invalid(vec![e]))?;
    hosting::parse_form(&form).map_err(ApiError::from)
}

/// `GET /api/v1/host/listings` → the caller's listings, paused ones included.
pub async fn mine(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Response, ApiError> {
    Ok(Json(hosting::my_listings(&db, user.id).await?).into_response())
}

/// `POST /api/v1/listings` → 201 with the listing, paused until it has a photo and is
/// listed (`PUT {"is_active": true}`).
pub async fn create(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<Response, ApiError> {
    let spec = checked(ListingForm::new(), &input)?;
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

/// `PUT /api/v1/listings/{id}` with the fields to change → the listing.
pub async fn update(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
    ApiJson(input): ApiJson<ListingInput>,
) -> Result<Response, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    let (current, _) = hosting::spec_of(&db, id).await?;
    let spec = checked(current.to_form(), &input)?;
    if spec != current {
        hosting::update(&db, id, &spec).await?;
    }
    if let Some(listed) = input.is_active {
        hosting::set_listed(&db, id, listed).await?;
    }
    Ok(Json(listings::detail(&db, id, Some(user.id)).await?).into_response())
}

/// `DELETE /api/v1/listings/{id}` → 204; 409 while stays are pending or to come.
pub async fn delete(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    hosting::delete(&db, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/listings/{id}/photos` → the photos, in order, as their host manages them.
pub async fn photos(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
) -> Result<Json<Vec<HostPhoto>>, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    Ok(Json(hosting::photos(&db, id).await?))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhotoParams {
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

/// `POST /api/v1/listings/{id}/photos?alt=` with the image as the body (JPEG, PNG or WebP,
/// recognised by content) → 201 with the photo; 413 too large, 415 not an image, 422
/// unreadable, too small, or one photo too many.
pub async fn add_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
    super::listings::ApiQuery(params): super::listings::ApiQuery<PhotoParams>,
    body: Body,
) -> Result<Response, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    let bytes = axum::body::to_bytes(body, state.config.max_listing_photo_bytes)
        .await
        .map_err(|_| problem_error(crate::app::types::account::PhotoProblem::TooLarge))?;
    let alt = params.alt.unwrap_or_default();
    let photo = hosting::add_photo(&state, &db, id, bytes.to_vec(), &alt).await?;
    Ok((StatusCode::CREATED, Json(photo)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoveBody {
    /// `cover`, `earlier` or `later`.
    to: PhotoMove,
}

/// `POST /api/v1/listings/{id}/photos/{photo_id}/move` `{"to": "cover"|"earlier"|"later"}`
/// → the photos in their new order.
pub async fn move_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path((id, photo)): Path<(String, String)>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<Json<Vec<HostPhoto>>, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    if body.to == PhotoMove::Delete {
        return Err(ApiError::invalid(vec![
            crate::app::types::account::FieldError::new("to", "Use DELETE to remove a photo."),
        ]));
    }
    let photo = photo_id(&photo)?;
    hosting::move_photo(&state, &db, id, photo, body.to).await?;
    Ok(Json(hosting::photos(&db, id).await?))
}

/// `DELETE /api/v1/listings/{id}/photos/{photo_id}` → 204. The last photo's removal pauses
/// the listing.
pub async fn delete_photo(
    State(state): State<AppState>,
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path((id, photo)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    let id = listing_id(&id)?;
    hosting::owned(&db, user.id, id).await?;
    let photo = photo_id(&photo)?;
    hosting::move_photo(&state, &db, id, photo, PhotoMove::Delete).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn photo_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::NotFound("Photo".into()).into())
}
