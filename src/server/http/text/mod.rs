//! Text from outside, judged in one place, before routing: every key and value of the query
//! string, of a URL-encoded form body and of a JSON body (every string and key, named by its
//! JSON path) must be UTF-8 without control characters (tab, line feed and carriage return
//! excepted) and at most [`MAX_CHARS`] characters long.
//!
//! Why here and not in each type: PostgreSQL cannot store a NUL in `text`, so one that
//! reached a query used to fail as a 500, and every handler and server function would have
//! had to remember it. Each domain type keeps its own, tighter, limits and messages; this
//! only refuses what no field of Haven accepts. Right-to-left marks, emoji, CJK and
//! combining marks are ordinary text and pass unchanged.
//!
//! The refusal is a 400 naming the field, in the shape the caller reads: the API's
//! `{"error": ...}` under `/api/v1/`, an `AppError` for a server function called by the
//! hydrated app, a small page for a browser (pages, forms posted without JavaScript).
//! Multipart uploads pass untouched; requests with neither a query nor a body cost one
//! header lookup.

mod fields;

pub use fields::{Refusal, check_json, check_urlencoded};

use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::server::http::early;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{header, request::Parts};
use axum::middleware::Next;
use axum::response::Response;
use futures::StreamExt;

/// The longest text any one field may hold, in characters: above every domain limit (a
/// listing's description takes 10,000), so those keep their own messages.
pub const MAX_CHARS: usize = 20_000;

/// The largest body read to be checked: axum's default body limit, which every reader of
/// text bodies applies (`Json`, `Bytes`, server functions). A larger body, or a broken one,
/// is handed on unchecked, as it came, and its reader refuses it as it always did. A route
/// that raises its `DefaultBodyLimit` for JSON or a form would need this raised too.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

/// How a body is read by whoever reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BodyKind {
    Form,
    Json,
}

fn body_kind(parts: &Parts, body: &Body) -> Option<BodyKind> {
    let empty = body.is_end_stream()
        || parts
            .headers
            .get(header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() == b"0");
    if empty {
        return None;
    }
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if content_type.starts_with("multipart/") {
        return None;
    }
    // Server functions decode their URL-encoded arguments whatever the content type says.
    if parts.uri.path().starts_with("/api/fn/")
        || content_type == "application/x-www-form-urlencoded"
    {
        return Some(BodyKind::Form);
    }
    if content_type.starts_with("image/") || content_type == "application/octet-stream" {
        return None;
    }
    // JSON, and anything else a handler might read as JSON (an optional body does not ask
    // for the content type).
    Some(BodyKind::Json)
}

enum Buffered {
    Whole(Bytes),
    /// Past the limit, or broken: the body as it came (what was read, then any error,
    /// then the rest), for its reader to refuse.
    Unread(Body),
}

async fn buffer(body: Body, limit: usize) -> Buffered {
    let mut stream = body.into_data_stream();
    let mut read = bytes::BytesMut::new();
    let mut error = None;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(chunk) => {
                read.extend_from_slice(&chunk);
                if read.len() <= limit {
                    continue;
                }
            }
            Err(e) => error = Some(e),
        }
        let head = std::iter::once(Ok(read.freeze())).chain(error.map(Err));
        return Buffered::Unread(Body::from_stream(futures::stream::iter(head).chain(stream)));
    }
    Buffered::Whole(read.freeze())
}

/// The middleware: see the module's documentation.
pub async fn check_text(req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    if let Some(query) = parts.uri.query()
        && let Err(refusal) = check_urlencoded(query.as_bytes())
    {
        return refuse(&parts, &refusal);
    }
    let Some(kind) = body_kind(&parts, &body) else {
        return next.run(Request::from_parts(parts, body)).await;
    };
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let bytes = match buffer(body, MAX_BODY_BYTES).await {
        Buffered::Whole(bytes) => bytes,
        Buffered::Unread(body) => return next.run(Request::from_parts(parts, body)).await,
    };
    let checked = match kind {
        BodyKind::Form => check_urlencoded(&bytes),
        BodyKind::Json => check_json(&bytes),
    };
    match checked {
        Ok(()) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Err(refusal) => refuse(&parts, &refusal),
    }
}

/// The refusal, in the shape the caller reads (see [`early`](crate::server::http::early)).
fn refuse(parts: &Parts, refusal: &Refusal) -> Response {
    let (field, message) = (refusal.field(), refusal.message());
    tracing::info!(field, "text refused: {message}");
    let error = AppError::Form {
        errors: vec![FieldError::new(field, message)],
        values: Vec::new(),
    };
    early::answer(parts, error, "Check what you typed")
}
