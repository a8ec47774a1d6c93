//! A listing's availability and the price of a stay: computed on the server from the same
//! holds search reads; the API answers 400/404/409/422 as documented.

mod common;

use common::{get, insert_listing};
use std::ops::Range;
use time::{Date, Duration};

async fn today(pool: &sqlx::PgPool) -> Date {
    sqlx::query_scalar("SELECT (now() AT TIME ZONE 'UTC')::date")
        .fetch_one(pool)
        .await
        .expect("today")
}

/// One listing with known prices and rules, and a host; returns its id.
async fn listing(pool: &sqlx::PgPool) -> i64 {
    sqlx::query("INSERT INTO users (email, display_name) VALUES ('host@example.com', 'Host')")
        .execute(pool)
        .await
        .expect("host");
    let id = insert_listing(pool, "Loft by the river")
        .await
        .expect("listing");
    // $99 a night, $15 cleaning (from insert_listing); $150 on weekends; 10 % weekly off;
    // 5 % tax; one preparation night; two nights minimum; sleeps 2.
    sqlx::query(
        "UPDATE listings SET weekend_price_minor = 15000, weekly_discount_pct = 10, tax_bp = 500,
                preparation_nights = 1, min_nights = 2, time_zone = 'UTC' WHERE id = $1",
    )
    .bind(id)
    .execute(pool)
    .await
    .expect("terms");
    id
}

/// Holds the nights `days` (counted from `start`) of listing `id`, as a stay would.
async fn hold(pool: &sqlx::PgPool, id: i64, start: Date, days: Range<i64>) {
    sqlx::query("INSERT INTO listing_holds (listing_id, nights) VALUES ($1, daterange($2, $3))")
        .bind(id)
        .bind(start + Duration::days(days.start))
        .bind(start + Duration::days(days.end))
        .execute(pool)
        .await
        .expect("hold");
}

/// The next Monday at least `days` from `today`.
fn monday_after(today: Date, days: i64) -> Date {
    let mut d = today + Duration::days(days);
    while d.weekday() != time::Weekday::Monday {
        d += Duration::days(1);
    }
    d
}

#[tokio::test]
async fn a_quote_prices_every_night_and_adds_fees_and_taxes() {
    let t = common::TestDb::new().await;
    let pool = t.primary_pool().await;
    let id = listing(&pool).await;
    let app = common::app(t.db(None));
    let monday = monday_after(today(&pool).await, 10);

    // Monday to Monday: 5 weeknights at $99, Friday and Saturday at $150 = $795; 10 % off
    // for a week = $715.50; + $15 cleaning = $730.50; service 12 % = $87.66; tax 5 % = $36.53.
    let url = format!(
        "/api/v1/listings/{id}/quote?check_in={monday}&check_out={}&guests=2",
        monday + Duration::days(7)
    );
    let r = get(&app, &url).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let q = r.json();
    assert_eq!(q["nights"], 7);
    let prices: Vec<i64> = q["nightly"]
        .as_array()
        .expect("nightly")
        .iter()
        .map(|n| n["price"]["amount_minor"].as_i64().unwrap_or(0))
        .collect();
    assert_eq!(prices, [9900, 9900, 9900, 9900, 15000, 15000, 9900]);
    let lines: Vec<(String, i64)> = q["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            (
                l["label"].as_str().unwrap_or_default().to_owned(),
                l["amount"]["amount_minor"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("7 nights".to_owned(), 79_500),
            ("Weekly discount".to_owned(), -7_950),
            ("Cleaning fee".to_owned(), 1_500),
            ("Haven service fee".to_owned(), 8_766),
            ("Taxes".to_owned(), 3_653),
        ]
    );
    assert_eq!(
        q["total"]["amount_minor"],
        79_500 - 7_950 + 1_500 + 8_766 + 3_653
    );
}

#[tokio::test]
async fn taken_nights_and_broken_rules_are_refused_with_the_right_status() {
    let t = common::TestDb::new().await;
    let pool = t.primary_pool().await;
    let id = listing(&pool).await;
    let app = common::app(t.db(None));
    let start = today(&pool).await + Duration::days(20);
    // Another guest holds nights 20–23 (their stay plus the preparation night).
    hold(&pool, id, start, 0..3).await;
    let quote = |from: i64, to: i64, extra: &str| {
        format!(
            "/api/v1/listings/{id}/quote?check_in={}&check_out={}{extra}",
            start + Duration::days(from),
            start + Duration::days(to)
        )
    };

    let r = get(&app, &quote(1, 4, "")).await;
    assert_eq!(r.status, 409, "overlaps the hold: {}", r.body);
    assert_eq!(r.error_code(), "conflict");
    // Ending on the hold's first night: our preparation night would be taken.
    assert_eq!(get(&app, &quote(-3, 0, "")).await.status, 409);
    // Ending the night before, with our preparation night free: fine.
    assert_eq!(get(&app, &quote(-4, -1, "")).await.status, 200);
    // Starting on the hold's last day (its check-out): fine.
    assert_eq!(get(&app, &quote(3, 5, "")).await.status, 200);

    let r = get(&app, &quote(5, 6, "")).await;
    assert_eq!(r.status, 422, "one night, minimum two: {}", r.body);
    assert_eq!(
        get(&app, &quote(5, 8, "&adults=3")).await.status,
        422,
        "sleeps 2"
    );
    assert_eq!(
        get(&app, &quote(5, 8, "&pets=1")).await.status,
        422,
        "no pets"
    );

    assert_eq!(get(&app, &quote(8, 5, "")).await.status, 400);
    assert_eq!(
        get(&app, &format!("/api/v1/listings/{id}/quote"))
            .await
            .status,
        400,
        "dates are required"
    );
    assert_eq!(
        get(
            &app,
            &format!(
                "/api/v1/listings/999999/quote?check_in={start}&check_out={}",
                start + Duration::days(3)
            )
        )
        .await
        .status,
        404
    );
    assert_eq!(get(&app, "/api/v1/listings/abc/quote").await.status, 404);
}

#[tokio::test]
async fn availability_lists_the_nights_no_stay_may_include() {
    let t = common::TestDb::new().await;
    let pool = t.primary_pool().await;
    let id = listing(&pool).await;
    sqlx::query(
        "UPDATE listings SET advance_notice_days = 2, booking_window_days = 60 WHERE id = $1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .expect("rules");
    let app = common::app(t.db(None));
    let today = today(&pool).await;
    hold(&pool, id, today, 10..14).await;
    hold(&pool, id, today, 14..16).await;

    let r = get(&app, &format!("/api/v1/listings/{id}/availability")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let a = r.json();
    assert_eq!(a["from"], today.to_string());
    let ranges: Vec<(String, String)> = a["unavailable"]
        .as_array()
        .expect("ranges")
        .iter()
        .map(|r| {
            (
                r["from"].as_str().unwrap_or_default().into(),
                r["to"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    let d = |n: i64| (today + Duration::days(n)).to_string();
    assert_eq!(
        ranges,
        [(d(0), d(2)), (d(10), d(16)), (d(60), d(365))],
        "notice, the merged holds, and beyond the booking window"
    );

    let bad = get(
        &app,
        &format!("/api/v1/listings/{id}/availability?from=2026-13-01"),
    )
    .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.error_field(), "from");
    let only_to = get(
        &app,
        &format!("/api/v1/listings/{id}/availability?to=2027-01-01"),
    )
    .await;
    assert_eq!(
        only_to.status, 400,
        "an end without a start is not silently ignored"
    );
    assert_eq!(only_to.error_field(), "from");
}

#[tokio::test]
async fn the_exclusion_constraint_refuses_overlapping_holds() {
    let t = common::TestDb::new().await;
    let pool = t.primary_pool().await;
    let id = listing(&pool).await;
    let start = today(&pool).await + Duration::days(5);
    hold(&pool, id, start, 0..4).await;
    let overlap = sqlx::query(
        "INSERT INTO listing_holds (listing_id, nights) VALUES ($1, daterange($2, $3))",
    )
    .bind(id)
    .bind(start + Duration::days(3))
    .bind(start + Duration::days(6))
    .execute(&pool)
    .await;
    let err = overlap.expect_err("overlapping holds must be impossible");
    let constraint = err
        .as_database_error()
        .and_then(|e| e.constraint().map(str::to_owned));
    assert_eq!(constraint.as_deref(), Some("listing_holds_no_overlap"));
    // Back to back is fine: check-out day is the next check-in day.
    hold(&pool, id, start, 4..6).await;
}

#[tokio::test]
async fn each_listing_keeps_the_union_of_its_holds_through_inserts_updates_and_deletes() {
    let t = common::TestDb::new().await;
    let pool = t.primary_pool().await;
    let id = listing(&pool).await;
    let start = today(&pool).await + Duration::days(5);
    let union_matches = |pool: sqlx::PgPool| async move {
        sqlx::query_scalar::<_, bool>(
            "SELECT l.held_nights = COALESCE((SELECT range_agg(nights) FROM listing_holds h
                                              WHERE h.listing_id = l.id), '{}')
             FROM listings l WHERE l.id = $1",
        )
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("compare")
    };
    hold(&pool, id, start, 0..2).await;
    hold(&pool, id, start, 2..4).await;
    hold(&pool, id, start, 10..12).await;
    assert!(union_matches(pool.clone()).await, "after inserts");
    sqlx::query("DELETE FROM listing_holds WHERE listing_id = $1 AND lower(nights) = $2")
        .bind(id)
        .bind(start + Duration::days(2))
        .execute(&pool)
        .await
        .expect("delete");
    assert!(
        union_matches(pool.clone()).await,
        "after a delete between adjacent holds"
    );
    sqlx::query(
        "UPDATE listing_holds SET nights = daterange($2, $3) WHERE listing_id = $1 AND lower(nights) = $4",
    )
    .bind(id)
    .bind(start + Duration::days(20))
    .bind(start + Duration::days(25))
    .bind(start + Duration::days(10))
    .execute(&pool)
    .await
    .expect("update");
    assert!(union_matches(pool.clone()).await, "after an update");
    let held: String = sqlx::query_scalar("SELECT held_nights::text FROM listings WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .expect("held");
    assert_eq!(
        held,
        format!(
            "{{[{},{}),[{},{})}}",
            start,
            start + Duration::days(2),
            start + Duration::days(20),
            start + Duration::days(25)
        )
    );
}
