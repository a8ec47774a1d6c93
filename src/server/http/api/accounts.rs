//! `/api/v1/auth/*` and `/api/v1/me*`: registration, bearer tokens, the account.

use super::{ApiError, ErrorBody};
use crate::app::types::account::Me;
use crate::server::accounts::auth::{AuthVia, CurrentUser};
use crate::server::accounts::{self, ProfileUpdate, Registration, tokens};
use crate::server::http::extract::{ApiJson, ClientIp};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use tower_sessions::Session;
use utoipa::ToSchema;

/// A new account.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterBody {
    #[schema(example = "ana@example.com")]
    email: String,
    /// 8 to 128 characters, and not easily guessed.
    #[schema(example = "correct horse battery staple")]
    password: String,
    /// The name hosts and guests see: 1 to 60 characters.
    #[schema(example = "Ana")]
    display_name: String,
}

/// Create an account.
///
/// Then sign in (`POST /api/v1/auth/login`) for a bearer token.
#[utoipa::path(
    post,
    path = "/api/v1/auth/register",
    operation_id = "register",
    tag = "accounts",
    request_body = RegisterBody,
    responses(
        (status = 201, description = "The account was created; sign in to get a token.", body = Me),
        (status = 400, description = "A field is invalid (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 409, description = "An account with this email exists (`email_taken`).", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many registrations or sign-ins from this address.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<RegisterBody>,
) -> Result<Response, ApiError> {
    state.limits.auth_attempt(ip, None)?;
    let registration = Registration::parse(&body.email, &body.display_name, &body.password)?;
    let account = accounts::register(&db, registration, state.clock.now()).await?;
    let me = accounts::me(&db, account.id).await?;
    Ok((StatusCode::CREATED, Json(me)).into_response())
}

/// Sign-in credentials.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginBody {
    #[schema(example = "ana@example.com")]
    email: String,
    password: String,
}

/// A bearer token, shown only this once.
#[derive(Serialize, ToSchema)]
pub struct IssuedToken {
    /// Send it as `Authorization: Bearer hvn_…`.
    #[schema(example = "hvn_4k3Yb0…")]
    token: String,
    /// When the token stops working (RFC 3339).
    #[schema(format = DateTime)]
    expires_at: String,
}

/// Sign in: a new bearer token.
///
/// The token is shown only in this answer; it lasts 24 hours (configurable) unless revoked.
#[utoipa::path(
    post,
    path = "/api/v1/auth/login",
    operation_id = "login",
    tag = "accounts",
    request_body = LoginBody,
    responses(
        (status = 200, description = "Signed in: a new bearer token.", body = IssuedToken),
        (status = 400, description = "The body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "Wrong email or password (`invalid_credentials`).", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many attempts from this address or for this account.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<LoginBody>,
) -> Result<Json<IssuedToken>, ApiError> {
    state.limits.auth_attempt(ip, Some(&body.email))?;
    let account = accounts::authenticate(&db, &body.email, &body.password).await?;
    let issued = tokens::issue(&db, account.id, state.config.api_token_ttl)
        .await
        .map_err(|e| crate::server::platform::error::db_error(e, "issue token"))?;
    let expires_at = issued.expires_at.format(&Rfc3339).map_err(|e| {
        tracing::error!(error = %e, "token expiry out of range");
        ApiError::internal()
    })?;
    Ok(Json(IssuedToken {
        token: issued.token,
        expires_at,
    }))
}

/// Sign out: revokes the bearer token sent, or ends the cookie session.
#[utoipa::path(
    post,
    path = "/api/v1/auth/logout",
    operation_id = "logout",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "The token is revoked (or the session ended)."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn logout(
    user: CurrentUser,
    session: Session,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    match user.via {
        AuthVia::Token { id } => tokens::revoke(&db, id)
            .await
            .map_err(|e| crate::server::platform::error::db_error(e, "revoke token"))?,
        AuthVia::Session => crate::server::accounts::auth::sign_out(&session)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "sign-out failed");
                ApiError::internal()
            })?,
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in account: profile and preferences.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    operation_id = "get_me",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The signed-in account.", body = Me),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn me(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Json<Me>, ApiError> {
    Ok(Json(accounts::me(&db, user.id).await?))
}

/// Update the profile and preferences.
///
/// Fields left out (or null) stay as they are.
#[utoipa::path(
    put,
    path = "/api/v1/me",
    operation_id = "update_me",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    request_body = ProfileUpdate,
    responses(
        (status = 200, description = "The account, updated.", body = Me),
        (status = 400, description = "A field is invalid (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn update_me(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(update): ApiJson<ProfileUpdate>,
) -> Result<Json<Me>, ApiError> {
    Ok(Json(accounts::update_profile(&db, user.id, update).await?))
}

/// A password change.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordBody {
    current_password: String,
    /// 8 to 128 characters, and not easily guessed.
    new_password: String,
}

/// Change the password.
///
/// Signs out every other session and revokes every other token of the account; the
/// credential making the request keeps working.
#[utoipa::path(
    put,
    path = "/api/v1/me/password",
    operation_id = "change_password",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    request_body = PasswordBody,
    responses(
        (status = 204, description = "Changed; every other session and token of the account is ended."),
        (status = 400, description = "The current password is wrong or the new one too weak (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many attempts at the current password.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn change_password(
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
        crate::server::accounts::auth::sign_in(&session, account.id, account.epoch)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "could not renew the session");
                ApiError::internal()
            })?;
    }
    Ok(StatusCode::NO_CONTENT)
}
