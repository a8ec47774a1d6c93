//! Extractors: what a handler takes from a request, parsed once, with rejections in the
//! API's error shape (`ApiError`).

use crate::app::types::AppError;
use crate::server::accounts::auth::{CurrentUser, MaybeUser, current};
use crate::server::http::api::ApiError;
use crate::server::platform::state::AppState;
use axum::Json;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;

/// Bad credentials answer the API's own 401 message; anything else as usual.
fn api_error(e: AppError) -> ApiError {
    match e {
        AppError::Unauthorized => ApiError::unauthorized(),
        e => e.into(),
    }
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        current(parts, state)
            .await
            .map_err(api_error)?
            .ok_or_else(ApiError::unauthorized)
    }
}

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        Ok(Self(current(parts, state).await.map_err(api_error)?))
    }
}

/// The client's address, for rate limits (see `proxy::TrustedProxies::client_ip`).
pub struct ClientIp(pub std::net::IpAddr);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(
            state
                .config
                .trusted_proxies
                .client_ip(&parts.headers, &parts.extensions),
        ))
    }
}

/// `Json<T>` whose rejections answer in the API's error shape.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    Json<T>: FromRequest<S, Rejection = axum::extract::rejection::JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let Json(value) = Json::<T>::from_request(req, state).await?;
        Ok(Self(value))
    }
}

/// An optional JSON body: none when the request has no body (or `null`), else `Json<T>`'s
/// rules (with the API's error shape).
pub struct OptionalJson<T>(pub Option<T>);

impl<T, S> FromRequest<S> for OptionalJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|r| ApiError::new(r.status(), "bad_body", r.body_text()))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Self(None));
        }
        serde_json::from_slice::<Option<T>>(&bytes)
            .map(Self)
            .map_err(|e| {
                ApiError::new(
                    axum::http::StatusCode::BAD_REQUEST,
                    "bad_json",
                    format!("The body is not the JSON asked for: {e}"),
                )
            })
    }
}
