//! /api/v1: JSON endpoints for API clients. Every handler authenticates and authorises
//! itself through its extractors (`CurrentUser`); errors use [`ApiError`]'s shape.
//!
//! Each handler carries its `#[utoipa::path]`, and [`router`] registers it through
//! utoipa-axum's `routes!`, which takes the route's path and method from that attribute:
//! the OpenAPI document (`GET /api/v1/openapi.json`, see `openapi.rs`) and the router are
//! built from the same list.

mod accounts;
mod bookings;
mod error;
mod favorites;
mod hosting;
mod listings;
mod openapi;

pub use error::{ApiError, ErrorBody};

use crate::server::platform::state::AppState;
use axum::extract::{FromRequest, Request};
use axum::{Extension, Json, Router};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Every /api/v1 route, serving the OpenAPI document that describes them (rendered once,
/// here).
pub fn router() -> Router<AppState> {
    let (router, doc) = documented_routes().split_for_parts();
    let doc = openapi::finish(doc);
    router.layer(Extension(openapi::Document::new(&doc)))
}

/// The OpenAPI document of /api/v1, as `GET /api/v1/openapi.json` serves it.
pub fn document() -> utoipa::openapi::OpenApi {
    openapi::finish(documented_routes().into_openapi())
}

fn documented_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(accounts::register))
        .routes(routes!(accounts::login))
        .routes(routes!(accounts::logout))
        .routes(routes!(accounts::me, accounts::update_me))
        .routes(routes!(accounts::change_password))
        .merge(super::photo::api_routes())
        .routes(routes!(listings::search, hosting::create))
        .routes(routes!(listings::detail, hosting::update, hosting::delete))
        .routes(routes!(hosting::photos, hosting::add_photo))
        .routes(routes!(hosting::move_photo))
        .routes(routes!(hosting::delete_photo))
        .routes(routes!(hosting::mine))
        .routes(routes!(listings::availability))
        .routes(routes!(listings::quote))
        .routes(routes!(favorites::list, favorites::save))
        .routes(routes!(favorites::remove))
        .routes(routes!(bookings::create, bookings::list))
        .routes(routes!(bookings::get))
        .routes(routes!(bookings::accept))
        .routes(routes!(bookings::decline))
        .routes(routes!(bookings::cancel, bookings::preview_cancel))
        .routes(routes!(bookings::get_calendar, bookings::update_calendar))
        .routes(routes!(bookings::notifications))
        .routes(routes!(bookings::read_notifications))
        .routes(routes!(openapi::serve))
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
