//! `/api/v1/favorites`: a signed-in guest's wishlists.

use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::app::types::favorites::Favorites;
use crate::server::accounts::auth::CurrentUser;
use crate::server::favorites;
use crate::server::http::extract::{ApiJson, IdPath, SavedListing};
use crate::server::platform::db::DbScope;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The guest's wishlists and what is saved in them, with current prices.
#[utoipa::path(
    get,
    path = "/api/v1/favorites",
    operation_id = "list_favorites",
    tag = "favorites",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The guest's lists and saved listings, with current prices.", body = Favorites),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn list(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Json<Favorites>, ApiError> {
    Ok(Json(favorites::all(&db, user.id).await?))
}

/// A listing to save.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaveBody {
    listing_id: i64,
    /// The list to save it in, created when new (default "Saved"; at most 60 characters).
    #[schema(example = "Winter 2027")]
    list: Option<String>,
}

/// Where a listing is saved.
#[derive(Serialize, ToSchema)]
pub struct Saved {
    listing_id: i64,
    list: String,
}

/// Save a listing to a wishlist.
///
/// 201 when newly saved, 200 when it already was; 404 for a listing that does not exist
/// or is not active.
#[utoipa::path(
    post,
    path = "/api/v1/favorites",
    operation_id = "save_favorite",
    tag = "favorites",
    security(("bearer" = []), ("session" = [])),
    request_body = SaveBody,
    responses(
        (status = 201, description = "Saved.", body = Saved),
        (status = 200, description = "It was already saved.", body = Saved),
        (status = 400, description = "The list name is invalid (`field`: `list`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn save(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<SaveBody>,
) -> Result<Response, ApiError> {
    let list =
        favorites::list_name(body.list.as_deref()).map_err(|e| ApiError::invalid(vec![e]))?;
    let added = favorites::save(&db, user.id, body.listing_id, &list).await?;
    let status = if added {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let saved = Saved {
        listing_id: body.listing_id,
        list,
    };
    Ok((status, Json(saved)).into_response())
}

/// Remove a saved listing from every wishlist.
#[utoipa::path(
    delete,
    path = "/api/v1/favorites/{listing_id}",
    operation_id = "remove_favorite",
    tag = "favorites",
    security(("bearer" = []), ("session" = [])),
    params(("listing_id" = i64, Path, description = "The saved listing.")),
    responses(
        (status = 204, description = "Removed from every list."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "This guest has not saved that listing.", body = ErrorBody),
    )
)]
pub async fn remove(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(SavedListing(listing)): IdPath<SavedListing>,
) -> Result<StatusCode, ApiError> {
    if favorites::remove(&db, user.id, listing.get()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound("Saved listing".into()).into())
    }
}
