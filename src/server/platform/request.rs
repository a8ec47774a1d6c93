//! How server functions and SSR resources reach the request's database scope and the
//! application state.

use crate::app::types::AppError;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;

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
