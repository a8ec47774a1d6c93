//! Wishlists through the API: save, list with current prices, named lists, remove; each
//! person sees only their own.

mod common;

use common::accounts::{register, token};
use common::{insert_listing, request};
use serde_json::json;

#[tokio::test]
async fn save_list_and_remove_favorites() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    assert_eq!(register(&app, "ana@example.com", "Ana").await.status, 201);
    assert_eq!(register(&app, "bo@example.com", "Bo").await.status, 201);
    let pool = t.primary_pool().await;
    let loft = insert_listing(&pool, "Loft by the river")
        .await
        .expect("listing");
    let cabin = insert_listing(&pool, "Cabin in the pines")
        .await
        .expect("listing");
    let ana = token(&app, "ana@example.com").await;
    let bo = token(&app, "bo@example.com").await;
    let auth = |t: &str| vec![("authorization", t.to_owned())];
    let call = |method: &'static str, uri: String, who: &str, body: Option<serde_json::Value>| {
        let app = app.clone();
        let headers = auth(who);
        async move {
            let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            request(&app, method, &uri, &h, body).await
        }
    };

    let none = request(&app, "GET", "/api/v1/favorites", &[], None).await;
    assert_eq!(none.status, 401);

    let first = call(
        "POST",
        "/api/v1/favorites".into(),
        &ana,
        Some(json!({ "listing_id": loft })),
    )
    .await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.json()["list"], "Saved");
    let again = call(
        "POST",
        "/api/v1/favorites".into(),
        &ana,
        Some(json!({ "listing_id": loft })),
    )
    .await;
    assert_eq!(again.status, 200, "saving twice is harmless");
    let named = call(
        "POST",
        "/api/v1/favorites".into(),
        &ana,
        Some(json!({ "listing_id": cabin, "list": "Winter 2027" })),
    )
    .await;
    assert_eq!(named.status, 201, "{}", named.body);

    let mine = call("GET", "/api/v1/favorites".into(), &ana, None)
        .await
        .json();
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

    let theirs = call("GET", "/api/v1/favorites".into(), &bo, None)
        .await
        .json();
    assert_eq!(
        theirs["items"].as_array().map(Vec::len),
        Some(0),
        "only your own"
    );
    assert_eq!(
        call("DELETE", format!("/api/v1/favorites/{loft}"), &bo, None)
            .await
            .status,
        404,
        "nobody removes someone else's save"
    );

    assert_eq!(
        call("DELETE", format!("/api/v1/favorites/{loft}"), &ana, None)
            .await
            .status,
        204
    );
    assert_eq!(
        call("DELETE", format!("/api/v1/favorites/{loft}"), &ana, None)
            .await
            .status,
        404
    );
    let after = call("GET", "/api/v1/favorites".into(), &ana, None)
        .await
        .json();
    assert_eq!(after["items"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn bad_favorites_requests_get_clear_errors() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    assert_eq!(register(&app, "ana@example.com", "Ana").await.status, 201);
    let pool = t.primary_pool().await;
    let paused = insert_listing(&pool, "Paused place")
        .await
        .expect("listing");
    sqlx::query("UPDATE listings SET is_active = false WHERE id = $1")
        .bind(paused)
        .execute(&pool)
        .await
        .expect("pause");
    let ana = token(&app, "ana@example.com").await;
    let h = [("authorization", ana.as_str())];
    for (body, status) in [
        (json!({ "listing_id": 999_999 }), 404),
        (json!({ "listing_id": paused }), 404),
        (json!({ "listing_id": "seven" }), 400),
        (json!({ "listing_id": 1, "colour": "red" }), 400),
        (json!({ "listing_id": paused, "list": "x".repeat(61) }), 400),
    ] {
        let r = request(&app, "POST", "/api/v1/favorites", &h, Some(body.clone())).await;
        assert_eq!(r.status, status, "{body}: {}", r.body);
        assert!(r.json()["error"]["message"].is_string());
    }
    assert_eq!(
        request(&app, "DELETE", "/api/v1/favorites/abc", &h, None)
            .await
            .status,
        404
    );
}
