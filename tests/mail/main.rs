//! E-mail through a real SMTP server: the sink `make db` starts (`scripts/mail.sh`), read
//! back from its Maildir. Booking mails, preferences and one-click unsubscribe
//! (`notices.rs`), the new-message throttle and a dead relay (`delivery.rs`), password
//! reset (`reset.rs`), e-mail verification (`verify.rs`) and change (`change.rs`). Every test uses addresses of its
//! own, since all share the sink.

mod change;
#[path = "../common/mod.rs"]
mod common;
mod delivery;
mod maildir;
mod notices;
mod reset;
mod verify;

use axum::Router;
use common::{TestDb, TestResponse, call};
use haven::server::platform::config::Config;
use haven::server::platform::outbox;
use haven::server::platform::state::AppState;
use serde_json::{Value, json};
use sqlx::PgPool;

struct World {
    _t: TestDb,
    state: AppState,
    app: Router,
    pool: PgPool,
    /// Makes this test's addresses unique in the shared Maildir.
    tag: String,
}

/// The sink's port, as `scripts/env.sh` exports it.
fn sink_port() -> u16 {
    std::env::var("HAVEN_SMTP_PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(2525)
}

impl World {
    async fn new() -> Self {
        Self::configured(|_| {}).await
    }

    async fn configured(tweak: impl FnOnce(&mut Config)) -> Self {
        let t = TestDb::new().await;
        let state = common::state_with(t.db(None), |c| {
            c.mail.smtp_port = sink_port();
            tweak(c);
        });
        let app = haven::server::http::router(state.clone());
        let pool = t.primary_pool().await;
        Self {
            _t: t,
            state,
            app,
            pool,
            tag: uuid::Uuid::new_v4().simple().to_string()[..12].to_string(),
        }
    }

    /// `name`'s address in this test.
    fn email(&self, name: &str) -> String {
        format!("{name}-{}@example.com", self.tag)
    }

    /// Signs `name` up (unverified; shown capitalised) and in: the bearer header value.
    async fn signed_up(&self, name: &str) -> String {
        let mut shown = name.to_string();
        shown[..1].make_ascii_uppercase();
        common::accounts::signed_up(&self.app, &self.email(name), &shown).await
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

    /// Runs the worker's outbox relay once, with every consumer, at the clock's now.
    async fn relay(&self) -> outbox::RelayStats {
        outbox::relay(
            self.state.db.primary(),
            &haven::server::worker::consumers(&self.state.config),
            self.state.clock.now(),
        )
        .await
        .expect("relay")
    }

    /// An instant-book (or not) listing of the first account signed up.
    async fn listing(&self, instant: bool) -> i64 {
        let id = common::insert_listing(&self.pool, "Porto riverside loft")
            .await
            .expect("listing");
        sqlx::query("UPDATE listings SET max_guests = 4, instant_book = $2 WHERE id = $1")
            .bind(id)
            .bind(instant)
            .execute(&self.pool)
            .await
            .expect("settings");
        id
    }

    /// Asks to book two nights from 10 days on.
    async fn book(&self, who: &str, listing: i64) -> TestResponse {
        let day = |d: i64| (self.state.clock.now().date() + time::Duration::days(d)).to_string();
        let body = json!({
            "listing_id": listing, "check_in": day(10), "check_out": day(12), "guest_count": 2,
        });
        self.call("POST", "/api/v1/bookings", Some(who), Some(body))
            .await
    }

    /// Mails to `name` whose subject is `subject`.
    fn mails(&self, name: &str, subject: &str) -> Vec<maildir::Mail> {
        maildir::to(&self.email(name))
            .into_iter()
            .filter(|m| m.subject() == subject)
            .collect()
    }
}
