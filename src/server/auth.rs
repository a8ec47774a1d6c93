//! Who is making this request: a bearer token (API clients) or the session cookie
//! (browsers). `CurrentUser` is the extractor every protected handler takes.

use crate::server::accounts::tokens;
use crate::server::db::DbScope;
use crate::server::http::api::ApiError;
use crate::server::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use tower_sessions::Session;
use uuid::Uuid;

/// Session key holding the signed-in user's id.
const USER_KEY: &str = "haven.user_id";
/// Session key holding when the user signed in (Unix seconds), for the absolute lifetime.
const SIGNED_IN_AT: &str = "haven.signed_in_at";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthVia {
    Session,
    Token { id: i64 },
}

/// The authenticated caller. Extracting it from a request without valid credentials
/// answers 401.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: Uuid,
    pub via: AuthVia,
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        current(parts, state)
            .await?
            .ok_or_else(ApiError::unauthorized)
    }
}

/// The caller, if any. A present but invalid `Authorization` header is an error, never a
/// silent fall back to the cookie.
pub async fn current(parts: &mut Parts, state: &AppState) -> Result<Option<CurrentUser>, ApiError> {
    if let Some(header) = parts.headers.get(AUTHORIZATION) {
        let token = header
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(ApiError::unauthorized)?;
        let scope = DbScope::new(state.db.clone());
        return match tokens::authenticate(&scope, token.trim()).await {
            Ok(Some((id, user))) => Ok(Some(CurrentUser {
                id: user,
                via: AuthVia::Token { id },
            })),
            Ok(None) => Err(ApiError::unauthorized()),
            Err(e) => Err(crate::server::error::db_error(e, "token lookup").into()),
        };
    }
    let Ok(session) = Session::from_request_parts(parts, state).await else {
        return Ok(None);
    };
    if session.id().is_none() {
        return Ok(None);
    }
    let max_age = state.config.session_max_age;
    match session_user_within(&session, max_age).await {
        Ok(user) => Ok(user.map(|id| CurrentUser {
            id,
            via: AuthVia::Session,
        })),
        Err(e) => Err(e.into()),
    }
}

/// The session's user, unless the sign-in is older than `max_age` (then the session is
/// ended on the server).
async fn session_user_within(
    session: &Session,
    max_age: time::Duration,
) -> Result<Option<Uuid>, crate::app::types::AppError> {
    let fail = |e: tower_sessions::session::Error| {
        tracing::error!(error = %e, "session load failed");
        crate::app::types::AppError::Internal
    };
    let Some(user) = session.get::<Uuid>(USER_KEY).await.map_err(fail)? else {
        return Ok(None);
    };
    let signed_in_at = session
        .get::<i64>(SIGNED_IN_AT)
        .await
        .map_err(fail)?
        .unwrap_or(0);
    let age = time::OffsetDateTime::now_utc().unix_timestamp() - signed_in_at;
    if age > max_age.whole_seconds() {
        sign_out(session).await.map_err(fail)?;
        return Ok(None);
    }
    Ok(Some(user))
}

/// Signs `user` in on this session under a new session id (no fixation).
pub async fn sign_in(session: &Session, user: Uuid) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    session.insert(USER_KEY, user).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    session.insert(SIGNED_IN_AT, now).await
}

/// Deletes the session on the server; its cookie is useless afterwards.
pub async fn sign_out(session: &Session) -> Result<(), tower_sessions::session::Error> {
    session.flush().await
}

/// The signed-in user's id on this session, for server functions.
pub async fn session_user(session: &Session) -> Result<Option<Uuid>, crate::app::types::AppError> {
    if session.id().is_none() {
        return Ok(None);
    }
    let state = leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("no AppState in the server function's context");
        crate::app::types::AppError::Internal
    })?;
    session_user_within(session, state.config.session_max_age).await
}

/// The request's session, for server functions.
pub async fn session() -> Result<Session, crate::app::types::AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer around this request");
        crate::app::types::AppError::Internal
    })
}
