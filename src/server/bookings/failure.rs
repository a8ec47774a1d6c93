//! What can go wrong inside one of the engine's transactions.

use crate::app::types::AppError;

/// Inside a transaction: either the caller's error (roll back, answer it) or the
/// database's.
pub(super) enum Failure {
    App(AppError),
    Db(sqlx::Error),
}

impl From<sqlx::Error> for Failure {
    fn from(e: sqlx::Error) -> Self {
        Self::Db(e)
    }
}

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}
