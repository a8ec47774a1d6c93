//! Turning internal failures into errors safe to show, with the cause logged.

use crate::app::types::AppError;
use crate::server::platform::db::is_unavailable;

/// Logs a database error with what was being done, and maps it to what a user may see:
/// "try again" when the database is unreachable, an opaque internal error otherwise.
pub fn db_error(e: sqlx::Error, doing: &'static str) -> AppError {
    if is_unavailable(&e) {
        tracing::warn!(error = %e, doing, "database unavailable");
        AppError::Unavailable
    } else {
        tracing::error!(error = ?e, doing, "database error");
        AppError::Internal
    }
}
