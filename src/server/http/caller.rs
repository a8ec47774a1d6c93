//! Layers that need the caller: the write quota per user, and read-your-writes (the
//! request's `DbScope`, with the session's last write position as its floor).

use crate::app::types::AppError;
use crate::server::accounts::auth::{current, has_bearer_token};
use crate::server::platform::db::{DbScope, Lsn};
use crate::server::platform::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

/// Session key holding the WAL position of the session's last write.
const LAST_WRITE_LSN: &str = "haven.last_write_lsn";

/// Gives the request a [`DbScope`] whose reads see the session's earlier writes, and after
/// the request records the position of any write it made in the session.
pub async fn read_your_writes(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    // Only a request that carries a session cookie can have written before; without one
    // this costs nothing.
    let floor = if session.id().is_some() {
        match session.get::<u64>(LAST_WRITE_LSN).await {
            Ok(lsn) => lsn.map(Lsn),
            Err(e) => {
                // Unknown history: be safe and read from the primary for this request.
                tracing::warn!(error = %e, "could not load the session; reading from the primary");
                Some(Lsn(u64::MAX))
            }
        }
    } else {
        None
    };
    // A bearer-token client keeps no cookies: giving it a session would only add a write
    // to the primary (one that fails, as a 500, while the primary is away).
    let bearer = has_bearer_token(req.headers());
    let scope = DbScope::with_floor(state.db.clone(), floor);
    req.extensions_mut().insert(scope.clone());
    let response = next.run(req).await;
    if let Some(written) = scope.written()
        && !bearer
        && let Err(e) = session.insert(LAST_WRITE_LSN, written.0).await
    {
        tracing::error!(error = %e, "could not record the write position in the session");
    }
    response
}

/// State-changing requests by a signed-in user are limited per user (any credential): 429
/// with `Retry-After` beyond the quota. The caller it resolves is left in the request's
/// extensions, so the handler does not look it up again.
pub async fn writes_per_user(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if req.method().is_safe() {
        return next.run(req).await;
    }
    let (mut parts, body) = req.into_parts();
    // Bad credentials are the handler's to answer (401), in its own shape.
    let user = current(&mut parts, &state).await.ok().flatten();
    let Some(user) = user else {
        return next
            .run(axum::extract::Request::from_parts(parts, body))
            .await;
    };
    if let Err(limited) = state.limits.user_write(user.id) {
        tracing::warn!(user = %user.id, "write rate limit reached");
        return crate::server::http::early::answer(&parts, AppError::from(limited), "Slow down");
    }
    parts.extensions.insert(user);
    next.run(axum::extract::Request::from_parts(parts, body))
        .await
}
