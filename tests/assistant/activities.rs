//! `GET /api/v1/ai/activities` and the guidebook API: the host's picks first, Haven's
//! place table for the demo cities, OpenStreetMap through a local server that answers in
//! Overpass's JSON (good, failing and silent), and the host-only guidebook.

use crate::common::accounts::{registered, signed_up, token};
use crate::common::{TestDb, app_with, call, get, insert_listing};
use crate::overpass_server::{Answer, OverpassServer};
use axum::Router;
use serde_json::{Value, json};
use std::time::Duration;

/// A Porto listing (41.15, -8.61) of Hana's, the places of the demo cities, and the app
/// with an Overpass server when one is given.
pub async fn porto(overpass: Option<&str>) -> (TestDb, Router, i64) {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    haven::server::assistant::activities::seed::load(&pool)
        .await
        .expect("places");
    let base = overpass.map(str::to_string);
    let app = app_with(t.db(None), |c| {
        c.overpass_url = base;
        c.overpass_timeout = Duration::from_millis(500);
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

pub fn cafe() -> Value {
    json!({
        "name": "Café Majestic", "category": "food", "latitude": "41.1470",
        "longitude": "-8.6065", "opening_hours": "Mo-Sa 09:00-23:00; Su off",
        "duration_min": "60", "price_level": "2", "indoor": "true",
        "description": "Belle époque café: go for a morning coffee before the queues."
    })
}

fn keys(body: &Value) -> Vec<String> {
    body["activities"]
        .as_array()
        .expect("activities")
        .iter()
        .map(|a| a["key"].as_str().expect("key").to_string())
        .collect()
}

#[tokio::test]
async fn places_near_a_listing_are_ranked_with_the_hosts_picks_first() {
    let (_t, app, id) = porto(None).await;
    let hana = token(&app, "hana@example.com").await;
    let added = call(
        &app,
        "POST",
        &format!("/api/v1/listings/{id}/guidebook"),
        Some(&hana),
        Some(cafe()),
    )
    .await;
    assert_eq!(added.status, 201, "{}", added.body);
    let key = added.json()["key"].as_str().expect("key").to_string();

    let r = get(&app, &format!("/api/v1/ai/activities?listing_id={id}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    let all = body["activities"].as_array().expect("list");
    assert_eq!(all[0]["key"], key.as_str(), "the host's pick first");
    assert_eq!(all[0]["source"], "guidebook");
    assert_eq!(all[0]["hours"][0], "Mon–Sat 09:00–23:00");
    assert!(all.len() >= 8, "Porto's places: {}", all.len());
    for a in all {
        let km = a["distance_km"].as_f64().expect("km");
        assert!(km <= 5.0, "{a}");
        assert!(a["name"].as_str().is_some_and(|n| !n.is_empty()));
    }
    // Among Haven's places, nearer first (the score is nearness alone without interests).
    let haven: Vec<f64> = all
        .iter()
        .filter(|a| a["source"] == "haven")
        .map(|a| a["distance_km"].as_f64().expect("km"))
        .collect();
    assert!(haven.windows(2).all(|w| w[0] <= w[1]), "{haven:?}");
    assert_eq!(
        body["sources"],
        json!(["The host's guidebook", "Haven's place list"])
    );

    // Only museums, at most two.
    let r = get(
        &app,
        &format!("/api/v1/ai/activities?listing_id={id}&category=museum&limit=2&radius_km=25"),
    )
    .await;
    let museums = r.json();
    let list = museums["activities"].as_array().expect("list");
    assert!(!list.is_empty() && list.len() <= 2);
    assert!(list.iter().all(|a| a["category"] == "museum"), "{museums}");

    // A bare point finds Haven's places without any guidebook.
    let r = get(
        &app,
        "/api/v1/ai/activities?lat=41.1456&lon=-8.6139&radius_km=1",
    )
    .await;
    assert_eq!(r.status, 200);
    let near_tower = keys(&r.json());
    assert!(!near_tower.contains(&key), "no listing, no guidebook");
    assert!(!near_tower.is_empty());
}

#[tokio::test]
async fn bad_questions_are_400s_and_an_unknown_listing_is_a_404() {
    let (_t, app, id) = porto(None).await;
    for (query, field) in [
        ("", "listing_id"),
        ("listing_id=abc", "listing_id"),
        ("listing_id=0", "listing_id"),
        ("lat=91&lon=0", "lat"),
        ("lat=10", "listing_id"),
        (
            &format!("listing_id={id}&category=casino") as &str,
            "category",
        ),
        (&format!("listing_id={id}&radius_km=100"), "radius_km"),
        (&format!("listing_id={id}&limit=2.5"), "limit"),
        (&format!("listing_id={id}&limit=0"), "limit"),
    ] {
        let r = get(&app, &format!("/api/v1/ai/activities?{query}")).await;
        assert_eq!(r.status, 400, "{query}: {}", r.body);
        assert_eq!(r.json()["error"]["field"], field, "{query}");
    }
    let r = get(
        &app,
        &format!("/api/v1/ai/activities?listing_id={}", id + 1000),
    )
    .await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn only_the_host_changes_a_guidebook_and_bad_entries_name_their_field() {
    let (_t, app, id) = porto(None).await;
    let hana = token(&app, "hana@example.com").await;
    let ola = signed_up(&app, "ola@example.com", "Ola").await;
    let uri = format!("/api/v1/listings/{id}/guidebook");
    assert_eq!(
        call(&app, "POST", &uri, None, Some(cafe())).await.status,
        401
    );
    let theirs = call(&app, "POST", &uri, Some(&ola), Some(cafe())).await;
    assert_eq!(
        theirs.status, 404,
        "another host's listing is unknown: {}",
        theirs.body
    );

    for (field, value) in [
        ("name", json!("")),
        ("category", json!("casino")),
        ("latitude", json!("95")),
        ("opening_hours", json!("Mo-Fr 22:00-02:00")),
        ("duration_min", json!("5")),
        ("price_level", json!("9")),
    ] {
        let mut body = cafe();
        body[field] = value;
        let r = call(&app, "POST", &uri, Some(&hana), Some(body)).await;
        assert_eq!(r.status, 400, "{field}: {}", r.body);
        assert_eq!(r.json()["error"]["field"], field, "{}", r.body);
    }

    let added = call(&app, "POST", &uri, Some(&hana), Some(cafe())).await;
    let place = added.json()["id"].as_i64().expect("id");
    let one = format!("{uri}/{place}");
    assert_eq!(
        call(&app, "DELETE", &one, Some(&ola), None).await.status,
        404
    );
    assert_eq!(
        call(&app, "DELETE", &one, Some(&hana), None).await.status,
        204
    );
    assert_eq!(
        call(&app, "DELETE", &one, Some(&hana), None).await.status,
        404
    );
    let after = get(&app, &format!("/api/v1/ai/activities?listing_id={id}")).await;
    assert!(!keys(&after.json()).contains(&format!("guidebook:{place}")));

    for _ in 0..30 {
        assert_eq!(
            call(&app, "POST", &uri, Some(&hana), Some(cafe()))
                .await
                .status,
            201
        );
    }
    let full = call(&app, "POST", &uri, Some(&hana), Some(cafe())).await;
    assert_eq!(full.status, 400, "at most 30: {}", full.body);
}

#[tokio::test]
async fn openstreetmap_places_join_when_the_overpass_server_answers() {
    let osm = OverpassServer::start(Answer::Places).await;
    let (_t, app, id) = porto(Some(&osm.base)).await;
    let r = get(
        &app,
        &format!("/api/v1/ai/activities?listing_id={id}&radius_km=3"),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    let found = keys(&body);
    assert!(found.contains(&"osm:node/101".to_string()), "{found:?}");
    assert!(
        !found.contains(&"osm:way/102".to_string()),
        "a place Haven already lists under the same name is not shown twice: {found:?}"
    );
    assert_eq!(body["sources"][2], "OpenStreetMap");
    let sent = osm.seen();
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0].contains("around:3000,41.15000,-8.61000"),
        "{}",
        sent[0]
    );
    assert!(sent[0].starts_with("[out:json]"), "{}", sent[0]);

    for answer in [Answer::Status(504), Answer::Malformed, Answer::Silent] {
        osm.answer(answer.clone());
        let r = get(&app, &format!("/api/v1/ai/activities?listing_id={id}")).await;
        assert_eq!(r.status, 200, "{answer:?}: {}", r.body);
        let body = r.json();
        assert_eq!(
            body["sources"][2], "OpenStreetMap: unavailable",
            "{answer:?}"
        );
        assert!(keys(&body).iter().all(|k| !k.starts_with("osm:")));
        assert!(
            keys(&body).iter().any(|k| k.starts_with("haven:")),
            "the others still answer"
        );
    }
}
