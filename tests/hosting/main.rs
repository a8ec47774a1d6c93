//! Hosts run their listings through the API: create (paused) and edit (`listings.rs`),
//! photos (`photos.rs`), list, pause and delete (`lifecycle.rs`); only the owner may change
//! a listing (`ownership.rs`), and bad input gets a 4xx naming the field. One test binary:
//! the `Hosting` setup below is what they share.

#[path = "../common/mod.rs"]
mod common;
mod lifecycle;
mod listings;
mod ownership;
mod photos;

use axum::Router;
use common::accounts::signed_up;
use common::{TestDb, TestResponse, call, lisbon_loft, png, upload};
use haven::server::platform::config::Config;
use haven::server::platform::jobs;
use haven::server::platform::state::AppState;
use serde_json::{Value, json};

/// Ana, a host with a bearer token, on a fresh database of her own.
struct Hosting {
    t: TestDb,
    state: AppState,
    app: Router,
    ana: String,
}

impl Hosting {
    async fn new() -> Self {
        Self::configured(|_| {}).await
    }

    async fn configured(tweak: impl FnOnce(&mut Config)) -> Self {
        let t = TestDb::new().await;
        let state = common::state_with(t.db(None), tweak);
        let app = haven::server::http::router(state.clone());
        let ana = signed_up(&app, "ana@example.com", "Ana").await;
        common::accounts::mark_all_verified_directly(&t.primary_pool().await).await;
        Self { t, state, app, ana }
    }

    async fn call(
        &self,
        method: &str,
        uri: &str,
        who: Option<&str>,
        body: Option<Value>,
    ) -> TestResponse {
        call(&self.app, method, uri, who, body).await
    }

    /// Ana's `POST /api/v1/listings` with `body`.
    async fn create(&self, body: Value) -> TestResponse {
        self.call("POST", "/api/v1/listings", Some(&self.ana), Some(body))
            .await
    }

    /// Ana's Lisbon loft, created (and so paused); its id.
    async fn loft(&self) -> i64 {
        let r = self.create(lisbon_loft()).await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("id")
    }

    async fn upload(&self, listing: i64, who: &str, bytes: Vec<u8>) -> TestResponse {
        let uri = format!("/api/v1/listings/{listing}/photos?alt=Living%20room");
        upload(&self.app, "POST", &uri, who, "image/png", bytes).await
    }

    /// Two photos of `listing`, a wide one first; their ids.
    async fn two_photos(&self, listing: i64) -> (i64, i64) {
        let mut ids = Vec::new();
        for (width, height) in [(1600, 1000), (900, 700)] {
            let r = self.upload(listing, &self.ana, png(width, height)).await;
            assert_eq!(r.status, 201, "{}", r.body);
            ids.push(r.json()["id"].as_i64().expect("photo id"));
        }
        (ids[0], ids[1])
    }

    /// Runs the background jobs that are due (the photo variants); how many ran.
    async fn run_jobs(&self) -> usize {
        jobs::run_due(&self.state).await.expect("jobs")
    }

    /// Ana's `PUT /api/v1/listings/{id}` with `change`.
    async fn edit(&self, listing: i64, change: Value) -> TestResponse {
        let uri = format!("/api/v1/listings/{listing}");
        self.call("PUT", &uri, Some(&self.ana), Some(change)).await
    }

    /// The loft with its photos processed, listed: what guests can find; its id.
    async fn listed_loft(&self) -> i64 {
        let id = self.loft().await;
        self.two_photos(id).await;
        self.run_jobs().await;
        let r = self.edit(id, json!({"is_active": true})).await;
        assert_eq!(r.status, 200, "{}", r.body);
        id
    }

    /// What an anonymous search for Lisbon finds.
    async fn search_lisbon(&self) -> Value {
        self.call("GET", "/api/v1/listings?q=Lisbon", None, None)
            .await
            .json()
    }

    async fn host_listings(&self) -> Value {
        self.call("GET", "/api/v1/host/listings", Some(&self.ana), None)
            .await
            .json()
    }
}
