//! `GET /api/v1/ai/search`: a sentence → filters, chips, the unused words and the URL.

use crate::common::{TestDb, app, get};

#[tokio::test]
async fn a_sentence_is_read_into_filters_and_bad_text_is_a_400() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let r = get(
        &app,
        "/api/v1/ai/search?text=quiet+cabin+for+6+near+Denver+with+a+hot+tub",
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let body = r.json();
    assert_eq!(body["filters"]["q"], "Denver");
    assert_eq!(body["filters"]["adults"], "6");
    assert_eq!(body["filters"]["property_type"], "cabin");
    assert_eq!(body["filters"]["amenities"], "hot_tub");
    assert_eq!(body["unused"], serde_json::json!(["quiet"]));
    assert_eq!(body["time_zone"], "UTC");
    assert_eq!(
        body["search_url"],
        "/search?q=Denver&adults=6&property_type=cabin&amenities=hot_tub&unused=quiet"
    );
    assert_eq!(
        body["chips"],
        serde_json::json!(["Denver", "6 adults", "Cabin", "Hot tub"])
    );

    for query in ["", "text=", "text=++", &format!("text={}", "a".repeat(301))] {
        let r = get(&app, &format!("/api/v1/ai/search?{query}")).await;
        assert_eq!(
            (r.status, r.error_field()),
            (400, "text".to_string()),
            "{query}"
        );
    }
}

#[tokio::test]
async fn the_search_page_redirects_a_sentence_and_leaves_a_place_alone() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let r = get(&app, "/search?q=2+adults+in+Porto+with+wifi&sort=newest").await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.location(),
        Some("/search?q=Porto&adults=2&amenities=wifi&sort=newest")
    );
    for place in ["Porto", "Porto%2C+Portugal", "Porto%2C+PT", "Denver"] {
        let r = get(&app, &format!("/search?q={place}")).await;
        assert_eq!(r.status, 200, "{place}");
    }
}
