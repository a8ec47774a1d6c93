//! `/api/v1/favorites`: a signed-in guest's wishlists.

use super::{ApiError, ApiJson};
use crate::app::types::AppError;
use crate::server::auth::CurrentUser;
use crate::server::db::DbScope;
use crate::server::favorites;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::json;

/// `GET /api/v1/favorites` → `{"lists": [...], "items": [...]}`.
pub async fn list(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Response, ApiError> {
    Ok(Json(favorites::all(&db, user.id).await?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SaveBody {
    listing_id: i64,
    list: Option<String>,
}

/// `POST /api/v1/favorites` `{"listing_id", "list"?}` → 201 when newly saved, 200 when it
/// already was; 404 for a listing that does not exist or is not active.
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
    Ok((
        status,
        Json(json!({ "listing_id": body.listing_id, "list": list })),
    )
        .into_response())
}

/// `DELETE /api/v1/favorites/{listing_id}` → 204; 404 when it was not saved.
pub async fn remove(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    Path(listing): Path<String>,
) -> Result<StatusCode, ApiError> {
    let not_saved = || ApiError::from(AppError::NotFound("Saved listing".into()));
    let listing: i64 = listing.parse().map_err(|_| not_saved())?;
    if favorites::remove(&db, user.id, listing).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(not_saved())
    }
}
