//! Who is making this request: a bearer token (API clients) or the session cookie
//! (browsers). `CurrentUser` is the extractor every protected handler takes.

use crate::app::types::AppError;
use crate::server::accounts::tokens;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use tower_sessions::Session;
use uuid::Uuid;

/// Session key holding the signed-in user's id.
const USER_KEY: &str = "haven.user_id";
/// Session key holding when the user signed in (Unix seconds), for the absolute lifetime.
const SIGNED_IN_AT: &str = "haven.signed_in_at";
/// Session key holding the account's `auth_epoch` at sign-in.
const EPOCH: &str = "haven.auth_epoch";
/// Session key holding when the session was last saved because it was used (Unix seconds).
const TOUCHED_AT: &str = "haven.touched_at";

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

/// The signed-in account's display preferences, read with the session's check and left in
/// the request's extensions by [`current`]: its language (`None`: not chosen), the one it
/// last read Haven in (what its e-mails use when it has no preference), and the currency
/// it reads prices in (`None`: each listing's own).
#[derive(Clone, Debug)]
pub struct AccountPrefs {
    pub preferred: Option<crate::app::i18n::Locale>,
    pub last: Option<crate::app::i18n::Locale>,
    pub display_currency: Option<crate::app::types::Currency>,
    /// The account's time zone; "UTC" (the default) when it never chose one.
    pub time_zone: Option<String>,
}

/// The caller if there is one: for handlers that answer everyone but show more to some.
/// Invalid credentials are still a 401, never read as "signed out".
pub struct MaybeUser(pub Option<CurrentUser>);

/// Whether the request carries a bearer token (an API client: no cookies, no ambient
/// credential). Says nothing about whether the token is valid.
pub fn has_bearer_token(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(AUTHORIZATION)
        .is_some_and(|v| v.as_bytes().starts_with(b"Bearer "))
}

/// The caller, if any. A present but invalid `Authorization` header is an error
/// (`Unauthorized`), never a silent fall back to the cookie. Resolved once per request: an earlier layer (the write
/// limit) leaves its answer in the request's extensions.
pub async fn current(parts: &mut Parts, state: &AppState) -> Result<Option<CurrentUser>, AppError> {
    if let Some(user) = parts.extensions.get::<CurrentUser>() {
        return Ok(Some(user.clone()));
    }
    if let Some(header) = parts.headers.get(AUTHORIZATION) {
        let token = header
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?;
        let scope = DbScope::new(state.db.clone());
        return match tokens::authenticate(&scope, token.trim()).await {
            Ok(Some((id, user))) => Ok(Some(CurrentUser {
                id: user,
                via: AuthVia::Token { id },
            })),
            Ok(None) => Err(AppError::Unauthorized),
            Err(e) => Err(crate::server::platform::error::db_error(e, "token lookup")),
        };
    }
    let Ok(session) = Session::from_request_parts(parts, state).await else {
        return Ok(None);
    };
    if session.id().is_none() {
        return Ok(None);
    }
    let Some((id, languages)) = session_user_within(&session, state).await? else {
        return Ok(None);
    };
    parts.extensions.insert(languages);
    Ok(Some(CurrentUser {
        id,
        via: AuthVia::Session,
    }))
}

/// The session's user, unless the sign-in is older than the absolute lifetime or was made
/// before the account's password last changed (then the session is ended on the server).
async fn session_user_within(
    session: &Session,
    state: &AppState,
) -> Result<Option<(Uuid, AccountPrefs)>, AppError> {
    let fail = |e: tower_sessions::session::Error| {
        tracing::error!(error = %e, "session load failed");
        AppError::Internal
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
    let fresh = age <= state.config.session_max_age.whole_seconds();
    let epoch = session.get::<i32>(EPOCH).await.map_err(fail)?.unwrap_or(0);
    // On the primary: a password change elsewhere must end this session at once.
    // The same row gives the account's language, for the page (no second query).
    let row = sqlx::query!(
        "SELECT auth_epoch, preferred_language, last_language, display_currency::text,
                time_zone
         FROM users WHERE id = $1",
        user
    )
    .fetch_optional(state.db.primary())
    .await
    .map_err(|e| crate::server::platform::error::db_error(e, "session epoch"))?;
    let tag = |t: Option<&str>| t.and_then(crate::app::i18n::Locale::from_tag);
    let languages = AccountPrefs {
        preferred: tag(row.as_ref().and_then(|r| r.preferred_language.as_deref())),
        last: tag(row.as_ref().and_then(|r| r.last_language.as_deref())),
        display_currency: row
            .as_ref()
            .and_then(|r| r.display_currency.as_deref())
            .and_then(crate::app::types::Currency::from_code),
        time_zone: row.as_ref().map(|r| r.time_zone.clone()),
    };
    if !fresh || row.map(|r| r.auth_epoch) != Some(epoch) {
        sign_out(session).await.map_err(fail)?;
        return Ok(None);
    }
    // The store only extends a session's idle expiry when the session is saved, and it is
    // saved only when changed: mark it used now and then, so an active session stays alive
    // without a write on every request.
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let touched_at = session
        .get::<i64>(TOUCHED_AT)
        .await
        .map_err(fail)?
        .unwrap_or(signed_in_at);
    if needs_touch(now, touched_at, state.config.session_idle) {
        session.insert(TOUCHED_AT, now).await.map_err(fail)?;
    }
    Ok(Some((user, languages)))
}

/// Whether a session last saved at `touched_at` should be saved again to push its idle
/// expiry forward: once a tenth of the idle timeout has passed, at most hourly.
fn needs_touch(now: i64, touched_at: i64, idle: time::Duration) -> bool {
    let every = (idle.whole_seconds() / 10).clamp(1, 3_600);
    now - touched_at >= every
}

/// Signs `user` in on this session under a new session id (no fixation). `epoch` is the
/// account's `auth_epoch` as of this sign-in.
pub async fn sign_in(
    session: &Session,
    user: Uuid,
    epoch: i32,
) -> Result<(), tower_sessions::session::Error> {
    session.cycle_id().await?;
    session.insert(USER_KEY, user).await?;
    session.insert(EPOCH, epoch).await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    session.insert(SIGNED_IN_AT, now).await
}

/// Deletes the session on the server; its cookie is useless afterwards.
pub async fn sign_out(session: &Session) -> Result<(), tower_sessions::session::Error> {
    session.flush().await
}

/// The signed-in user's id on this session, for server functions.
pub async fn session_user(session: &Session) -> Result<Option<Uuid>, AppError> {
    if let Some(parts) = leptos::prelude::use_context::<Parts>()
        && let Some(user) = parts.extensions.get::<CurrentUser>()
        && user.via == AuthVia::Session
    {
        return Ok(Some(user.id));
    }
    if session.id().is_none() {
        return Ok(None);
    }
    let state = leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("no AppState in the server function's context");
        AppError::Internal
    })?;
    Ok(session_user_within(session, &state)
        .await?
        .map(|(id, _)| id))
}

/// The signed-in user's id, or `Unauthorized`: the first line of every server function
/// that acts for a person.
pub async fn require_user() -> Result<Uuid, AppError> {
    let session = session().await?;
    session_user(&session).await?.ok_or(AppError::Unauthorized)
}

/// Succeeds when `user` hosts listing `listing`: the check behind every host-side change.
/// An unknown listing is `NotFound`; someone else's is `Forbidden`. Read from the primary,
/// so a listing created a moment ago is found.
pub async fn require_host_of(db: &DbScope, user: Uuid, listing: i64) -> Result<(), AppError> {
    let host = sqlx::query_scalar!("SELECT host_id FROM listings WHERE id = $1", listing)
        .fetch_optional(db.db().primary())
        .await
        .map_err(|e| crate::server::platform::error::db_error(e, "listing host"))?;
    match host {
        None => Err(AppError::NotFound("Listing".into())),
        Some(host) if host == user => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// The request's session, for server functions.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer around this request");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use super::needs_touch;

    #[test]
    fn sessions_are_re_saved_now_and_then_not_on_every_request() {
        let two_weeks = time::Duration::days(14);
        assert!(!needs_touch(1_000, 1_000, two_weeks));
        assert!(!needs_touch(1_000 + 3_599, 1_000, two_weeks));
        assert!(
            needs_touch(1_000 + 3_600, 1_000, two_weeks),
            "hourly at most"
        );
        let ten_minutes = time::Duration::minutes(10);
        assert!(
            needs_touch(1_060, 1_000, ten_minutes),
            "a tenth of a short timeout"
        );
        assert!(!needs_touch(1_059, 1_000, ten_minutes));
    }
}
