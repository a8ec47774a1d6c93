//! Errors answered before routing (the per-user write quota in `caller.rs`, the text guard
//! in `text/`), in the shape whoever sent the request reads: the API's `{"error": ...}`
//! under `/api/v1/`, an `AppError` as JSON for a server function called by the hydrated
//! app, and otherwise a small page a person can read (a form posted without JavaScript, a
//! URL typed in the address bar).

use crate::app::types::AppError;
use crate::server::http::api::ApiError;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

/// Who reads an early answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Api,
    ServerFn,
    Person,
}

impl Reader {
    pub fn of(parts: &Parts) -> Self {
        let path = parts.uri.path();
        let navigation = parts
            .headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
        if path.starts_with("/api/v1/") {
            Self::Api
        } else if path.starts_with("/api/fn/") && !navigation {
            Self::ServerFn
        } else {
            Self::Person
        }
    }
}

/// `error` answered for the sender of `parts`; a person's page is headed `title`.
pub fn answer(parts: &Parts, error: AppError, title: &str) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = match Reader::of(parts) {
        Reader::Api => return ApiError::from(error).into_response(),
        Reader::ServerFn => (status, axum::Json(&error)).into_response(),
        Reader::Person => (status, Html(page(title, &error.to_string()))).into_response(),
    };
    if let AppError::RateLimited { retry_after_secs } = error {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
    }
    response
}

/// A page a person can read, with `message` escaped.
fn page(title: &str, message: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Haven</title></head>\
         <body><main><h1>{title}</h1><p>{message}</p>\
         <p><a href=\"/\">Back to Haven</a></p></main></body></html>",
        title = escape(title),
        message = escape(message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(path: &str, accept: &str) -> Parts {
        let (parts, ()) = axum::http::Request::builder()
            .uri(path)
            .header(header::ACCEPT, accept)
            .body(())
            .expect("request")
            .into_parts();
        parts
    }

    #[test]
    fn the_reader_follows_the_path_and_what_is_accepted() {
        assert_eq!(
            Reader::of(&parts("/api/v1/bookings", "text/html")),
            Reader::Api
        );
        assert_eq!(
            Reader::of(&parts("/api/fn/sign_in", "*/*")),
            Reader::ServerFn
        );
        assert_eq!(
            Reader::of(&parts("/api/fn/sign_in", "text/html")),
            Reader::Person
        );
        assert_eq!(Reader::of(&parts("/search?q=x", "*/*")), Reader::Person);
    }

    #[test]
    fn the_page_escapes_what_it_repeats() {
        let html = page("Check", "`<b>` & \"x\"");
        assert!(html.contains("`&lt;b&gt;` &amp; &quot;x&quot;"));
    }
}
