//! The world a property runs in: one application, two people, one listing.

use crate::MAX_URI;
use crate::common;
use crate::common::accounts::{PASSWORD, form_encode, register, sign_in_with, token};
use crate::common::{TestDb, TestResponse, request, send_request};
use axum::Router;
use axum::body::Body;
use haven::server::platform::ratelimit::Rate;
use serde_json::{Value, json};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::time::Duration;

/// One application with a host (Hana, with a listing), a guest (Gil), their tokens and
/// signed-in browser sessions; limits raised so that only the input decides the answer.
pub(crate) struct World {
    _t: TestDb,
    pub(crate) app: Router,
    pub(crate) host: String,
    pub(crate) guest: String,
    pub(crate) host_cookie: String,
    pub(crate) guest_cookie: String,
    pub(crate) listing: i64,
    /// Gil's conversation with Hana about the listing.
    pub(crate) conversation: i64,
    today: time::Date,
    /// Hands out fresh stays and emails, one per use.
    next: AtomicI64,
    /// The current password of Gil, who changes it.
    pub(crate) password: Mutex<String>,
    /// Answers seen: the guard's refusals, and successes with ordinary text (so that a
    /// property cannot pass without exercising both sides).
    pub(crate) refused: AtomicUsize,
    pub(crate) accepted: AtomicUsize,
}

impl World {
    pub(crate) async fn new() -> Self {
        let t = TestDb::new().await;
        let lots = Rate {
            burst: 1_000_000,
            period: Duration::from_millis(1),
        };
        let app = common::app_with(t.db(None), |c| {
            c.auth_per_ip = lots;
            c.sign_in_per_account = lots;
            c.writes_per_user = lots;
            c.messages_per_ten_minutes = i64::MAX;
        });
        for (email, name) in [("hana@example.com", "Hana"), ("gil@example.com", "Gil")] {
            assert_eq!(register(&app, email, name).await.status, 201);
        }
        let pool = t.primary_pool().await;
        common::accounts::mark_all_verified_directly(&pool).await;
        let listing = common::insert_listing(&pool, "Porto riverside loft")
            .await
            .expect("listing");
        sqlx::query("UPDATE listings SET booking_window_days = 730 WHERE id = $1")
            .bind(listing)
            .execute(&pool)
            .await
            .expect("window");
        let session = |email: &'static str| {
            let app = app.clone();
            async move {
                sign_in_with(&app, email, PASSWORD, "/", None)
                    .await
                    .cookie()
            }
        };
        let guest = token(&app, "gil@example.com").await;
        let asked = request(
            &app,
            "POST",
            &format!("/api/v1/listings/{listing}/inquiries"),
            &[("authorization", guest.as_str())],
            Some(json!({"body": "Is there parking nearby?"})),
        )
        .await;
        assert_eq!(asked.status, 201, "{}", asked.body);
        let conversation = asked.json()["conversation"]["id"]
            .as_i64()
            .expect("conversation");
        Self {
            host: token(&app, "hana@example.com").await,
            guest,
            conversation,
            host_cookie: session("hana@example.com").await,
            guest_cookie: session("gil@example.com").await,
            app,
            listing,
            today: time::OffsetDateTime::now_utc().date(),
            next: AtomicI64::new(0),
            password: Mutex::new(PASSWORD.to_string()),
            refused: AtomicUsize::new(0),
            accepted: AtomicUsize::new(0),
            _t: t,
        }
    }

    pub(crate) fn fresh(&self) -> i64 {
        self.next.fetch_add(1, Ordering::Relaxed)
    }

    /// A night no other stay of this run takes (the booking window is two years).
    pub(crate) fn stay(&self) -> (String, String) {
        let start = self.today + time::Duration::days(2 + self.fresh());
        (
            start.to_string(),
            (start + time::Duration::days(1)).to_string(),
        )
    }

    pub(crate) fn booking(&self, special_requests: &str) -> Value {
        let (check_in, check_out) = self.stay();
        json!({"listing_id": self.listing, "check_in": check_in, "check_out": check_out,
               "adults": 1, "special_requests": special_requests})
    }

    /// A pending booking of Gil's, made through the API.
    pub(crate) async fn pending_booking(&self) -> i64 {
        let r = self
            .json("POST", "/api/v1/bookings", &self.guest, self.booking("Hi"))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("booking id")
    }

    pub(crate) async fn json(
        &self,
        method: &str,
        uri: &str,
        token: &str,
        body: Value,
    ) -> TestResponse {
        let auth = [("authorization", token)];
        let headers: &[(&str, &str)] = if token.is_empty() { &[] } else { &auth };
        request(&self.app, method, uri, headers, Some(body)).await
    }

    /// A GET with `pairs` as its query; `None` when the URI would be too long to send.
    pub(crate) async fn get(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> Option<TestResponse> {
        let uri = format!("{path}?{}", encode(pairs));
        if uri.len() > MAX_URI {
            return None;
        }
        Some(request(&self.app, "GET", &uri, headers, None).await)
    }

    /// A URL-encoded form post, as the hydrated app (or, with `text/html`, a browser
    /// without JavaScript) sends it.
    pub(crate) async fn form(
        &self,
        uri: &str,
        cookie: Option<&str>,
        accept: &str,
        pairs: &[(&str, &str)],
    ) -> TestResponse {
        let mut req = axum::http::Request::builder()
            .method("POST")
            .uri(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", accept);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let body = Body::from(encode(pairs));
        send_request(&self.app, req.body(body).expect("request")).await
    }
}

pub(crate) fn encode(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `value` with `text` put at `path` (keys, or array indexes), made as needed.
pub(crate) fn with(mut value: Value, path: &[&str], text: &str) -> Value {
    let mut at = &mut value;
    for key in path {
        at = match key.parse::<usize>() {
            Ok(i) => {
                if !at.is_array() {
                    *at = json!([]);
                }
                let items = at.as_array_mut().expect("an array");
                if items.len() <= i {
                    items.resize(i + 1, Value::Null);
                }
                &mut items[i]
            }
            Err(_) => &mut at[*key],
        };
    }
    *at = json!(text);
    value
}
