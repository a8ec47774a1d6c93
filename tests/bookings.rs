//! The booking engine through the API, on a fresh database each: rules, idempotency,
//! states and parties, expiry with the clock moved, the outbox and its dead letters,
//! refunds and the host's calendar.

mod common;

use axum::Router;
use common::accounts::{register, token};
use common::{TestDb, TestResponse, request};
use haven::server::platform::outbox::{self, Consumer, Event};
use haven::server::platform::state::AppState;
use serde_json::{Value, json};
use sqlx::PgPool;
use std::sync::Arc;
use time::{Date, Duration};

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
        for (email, name) in [
            ("hana@example.com", "Hana"),
            ("gil@example.com", "Gil"),
            ("sam@example.com", "Sam"),
        ] {
            assert_eq!(register(&app, email, name).await.status, 201);
        }
        let pool = t.primary_pool().await;
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
            host: token(&app, "hana@example.com").await,
            guest: token(&app, "gil@example.com").await,
            stranger: token(&app, "sam@example.com").await,
            _t: t,
            state,
            app,
            pool,
            listing,
        }
    }

    async fn call(&self, method: &str, uri: &str, who: &str, body: Option<Value>) -> TestResponse {
        request(&self.app, method, uri, &[("authorization", who)], body).await
    }

    async fn book(&self, who: &str, body: Value, key: Option<&str>) -> TestResponse {
        let mut headers = vec![("authorization", who)];
        if let Some(k) = key {
            headers.push(("idempotency-key", k));
        }
        request(&self.app, "POST", "/api/v1/bookings", &headers, Some(body)).await
    }

    fn stay(&self, from_today: i64, nights: i64) -> Value {
        let today = self.state.clock.now().date();
        json!({
            "listing_id": self.listing,
            "check_in": (today + Duration::days(from_today)).to_string(),
            "check_out": (today + Duration::days(from_today + nights)).to_string(),
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
            &haven::server::worker::consumers(),
            self.state.clock.now(),
        )
        .await
        .expect("relay")
    }

    async fn notifications(&self, who: &str) -> Value {
        let r = self.call("GET", "/api/v1/notifications", who, None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }
}

fn error_code(r: &TestResponse) -> String {
    r.json()["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_request_is_answered_by_the_host_and_seen_by_nobody_else() {
    let w = World::new("instant_book = false").await;
    let r = w.book(&w.guest, w.stay(10, 3), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let b = r.json();
    assert_eq!(b["status"], "pending");
    assert_eq!(b["guest_count"], 2);
    assert_eq!(b["nights"], 3);
    assert!(b["expires_at"].is_string());
    let id = b["id"].as_i64().expect("id");
    // The stored lines add up to the total, which the server computed.
    let sum: i64 = b["price_breakdown"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["amount"]["amount_minor"].as_i64().expect("amount"))
        .sum();
    assert_eq!(
        sum,
        b["total_price"]["amount_minor"].as_i64().expect("total")
    );

    // Nobody else sees it: 404, not 403.
    let r = w
        .call("GET", &format!("/api/v1/bookings/{id}"), &w.stranger, None)
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    // The guest cannot accept their own request; a stranger cannot even find it.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/accept"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.body);
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/accept"),
            &w.stranger,
            None,
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    // A host declines a request rather than cancelling it.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.body);

    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/accept"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let b = r.json();
    assert_eq!(b["status"], "confirmed");
    assert_eq!(b["viewer"], "host");
    let history: Vec<(Value, Value, Value)> = b["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|h| (h["from"].clone(), h["to"].clone(), h["by"].clone()))
        .collect();
    assert_eq!(
        history,
        [
            (Value::Null, json!("pending"), json!("guest")),
            (json!("pending"), json!("confirmed"), json!("host")),
        ]
    );
    // Answered once only.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/decline"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.body);

    // The guest now has the host's contact and both have heard of it.
    let r = w
        .call("GET", &format!("/api/v1/bookings/{id}"), &w.guest, None)
        .await;
    assert_eq!(r.json()["host_contact"], "hana@example.com");
    let stats = w.relay().await;
    assert!(stats.delivered >= 3, "{stats:?}");
    let host_n = w.notifications(&w.host).await;
    assert_eq!(host_n["items"][0]["kind"], "booking_requested");
    let guest_n = w.notifications(&w.guest).await;
    assert_eq!(guest_n["unread"], 1);
    assert_eq!(guest_n["items"][0]["kind"], "booking_confirmed");
    // Lists: the guest's trips and the host's reservations.
    let r = w.call("GET", "/api/v1/bookings", &w.guest, None).await;
    assert_eq!(r.json().as_array().map(Vec::len), Some(1));
    let r = w
        .call("GET", "/api/v1/bookings?role=host", &w.host, None)
        .await;
    assert_eq!(r.json()[0]["id"], id);
    let r = w
        .call("GET", "/api/v1/bookings?role=host", &w.guest, None)
        .await;
    assert_eq!(r.json().as_array().map(Vec::len), Some(0));
    let r = w
        .call("GET", "/api/v1/bookings?role=owner", &w.guest, None)
        .await;
    assert_eq!(r.status, 400);
    // Money: authorised, then captured and charged.
    assert_eq!(
        w.scalar("SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE b.listing_id = $1")
            .await,
        2
    );
    assert_eq!(
        w.scalar("SELECT sum(amount_minor)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1 AND kind = 'guest_charge'")
            .await,
        b["total_price"]["amount_minor"].as_i64().expect("total")
    );
}

#[tokio::test]
async fn the_listing_rules_hold() {
    let w = World::new(
        "instant_book = true, min_nights = 2, max_nights = 5, advance_notice_days = 3, \
         booking_window_days = 60",
    )
    .await;
    let today = w.state.clock.now().date();
    let day = |n: i64| (today + Duration::days(n)).to_string();
    let body = |a: i64, b: i64, guests: i64| json!({"listing_id": w.listing, "check_in": day(a), "check_out": day(b), "guest_count": guests});
    for (what, req, status) in [
        ("one night, under the minimum", body(10, 11, 2), 422),
        ("six nights, over the maximum", body(10, 16, 2), 422),
        ("too little notice", body(2, 5, 2), 422),
        ("past the booking window", body(58, 62, 2), 422),
        ("more guests than beds", body(10, 12, 5), 422),
        ("in the past", body(-3, -1, 2), 400),
        ("no guests", body(10, 12, 0), 400),
        ("check-out before check-in", body(12, 10, 2), 400),
    ] {
        let r = w.book(&w.guest, req, None).await;
        assert_eq!(r.status, status, "{what}: {}", r.body);
    }
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": w.listing, "check_in": "2030-02-30", "check_out": "x"}),
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["field"], "check_in");
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": 99_999, "check_in": day(10), "check_out": day(12)}),
            None,
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    // Pets only where allowed.
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": w.listing, "check_in": day(10), "check_out": day(12), "pets": 1}),
            None,
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    // A host cannot book their own listing.
    let r = w.book(&w.host, body(10, 12, 2), None).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("own listing"), "{}", r.body);
    // Not JSON, or not the shape.
    let r = request(
        &w.app,
        "POST",
        "/api/v1/bookings",
        &[("authorization", &w.guest)],
        Some(json!({"listing_id": "seven"})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    // Instant book: confirmed at once; the same nights then conflict (and so do nights
    // touching the stay only at its ends? No: check-out day is the next check-in day).
    let r = w.book(&w.guest, body(10, 12, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["status"], "confirmed");
    let r = w.book(&w.stranger, body(11, 13, 2), None).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(error_code(&r), "conflict");
    let r = w.book(&w.stranger, body(12, 14, 2), None).await;
    assert_eq!(r.status, 201, "back to back: {}", r.body);
    let r = w.book(&w.stranger, body(8, 10, 2), None).await;
    assert_eq!(r.status, 201, "back to back before: {}", r.body);
    let r = w.call("POST", "/api/v1/bookings", &w.guest, None).await;
    assert!(r.status == 400 || r.status == 415, "{}", r.status);
}

#[tokio::test]
async fn preparation_time_keeps_nights_free_after_each_stay() {
    let w = World::new("instant_book = true, preparation_nights = 2").await;
    let r = w.book(&w.guest, w.stay(10, 3), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    // Nights 13 and 14 are for cleaning.
    for start in [13, 14] {
        let r = w.book(&w.stranger, w.stay(start, 2), None).await;
        assert_eq!(r.status, 409, "day {start}: {}", r.body);
    }
    // A stay ending on day 9 would leave no preparation before the next stay either.
    let r = w.book(&w.stranger, w.stay(7, 2), None).await;
    assert_eq!(r.status, 409, "{}", r.body);
    let r = w.book(&w.stranger, w.stay(15, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let r = w.book(&w.stranger, w.stay(5, 3), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn advance_notice_counts_in_the_listing_time_zone() {
    // Kiritimati is UTC+14, Pago Pago UTC-11: at 12:00 UTC it is already tomorrow in the
    // one and still today in the other.
    let w = World::new(
        "instant_book = true, advance_notice_days = 0, time_zone = 'Pacific/Kiritimati'",
    )
    .await;
    let now = w.state.clock.now();
    let noon = now.replace_time(time::macros::time!(12:00));
    let noon = if noon <= now {
        noon + Duration::days(1)
    } else {
        noon
    };
    w.state.clock.advance(noon - now);
    let utc_today: Date = noon.date();
    let stay = json!({
        "listing_id": w.listing,
        "check_in": utc_today.to_string(),
        "check_out": (utc_today + Duration::days(2)).to_string(),
    });
    let r = w.book(&w.guest, stay.clone(), None).await;
    assert_eq!(r.status, 422, "already yesterday in Kiritimati: {}", r.body);
    sqlx::query("UPDATE listings SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1")
        .bind(w.listing)
        .execute(&w.pool)
        .await
        .expect("zone");
    let r = w.book(&w.guest, stay, None).await;
    assert_eq!(r.status, 201, "still today in Pago Pago: {}", r.body);
}

#[tokio::test]
async fn a_retry_with_the_same_key_gets_the_first_answer() {
    let w = World::new("instant_book = true").await;
    let first = w.book(&w.guest, w.stay(20, 2), Some("attempt-1")).await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert!(first.headers.get("idempotent-replayed").is_none());
    let again = w.book(&w.guest, w.stay(20, 2), Some("attempt-1")).await;
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(
        again
            .headers
            .get("idempotent-replayed")
            .map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
    assert_eq!(again.json(), first.json());
    assert_eq!(
        w.scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
            .await,
        1
    );
    // The same key for another stay is refused; another person's key space is their own.
    let other = w.book(&w.guest, w.stay(30, 2), Some("attempt-1")).await;
    assert_eq!(other.status, 422, "{}", other.body);
    let theirs = w.book(&w.stranger, w.stay(30, 2), Some("attempt-1")).await;
    assert_eq!(theirs.status, 201, "{}", theirs.body);
    // A failed attempt keeps no key: fixing the cause and retrying works.
    let clash = w.book(&w.guest, w.stay(30, 2), Some("attempt-2")).await;
    assert_eq!(clash.status, 409);
    sqlx::query("DELETE FROM listing_holds WHERE listing_id = $1")
        .bind(w.listing)
        .execute(&w.pool)
        .await
        .expect("free");
    let retry = w.book(&w.guest, w.stay(30, 2), Some("attempt-2")).await;
    assert_eq!(retry.status, 201, "{}", retry.body);
    // Keys are ASCII and short.
    let bad = w
        .book(&w.guest, w.stay(40, 2), Some(&"k".repeat(256)))
        .await;
    assert_eq!(bad.status, 400);
    // Kept two days, then forgotten.
    w.state.clock.advance(Duration::hours(49));
    haven::server::bookings::sweep(&w.state)
        .await
        .expect("sweep");
    assert_eq!(
        w.scalar("SELECT count(*) FROM idempotency_keys k JOIN bookings b ON b.id = k.booking_id WHERE b.listing_id = $1").await,
        0
    );
}

#[tokio::test]
async fn an_unanswered_request_expires_after_24_hours() {
    let w = World::new("instant_book = false").await;
    let r = w.book(&w.guest, w.stay(10, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_i64().expect("id");
    let stats = haven::server::bookings::sweep(&w.state)
        .await
        .expect("sweep");
    assert_eq!(stats.expired, 0);
    w.state.clock.advance(Duration::hours(23));
    assert_eq!(
        haven::server::bookings::sweep(&w.state)
            .await
            .expect("sweep")
            .expired,
        0
    );
    w.state
        .clock
        .advance(Duration::hours(1) + Duration::seconds(1));
    assert_eq!(
        haven::server::bookings::sweep(&w.state)
            .await
            .expect("sweep")
            .expired,
        1
    );
    // Idempotent: nothing more to do.
    assert_eq!(
        haven::server::bookings::sweep(&w.state)
            .await
            .expect("sweep")
            .expired,
        0
    );
    let b = w
        .call("GET", &format!("/api/v1/bookings/{id}"), &w.guest, None)
        .await
        .json();
    assert_eq!(b["status"], "expired");
    assert_eq!(b["history"][1]["by"], "system");
    // Too late to accept; the nights are free again; the authorisation was voided.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/accept"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 409);
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1")
            .await,
        0
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE b.listing_id = $1 AND operation = 'void'").await,
        1
    );
    w.relay().await;
    assert_eq!(
        w.notifications(&w.guest).await["items"][0]["kind"],
        "booking_expired"
    );
}

#[tokio::test]
async fn stays_complete_after_check_out_and_pay_the_host() {
    let w = World::new("instant_book = true").await;
    let r = w.book(&w.guest, w.stay(1, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_i64().expect("id");
    let total = r.json()["total_price"]["amount_minor"]
        .as_i64()
        .expect("total");
    w.state.clock.advance(Duration::days(4));
    assert_eq!(
        haven::server::bookings::sweep(&w.state)
            .await
            .expect("sweep")
            .completed,
        1
    );
    let b = w
        .call("GET", &format!("/api/v1/bookings/{id}"), &w.guest, None)
        .await
        .json();
    assert_eq!(b["status"], "completed");
    // charge = payout + Haven's fee + taxes.
    let paid_out = w
        .scalar("SELECT sum(amount_minor)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1 AND kind IN ('host_payout', 'haven_fee', 'taxes')")
        .await;
    assert_eq!(paid_out, total);
    // A completed stay cannot be cancelled.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(r.status, 409);
}

#[tokio::test]
async fn cancelling_refunds_by_the_policy_and_frees_the_nights() {
    let w = World::new("instant_book = true, cancellation_policy = 'moderate'").await;
    // Three days ahead: half of the stay back, not the service fee.
    let r = w.book(&w.guest, w.stay(3, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let b = r.json();
    let id = b["id"].as_i64().expect("id");
    let total = b["total_price"]["amount_minor"].as_i64().expect("total");
    let fee = b["price_breakdown"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["label"] == "Haven service fee")
        .and_then(|l| l["amount"]["amount_minor"].as_i64())
        .expect("fee");
    let p = w
        .call(
            "GET",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(p.status, 200, "{}", p.body);
    let expected = ((total - fee) * 50 + 50) / 100;
    assert_eq!(p.json()["refund"]["amount_minor"], expected);
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.guest,
            Some(json!({"reason": "Plans changed"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let c = r.json();
    assert_eq!(c["status"], "cancelled");
    assert_eq!(c["refunded"]["amount_minor"], expected);
    assert_eq!(c["cancellation_reason"], "Plans changed");
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1")
            .await,
        0
    );
    // Kept money is settled: charge - refund = payout + fee + taxes.
    let settled = w
        .scalar("SELECT sum(CASE kind WHEN 'guest_charge' THEN amount_minor WHEN 'guest_refund' THEN -amount_minor ELSE 0 END - CASE WHEN kind IN ('host_payout','haven_fee','taxes') THEN amount_minor ELSE 0 END)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1")
        .await;
    assert_eq!(settled, 0);
    // Once is enough.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(r.status, 409);
    // A host cancelling a stay refunds it all.
    let r = w.book(&w.guest, w.stay(30, 2), None).await;
    let id = r.json()["id"].as_i64().expect("id");
    let total = r.json()["total_price"]["amount_minor"]
        .as_i64()
        .expect("total");
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{id}/cancel"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["refunded"]["amount_minor"], total);
    w.relay().await;
    assert_eq!(
        w.notifications(&w.guest).await["items"][0]["kind"],
        "booking_cancelled"
    );
}

#[tokio::test]
async fn events_are_committed_with_their_booking_and_not_without_it() {
    let w = World::new("instant_book = true").await;
    let r = w.book(&w.guest, w.stay(10, 2), None).await;
    assert_eq!(r.status, 201);
    let id = r.json()["id"].as_i64().expect("id");
    let events: Vec<(String, String)> = sqlx::query_as(
        "SELECT stream, event_type FROM outbox_events WHERE booking_id = $1 ORDER BY created_at, stream",
    )
    .bind(id)
    .fetch_all(&w.pool)
    .await
    .expect("events");
    assert!(
        events.contains(&("booking-requests".into(), "booking_created".into())),
        "{events:?}"
    );
    assert_eq!(
        events.iter().filter(|(s, _)| s == "notifications").count(),
        2
    );
    let payload: Value = sqlx::query_scalar(
        "SELECT payload FROM outbox_events WHERE booking_id = $1 AND event_type = 'booking_created'",
    )
    .bind(id)
    .fetch_one(&w.pool)
    .await
    .expect("payload");
    for key in [
        "event_id",
        "timestamp",
        "booking_id",
        "listing_id",
        "guest_id",
        "host_id",
        "check_in",
        "check_out",
        "total_price",
        "status",
        "metadata",
    ] {
        assert!(payload.get(key).is_some(), "{key} missing from {payload}");
    }
    // A refused booking leaves neither a booking nor an event.
    let before = w
        .scalar("SELECT count(*) FROM outbox_events WHERE $1 > 0")
        .await;
    let bookings_before = w
        .scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
        .await;
    let r = w.book(&w.stranger, w.stay(10, 2), None).await;
    assert_eq!(r.status, 409);
    assert_eq!(
        w.scalar("SELECT count(*) FROM outbox_events WHERE $1 > 0")
            .await,
        before
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
            .await,
        bookings_before
    );
}

/// Fails every delivery it is given.
struct Broken;

impl Consumer for Broken {
    fn name(&self) -> &'static str {
        "notifications"
    }

    fn handle<'a>(
        &'a self,
        _tx: &'a mut sqlx::PgConnection,
        _event: &'a Event,
    ) -> futures::future::BoxFuture<'a, Result<(), String>> {
        Box::pin(async { Err("mail server on fire".to_string()) })
    }
}

#[tokio::test]
async fn a_failing_consumer_ends_in_the_dead_letters_and_replays() {
    let w = World::new("instant_book = false").await;
    assert_eq!(w.book(&w.guest, w.stay(10, 2), None).await.status, 201);
    let broken: Vec<Arc<dyn Consumer>> = vec![Arc::new(Broken)];
    let pool = w.state.db.primary();
    for attempt in 1..=outbox::MAX_ATTEMPTS {
        let stats = outbox::relay(pool, &broken, w.state.clock.now())
            .await
            .expect("relay");
        if attempt < outbox::MAX_ATTEMPTS {
            assert_eq!((stats.failed, stats.dead), (1, 0), "attempt {attempt}");
        } else {
            assert_eq!(stats.dead, 1, "attempt {attempt}");
        }
        // Not due again before its back-off.
        assert_eq!(
            outbox::relay(pool, &broken, w.state.clock.now())
                .await
                .expect("relay")
                .failed,
            0
        );
        w.state
            .clock
            .advance(outbox::backoff(attempt) + Duration::seconds(1));
    }
    let dead = outbox::dead_letters(pool).await.expect("dead");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].consumer, "notifications");
    assert_eq!(dead[0].last_error, "mail server on fire");
    assert_eq!(w.notifications(&w.host).await["unread"], 0);
    // An operator replays it once the consumer works again; a second replay is refused.
    assert!(
        outbox::replay(pool, dead[0].id, w.state.clock.now())
            .await
            .expect("replay")
    );
    assert!(
        !outbox::replay(pool, dead[0].id, w.state.clock.now())
            .await
            .expect("replay")
    );
    w.relay().await;
    assert_eq!(w.notifications(&w.host).await["unread"], 1);
    // Delivered again (at least once), applied once.
    sqlx::query("UPDATE outbox_deliveries SET delivered_at = NULL")
        .execute(pool)
        .await
        .expect("redeliver");
    w.relay().await;
    assert_eq!(
        w.notifications(&w.host).await["items"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}

#[tokio::test]
async fn hosts_block_nights_and_set_prices_on_their_calendar() {
    let w = World::new("instant_book = true").await;
    let today = w.state.clock.now().date();
    let day = |n: i64| (today + Duration::days(n)).to_string();
    let uri = format!("/api/v1/listings/{}/calendar", w.listing);
    let change = |changes: Value| Some(json!({ "changes": changes }));
    let r = w
        .call("PUT", &uri, &w.host, change(json!([{"from": day(20), "to": day(23), "blocked": true},
                                                  {"from": day(30), "to": day(31), "price_minor": 25_000}])))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let nights = r.json()["nights"].as_array().expect("nights").clone();
    assert_eq!(nights.len(), 11);
    assert_eq!(nights[0]["blocked"], true);
    assert_eq!(nights[10]["price"]["amount_minor"], 25_000);
    // Blocked nights cannot be booked; the custom price is charged.
    assert_eq!(w.book(&w.guest, w.stay(21, 2), None).await.status, 409);
    let r = w.book(&w.guest, w.stay(30, 1), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(
        r.json()["price_breakdown"][0]["amount"]["amount_minor"],
        25_000
    );
    // Blocking a booked night is refused, all or nothing.
    let r = w
        .call("PUT", &uri, &w.host, change(json!([{"from": day(40), "to": day(41), "blocked": true},
                                                  {"from": day(29), "to": day(32), "blocked": true}])))
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1 AND booking_id IS NULL")
            .await,
        1
    );
    // Opening the middle night splits the block.
    let r = w
        .call(
            "PUT",
            &uri,
            &w.host,
            change(json!([{"from": day(21), "to": day(22), "blocked": false}])),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1 AND booking_id IS NULL")
            .await,
        2
    );
    assert_eq!(w.book(&w.guest, w.stay(21, 1), None).await.status, 201);
    // Only the host; sensible input only.
    let r = w
        .call(
            "PUT",
            &uri,
            &w.guest,
            change(json!([{"from": day(50), "to": day(51), "blocked": true}])),
        )
        .await;
    assert_eq!(r.status, 403);
    let r = w
        .call(
            "PUT",
            &uri,
            &w.host,
            change(json!([{"from": day(-2), "to": day(1), "blocked": true}])),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = w
        .call(
            "PUT",
            &uri,
            &w.host,
            change(json!([{"from": day(5), "to": day(3), "blocked": true}])),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["field"], "changes[0].to");
    // The guest's calendar shows the block.
    let r = w
        .call(
            "GET",
            &format!("/api/v1/listings/{}/availability", w.listing),
            &w.guest,
            None,
        )
        .await;
    assert!(r.body.contains(&day(20)), "{}", r.body);
}
