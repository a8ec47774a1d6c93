//! `/api/v1/password-reset*`, `/api/v1/verification/*` and `/api/v1/me/email`: account
//! recovery by e-mail, proving the address and changing it.
//! The e-mails themselves go out from the worker (`server::mail`).

use super::{ApiError, ErrorBody};
use crate::app::types::account::{Email, FieldError};
use crate::app::types::recovery::MailToken;
use crate::server::accounts::auth::CurrentUser;
use crate::server::accounts::{change_email, recovery, verification};
use crate::server::http::extract::{ApiJson, ClientIp};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Asks for a password-reset link.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequestBody {
    #[schema(example = "ana@example.com")]
    email: String,
}

/// The answer to a request whose outcome is not told (reset, resend).
#[derive(Serialize, ToSchema)]
pub struct Accepted {
    /// Always `accepted`.
    #[schema(example = "accepted")]
    status: &'static str,
    #[schema(
        example = "If an account uses this address, we sent it a link to choose a new password. It works for 30 minutes."
    )]
    message: &'static str,
}

const RESET_SENT: &str = "If an account uses this address, we sent it a link to choose a new password. It works for 30 minutes.";

fn parse_token(raw: &str) -> Result<MailToken, ApiError> {
    MailToken::parse(raw).map_err(|e| ApiError::invalid(vec![e]))
}

/// Forgot password: e-mail a reset link.
///
/// The answer is the same whether or not an account uses the address. Limited per client
/// and per address.
#[utoipa::path(
    post,
    path = "/api/v1/password-reset",
    operation_id = "request_password_reset",
    tag = "accounts",
    request_body = ResetRequestBody,
    responses(
        (status = 202, description = "Accepted: a link is e-mailed if an account uses the address.", body = Accepted),
        (status = 400, description = "The address is not an e-mail address, or the body is not the JSON asked for.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many requests from this client or for this address.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn request_reset(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<ResetRequestBody>,
) -> Result<(StatusCode, Json<Accepted>), ApiError> {
    let email = Email::parse(&body.email).map_err(|e| ApiError::invalid(vec![e]))?;
    let key = format!("reset:{}", email.as_str().to_lowercase());
    state.limits.auth_attempt(ip, Some(&key))?;
    recovery::request_reset(&db, &email, state.clock.now()).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(Accepted {
            status: "accepted",
            message: RESET_SENT,
        }),
    ))
}

/// A new password, with the token from the e-mailed link.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetConfirmBody {
    /// The `token` of the link: 43 URL-safe characters.
    token: String,
    /// 8 to 128 characters, and not easily guessed (as at sign-up).
    #[schema(example = "correct horse battery staple")]
    password: String,
}

/// What happened.
#[derive(Serialize, ToSchema)]
pub struct Done {
    #[schema(example = "password_changed")]
    status: &'static str,
}

/// Choose a new password with a reset link's token.
///
/// The token works once, for 30 minutes. Every session and API token of the account ends;
/// sign in again with the new password.
#[utoipa::path(
    post,
    path = "/api/v1/password-reset/confirm",
    operation_id = "confirm_password_reset",
    tag = "accounts",
    request_body = ResetConfirmBody,
    responses(
        (status = 200, description = "The password is changed; every sign-in ended.", body = Done),
        (status = 400, description = "The token is unknown, used or expired (`field`: `token`), or the password is too weak (`field`: `password`).", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn confirm_reset(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<ResetConfirmBody>,
) -> Result<Json<Done>, ApiError> {
    state.limits.auth_attempt(ip, None)?;
    let token = parse_token(&body.token)?;
    recovery::confirm_reset(&db, &token, &body.password, state.clock.now()).await?;
    Ok(Json(Done {
        status: "password_changed",
    }))
}

/// The token from a verification link.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyBody {
    /// The `token` of the link: 43 URL-safe characters.
    token: String,
}

/// Verify an e-mail address with the token from the e-mailed link.
///
/// No sign-in needed: the token is the proof. The address the link was sent to becomes
/// the account's, verified.
#[utoipa::path(
    post,
    path = "/api/v1/verification/confirm",
    operation_id = "confirm_verification",
    tag = "accounts",
    request_body = VerifyBody,
    responses(
        (status = 200, description = "The address is verified.", body = Done),
        (status = 400, description = "The token is unknown, used or expired.", body = ErrorBody),
        (status = 409, description = "Another account uses the address now.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn confirm_verification(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<VerifyBody>,
) -> Result<Json<Done>, ApiError> {
    state.limits.auth_attempt(ip, None)?;
    let token = parse_token(&body.token)?;
    verification::confirm(&db, &token, state.clock.now())
        .await
        .map_err(|e| match e {
            crate::app::types::AppError::BadRequest(m) => {
                ApiError::invalid(vec![FieldError::new("token", m)])
            }
            other => other.into(),
        })?;
    Ok(Json(Done { status: "verified" }))
}

/// E-mail the caller a new verification link.
#[utoipa::path(
    post,
    path = "/api/v1/verification/resend",
    operation_id = "resend_verification",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 202, description = "A new link is on its way.", body = Accepted),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 409, description = "The address is verified already.", body = ErrorBody),
        (status = 429, description = "Too many requests.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn resend_verification(
    user: CurrentUser,
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
) -> Result<(StatusCode, Json<Accepted>), ApiError> {
    state
        .limits
        .auth_attempt(ip, Some(&format!("verify:{}", user.id)))?;
    verification::resend(&db, user.id, state.clock.now()).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(Accepted {
            status: "accepted",
            message: "We sent you a new link to verify your e-mail address.",
        }),
    ))
}

/// A new e-mail address for the account.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailChangeBody {
    #[schema(example = "ana.new@example.com")]
    email: String,
    current_password: String,
}

/// Change the e-mail address.
///
/// Checks the current password, then e-mails a link to the new address. The account keeps
/// its address (shown as `pending_email` in `GET /api/v1/me`) until the link is followed
/// (`POST /api/v1/verification/confirm`); then the old address is told. Only the latest
/// request's link works.
#[utoipa::path(
    put,
    path = "/api/v1/me/email",
    operation_id = "change_email",
    tag = "accounts",
    security(("bearer" = []), ("session" = [])),
    request_body = EmailChangeBody,
    responses(
        (status = 202, description = "A link is on its way to the new address.", body = Accepted),
        (status = 400, description = "The address is not an e-mail address, is the current one or another account's, or the password is wrong (named in `field`); or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many attempts.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait."))),
    )
)]
pub async fn change_email(
    user: CurrentUser,
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<EmailChangeBody>,
) -> Result<(StatusCode, Json<Accepted>), ApiError> {
    state.limits.password_attempt(ip, user.id)?;
    state
        .limits
        .auth_attempt(ip, Some(&format!("verify:{}", user.id)))?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::invalid(vec![e]))?;
    change_email::request_change(
        &db,
        user.id,
        &body.current_password,
        &email,
        state.clock.now(),
    )
    .await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(Accepted {
            status: "accepted",
            message: "We sent a link to the new address. Your address changes when you follow it.",
        }),
    ))
}
