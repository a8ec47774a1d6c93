//! Creating and editing a listing: credentials, input that names the field it is wrong
//! about, a new listing paused.

use super::{Hosting, lisbon_loft};
use serde_json::{Value, json};

#[tokio::test]
async fn creating_a_listing_needs_credentials() {
    let h = Hosting::new().await;

    let r = h
        .call("POST", "/api/v1/listings", None, Some(lisbon_loft()))
        .await;

    assert_eq!(r.status, 401);
}

/// What is wrong, how to spoil the loft so, and the field the answer names (none for an
/// unknown field).
type BadInput = (&'static str, fn(&mut Value), Option<&'static str>);

#[tokio::test]
async fn bad_listing_input_names_the_field_and_creates_nothing() {
    let h = Hosting::new().await;
    let cases: [BadInput; 5] = [
        (
            "a short title",
            |b| b["title"] = json!("Hut"),
            Some("title"),
        ),
        (
            "an unknown city",
            |b| b["location"]["city"] = json!("Atlantis"),
            Some("city"),
        ),
        (
            "coordinates in Paris",
            |b| b["location"]["coordinates"]["coordinates"] = json!([2.35, 48.85]),
            Some("latitude"),
        ),
        ("an unknown field", |b| b["colour"] = json!("blue"), None),
        (
            "a maximum under the minimum",
            |b| {
                b["booking"]["min_nights"] = json!(9);
                b["booking"]["max_nights"] = json!(3);
            },
            Some("max_nights"),
        ),
    ];

    for (what, spoil, field) in cases {
        let mut bad = lisbon_loft();
        spoil(&mut bad);
        let r = h.create(bad).await;

        assert_eq!(r.status, 400, "{what}: {}", r.body);
        if let Some(field) = field {
            assert_eq!(r.error_field(), field, "{what}: {}", r.body);
        }
    }
    assert_eq!(
        h.host_listings().await,
        json!([]),
        "nothing was created by the refusals"
    );
}

#[tokio::test]
async fn a_new_listing_is_paused_with_the_city_facts_filled_in() {
    let h = Hosting::new().await;

    let r = h.create(lisbon_loft()).await;

    assert_eq!(r.status, 201, "{}", r.body);
    let created = r.json();
    let id = created["id"].as_i64().expect("id");
    let uri = format!("/api/v1/listings/{id}");
    assert_eq!(r.header("location"), uri);
    assert_eq!(created["is_active"], false);
    assert_eq!(created["location"]["country"], "Portugal");
    assert_eq!(
        created["price_per_night"],
        json!({"amount_minor": 9550, "currency": "EUR"})
    );
    assert_eq!(created["house_rules"]["pets_allowed"], true);
    assert_eq!(created["booking"]["min_nights"], 2);
    assert_eq!(
        h.call("GET", &uri, None, None).await.status,
        404,
        "paused: hidden from guests"
    );
    assert_eq!(
        h.call("GET", &uri, Some(&h.ana), None).await.status,
        200,
        "its host sees it"
    );
}

#[tokio::test]
async fn an_edit_changes_what_it_names_and_nothing_else() {
    let h = Hosting::new().await;
    let id = h.loft().await;

    let price = json!({"price_per_night": {"amount_minor": 12000, "currency": "EUR"}});
    let r = h.edit(id, price).await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["price_per_night"]["amount_minor"], 12000);
    assert_eq!(r.json()["title"], "Sunny loft in Alfama");
}

#[tokio::test]
async fn the_prices_of_a_listing_share_one_currency() {
    let h = Hosting::new().await;
    let id = h.loft().await;

    let fee = json!({"cleaning_fee": {"amount_minor": 100, "currency": "USD"}});
    let r = h.edit(id, fee).await;

    assert_eq!(
        (r.status, r.error_field().as_str()),
        (400, "currency"),
        "{}",
        r.body
    );
}
