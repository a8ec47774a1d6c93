//! /api/v1: JSON endpoints for API clients. Every handler authenticates and authorises
//! itself through its extractors (`CurrentUser`); errors use [`ApiError`]'s shape.

mod error;
mod favorites;
mod hosting;
mod listings;

pub use error::ApiError;

use crate::server::accounts::{self, ProfileUpdate, Registration, tokens};
use crate::server::auth::{AuthVia, CurrentUser};
use crate::server::db::DbScope;
use crate::server::state::AppState;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Extension, Json, Router};
use serde::Deserialize;
use serde_json::json;
use time::format_description::well_known::Rfc3339;
use tower_sessions::Session;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/register", post(register))
        .route("/api/v1/auth/login", post(login))
        .route("/api/v1/auth/logout", post(logout))
        .route("/api/v1/me", get(me).put(update_me))
        .route("/api/v1/me/password", put(change_password))
        .route(
            "/api/v1/listings",
            get(listings::search).post(hosting::create),
        )
        .route(
            "/api/v1/listings/{id}",
            get(listings::detail)
                .put(hosting::update)
                .delete(hosting::delete),
        )
        .route(
            "/api/v1/listings/{id}/photos",
            get(hosting::photos).post(hosting::add_photo),
        )
        .route(
            "/api/v1/listings/{id}/photos/{photo_id}",
            axum::routing::delete(hosting::delete_photo),
        )
        .route(
            "/api/v1/listings/{id}/photos/{photo_id}/move",
            post(hosting::move_photo),
        )
        .route("/api/v1/host/listings", get(hosting::mine))
        .route(
            "/api/v1/listings/{id}/availability",
            get(listings::availability),
        )
        .route("/api/v1/listings/{id}/quote", get(listings::quote))
        .route(
            "/api/v1/favorites",
            get(favorites::list).post(favorites::save),
        )
        .route(
            "/api/v1/favorites/{listing_id}",
            axum::routing::delete(favorites::remove),
        )
}

/// The client's address, for rate limits (see `ratelimit::client_ip`).
pub struct ClientIp(pub std::net::IpAddr);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(crate::server::ratelimit::client_ip(
            parts,
            state.config.trust_proxy,
        )))
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegisterBody {
    email: String,
    password: String,
    display_name: String,
}

/// `POST /api/v1/auth/register` → 201 with the new account.
async fn register(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<RegisterBody>,
) -> Result<Response, ApiError> {
    state.limits.auth_attempt(ip, None)?;
    let registration = Registration::parse(&body.email, &body.display_name, &body.password)?;
    let account = accounts::register(&db, registration).await?;
    let me = accounts::me(&db, account.id).await?;
    Ok((StatusCode::CREATED, Json(me)).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoginBody {
    email: String,
    password: String,
}

/// `POST /api/v1/auth/login` → `{"token", "expires_at"}`.
async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<LoginBody>,
) -> Result<Response, ApiError> {
    state.limits.auth_attempt(ip, Some(&body.email))?;
    let account = accounts::authenticate(&db, &body.email, &body.password).await?;
    let issued = tokens::issue(&db, account.id, state.config.api_token_ttl)
        .await
        .map_err(|e| crate::server::error::db_error(e, "issue token"))?;
    let expires_at = issued.expires_at.format(&Rfc3339).unwrap_or_default();
    Ok(Json(json!({ "token": issued.token, "expires_at": expires_at })).into_response())
}

/// `POST /api/v1/auth/logout`: revokes the bearer token, or ends the session.
async fn logout(
    user: CurrentUser,
    session: Session,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    match user.via {
        AuthVia::Token { id } => tokens::revoke(&db, id)
            .await
            .map_err(|e| crate::server::error::db_error(e, "revoke token"))?,
        AuthVia::Session => crate::server::auth::sign_out(&session).await.map_err(|e| {
            tracing::error!(error = %e, "sign-out failed");
            ApiError::internal()
        })?,
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/me`.
async fn me(user: CurrentUser, Extension(db): Extension<DbScope>) -> Result<Response, ApiError> {
    Ok(Json(accounts::me(&db, user.id).await?).into_response())
}

/// `PUT /api/v1/me`: profile and preferences; absent fields are left alone.
async fn update_me(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(update): ApiJson<ProfileUpdate>,
) -> Result<Response, ApiError> {
    Ok(Json(accounts::update_profile(&db, user.id, update).await?).into_response())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PasswordBody {
    current_password: String,
    new_password: String,
}

/// `PUT /api/v1/me/password` → 204. Signs out every other session and revokes every other
/// token of the account; the credential making the request keeps working.
async fn change_password(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    user: CurrentUser,
    session: Session,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<PasswordBody>,
) -> Result<StatusCode, ApiError> {
    state.limits.password_attempt(ip, user.id)?;
    let keep_token = match user.via {
        AuthVia::Token { id } => Some(id),
        AuthVia::Session => None,
    };
    let account = accounts::change_password(
        &db,
        user.id,
        &body.current_password,
        &body.new_password,
        keep_token,
    )
    .await?;
    if user.via == AuthVia::Session {
        crate::server::auth::sign_in(&session, account.id, account.epoch)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "could not renew the session");
                ApiError::internal()
            })?;
    }
    Ok(StatusCode::NO_CONTENT)
}
