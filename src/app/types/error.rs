use super::account::FieldError;
use crate::tr;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// The errors a page or server function can show a user. Messages are safe to display;
/// internal causes are logged on the server and never cross the wire. Their text
/// (`Display`) is in the language of the page or request that shows them
/// (`locales/*/errors.ftl`); the strings some variants carry are written by the server in
/// the request's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// What was not found, in English ("Listing"): the known names read as a whole
    /// sentence in each language; any other text is put in a general one.
    NotFound(String),
    BadRequest(String),
    Unauthorized,
    /// Signed in, but this is someone else's to change.
    Forbidden,
    /// Signed in, but the account has not proved its e-mail address yet (booking,
    /// publishing a listing).
    EmailUnverified,
    /// A form that did not pass: what is wrong with each field, and what was typed (never
    /// passwords), so a page rendered without JavaScript can show both.
    Form {
        errors: Vec<FieldError>,
        values: Vec<(String, String)>,
    },
    /// The request clashes with the current state (dates already taken).
    Conflict(String),
    /// Well formed, but against the rules (a stay shorter than the minimum).
    Unprocessable(String),
    RateLimited {
        retry_after_secs: u64,
    },
    Unavailable,
    Internal,
    /// The request never reached the server function, or its reply was unreadable.
    Transport(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NotFound(what) => not_found(what),
            Self::BadRequest(m) | Self::Conflict(m) | Self::Unprocessable(m) => m.clone(),
            Self::Unauthorized => tr!("error-unauthorized"),
            Self::Forbidden => tr!("error-forbidden"),
            Self::EmailUnverified => tr!("error-email-unverified"),
            Self::Form { errors, .. } => match errors.first() {
                Some(e) => e.message.clone(),
                None => tr!("error-check-form"),
            },
            Self::RateLimited { retry_after_secs } => {
                tr!("error-rate-limited", seconds = *retry_after_secs)
            }
            Self::Unavailable => tr!("error-unavailable"),
            Self::Internal => tr!("error-internal"),
            Self::Transport(detail) => tr!("error-transport", detail = detail.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for AppError {}

/// "Listing was not found.", for the things Haven names in its 404s.
fn not_found(what: &str) -> String {
    let key = match what {
        "Listing" => "error-not-found-listing",
        "Saved listing" => "error-not-found-saved-listing",
        "Booking" => "error-not-found-booking",
        "Photo" => "error-not-found-photo",
        "Review" => "error-not-found-review",
        "Conversation" => "error-not-found-conversation",
        "Calendar" => "error-not-found-calendar",
        "Calendar feed" => "error-not-found-calendar-feed",
        "Conflict" => "error-not-found-conflict",
        "Guidebook place" => "error-not-found-guidebook-place",
        "Plan" => "error-not-found-plan",
        "Plan stop" => "error-not-found-plan-stop",
        "Payout" => "error-not-found-payout",
        "Account" => "error-not-found-account",
        "User" => "error-not-found-user",
        other => return tr!("error-not-found", what = other),
    };
    crate::app::i18n::message(key)
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
                Self::BadRequest(tr!("error-invalid-request", detail = msg))
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
    fn messages_read_as_before_in_english() {
        assert_eq!(
            AppError::NotFound("Listing".into()).to_string(),
            "Listing was not found."
        );
        assert_eq!(
            AppError::NotFound("Widget".into()).to_string(),
            "Widget was not found."
        );
        assert_eq!(
            AppError::RateLimited {
                retry_after_secs: 30
            }
            .to_string(),
            "Too many attempts. Please wait 30 seconds and try again."
        );
        assert_eq!(AppError::Conflict("Taken.".into()).to_string(), "Taken.");
    }

    #[test]
    fn bad_arguments_become_bad_requests() {
        let e = AppError::from_server_fn_error(ServerFnErrorErr::Args("id".into()));
        assert_eq!(e.status(), 400);
    }
}
