//! Exchange rates (issue 20): the ECB's daily feed fetched from a local server speaking its
//! format, what a broken feed leaves alone, and conversions with each currency's minor
//! units checked against PostgreSQL's exact arithmetic.

use super::common;

use common::TestDb;
use haven::app::types::currency::{Currency, RateSource};
use haven::server::currency::rates::{self, Bundled, EcbFeed, RatesError};
use std::time::Duration;

const FEED: &str = include_str!("../fixtures/ecb/eurofxref-daily.xml");

/// Serves `body` with `status` at `/eurofxref-daily.xml` on a free local port.
async fn feed_server(status: u16, body: &'static str) -> String {
    let app = axum::Router::new().route(
        "/eurofxref-daily.xml",
        axum::routing::get(move || async move {
            (
                axum::http::StatusCode::from_u16(status).expect("status"),
                [("content-type", "text/xml")],
                body,
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/eurofxref-daily.xml")
}

async fn table(pool: &sqlx::PgPool) -> Vec<(String, f64, Option<time::Date>, String)> {
    sqlx::query_as(
        "SELECT currency::text, per_usd::float8, rate_date, source FROM exchange_rates ORDER BY currency",
    )
    .fetch_all(pool)
    .await
    .expect("rates")
}

#[tokio::test]
async fn the_ecb_feed_replaces_the_shipped_rates() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let shipped = table(&pool).await;
    assert_eq!(
        shipped.len(),
        30,
        "the migration ships every ECB currency and the euro"
    );
    assert!(
        shipped
            .iter()
            .all(|r| r.3 == "bundled" && r.2 == Some(time::macros::date!(2026 - 10 - 30)))
    );

    // Nothing configured: the bundled provider has nothing newer.
    assert!(!rates::refresh(&pool, &Bundled).await.expect("no-op"));

    let url = feed_server(200, FEED).await;
    let feed = EcbFeed::new(&url, Duration::from_secs(5)).expect("client");
    assert!(rates::refresh(&pool, &feed).await.expect("fetched"));
    let fetched = table(&pool).await;
    assert_eq!(fetched.len(), 30);
    assert!(fetched.iter().all(|r| r.3 == "ecb"));
    let rate = |code: &str| fetched.iter().find(|r| r.0 == code).expect(code).1;
    assert_eq!(rate("USD"), 1.0);
    assert!((rate("EUR") - 1.0 / 1.1172).abs() < 1e-6);
    assert!((rate("JPY") - 175.68 / 1.1172).abs() < 1e-4);
    // Fresh now: the daily job does not ask again.
    assert!(!rates::refresh_due(&pool, &feed).await.expect("fresh"));
    pool.close().await;
}

#[tokio::test]
async fn a_broken_feed_leaves_the_rates_as_they_were() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let before = table(&pool).await;
    for (status, body) in [
        (200, "<html><body>Maintenance</body></html>"),
        (503, "unavailable"),
        (
            200,
            "<Cube time='2026-11-02'><Cube currency='USD' rate='-1'/></Cube>",
        ),
        (
            200,
            "<Cube time='2026-11-02'><Cube currency='GBP' rate='0.85'/></Cube>",
        ),
    ] {
        let feed =
            EcbFeed::new(&feed_server(status, body).await, Duration::from_secs(5)).expect("client");
        let outcome = rates::refresh(&pool, &feed).await;
        assert!(outcome.is_err(), "{status} {body}: {outcome:?}");
        assert_eq!(table(&pool).await, before, "{body}");
    }
    // An older day than the one kept changes nothing either.
    let mut old = haven::server::currency::ecb::parse(FEED).expect("feed");
    old.date = time::macros::date!(2026 - 01 - 02);
    assert!(!rates::save(&pool, &old).await.expect("saved nothing"));
    assert_eq!(table(&pool).await, before);
    assert!(matches!(
        rates::save(
            &pool,
            &haven::server::currency::ecb::EcbDay {
                date: old.date,
                per_eur: Default::default()
            }
        )
        .await,
        Err(RatesError::NoDollar)
    ));
    pool.close().await;
}

#[tokio::test]
async fn conversions_match_exact_arithmetic_and_round_trip_within_a_minor_unit() {
    let t = TestDb::new().await;
    let state = common::state(t.db(None));
    let pool = t.primary_pool().await;
    let page_rates = haven::server::currency::current::rates(&state)
        .await
        .expect("rates");
    assert_eq!(page_rates.source, RateSource::Bundled);
    assert_eq!(page_rates.date, "2026-10-30");
    assert_eq!(page_rates.per_usd.len(), 30);

    let amounts: Vec<i64> = (0..200).map(|i| (i * i * 7_919 + 13) % 2_000_000).collect();
    for (from, to) in [
        (Currency::Usd, Currency::Jpy),
        (Currency::Eur, Currency::Krw),
        (Currency::Jpy, Currency::Gbp),
        (Currency::Gbp, Currency::Idr),
        (Currency::Isk, Currency::Eur),
    ] {
        // The reference: PostgreSQL's exact numeric arithmetic on the same stored rates.
        let exact: Vec<i64> = sqlx::query_scalar(
            "SELECT round(a / (10 ^ $3::int) / f.per_usd * t.per_usd * (10 ^ $4::int))::bigint
             FROM unnest($1::bigint[]) WITH ORDINALITY AS x(a, i)
             CROSS JOIN exchange_rates f CROSS JOIN exchange_rates t
             WHERE f.currency = $2 AND t.currency = $5 ORDER BY i",
        )
        .bind(&amounts)
        .bind(from.code())
        .bind(from.minor_digits() as i32)
        .bind(to.minor_digits() as i32)
        .bind(to.code())
        .fetch_all(&pool)
        .await
        .expect("reference");
        for (amount, want) in amounts.iter().zip(exact) {
            let got = page_rates.convert(*amount, from, to).expect("both rates");
            assert!(
                (got - want).abs() <= 1,
                "{amount} {from:?}→{to:?}: {got} vs {want}"
            );
            // And back, within one minor unit of `from` (or what one unit of `to` is worth).
            let back = page_rates.convert(got, to, from).expect("both rates");
            let one_unit_of_to = page_rates.convert(1, to, from).expect("rates").max(1);
            assert!(
                (back - amount).abs() <= one_unit_of_to,
                "{amount} {from:?}→{to:?}→back: {back}"
            );
        }
    }
    // The yen has no minor unit: $100.00 is a whole number of yen.
    let yen = page_rates
        .convert(10_000, Currency::Usd, Currency::Jpy)
        .expect("rate");
    assert_eq!(yen, (10_000.0_f64 / 100.0 * 175.68 / 1.1172).round() as i64);
    pool.close().await;
}

#[tokio::test]
async fn the_api_names_the_rates_and_their_day() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let r = common::get(&app, "/api/v1/exchange-rates").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    assert_eq!(body["date"], "2026-10-30");
    assert_eq!(body["source"], "bundled");
    assert_eq!(body["base"], "USD");
    assert_eq!(body["rates"].as_object().map(|o| o.len()), Some(30));
    assert_eq!(body["rates"]["USD"], 1.0);
    assert!((body["rates"]["JPY"].as_f64().expect("yen") - 175.68 / 1.1172).abs() < 1e-4);
}
