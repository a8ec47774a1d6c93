//! `GET /api/v1/ai/weather`: forecasts only from the provider and within its horizon,
//! typical weather (labelled so) for every other day and whenever the provider fails.

use crate::common::accounts::registered;
use crate::common::{TestDb, app_with, get, insert_listing};
use crate::forecast_server::{Answer, ForecastServer};
use haven::server::assistant::local_date;
use std::time::Duration;

/// A Porto listing in its own zone, and the app with the forecast server (if any).
async fn porto(forecast: Option<&str>) -> (TestDb, axum::Router, i64) {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let base = forecast.map(str::to_string);
    let app = app_with(t.db(None), |c| {
        c.weather_url = base;
        c.weather_timeout = Duration::from_millis(500);
    });
    registered(&app, "hana@example.com", "Hana").await;
    let id = insert_listing(&pool, "Loft by the Douro")
        .await
        .expect("listing");
    sqlx::query("UPDATE listings SET time_zone = 'Europe/Lisbon' WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("zone");
    (t, app, id)
}

fn today() -> time::Date {
    local_date(time::OffsetDateTime::now_utc(), Some("Europe/Lisbon"))
}

fn day(offset: i64) -> String {
    (today() + time::Duration::days(offset)).to_string()
}

#[tokio::test]
async fn without_a_provider_every_day_is_typical_and_says_so() {
    let (_t, app, id) = porto(None).await;
    let r = get(
        &app,
        &format!(
            "/api/v1/ai/weather?listing_id={id}&from={}&to={}",
            day(1),
            day(3)
        ),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    let days = body["days"].as_array().expect("days");
    assert_eq!(days.len(), 3);
    for d in days {
        assert_eq!(d["kind"], "typical");
        assert!(
            d["label"]
                .as_str()
                .expect("label")
                .starts_with("Typical for "),
            "{d}"
        );
        assert!(d["rain_days"].as_f64().is_some() && d["rain_chance"].is_null());
    }
    assert_eq!(body["sources"].as_array().expect("sources").len(), 1);
    assert!(
        body["sources"][0]
            .as_str()
            .expect("a source")
            .starts_with("Typical weather: ")
    );
}

#[tokio::test]
async fn forecasts_are_used_within_their_horizon_and_typical_weather_after_it() {
    let server = ForecastServer::start(Answer::Days(vec![])).await;
    let (_t, app, id) = porto(Some(&server.base)).await;
    // The provider answers for the days it is asked about: the first two days of the stay.
    server.answer(Answer::Days(vec![
        (day(14), 21.5, 12.0, 10),
        (day(15), 19.0, 11.5, 70),
    ]));
    let uri = format!(
        "/api/v1/ai/weather?listing_id={id}&from={}&to={}",
        day(14),
        day(17)
    );
    let r = get(&app, &uri).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    let kinds: Vec<&str> = body["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| d["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["forecast", "forecast", "typical", "typical"]);
    assert_eq!(body["days"][0]["high_c"], 21.5);
    assert_eq!(body["days"][1]["rain_chance"], 70);
    assert_eq!(body["days"][0]["outdoor"], 0.9);
    // It was asked only for the days inside its 16-day horizon, in the listing's zone.
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert!(
        seen[0].contains(&format!("start_date={}", day(14))),
        "{}",
        seen[0]
    );
    assert!(
        seen[0].contains(&format!("end_date={}", day(15))),
        "{}",
        seen[0]
    );
    assert!(seen[0].contains("timezone=Europe%2FLisbon"), "{}", seen[0]);
    assert_eq!(body["sources"][0], "Open-Meteo forecast");

    // Beyond the horizon the provider is not asked at all.
    let far = format!(
        "/api/v1/ai/weather?listing_id={id}&from={}&to={}",
        day(40),
        day(41)
    );
    assert_eq!(get(&app, &far).await.json()["days"][0]["kind"], "typical");
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_slow_malformed_or_refusing_provider_means_typical_weather_not_an_error() {
    let server = ForecastServer::start(Answer::Malformed).await;
    let (_t, app, id) = porto(Some(&server.base)).await;
    let uri = format!(
        "/api/v1/ai/weather?listing_id={id}&from={}&to={}",
        day(1),
        day(2)
    );
    for answer in [
        Answer::Malformed,
        Answer::Status(429),
        Answer::Status(500),
        Answer::Silent,
    ] {
        server.answer(answer.clone());
        let r = get(&app, &uri).await;
        assert_eq!(r.status, 200, "{answer:?}: {}", r.body);
        let body = r.json();
        assert!(
            body["days"]
                .as_array()
                .expect("days")
                .iter()
                .all(|d| d["kind"] == "typical"),
            "{answer:?}: {body}"
        );
        assert!(
            !body["sources"].to_string().contains("Open-Meteo"),
            "{answer:?}"
        );
    }
}

#[tokio::test]
async fn bad_parameters_are_named_and_other_listings_are_not_found() {
    let (_t, app, id) = porto(None).await;
    for (query, field) in [
        (String::new(), "listing_id"),
        (
            format!("listing_id=0&from={}&to={}", day(1), day(2)),
            "listing_id",
        ),
        (format!("listing_id={id}&from=soon&to={}", day(2)), "from"),
        (
            format!("listing_id={id}&from={}&to={}", day(3), day(2)),
            "to",
        ),
        (
            format!("listing_id={id}&from={}&to={}", day(1), day(40)),
            "to",
        ),
        (
            format!("listing_id={id}&from={}&to={}", day(-30), day(-29)),
            "from",
        ),
    ] {
        let r = get(&app, &format!("/api/v1/ai/weather?{query}")).await;
        assert_eq!(
            (r.status, r.error_field()),
            (400, field.to_string()),
            "{query}: {}",
            r.body
        );
    }
    let r = get(
        &app,
        &format!(
            "/api/v1/ai/weather?listing_id={}&from={}&to={}",
            id + 1,
            day(1),
            day(2)
        ),
    )
    .await;
    assert_eq!(r.status, 404);
}
