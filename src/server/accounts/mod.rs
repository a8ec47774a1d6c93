//! Accounts: registration, credentials, profiles. Credential reads use the primary: a
//! sign-in right after registering, or a token revoked a moment ago, must be seen at once.

pub mod auth;
pub mod change_email;
mod credentials;
pub mod mail;
pub mod password;
mod profile;
pub mod recovery;
pub mod tokens;
pub mod verification;

pub use credentials::{Credentials, Registration, authenticate, change_password, register};
pub use profile::{ProfileUpdate, me, session_user, set_avatar, update_profile};

use crate::app::types::AppError;
use crate::app::types::account::FieldError;

/// Why an account operation failed, in terms a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{}", .0.first().map(|e| e.message.as_str()).unwrap_or("Invalid input."))]
    Invalid(Vec<FieldError>),
    #[error("{}", crate::tr!("account-error-email-taken"))]
    EmailTaken,
    /// Unknown email and wrong password alike: never say which.
    #[error("{}", crate::tr!("account-error-invalid-credentials"))]
    InvalidCredentials,
    #[error(transparent)]
    App(#[from] AppError),
}
