//! Listing a home in a town that is not a demo city: found in the gazetteer, with the
//! zone of its point and the tax of its region.

use super::World;
use crate::common::accounts::{mark_all_verified_directly, signed_up};
use crate::common::{call, lisbon_loft};
use haven::server::places::taxes;
use serde_json::{Value, json};

/// Ana's loft moved to `location`: the answer's status and body.
async fn list(w: &World, ana: &str, location: Value) -> (u16, Value) {
    let mut body = lisbon_loft();
    body["location"] = location;
    let r = call(&w.app, "POST", "/api/v1/listings", Some(ana), Some(body)).await;
    (r.status, r.json())
}

/// What the listing stored: town, region, country code, zone, tax and gazetteer id.
async fn stored(w: &World, id: i64) -> (String, Option<String>, String, String, i32, Option<i64>) {
    sqlx::query_as(
        "SELECT city, state, country_code::text, time_zone, tax_bp, place_id FROM listings WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&w.t.primary_pool().await)
    .await
    .expect("listing")
}

#[tokio::test]
async fn a_home_in_a_town_outside_the_demo_cities_gets_its_zone_region_and_tax() {
    let w = World::new().await;
    let ana = signed_up(&w.app, "ana@example.com", "Ana").await;
    mark_all_verified_directly(&w.t.primary_pool().await).await;
    let pool = w.t.primary_pool().await;
    sqlx::query("INSERT INTO taxes (country_code, region_code, rate_bp) VALUES ('PT', '12', 300)")
        .execute(&pool)
        .await
        .expect("a region's rate");

    let (status, body) = list(
        &w,
        &ana,
        json!({
            "address": "Rua de Olivença 3", "city": "Elvas", "country": "Portugal",
            "coordinates": {"type": "Point", "coordinates": [-7.1650, 38.8800]}
        }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let elvas = stored(&w, body["id"].as_i64().expect("id")).await;
    assert_eq!(
        elvas,
        (
            "Elvas".into(),
            Some("Portalegre".into()),
            "PT".into(),
            "Europe/Lisbon".into(),
            300,
            Some(2_268_615)
        )
    );

    // Lisbon pays Portugal's rate; a town with no rate pays none.
    let (_, body) = list(&w, &ana, lisbon_loft()["location"].clone()).await;
    assert_eq!(stored(&w, body["id"].as_i64().expect("id")).await.4, 700);
    let (status, body) = list(
        &w,
        &ana,
        json!({
            "address": "Bahnhofstrasse 1", "place_id": 2_657_896,
            "coordinates": {"type": "Point", "coordinates": [8.5390, 47.3700]}
        }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let zurich = stored(&w, body["id"].as_i64().expect("id")).await;
    assert_eq!(
        (zurich.0.as_str(), zurich.3.as_str(), zurich.4),
        ("Zürich", "Europe/Zurich", 0)
    );
}

#[tokio::test]
async fn the_zone_is_the_homes_own_across_a_border_from_its_town() {
    let w = World::new().await;
    let ana = signed_up(&w.app, "ana@example.com", "Ana").await;

    // Chosen town: Badajoz, Spain; the home is 14 km west, over the border in Portugal.
    let (status, body) = list(
        &w,
        &ana,
        json!({
            "address": "Quinta da Fronteira", "city": "Badajoz", "country": "ES",
            "coordinates": {"type": "Point", "coordinates": [-7.1500, 38.8700]}
        }),
    )
    .await;

    assert_eq!(status, 201, "{body}");
    let home = stored(&w, body["id"].as_i64().expect("id")).await;
    assert_eq!(
        (home.0.as_str(), home.3.as_str()),
        ("Badajoz", "Europe/Lisbon")
    );
}

#[tokio::test]
async fn a_town_the_name_leaves_open_is_refused_with_the_choices_named() {
    let w = World::new().await;
    let ana = signed_up(&w.app, "ana@example.com", "Ana").await;
    let at = |lon: f64, lat: f64| json!({"type": "Point", "coordinates": [lon, lat]});

    for (what, location) in [
        (
            "four Springfields",
            json!({"address": "1 Main St", "city": "Springfield", "coordinates": at(-89.64, 39.80)}),
        ),
        (
            "a typo",
            json!({"address": "Rua 1", "city": "Elvs", "country": "Portugal"}),
        ),
        (
            "no such town",
            json!({"address": "Rua 1", "city": "Atlantis"}),
        ),
    ] {
        let (status, body) = list(&w, &ana, location).await;
        assert_eq!(status, 400, "{what}: {body}");
        assert_eq!(body["error"]["field"], "city", "{what}: {body}");
    }

    let (status, body) = list(
        &w,
        &ana,
        json!({
            "address": "1 Main St", "city": "Springfield, Illinois", "country": "United States",
            "coordinates": at(-89.64, 39.80)
        }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let home = stored(&w, body["id"].as_i64().expect("id")).await;
    assert_eq!(
        (home.1.as_deref(), home.3.as_str()),
        (Some("Illinois"), "America/Chicago")
    );
}

#[tokio::test]
async fn a_regions_rate_wins_over_its_countrys_and_unknown_places_pay_none() {
    let w = World::new().await;
    let pool = w.t.primary_pool().await;
    sqlx::query("INSERT INTO taxes (country_code, region_code, rate_bp) VALUES ('US', 'HI', 1800), ('CH', '', 350)")
        .execute(&pool)
        .await
        .expect("rates");

    let rate = |cc: &'static str, region: Option<&'static str>| {
        let pool = pool.clone();
        async move { taxes::rate_bp(&pool, cc, region).await.expect("rate") }
    };
    assert_eq!(rate("US", Some("HI")).await, 1_800);
    assert_eq!(rate("US", Some("NY")).await, 1_100);
    assert_eq!(rate("US", None).await, 1_100);
    assert_eq!(rate("CH", Some("ZH")).await, 350);
    assert_eq!(rate("GB", None).await, 0);
    assert_eq!(rate("ZZ", Some("01")).await, 0);
}
