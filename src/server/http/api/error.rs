//! The JSON error shape of /api/v1: `{"error": {"code", "message", "field"?}}`.

use crate::app::types::AppError;
use crate::server::accounts::AccountError;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
    /// Seconds for `Retry-After` (429).
    pub retry_after: Option<u64>,
}

/// The body of every /api/v1 error (and of the OpenAPI document's error responses).
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody<'a> {
    error: ErrorDetail<'a>,
}

/// What went wrong.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorDetail<'a> {
    /// Stable and machine-readable: `invalid`, `bad_json`, `bad_query`, `unauthorized`,
    /// `invalid_credentials`, `forbidden`, `cross_origin`, `not_found`, `conflict`,
    /// `email_taken`, `unprocessable`, `too_large`, `not_an_image`, `unreadable`,
    /// `missing`, `unsupported_media_type`, `rate_limited`, `unavailable`, `internal`, ...
    #[schema(example = "invalid")]
    code: &'a str,
    /// Safe to show a person.
    #[schema(example = "Enter the check-in date as YYYY-MM-DD.")]
    message: &'a str,
    /// The input field at fault, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(example = "check_in", nullable = false)]
    field: Option<&'a str>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            field: None,
            retry_after: None,
        }
    }

    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Sign in, or send a valid bearer token.",
        )
    }

    pub fn internal() -> Self {
        AppError::Internal.into()
    }

    /// 400 for input that did not parse, naming the first field at fault.
    pub fn invalid(errors: Vec<crate::app::types::account::FieldError>) -> Self {
        let first = errors.into_iter().next();
        Self {
            field: first.as_ref().map(|f| f.field.clone()),
            ..Self::new(
                StatusCode::BAD_REQUEST,
                "invalid",
                first.map_or("Invalid input.".into(), |f| f.message),
            )
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: &self.message,
                field: self.field.as_deref(),
            },
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        if let AppError::Form { errors, .. } = e {
            return Self::invalid(errors);
        }
        let code = match e {
            AppError::NotFound(_) => "not_found",
            AppError::BadRequest(_) => "bad_request",
            AppError::Form { .. } => "invalid",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::EmailUnverified => "email_unverified",
            AppError::Conflict(_) => "conflict",
            AppError::Unprocessable(_) => "unprocessable",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::Unavailable => "unavailable",
            AppError::Internal | AppError::Transport(_) => "internal",
        };
        let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let retry_after = match e {
            AppError::RateLimited { retry_after_secs } => Some(retry_after_secs),
            _ => None,
        };
        Self {
            retry_after,
            ..Self::new(status, code, e.to_string())
        }
    }
}

impl From<AccountError> for ApiError {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::Invalid(errors) => Self::invalid(errors),
            AccountError::EmailTaken => {
                Self::new(StatusCode::CONFLICT, "email_taken", e.to_string())
            }
            AccountError::InvalidCredentials => Self::new(
                StatusCode::UNAUTHORIZED,
                "invalid_credentials",
                e.to_string(),
            ),
            AccountError::App(app) => app.into(),
        }
    }
}

impl From<crate::server::platform::ratelimit::Limited> for ApiError {
    fn from(l: crate::server::platform::ratelimit::Limited) -> Self {
        AppError::from(l).into()
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        match r {
            JsonRejection::MissingJsonContentType(_) => Self::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send JSON with Content-Type: application/json.",
            ),
            other => Self::new(StatusCode::BAD_REQUEST, "bad_json", other.body_text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::types::account::FieldError;

    #[test]
    fn form_errors_name_their_first_field() {
        let e = ApiError::from(AppError::Form {
            errors: vec![
                FieldError::new("title", "Give the listing a title."),
                FieldError::new("city", "Choose a city."),
            ],
            values: Vec::new(),
        });
        assert_eq!(e.status, StatusCode::BAD_REQUEST);
        assert_eq!((e.code, e.field.as_deref()), ("invalid", Some("title")));
        assert_eq!(ApiError::from(AppError::Forbidden).field, None);
    }
}
