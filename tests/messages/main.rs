//! Messages through the API, on a fresh database each: an inquiry that a booking continues,
//! unread counts and read receipts (`flow.rs`); who may read and write a conversation, the
//! size limit and the rate limit (`rules.rs`); a host's response statistics against a
//! brute-force computation (`stats.rs`); the pages without JavaScript (`pages.rs`).

#[path = "../common/mod.rs"]
mod common;
mod flow;
mod pages;
mod rules;
mod stats;

use axum::Router;
use common::accounts::signed_up;
use common::{TestDb, TestResponse, call};
use haven::server::platform::state::AppState;
use serde_json::{Value, json};
use sqlx::PgPool;
use time::Duration;

struct World {
    _t: TestDb,
    state: AppState,
    app: Router,
    pool: PgPool,
    host: String,
    guest: String,
    stranger: String,
    listing: i64,
}

impl World {
    /// A host (Hana) with one listing booked by request, a guest (Gil) and a third user
    /// (Sam).
    async fn new() -> Self {
        let t = TestDb::new().await;
        let state = common::state(t.db(None));
        let app = haven::server::http::router(state.clone());
        let host = signed_up(&app, "hana@example.com", "Hana").await;
        let guest = signed_up(&app, "gil@example.com", "Gil").await;
        let stranger = signed_up(&app, "sam@example.com", "Sam").await;
        let pool = t.primary_pool().await;
        common::accounts::mark_all_verified_directly(&pool).await;
        let listing = common::insert_listing(&pool, "Porto riverside loft")
            .await
            .expect("listing");
        sqlx::query("UPDATE listings SET max_guests = 4, instant_book = false WHERE id = $1")
            .bind(listing)
            .execute(&pool)
            .await
            .expect("settings");
        Self {
            _t: t,
            state,
            app,
            pool,
            host,
            guest,
            stranger,
            listing,
        }
    }

    async fn call(&self, method: &str, uri: &str, who: &str, body: Option<Value>) -> TestResponse {
        call(&self.app, method, uri, Some(who), body).await
    }

    /// `days` days from today, as `YYYY-MM-DD`.
    fn day(&self, days: i64) -> String {
        (self.state.clock.now().date() + Duration::days(days)).to_string()
    }

    /// Gil asks Hana about the listing: the answer (201: the thread).
    async fn inquire(&self, body: &str) -> TestResponse {
        let uri = format!("/api/v1/listings/{}/inquiries", self.listing);
        let input = json!({
            "check_in": self.day(10), "check_out": self.day(12), "guests": 2, "body": body,
        });
        self.call("POST", &uri, &self.guest, Some(input)).await
    }

    /// `who` sends `body` in conversation `id`.
    async fn send(&self, id: i64, who: &str, body: &str) -> TestResponse {
        let uri = format!("/api/v1/conversations/{id}/messages");
        self.call("POST", &uri, who, Some(json!({ "body": body })))
            .await
    }

    /// `GET /api/v1/conversations/{id}` as `who`.
    async fn thread(&self, id: i64, who: &str) -> TestResponse {
        let uri = format!("/api/v1/conversations/{id}");
        self.call("GET", &uri, who, None).await
    }

    /// `who`'s inbox, which must answer 200.
    async fn inbox(&self, who: &str) -> Value {
        let r = self.call("GET", "/api/v1/conversations", who, None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }

    /// How many conversations `who` has unread messages in.
    async fn unread(&self, who: &str) -> i64 {
        let r = self
            .call("GET", "/api/v1/conversations/unread", who, None)
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()["conversations"].as_i64().expect("count")
    }

    /// Gil requests `from_today` .. `+2` days: the booking's id.
    async fn book(&self, from_today: i64) -> i64 {
        let body = json!({
            "listing_id": self.listing,
            "check_in": self.day(from_today),
            "check_out": self.day(from_today + 2),
            "guest_count": 2,
        });
        let r = self
            .call("POST", "/api/v1/bookings", &self.guest, Some(body))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("id")
    }
}
