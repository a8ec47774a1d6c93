//! Layers that need the caller: the write quota per user, and read-your-writes (the
//! request's `DbScope`, with the session's last write position as its floor).

use crate::app::types::AppError;
use crate::server::accounts::auth::{current, has_bearer_token};
use crate::server::http::api::ApiError;
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
    use axum::response::IntoResponse;
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
        let error = AppError::from(limited);
        let browser_navigation = parts
            .headers
            .get(axum::http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        return if parts.uri.path().starts_with("/api/v1/") {
            ApiError::from(error).into_response()
        } else if browser_navigation {
            // A form posted without JavaScript.
            rate_limited_page(&error)
        } else {
            // A server function called by the hydrated app, which reads an `AppError`.
            rate_limited_fn(&error)
        };
    }
    parts.extensions.insert(user);
    next.run(axum::extract::Request::from_parts(parts, body))
        .await
}

fn retry_after(error: &AppError) -> axum::http::HeaderValue {
    match error {
        AppError::RateLimited { retry_after_secs } => (*retry_after_secs).into(),
        _ => axum::http::HeaderValue::from_static("60"),
    }
}

/// A server function's error answer: the `AppError` as JSON.
fn rate_limited_fn(error: &AppError) -> axum::response::Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, retry_after(error))],
        axum::Json(error),
    )
        .into_response()
}

/// A form posted without JavaScript: a page a person can read.
fn rate_limited_page(error: &AppError) -> axum::response::Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    let body = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Slow down · Haven</title></head>\
         <body><main><h1>Slow down</h1><p>{error}</p><p><a href=\"/\">Back to Haven</a></p></main></body></html>"
    );
    (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, retry_after(error))],
        axum::response::Html(body),
    )
        .into_response()
}
