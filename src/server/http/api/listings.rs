//! `/api/v1/listings`: search and listing details for API clients.

use super::ApiError;
use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::search::SearchParams;
use crate::server::auth::MaybeUser;
use crate::server::db::DbScope;
use crate::server::{listings, search, stays};
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

/// A listing id from the path; anything that is not one is an unknown listing (404).
pub(super) fn listing_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| AppError::NotFound("Listing".into()).into())
}

/// `GET /api/v1/listings/{id}`: an active listing, or a paused one to its host.
pub async fn detail(
    MaybeUser(viewer): MaybeUser,
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let viewer = viewer.map(|u| u.id);
    Ok(Json(listings::detail(&db, listing_id(&id)?, viewer).await?).into_response())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AvailabilityParams {
    from: Option<String>,
    to: Option<String>,
}

/// `GET /api/v1/listings/{id}/availability?from=&to=` (ISO dates; default the next 365
/// days, at most 400) → the nights no stay may include.
pub async fn availability(
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<AvailabilityParams>,
) -> Result<Response, ApiError> {
    let id = listing_id(&id)?;
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let parse = |field: &str, raw: &Option<String>| -> Result<Option<time::Date>, ApiError> {
        match raw.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => time::Date::parse(s, &format).map(Some).map_err(|_| {
                ApiError::invalid(vec![FieldError::new(field, "Use a date as YYYY-MM-DD.")])
            }),
        }
    };
    let (from, to) = (parse("from", &p.from)?, parse("to", &p.to)?);
    let days = match (from, to) {
        (Some(a), Some(b)) if b <= a => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "to",
                "`to` must be after `from`.",
            )]));
        }
        (Some(a), Some(b)) if (b - a).whole_days() > 400 => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "to",
                "Ask for at most 400 days at a time.",
            )]));
        }
        (Some(a), Some(b)) => (b - a).whole_days(),
        (None, Some(_)) => {
            return Err(ApiError::invalid(vec![FieldError::new(
                "from",
                "Give `from` together with `to`.",
            )]));
        }
        _ => 365,
    };
    Ok(Json(stays::availability(&db, id, from, days).await?).into_response())
}

/// `GET /api/v1/listings/{id}/quote?check_in=&check_out=&guests=` → the price, line by
/// line; 409 when a night is taken, 422 against the listing's rules.
pub async fn quote(
    Extension(db): Extension<DbScope>,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Response, ApiError> {
    let id = listing_id(&id)?;
    let stay = stays::StayRequest::parse(&params).map_err(ApiError::invalid)?;
    Ok(Json(stays::quote(&db, id, stay).await?).into_response())
}
