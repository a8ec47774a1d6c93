use super::account::FieldError;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// The errors a page or server function can show a user. Messages are safe to display;
/// internal causes are logged on the server and never cross the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{0} was not found.")]
    NotFound(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("Please sign in to continue.")]
    Unauthorized,
    /// Signed in, but this is someone else's to change.
    #[error("You are not allowed to do that.")]
    Forbidden,
    /// Signed in, but the account has not proved its e-mail address yet (booking,
    /// publishing a listing).
    #[error(
        "Please verify your e-mail address first: follow the link we sent you, or ask for a new one on your account page."
    )]
    EmailUnverified,
    /// A form that did not pass: what is wrong with each field, and what was typed (never
    /// passwords), so a page rendered without JavaScript can show both.
    #[error("{}", .errors.first().map(|e| e.message.as_str()).unwrap_or("Check the form."))]
    Form {
        errors: Vec<FieldError>,
        values: Vec<(String, String)>,
    },
    /// The request clashes with the current state (dates already taken).
    #[error("{0}")]
    Conflict(String),
    /// Well formed, but against the rules (a stay shorter than the minimum).
    #[error("{0}")]
    Unprocessable(String),
    #[error("Too many attempts. Please wait {retry_after_secs} seconds and try again.")]
    RateLimited { retry_after_secs: u64 },
    #[error("Haven is having trouble reaching its database. Please try again in a moment.")]
    Unavailable,
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
    /// The request never reached the server function, or its reply was unreadable.
    #[error("Could not reach Haven: {0}")]
    Transport(String),
}

impl AppError {
    /// The message for `field`, when this is a form error about it.
    pub fn field_error(&self, field: &str) -> Option<String> {
        match self {
            Self::Form { errors, .. } => errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone()),
            _ => None,
        }
    }

    /// What was typed into `field`, when this is a form error that echoes it.
    pub fn typed(&self, field: &str) -> Option<String> {
        match self {
            Self::Form { values, .. } => values
                .iter()
                .find(|(k, _)| k == field)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// The HTTP status this error maps to.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::BadRequest(_) | Self::Form { .. } => 400,
            Self::Unauthorized => 401,
            Self::Forbidden | Self::EmailUnverified => 403,
            Self::Conflict(_) => 409,
            Self::Unprocessable(_) => 422,
            Self::RateLimited { .. } => 429,
            Self::Unavailable => 503,
            Self::Internal => 500,
            Self::Transport(_) => 502,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(msg)
            | ServerFnErrorErr::MissingArg(msg)
            | ServerFnErrorErr::Deserialization(msg) => {
                Self::BadRequest(format!("Invalid request: {msg}"))
            }
            other => Self::Transport(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_match_meaning() {
        assert_eq!(AppError::NotFound("Listing".into()).status(), 404);
        assert_eq!(AppError::BadRequest("x".into()).status(), 400);
        assert_eq!(AppError::Unavailable.status(), 503);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn bad_arguments_become_bad_requests() {
        let e = AppError::from_server_fn_error(ServerFnErrorErr::Args("id".into()));
        assert_eq!(e.status(), 400);
    }
}
