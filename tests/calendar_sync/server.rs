//! The other sites, for the tests: an HTTP server on 127.0.0.1 (a free port) answering
//! each path as the test says (a calendar with validators, a status, an endless body, no
//! answer at all, a redirect), and recording the conditional headers it was sent.

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub enum Reply {
    /// 200 with this body, an ETag and a Last-Modified; 304 to a matching If-None-Match.
    Calendar { body: String, etag: String },
    /// Just this status.
    Status(u16),
    /// 200 and bytes that never end (chunked, no Content-Length).
    Endless,
    /// 200 with a Content-Length of this many bytes (a body that size).
    Declared(usize),
    /// Accepts the request and never answers.
    Silent,
    /// 302 to this URL.
    Redirect(String),
}

/// What a request carried.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub if_none_match: Option<String>,
    pub if_modified_since: Option<String>,
}

#[derive(Clone, Default)]
struct Shared {
    replies: Arc<Mutex<HashMap<String, Reply>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

pub struct FeedServer {
    pub base: String,
    shared: Shared,
}

pub const LAST_MODIFIED: &str = "Tue, 01 Dec 2026 10:00:00 GMT";

impl FeedServer {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a free port");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Shared::default();
        let app = Router::new().fallback(answer).with_state(shared.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Self { base, shared }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn set(&self, path: &str, reply: Reply) {
        self.shared
            .replies
            .lock()
            .expect("lock")
            .insert(path.to_string(), reply);
    }

    /// A calendar at `path`, its ETag derived from the body.
    pub fn calendar(&self, path: &str, body: String) {
        let etag = format!(
            "\"{:x}\"",
            body.len() * 31 + body.bytes().map(usize::from).sum::<usize>()
        );
        self.set(path, Reply::Calendar { body, etag });
    }

    pub fn seen(&self, path: &str) -> Vec<Seen> {
        self.shared
            .seen
            .lock()
            .expect("lock")
            .iter()
            .filter(|s| s.path == path)
            .cloned()
            .collect()
    }
}

async fn answer(State(shared): State<Shared>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let headers = req.headers().clone();
    drop(req);
    let header_text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let seen = Seen {
        path: path.clone(),
        if_none_match: header_text(header::IF_NONE_MATCH),
        if_modified_since: header_text(header::IF_MODIFIED_SINCE),
    };
    shared.seen.lock().expect("lock").push(seen.clone());
    let reply = shared.replies.lock().expect("lock").get(&path).cloned();
    match reply {
        None => StatusCode::NOT_FOUND.into_response(),
        Some(Reply::Status(code)) => StatusCode::from_u16(code)
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            .into_response(),
        Some(Reply::Calendar { body, etag }) => {
            if seen.if_none_match.as_deref() == Some(etag.as_str()) {
                return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
            }
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "text/calendar; charset=utf-8".to_string(),
                    ),
                    (header::ETAG, etag),
                    (header::LAST_MODIFIED, LAST_MODIFIED.to_string()),
                ],
                body,
            )
                .into_response()
        }
        Some(Reply::Endless) => {
            let chunk = bytes::Bytes::from(vec![b'X'; 64 * 1024]);
            let stream =
                futures::stream::repeat_with(move || Ok::<_, std::io::Error>(chunk.clone()));
            Body::from_stream(stream).into_response()
        }
        Some(Reply::Declared(n)) => (
            [(header::CONTENT_TYPE, "text/calendar")],
            "BEGIN:VCALENDAR\r\n".to_string() + &" ".repeat(n.saturating_sub(17)),
        )
            .into_response(),
        Some(Reply::Silent) => {
            std::future::pending::<()>().await;
            StatusCode::OK.into_response()
        }
        Some(Reply::Redirect(to)) => (StatusCode::FOUND, [(header::LOCATION, to)]).into_response(),
    }
}
