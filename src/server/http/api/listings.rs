//! `/api/v1/listings`: search and listing details for API clients.

use super::ApiError;
use crate::app::types::search::SearchParams;
use crate::server::db::DbScope;
use crate::server::{listings, search};
use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

/// `Query<T>` whose rejections answer in the API's error shape.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    Query<T>: FromRequestParts<S, Rejection = QueryRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let Query(value) = Query::<T>::from_request_parts(parts, state)
            .await
            .map_err(|r| ApiError::new(StatusCode::BAD_REQUEST, "bad_query", r.body_text()))?;
        Ok(Self(value))
    }
}

/// `GET /api/v1/listings?…` → `{"items", "total", "page", "per_page", "relax"}`.
pub async fn search(
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Response, ApiError> {
    let query =
        search::SearchQuery::parse(&params, search::today_utc()).map_err(ApiError::invalid)?;
    Ok(Json(search::search(&db, &query).await?).into_response())
}

/// `GET /api/v1/listings/{id}`.
pub async fn detail(
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::new(StatusCode::NOT_FOUND, "not_found", "Listing was not found."))?;
    Ok(Json(listings::detail(&db, id).await?).into_response())
}
