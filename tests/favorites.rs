//! Wishlists through the API: save, list with current prices, named lists, remove; each
//! person sees only their own.

mod common;

use axum::Router;
use common::accounts::signed_up;
use common::{TestResponse, call, insert_listing};
use serde_json::{Value, json};

/// `POST /api/v1/favorites` with `body` as `who`.
async fn save(app: &Router, who: &str, body: Value) -> TestResponse {
    call(app, "POST", "/api/v1/favorites", Some(who), Some(body)).await
}

/// `DELETE /api/v1/favorites/{listing}` as `who`.
async fn remove(app: &Router, who: &str, listing: i64) -> TestResponse {
    let uri = format!("/api/v1/favorites/{listing}");
    call(app, "DELETE", &uri, Some(who), None).await
}

async fn favorites(app: &Router, who: &str) -> Value {
    call(app, "GET", "/api/v1/favorites", Some(who), None)
        .await
        .json()
}

#[tokio::test]
async fn save_list_and_remove_favorites() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    let ana = signed_up(&app, "ana@example.com", "Ana").await;
    let bo = signed_up(&app, "bo@example.com", "Bo").await;
    let pool = t.primary_pool().await;
    let loft = insert_listing(&pool, "Loft by the river")
        .await
        .expect("listing");
    let cabin = insert_listing(&pool, "Cabin in the pines")
        .await
        .expect("listing");

    let none = call(&app, "GET", "/api/v1/favorites", None, None).await;
    assert_eq!(none.status, 401);

    let first = save(&app, &ana, json!({ "listing_id": loft })).await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.json()["list"], "Saved");
    let again = save(&app, &ana, json!({ "listing_id": loft })).await;
    assert_eq!(again.status, 200, "saving twice is harmless");
    let named = save(
        &app,
        &ana,
        json!({ "listing_id": cabin, "list": "Winter 2027" }),
    )
    .await;
    assert_eq!(named.status, 201, "{}", named.body);

    let mine = favorites(&app, &ana).await;
    assert_eq!(mine["lists"], json!(["Saved", "Winter 2027"]));
    let items = mine["items"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["listing"]["id"], cabin, "newest first");
    assert_eq!(items[0]["list"], "Winter 2027");
    assert_eq!(
        items[1]["listing"]["price_per_night"]["amount_minor"],
        9_900
    );
    assert_eq!(items[1]["available"], true);

    let theirs = favorites(&app, &bo).await;
    assert_eq!(
        theirs["items"].as_array().map(Vec::len),
        Some(0),
        "only your own"
    );
    assert_eq!(
        remove(&app, &bo, loft).await.status,
        404,
        "nobody removes someone else's save"
    );

    assert_eq!(remove(&app, &ana, loft).await.status, 204);
    assert_eq!(remove(&app, &ana, loft).await.status, 404);
    let after = favorites(&app, &ana).await;
    assert_eq!(after["items"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn bad_favorites_requests_get_clear_errors() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    let ana = signed_up(&app, "ana@example.com", "Ana").await;
    let pool = t.primary_pool().await;
    let paused = insert_listing(&pool, "Paused place")
        .await
        .expect("listing");
    common::set_active(&pool, paused, false).await;
    for (body, status) in [
        (json!({ "listing_id": 999_999 }), 404),
        (json!({ "listing_id": paused }), 404),
        (json!({ "listing_id": "seven" }), 400),
        (json!({ "listing_id": 1, "colour": "red" }), 400),
        (json!({ "listing_id": paused, "list": "x".repeat(61) }), 400),
    ] {
        let r = save(&app, &ana, body.clone()).await;
        assert_eq!(r.status, status, "{body}: {}", r.body);
        assert!(!r.error_message().is_empty(), "{body}: {}", r.body);
    }
    let malformed = call(&app, "DELETE", "/api/v1/favorites/abc", Some(&ana), None).await;
    assert_eq!(malformed.status, 404);
}
