//! Requests through the router, and what tests read back from a response: its JSON, the
//! API's error code and field, a session cookie, a redirect, `Retry-After`, a metric.
//! Each reading is here once, so a change to the wire format is one change in the tests.

use axum::Router;
use axum::body::Body;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

pub struct TestResponse {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

/// Sends one request through the router.
pub async fn send(app: &Router, method: &str, uri: &str, cookie: Option<&str>) -> TestResponse {
    let headers: Vec<(&str, &str)> = cookie.map(|c| ("cookie", c)).into_iter().collect();
    request(app, method, uri, &headers, None).await
}

pub async fn get(app: &Router, uri: &str) -> TestResponse {
    send(app, "GET", uri, None).await
}

/// Sends a prepared request through the router.
pub async fn send_request(app: &Router, req: axum::http::Request<Body>) -> TestResponse {
    // A request that never answers fails its test here, naming it, instead of holding the
    // whole run until CI's limit.
    let what = format!("{} {}", req.method(), req.uri());
    let response = tokio::time::timeout(REQUEST_LIMIT, app.clone().oneshot(req))
        .await
        .unwrap_or_else(|_| panic!("{what} did not answer within {REQUEST_LIMIT:?}"))
        .expect("infallible");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    TestResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// The longest any one request of a test may take.
const REQUEST_LIMIT: std::time::Duration = std::time::Duration::from_secs(90);

/// Sends a request with headers and an optional JSON body.
pub async fn request(
    app: &Router,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    json: Option<Value>,
) -> TestResponse {
    let mut req = axum::http::Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let body = match json {
        Some(v) => {
            req = req.header("content-type", "application/json");
            Body::from(v.to_string())
        }
        None => Body::empty(),
    };
    send_request(app, req.body(body).expect("request")).await
}

/// An API call by the holder of `bearer` (an `Authorization` header value such as
/// `accounts::token` returns), or by nobody with `None`.
pub async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    bearer: Option<&str>,
    json: Option<Value>,
) -> TestResponse {
    let headers: Vec<(&str, &str)> = bearer.map(|b| ("authorization", b)).into_iter().collect();
    request(app, method, uri, &headers, json).await
}

/// Uploads raw bytes of `content_type` (a photo) as the holder of `bearer`.
pub async fn upload(
    app: &Router,
    method: &str,
    uri: &str,
    bearer: &str,
    content_type: &str,
    bytes: Vec<u8>,
) -> TestResponse {
    let req = axum::http::Request::builder()
        .method(method)
        .uri(uri)
        .header("authorization", bearer)
        .header("content-type", content_type)
        .body(Body::from(bytes))
        .expect("request");
    send_request(app, req).await
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// A header's value as text; empty when it is absent or not text.
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// `error.code` of the API's error body; empty when there is none.
    pub fn error_code(&self) -> String {
        self.error("code")
    }

    /// `error.field` of the API's error body: the input the error is about.
    pub fn error_field(&self) -> String {
        self.error("field")
    }

    /// `error.message` of the API's error body: what a person is shown.
    pub fn error_message(&self) -> String {
        self.error("message")
    }

    fn error(&self, key: &str) -> String {
        self.json()["error"][key]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The `name=value` part of the session cookie the response set.
    pub fn cookie(&self) -> String {
        let header = self.headers["set-cookie"]
            .to_str()
            .expect("a session cookie");
        header.split(';').next().unwrap_or_default().to_owned()
    }

    /// Where a redirect sends the browser.
    pub fn location(&self) -> Option<&str> {
        self.headers.get("location").and_then(|l| l.to_str().ok())
    }

    /// `Retry-After` in seconds.
    pub fn retry_after(&self) -> Option<u64> {
        self.header("retry-after").parse().ok()
    }
}

/// The value of one series (`name{labels}` as Prometheus prints it) in a /metrics body;
/// `None` when the series has not been recorded.
pub fn metric(body: &str, series: &str) -> Option<f64> {
    body.lines().find_map(|l| {
        l.strip_prefix(series)
            .and_then(|rest| rest.trim().parse().ok())
    })
}

/// A listing body `POST /api/v1/listings` accepts: every part filled in.
pub fn lisbon_loft() -> Value {
    json!({
        "title": "Sunny loft in Alfama",
        "description": "Two rooms with a view of the river, ten minutes from the tram.",
        "property_type": "loft",
        "location": {"address": "Rua dos Remédios 12", "city": "Lisbon", "country": "Portugal",
                     "coordinates": {"type": "Point", "coordinates": [-9.13, 38.71]}},
        "capacity": {"max_guests": 3, "bedrooms": 1, "beds": 2, "bathrooms": 1.5},
        "amenities": ["wifi", "kitchen"],
        "house_rules": {"pets_allowed": true, "notes": "Quiet after 22:00."},
        "price_per_night": {"amount_minor": 9550, "currency": "EUR"},
        "cleaning_fee": {"amount_minor": 3000, "currency": "EUR"},
        "booking": {"instant_book": true, "min_nights": 2, "cancellation_policy": "flexible"}
    })
}
