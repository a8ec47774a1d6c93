//! `GET /api/v1/host/payouts` and the dashboard's "Payouts": a host's own payouts only,
//! page by page, every bad parameter a 400 naming it, and the figures against a brute
//! force over a generated history.

use crate::common::{self, TestDb, accounts, call, send};
use crate::fixture::{NOW, Price, listing, settle, stay, user};
use haven::server::payouts::{OfflineRail, pay_due, schedule_due};
use serde_json::Value;
use sqlx::PgPool;
use std::collections::BTreeMap;
use time::Duration;
use time::macros::{date, datetime};
use uuid::Uuid;

async fn id_of(pool: &PgPool, email: &str) -> Uuid {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(pool)
        .await
        .expect("user id")
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .map(|a| a.iter().filter_map(|p| p["id"].as_i64()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_host_reads_their_own_payouts_page_by_page_and_never_anothers() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    let ana_token = accounts::signed_up(&app, "ana@example.com", "Ana").await;
    let ben_token = accounts::signed_up(&app, "ben@example.com", "Ben").await;
    let (ana, ben) = (
        id_of(&pool, "ana@example.com").await,
        id_of(&pool, "ben@example.com").await,
    );
    let guest = user(&pool, "guest@example.com").await;
    let loft = listing(&pool, ana, "Porto riverside loft", "EUR", "UTC").await;
    let cabin = listing(&pool, ben, "Ben's cabin", "EUR", "UTC").await;
    // Ana: three paid payouts (one of them a cancellation's kept half), one scheduled, one
    // confirmed stay to come. Ben: one paid payout.
    let d = date!(2026 - 11 - 01);
    let mut paid_total = 0;
    for (i, price) in [Price::plain(30_000), Price::plain(20_000)]
        .into_iter()
        .enumerate()
    {
        let b = stay(
            &pool,
            loft,
            guest,
            d + Duration::days(3 * i as i64),
            2,
            "completed",
            price,
        )
        .await;
        paid_total += settle(
            &pool,
            b,
            datetime!(2026-11-10 00:00 UTC) + Duration::days(i as i64),
        )
        .await;
    }
    let kept = Price {
        total: 22_400,
        fee: 2_400,
        taxes: 0,
        refund: 10_000,
    };
    let cancelled = stay(
        &pool,
        loft,
        guest,
        date!(2026 - 11 - 20),
        2,
        "cancelled",
        kept,
    )
    .await;
    paid_total += settle(&pool, cancelled, datetime!(2026-11-12 00:00 UTC)).await;
    let recent = stay(
        &pool,
        loft,
        guest,
        date!(2026 - 11 - 13),
        3,
        "completed",
        Price::plain(15_000),
    )
    .await;
    let scheduled_total = settle(&pool, recent, datetime!(2026-11-16 05:00 UTC)).await;
    let coming = stay(
        &pool,
        loft,
        guest,
        date!(2026 - 11 - 30),
        3,
        "confirmed",
        Price::plain(40_000),
    )
    .await;
    let bens = stay(&pool, cabin, guest, d, 2, "completed", Price::plain(9_900)).await;
    settle(&pool, bens, datetime!(2026-11-10 00:00 UTC)).await;
    schedule_due(&pool, NOW).await.expect("schedule");
    pay_due(&pool, &OfflineRail, NOW).await.expect("pay");

    assert_eq!(
        call(&app, "GET", "/api/v1/host/payouts", None, None)
            .await
            .status,
        401
    );
    let first = call(
        &app,
        "GET",
        "/api/v1/host/payouts?limit=2",
        Some(&ana_token),
        None,
    )
    .await;
    assert_eq!(first.status, 200, "{}", first.body);
    let j = first.json();
    assert_eq!(j["totals"].as_array().map(Vec::len), Some(1));
    let totals = &j["totals"][0];
    assert_eq!(
        totals["paid"],
        serde_json::json!({"amount_minor": paid_total, "currency": "EUR"})
    );
    assert_eq!(totals["scheduled"]["amount_minor"], scheduled_total);
    assert_eq!(
        totals["upcoming"]["amount_minor"],
        Price::plain(40_000).host_share()
    );
    let s = &j["scheduled"][0];
    assert_eq!(
        (s["status"].as_str(), s["release_at"].as_str()),
        (Some("scheduled"), Some("2026-11-18T00:00:00Z"))
    );
    assert_eq!(
        (s["paid_at"].is_null(), s["reference"].is_null()),
        (true, true)
    );
    assert_eq!(s["stays"][0]["booking_id"], recent);
    assert_eq!(s["stays"][0]["listing_title"], "Porto riverside loft");
    assert_eq!(s["stays"][0]["check_in"], "2026-11-13");
    assert_eq!(s["stays"][0]["check_out"], "2026-11-16");
    assert_eq!(s["stays"][0]["booking_status"], "completed");
    let newest = &j["paid"][0];
    assert_eq!(newest["status"], "paid");
    assert_eq!(newest["release_at"], "2026-11-13T00:00:00Z", "newest first");
    assert_eq!(newest["paid_at"], "2026-11-16T10:00:00Z");
    assert_eq!(
        newest["reference"],
        format!("offline-payout-{}", newest["id"])
    );
    assert_eq!(newest["stays"][0]["booking_id"], cancelled);
    assert_eq!(newest["stays"][0]["booking_status"], "cancelled");
    assert_eq!(
        newest["stays"][0]["amount"]["amount_minor"],
        kept.host_share()
    );
    let up = &j["upcoming"][0];
    assert_eq!(
        up["release_at"], "2026-12-04T00:00:00Z",
        "a day after check-out"
    );
    assert_eq!(up["stays"][0]["booking_id"], coming);
    assert_eq!(up["stays"][0]["booking_status"], "confirmed");
    assert_eq!(j["more_upcoming"], false);
    let next = j["next_before"].as_i64().expect("a second page");
    assert_eq!(next, ids(&j["paid"])[1]);

    let second = call(
        &app,
        "GET",
        &format!("/api/v1/host/payouts?limit=2&before={next}"),
        Some(&ana_token),
        None,
    )
    .await;
    assert_eq!(second.status, 200, "{}", second.body);
    let k = second.json();
    assert_eq!(k["paid"][0]["release_at"], "2026-11-11T00:00:00Z");
    assert!(k["next_before"].is_null(), "the last page");

    // Ben sees his one payout, and Ana's ids are nobody's to him.
    let his = call(&app, "GET", "/api/v1/host/payouts", Some(&ben_token), None)
        .await
        .json();
    assert_eq!(his["paid"].as_array().map(Vec::len), Some(1));
    assert_eq!(his["paid"][0]["stays"][0]["booking_id"], bens);
    assert_eq!(his["upcoming"].as_array().map(Vec::len), Some(0));
    let bens_payout = ids(&his["paid"])[0];
    assert!(!ids(&j["paid"]).contains(&bens_payout) && !ids(&k["paid"]).contains(&bens_payout));
    let theirs = call(
        &app,
        "GET",
        &format!("/api/v1/host/payouts?before={bens_payout}"),
        Some(&ana_token),
        None,
    )
    .await;
    assert_eq!(
        (theirs.status, theirs.error_code().as_str()),
        (404, "not_found"),
        "{}",
        theirs.body
    );
}

#[tokio::test]
async fn a_bad_page_is_a_400_naming_the_parameter() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let token = accounts::signed_up(&app, "ana@example.com", "Ana").await;
    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("limit=ten", "limit"),
        ("before=-3", "before"),
        ("before=1.5", "before"),
    ] {
        let r = call(
            &app,
            "GET",
            &format!("/api/v1/host/payouts?{query}"),
            Some(&token),
            None,
        )
        .await;
        assert_eq!(r.status, 400, "{query}: {}", r.body);
        assert_eq!(
            (r.error_code(), r.error_field()),
            ("invalid".into(), field.to_string()),
            "{query}"
        );
    }
    let empty = call(
        &app,
        "GET",
        "/api/v1/host/payouts?limit=&before=",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(empty.status, 200, "blank is absent: {}", empty.body);
    let j = empty.json();
    for key in ["totals", "scheduled", "paid", "upcoming"] {
        assert_eq!(j[key].as_array().map(Vec::len), Some(0), "{key}");
    }
    assert_eq!(
        (j["next_before"].is_null(), &j["more_upcoming"]),
        (true, &Value::Bool(false))
    );
}

/// A small deterministic generator (xorshift): the same history every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[tokio::test]
async fn paid_scheduled_and_upcoming_add_up_to_every_share_worked_out_in_rust() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    let token = accounts::signed_up(&app, "ana@example.com", "Ana").await;
    let ana = id_of(&pool, "ana@example.com").await;
    let other = user(&pool, "other@example.com").await;
    let guest = user(&pool, "guest@example.com").await;
    let places = [
        listing(&pool, ana, "Lisbon flat", "EUR", "Europe/Lisbon").await,
        listing(&pool, ana, "Tokyo room", "USD", "Asia/Tokyo").await,
        listing(&pool, other, "Someone else's", "EUR", "UTC").await,
    ];
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    // The reference: Ana's shares per currency, from the engine's split in plain Rust.
    let mut expected: BTreeMap<&str, i64> = BTreeMap::new();
    let mut late = Vec::new();
    for i in 0..90_i64 {
        let which = (rng.below(3)) as usize;
        let total = 5_000 + rng.below(90_000) as i64;
        let fee = total / 9;
        let taxes = rng.below(2) as i64 * (total / 20);
        let status =
            ["completed", "cancelled", "confirmed", "pending", "declined"][rng.below(5) as usize];
        let refund = if status == "cancelled" {
            rng.below(total as u64 + 1) as i64
        } else {
            0
        };
        let price = Price {
            total,
            fee,
            taxes,
            refund,
        };
        let check_in = date!(2026 - 06 - 01) + Duration::days(i * 4);
        let id = stay(
            &pool,
            places[which],
            guest,
            check_in,
            1 + rng.below(5) as i64,
            status,
            price,
        )
        .await;
        let share = match status {
            "completed" | "cancelled" => {
                let at = NOW - Duration::hours(rng.below(24 * 20) as i64);
                // A tenth settle after the scheduler ran: not in a payout yet.
                if rng.below(10) == 0 {
                    late.push((id, at));
                } else {
                    settle(&pool, id, at).await;
                }
                price.host_share()
            }
            "confirmed" => price.host_share(),
            _ => 0,
        };
        if which < 2 {
            *expected.entry(["EUR", "USD"][which]).or_default() += share;
        }
    }
    schedule_due(&pool, NOW).await.expect("schedule");
    pay_due(&pool, &OfflineRail, NOW).await.expect("pay");
    for (id, at) in late {
        settle(&pool, id, at).await;
    }

    let mut paid_listed: BTreeMap<String, i64> = BTreeMap::new();
    let mut uri = "/api/v1/host/payouts?limit=3".to_string();
    let mut first: Option<Value> = None;
    loop {
        let r = call(&app, "GET", &uri, Some(&token), None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let j = r.json();
        for p in j["paid"]
            .as_array()
            .expect("paid")
            .iter()
            .chain(if first.is_none() {
                j["scheduled"].as_array().expect("s").iter()
            } else {
                [].iter()
            })
        {
            let stays: i64 = p["stays"]
                .as_array()
                .expect("stays")
                .iter()
                .map(|s| s["amount"]["amount_minor"].as_i64().unwrap_or(0))
                .sum();
            assert_eq!(
                Some(stays),
                p["amount"]["amount_minor"].as_i64(),
                "a payout is its stays"
            );
            if p["status"] == "paid" {
                *paid_listed
                    .entry(p["amount"]["currency"].as_str().unwrap_or("").to_string())
                    .or_default() += stays;
            }
        }
        let next = j["next_before"].as_i64();
        first.get_or_insert(j);
        match next {
            Some(id) => uri = format!("/api/v1/host/payouts?limit=3&before={id}"),
            None => break,
        }
    }
    let j = first.expect("a page");
    let totals = j["totals"].as_array().expect("totals");
    assert_eq!(totals.len(), 2, "EUR and USD");
    for t in totals {
        let code = t["paid"]["currency"].as_str().expect("currency");
        let part = |k: &str| t[k]["amount_minor"].as_i64().expect("amount");
        assert!(
            part("paid") > 0 && part("scheduled") + part("upcoming") > 0,
            "not vacuous: {t}"
        );
        assert_eq!(
            part("paid") + part("scheduled") + part("upcoming"),
            expected[code],
            "{code}"
        );
        assert_eq!(
            paid_listed.get(code).copied().unwrap_or(0),
            part("paid"),
            "every paid payout listed once"
        );
    }
}

#[tokio::test]
async fn the_dashboard_shows_payouts_and_upcoming_stays_without_javascript() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    accounts::registered(&app, "hana@example.com", "Hana").await;
    let hana = id_of(&pool, "hana@example.com").await;
    let guest = user(&pool, "guest@example.com").await;
    let loft = listing(&pool, hana, "Porto riverside loft", "EUR", "UTC").await;
    let done = stay(
        &pool,
        loft,
        guest,
        date!(2026 - 11 - 01),
        3,
        "completed",
        Price::plain(30_000),
    )
    .await;
    settle(&pool, done, datetime!(2026-11-04 00:00 UTC)).await;
    let coming = stay(
        &pool,
        loft,
        guest,
        date!(2026 - 12 - 20),
        3,
        "confirmed",
        Price::plain(40_000),
    )
    .await;
    schedule_due(&pool, NOW).await.expect("schedule");
    pay_due(&pool, &OfflineRail, NOW).await.expect("pay");
    let cookie = accounts::sign_in_with(&app, "hana@example.com", accounts::PASSWORD, "/", None)
        .await
        .cookie();

    let page = send(&app, "GET", "/host", Some(&cookie)).await;

    assert_eq!(page.status, 200, "{}", page.body);
    for text in [
        "id=\"payouts\"",
        "Scheduled payouts, then paid ones",
        "Paid Nov 16, 2026",
        "offline-payout-",
        &format!("href=\"/trips/{done}\""),
        &format!("href=\"/trips/{coming}\""),
        "Porto riverside loft",
        "Dec 24, 2026",
        "€291 EUR",
    ] {
        assert!(page.body.contains(text), "{text} missing");
    }
}
