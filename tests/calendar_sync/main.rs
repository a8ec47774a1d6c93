//! Calendar sync through the API, on a fresh database each, with the other sites played
//! by a local HTTP server (`server.rs`) serving the fixtures in `tests/fixtures/ical/`:
//! the export parses back and matches the calendar (`export.rs`); imports add, update and
//! remove blocks and leave the host's own alone (`import.rs`); conflicts with bookings
//! (`conflicts.rs`); malformed, huge, slow, missing and private feeds (`failures.rs`);
//! who may do what, bad input and the schedule (`access.rs`); the reader never panics
//! (`parse.rs`).

mod access;
#[path = "../common/mod.rs"]
mod common;
mod conflicts;
mod export;
mod failures;
mod import;
mod pages;
mod parse;
mod server;

use axum::Router;
use common::accounts::signed_up;
use common::{TestDb, TestResponse, call};
use haven::server::platform::state::AppState;
use serde_json::{Value, json};
use server::FeedServer;
use sqlx::PgPool;
use std::time::Duration;
use time::Date;

struct World {
    _t: TestDb,
    state: AppState,
    app: Router,
    pool: PgPool,
    /// Hana, who hosts `listing`.
    host: String,
    /// Gil, a guest.
    guest: String,
    /// Otto, who hosts `other_listing`.
    other_host: String,
    listing: i64,
    other_listing: i64,
    feeds: FeedServer,
}

impl World {
    /// Hana's listing (time zone UTC, instant book) and Otto's, with private addresses
    /// allowed (the feed server is on 127.0.0.1) and fetches cut off after a second.
    async fn new() -> Self {
        Self::with(|_| {}).await
    }

    async fn with(tweak: impl FnOnce(&mut haven::server::platform::config::Config)) -> Self {
        let t = TestDb::new().await;
        let state = common::state_with(t.db(None), |c| {
            c.ical.allow_private = true;
            c.ical.timeout = Duration::from_secs(1);
            tweak(c);
        });
        let app = haven::server::http::router(state.clone());
        let host = signed_up(&app, "hana@example.com", "Hana").await;
        let guest = signed_up(&app, "gil@example.com", "Gil").await;
        let other_host = signed_up(&app, "otto@example.com", "Otto").await;
        let pool = t.primary_pool().await;
        common::accounts::mark_all_verified_directly(&pool).await;
        let listing = common::insert_listing(&pool, "Porto riverside loft; with a view, of course")
            .await
            .expect("listing");
        let other_listing = common::insert_listing(&pool, "Otto's cabin")
            .await
            .expect("listing");
        sqlx::query(
            "UPDATE listings SET host_id = (SELECT id FROM users WHERE email = 'otto@example.com')
             WHERE id = $1",
        )
        .bind(other_listing)
        .execute(&pool)
        .await
        .expect("owner");
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
            other_host,
            listing,
            other_listing,
            feeds: FeedServer::start().await,
        }
    }

    async fn call(&self, method: &str, uri: &str, who: &str, body: Option<Value>) -> TestResponse {
        call(&self.app, method, uri, Some(who), body).await
    }

    fn today(&self) -> Date {
        self.state.clock.now().date()
    }

    /// The date `n` days after today.
    fn day(&self, n: i64) -> Date {
        self.today() + time::Duration::days(n)
    }

    /// A fixture with its `{D+N}` dates filled in and CRLF line ends.
    fn fixture(&self, name: &str) -> String {
        let raw = std::fs::read_to_string(format!("tests/fixtures/ical/{name}"))
            .unwrap_or_else(|e| panic!("fixture {name}: {e}"));
        self.dated(&raw).replace('\n', "\r\n")
    }

    /// `{D+N}` and `{D-N}` as `YYYYMMDD`.
    fn dated(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(i) = rest.find("{D") {
            out.push_str(&rest[..i]);
            let end = i + rest[i..].find('}').expect("closing brace");
            let n: i64 = rest[i + 2..end]
                .replace('+', "")
                .parse()
                .expect("a day offset");
            let d = self.day(n);
            out.push_str(&format!(
                "{:04}{:02}{:02}",
                d.year(),
                u8::from(d.month()),
                d.day()
            ));
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    /// Hana imports the calendar at `path` of the feed server, named `name`: its id.
    async fn add_feed(&self, name: &str, path: &str) -> i64 {
        let r = self
            .call(
                "POST",
                &format!("/api/v1/listings/{}/calendar-feeds", self.listing),
                &self.host,
                Some(json!({"name": name, "url": self.feeds.url(path)})),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("id")
    }

    /// Runs every due sync, as the worker would: how many ran.
    async fn sync(&self) -> usize {
        haven::server::calendar_sync::sync_due(&self.state)
            .await
            .expect("sync")
    }

    /// The listing's feeds and conflicts, as Hana sees them.
    async fn feeds(&self) -> Value {
        let r = self
            .call(
                "GET",
                &format!("/api/v1/listings/{}/calendar-feeds", self.listing),
                &self.host,
                None,
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }

    /// One feed as listed.
    async fn feed(&self, id: i64) -> Value {
        let all = self.feeds().await;
        all["feeds"]
            .as_array()
            .expect("feeds")
            .iter()
            .find(|f| f["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("feed {id} in {all}"))
    }

    /// `(from, to)` of every hold of the listing that `which` selects (SQL over
    /// `listing_holds`), sorted, as day offsets from today.
    async fn holds(&self, which: &str) -> Vec<(i64, i64)> {
        let rows: Vec<(Date, Date)> = sqlx::query_as(&format!(
            "SELECT lower(nights), upper(nights) FROM listing_holds
             WHERE listing_id = $1 AND ({which}) ORDER BY lower(nights)"
        ))
        .bind(self.listing)
        .fetch_all(&self.pool)
        .await
        .expect("holds");
        rows.into_iter()
            .map(|(a, b)| {
                (
                    (a - self.today()).whole_days(),
                    (b - self.today()).whole_days(),
                )
            })
            .collect()
    }

    /// The nights imported calendars block, merged, as day offsets.
    async fn imported(&self) -> Vec<(i64, i64)> {
        merge(self.holds("feed_id IS NOT NULL").await)
    }

    /// Nights the public availability says no stay may include within 120 days, minus
    /// the advance-notice part, as day offsets.
    async fn unavailable(&self) -> Vec<(i64, i64)> {
        let r = common::get(
            &self.app,
            &format!(
                "/api/v1/listings/{}/availability?from={}&to={}",
                self.listing,
                self.day(1),
                self.day(121)
            ),
        )
        .await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()["unavailable"]
            .as_array()
            .expect("ranges")
            .iter()
            .map(|u| {
                let d = |k: &str| {
                    let s = u[k].as_str().expect("date");
                    let date =
                        Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
                            .expect("date");
                    (date - self.today()).whole_days()
                };
                (d("from"), d("to"))
            })
            .collect()
    }

    /// Gil books nights `[from, to)` (day offsets): the booking's id.
    async fn booking(&self, from: i64, to: i64) -> i64 {
        let body = json!({
            "listing_id": self.listing,
            "check_in": self.day(from).to_string(),
            "check_out": self.day(to).to_string(),
            "guest_count": 2,
        });
        let r = self
            .call("POST", "/api/v1/bookings", &self.guest, Some(body))
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_i64().expect("id")
    }
}

/// Adjacent ranges joined.
fn merge(mut ranges: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    ranges.sort();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (a, b) in ranges {
        match out.last_mut() {
            Some(last) if last.1 >= a => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}
