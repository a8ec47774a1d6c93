//! The booking engine through the API, on a fresh database each: requests and their
//! parties (`requests.rs`), the listing's rules and idempotency (`rules.rs`), expiry,
//! completion and refunds with the clock moved (`lifecycle.rs`), the outbox and its dead
//! letters (`events.rs`), and the host's calendar (`calendar.rs`). One test binary: the
//! `World` below is the setup they share.

mod calendar;
#[path = "../common/mod.rs"]
mod common;
mod events;
mod lifecycle;
mod rates;
mod requests;
mod rules;

use axum::Router;
use common::accounts::signed_up;
use common::{TestDb, TestResponse, call, request};
use haven::server::platform::outbox;
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
    /// A host (Hana) with one request-to-book listing in Porto, a guest (Gil) and a third
    /// user (Sam). `settings` is SQL for `UPDATE listings SET ...`.
    async fn new(settings: &str) -> Self {
        let t = TestDb::new().await;
        let state = common::state(t.db(None));
        let app = haven::server::http::router(state.clone());
        // Hana signs up first: the listing goes to the first user.
        let host = signed_up(&app, "hana@example.com", "Hana").await;
        let guest = signed_up(&app, "gil@example.com", "Gil").await;
        let stranger = signed_up(&app, "sam@example.com", "Sam").await;
        let pool = t.primary_pool().await;
        common::accounts::mark_all_verified_directly(&pool).await;
        let listing = common::insert_listing(&pool, "Porto riverside loft")
            .await
            .expect("listing");
        sqlx::query(&format!(
            "UPDATE listings SET max_guests = 4, {settings} WHERE id = $1"
        ))
        .bind(listing)
        .execute(&pool)
        .await
        .expect("settings");
        Self {
            host,
            guest,
            stranger,
            _t: t,
            state,
            app,
            pool,
            listing,
        }
    }

    async fn call(&self, method: &str, uri: &str, who: &str, body: Option<Value>) -> TestResponse {
        call(&self.app, method, uri, Some(who), body).await
    }

    async fn book(&self, who: &str, body: Value, key: Option<&str>) -> TestResponse {
        let mut headers = vec![("authorization", who)];
        if let Some(k) = key {
            headers.push(("idempotency-key", k));
        }
        request(&self.app, "POST", "/api/v1/bookings", &headers, Some(body)).await
    }

    /// `GET /api/v1/bookings/{id}` as `who`.
    async fn booking(&self, id: i64, who: &str) -> TestResponse {
        self.call("GET", &format!("/api/v1/bookings/{id}"), who, None)
            .await
    }

    /// `POST /api/v1/bookings/{id}/{action}` (accept, decline, cancel) as `who`.
    async fn act(&self, id: i64, action: &str, who: &str) -> TestResponse {
        let uri = format!("/api/v1/bookings/{id}/{action}");
        self.call("POST", &uri, who, None).await
    }

    /// Gil books `stay`, which must succeed: the booking's id and body.
    async fn booked(&self, stay: Value) -> (i64, Value) {
        let r = self.book(&self.guest, stay, None).await;
        assert_eq!(r.status, 201, "{}", r.body);
        let b = r.json();
        (b["id"].as_i64().expect("id"), b)
    }

    /// Gil asks for three nights from day 10: the booking's id and body.
    async fn requested(&self) -> (i64, Value) {
        self.booked(self.stay(10, 3)).await
    }

    /// Gil's request for three nights from day 10, accepted by Hana: its id and the body
    /// of the request.
    async fn accepted(&self) -> (i64, Value) {
        let (id, b) = self.requested().await;
        let r = self.act(id, "accept", &self.host).await;
        assert_eq!(r.status, 200, "{}", r.body);
        (id, b)
    }

    /// The date `from_today` days after the clock's today, as the API writes it.
    fn day(&self, from_today: i64) -> String {
        (self.state.clock.now().date() + Duration::days(from_today)).to_string()
    }

    /// A stay of `nights` for two guests, from `from_today` days after today.
    fn stay(&self, from_today: i64, nights: i64) -> Value {
        json!({
            "listing_id": self.listing,
            "check_in": self.day(from_today),
            "check_out": self.day(from_today + nights),
            "guest_count": 2,
        })
    }

    async fn scalar(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql)
            .bind(self.listing)
            .fetch_one(&self.pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    async fn relay(&self) -> outbox::RelayStats {
        outbox::relay(
            self.state.db.primary(),
            &haven::server::worker::consumers(&self.state.config),
            self.state.clock.now(),
        )
        .await
        .expect("relay")
    }

    /// Haven's own transitions at the clock's now (expiry, completion).
    async fn sweep(&self) -> haven::server::bookings::SweepStats {
        haven::server::bookings::sweep(&self.state)
            .await
            .expect("sweep")
    }

    async fn notifications(&self, who: &str) -> Value {
        let r = self.call("GET", "/api/v1/notifications", who, None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }
}

fn total_of(booking: &Value) -> i64 {
    booking["total_price"]["amount_minor"]
        .as_i64()
        .expect("total")
}
