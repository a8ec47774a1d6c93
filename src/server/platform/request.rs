//! Per-request plumbing: the read-your-writes scope, and how server functions reach it.

use crate::app::types::AppError;
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
    let bearer = crate::server::accounts::auth::has_bearer_token(req.headers());
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

/// The current request's database scope, for server functions and SSR resources.
pub async fn db() -> Result<DbScope, AppError> {
    match leptos_axum::extract::<axum::Extension<DbScope>>().await {
        Ok(axum::Extension(scope)) => Ok(scope),
        Err(e) => {
            tracing::error!(error = %e, "request has no database scope: is the middleware wired?");
            Err(AppError::Internal)
        }
    }
}

/// The application state, for server functions.
pub fn state() -> Result<AppState, AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| {
        tracing::error!("no application state in the render context");
        AppError::Internal
    })
}
