//! Reviews through the API, on a fresh database each: double-blind publication with the
//! clock moved (`blind.rs`), who may review what and how often, in the code and in the
//! database (`rules.rs`), responses, reports and the listing's rating (`listing.rs`).

mod blind;
#[path = "../common/mod.rs"]
mod common;
mod listing;
mod pages;
mod rules;
mod standing;

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
    /// A host (Hana) with one instant-book listing, a guest (Gil) and a third user (Sam).
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
        sqlx::query("UPDATE listings SET max_guests = 4, instant_book = true WHERE id = $1")
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

    /// Gil books two nights from `from_today` days on: the booking's id.
    async fn booked(&self, from_today: i64) -> i64 {
        let day = |d: i64| (self.state.clock.now().date() + Duration::days(d)).to_string();
        let body = json!({
            "listing_id": self.listing,
            "check_in": day(from_today),
            "check_out": day(from_today + 2),
            "guest_count": 2,
        });
        let r = self
            .call("POST", "/api/v1/bookings", &self.guest, Some(body))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("id")
    }

    /// A stay of Gil's that is over: booked, the clock moved past check-out, completed.
    /// The clock then stands on the day after check-out.
    async fn stayed(&self) -> i64 {
        let id = self.booked(1).await;
        self.state.clock.advance(Duration::days(4));
        let swept = haven::server::bookings::sweep(&self.state)
            .await
            .expect("sweep");
        assert_eq!(swept.completed, 1);
        id
    }

    /// `POST /api/v1/bookings/{id}/reviews` as `who` with `body`.
    async fn review(&self, id: i64, who: &str, body: Value) -> TestResponse {
        let uri = format!("/api/v1/bookings/{id}/reviews");
        self.call("POST", &uri, who, Some(body)).await
    }

    /// `GET /api/v1/bookings/{id}/reviews` as `who`, which must answer 200.
    async fn stay_reviews(&self, id: i64, who: &str) -> Value {
        let uri = format!("/api/v1/bookings/{id}/reviews");
        let r = self.call("GET", &uri, who, None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }

    /// `GET /api/v1/listings/{id}/reviews`, signed out, which must answer 200.
    async fn listing_reviews(&self) -> Value {
        let uri = format!("/api/v1/listings/{}/reviews", self.listing);
        let r = common::get(&self.app, &uri).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }
}

/// A guest's review: every category `stars`.
fn guest_review(stars: i64) -> Value {
    json!({
        "overall": stars, "cleanliness": stars, "accuracy": stars, "check_in": stars,
        "communication": stars, "location": stars, "value": stars,
        "text": "Bright rooms, a kind host, and the river at the door.",
        "private_note": "The shower drains slowly.",
    })
}

/// A host's review of the guest: every category `stars`.
fn host_review(stars: i64) -> Value {
    json!({
        "overall": stars, "house_rules": stars, "communication": stars, "cleanliness": stars,
        "text": "Gil left the loft as he found it. Welcome back any time.",
    })
}
