//! A booking keeps the exchange rates of the day it was made (issue 20): its receipt and
//! the host's figures convert at them, whatever the rates do later.

use super::World;
use haven::server::currency::{ecb, rates};

#[tokio::test]
async fn a_booking_keeps_its_rates_after_the_rates_change() {
    let w = World::new("instant_book = true").await;
    let (id, _) = w.booked(w.stay(10, 3)).await;
    let rate_then: f64 =
        sqlx::query_scalar("SELECT (fx_rates ->> 'EUR')::float8 FROM bookings WHERE id = $1")
            .bind(id)
            .fetch_one(&w.pool)
            .await
            .expect("the booking's rates");
    let held: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM jsonb_object_keys((SELECT fx_rates FROM bookings WHERE id = $1))",
    )
    .bind(id)
    .fetch_one(&w.pool)
    .await
    .expect("keys");
    assert_eq!(held, 30, "every currency's rate is kept with the booking");

    // The ECB publishes a new day: the dollar halves against the euro.
    let mut day = ecb::parse(include_str!("../fixtures/ecb/eurofxref-daily.xml")).expect("feed");
    day.date = time::macros::date!(2030 - 01 - 02);
    *day.per_eur.get_mut("USD").expect("USD") = 2.0 * 1.1172;
    assert!(rates::save(&w.pool, &day).await.expect("saved"));
    let rate_now: f64 =
        sqlx::query_scalar("SELECT per_usd::float8 FROM exchange_rates WHERE currency = 'EUR'")
            .fetch_one(&w.pool)
            .await
            .expect("today's rate");
    assert!((rate_now - rate_then).abs() > 1e-6, "the rates did change");

    let rate_kept: f64 =
        sqlx::query_scalar("SELECT (fx_rates ->> 'EUR')::float8 FROM bookings WHERE id = $1")
            .bind(id)
            .fetch_one(&w.pool)
            .await
            .expect("the booking's rates");
    assert_eq!(rate_kept, rate_then);
    // The booking's amount in euros, at its own rates, is what it was.
    let (at_booking, total): (f64, i64) = sqlx::query_as(
        "SELECT fx_convert(total_minor, fx_rates, currency, 'EUR')::float8, total_minor
         FROM bookings WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&w.pool)
    .await
    .expect("converted");
    assert!((at_booking - total as f64 * rate_then).abs() < 0.01);
}
