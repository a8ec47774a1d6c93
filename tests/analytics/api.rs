//! `GET /api/v1/host/analytics`: a host's own figures only, every bad parameter a 400 that
//! names it, and a small constructed case read end to end.

use crate::common::{self, TestDb, accounts::signed_up, call};
use axum::Router;
use sqlx::PgPool;

/// A fresh database with Hana, signed up, and her listing "Porto riverside loft".
async fn hana_and_her_loft() -> (TestDb, Router, PgPool, String, i64) {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    let hana = signed_up(&app, "hana@example.com", "Hana").await;
    let listing = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    (t, app, pool, hana, listing)
}

#[tokio::test]
async fn a_host_reads_their_figures_and_never_another_hosts() {
    let (_db, app, pool, hana, listing) = hana_and_her_loft().await;
    let omar = signed_up(&app, "omar@example.com", "Omar").await;
    // One confirmed stay of four nights, two of them in November 2026, at 100.00 a night
    // with no fees or taxes: revenue 200.00 in November, earnings less the 3 % host fee.
    sqlx::query(
        "UPDATE listings SET created_at = '2026-01-01', currency = 'EUR', time_zone = 'UTC'
         WHERE id = $1",
    )
    .bind(listing)
    .execute(&pool)
    .await
    .expect("listing dates");
    sqlx::query("UPDATE users SET preferred_currency = 'EUR' WHERE email = 'hana@example.com'")
        .execute(&pool)
        .await
        .expect("currency");
    sqlx::query(
        "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status,
                               currency, total_minor, time_zone, created_at)
         SELECT $1, id, '2026-11-29', '2026-12-03', 1, 'completed', 'EUR', 40000, 'UTC',
                '2026-10-01'
         FROM users WHERE email = 'omar@example.com'",
    )
    .bind(listing)
    .execute(&pool)
    .await
    .expect("booking");

    let uri = format!(
        "/api/v1/host/analytics?from=2026-11-01&to=2026-11-30&listing_id={listing}&granularity=month"
    );
    let r = call(&app, "GET", &uri, Some(&hana), None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["currency"], "EUR");
    let c = &j["current"];
    assert_eq!(
        (c["booked_nights"].as_i64(), c["open_nights"].as_i64()),
        (Some(2), Some(30))
    );
    assert_eq!(c["revenue"]["amount_minor"], 20_000);
    assert_eq!(c["revenue"]["currency"], "EUR");
    assert_eq!(c["earnings"]["amount_minor"], 19_400);
    assert_eq!(c["adr"]["amount_minor"], 10_000);
    assert_eq!(c["stays"], 1, "it checks in within the period");
    assert_eq!(
        c["average_stay_nights"], 4.0,
        "all its nights, inside or not"
    );
    assert_eq!(c["average_lead_days"], 59.0, "booked on 1 October");
    assert_eq!(j["previous"]["span"]["from"], "2026-10-02");
    assert_eq!(j["year_earlier"]["span"]["to"], "2025-11-30");
    assert_eq!(j["series"].as_array().map(Vec::len), Some(1));
    assert_eq!(j["listings"][0]["listing_id"], listing);

    // Someone else's listing is no listing at all; their own figures are empty.
    let theirs = call(&app, "GET", &uri, Some(&omar), None).await;
    assert_eq!(theirs.status, 404, "{}", theirs.body);
    let own = call(&app, "GET", "/api/v1/host/analytics", Some(&omar), None).await;
    assert_eq!(own.status, 200, "{}", own.body);
    assert_eq!(own.json()["listings"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        call(&app, "GET", "/api/v1/host/analytics", None, None)
            .await
            .status,
        401
    );

    for (query, field) in [
        ("period=31d", "period"),
        ("from=2026-11-01", "to"),
        ("from=2026-11-31&to=2026-12-01", "from"),
        ("from=2020-01-01&to=2026-01-01", "to"),
        ("listing_id=-4", "listing_id"),
        ("listing_id=abc", "listing_id"),
        ("granularity=year", "granularity"),
    ] {
        let r = call(
            &app,
            "GET",
            &format!("/api/v1/host/analytics?{query}"),
            Some(&hana),
            None,
        )
        .await;
        assert_eq!(r.status, 400, "{query}: {}", r.body);
        assert_eq!(r.json()["error"]["field"], field, "{query}");
    }
}

/// Reports are kept per app server (`analytics::cache`), filed under the host's roll-up
/// version: every change a report reads moves the version on, so the next read shows it.
#[tokio::test]
async fn a_kept_report_is_never_served_after_the_data_changed() {
    let (_db, app, pool, hana, listing) = hana_and_her_loft().await;
    sqlx::query("UPDATE listings SET created_at = '2026-01-01', time_zone = 'UTC' WHERE id = $1")
        .bind(listing)
        .execute(&pool)
        .await
        .expect("listing dates");
    let uri = "/api/v1/host/analytics?from=2026-11-01&to=2026-11-30&granularity=month";
    let read = || async {
        let r = call(&app, "GET", uri, Some(&hana), None).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    };
    let first = read().await;
    assert_eq!(first["current"]["open_nights"], 30);
    assert_eq!(read().await, first, "nothing changed: the same report");

    // Nights blocked by the host (a roll-up change).
    sqlx::query(
        "INSERT INTO listing_holds (listing_id, nights)
         VALUES ($1, daterange(DATE '2026-11-10', DATE '2026-11-14'))",
    )
    .bind(listing)
    .execute(&pool)
    .await
    .expect("block");
    assert_eq!(read().await["current"]["open_nights"], 26);

    // A new title, and a new listing: what the report names.
    sqlx::query("UPDATE listings SET title = 'Porto loft by the river' WHERE id = $1")
        .bind(listing)
        .execute(&pool)
        .await
        .expect("title");
    assert_eq!(
        read().await["listings"][0]["title"],
        "Porto loft by the river"
    );
    common::insert_listing(&pool, "Gaia terrace")
        .await
        .expect("second listing");
    assert_eq!(read().await["listings"].as_array().map(Vec::len), Some(2));
}
