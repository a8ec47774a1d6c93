//! Neither party sees the other's review until both are written or the window closes.

use super::{World, guest_review, host_review};
use time::Duration;

#[tokio::test]
async fn both_reviews_are_published_together_when_the_second_is_written() {
    let w = World::new().await;
    let id = w.stayed().await;

    let r = w.review(id, &w.guest, guest_review(4)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let mine = r.json();
    assert_eq!(mine["published_at"], serde_json::Value::Null);
    assert_eq!(mine["ratings"]["role"], "guest");

    // The host knows a review is in, but cannot read it; the public sees nothing yet.
    let host_view = w.stay_reviews(id, &w.host).await;
    assert_eq!(host_view["theirs_written"], true);
    assert_eq!(host_view["theirs"], serde_json::Value::Null);
    assert_eq!(host_view["can_review"], true);
    let public = w.listing_reviews().await;
    assert_eq!(public["total"], 0);
    assert_eq!(public["rating"]["average"], serde_json::Value::Null);
    let review_id = mine["id"].as_i64().expect("id");
    let hidden = w
        .call(
            "POST",
            &format!("/api/v1/reviews/{review_id}/report"),
            &w.stranger,
            Some(serde_json::json!({"reason": "spam"})),
        )
        .await;
    assert_eq!(hidden.status, 404, "{}", hidden.body);

    let r = w.review(id, &w.host, host_review(5)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let published = r.json()["published_at"].clone();
    assert!(published.is_string(), "{published}");

    let guest_view = w.stay_reviews(id, &w.guest).await;
    assert_eq!(guest_view["mine"]["published_at"], published);
    assert_eq!(guest_view["theirs"]["ratings"]["house_rules"], 5);
    assert_eq!(guest_view["can_review"], false);
    let host_view = w.stay_reviews(id, &w.host).await;
    assert_eq!(host_view["theirs"]["ratings"]["overall"], 4);
    // The note is the host's to read, and no one else's.
    assert_eq!(
        host_view["theirs"]["private_note"],
        "The shower drains slowly."
    );
    let public = w.listing_reviews().await;
    assert_eq!(public["total"], 1);
    assert_eq!(public["rating"]["average"], 4.0);
    assert_eq!(public["rating"]["location"], 4.0);
    assert_eq!(public["items"][0]["private_note"], serde_json::Value::Null);
    assert_eq!(public["items"][0]["author_name"], "Gil");
}

#[tokio::test]
async fn a_lone_review_is_published_when_the_window_closes() {
    let w = World::new().await;
    let id = w.stayed().await;
    assert_eq!(w.review(id, &w.guest, guest_review(5)).await.status, 201);
    let publish = || haven::server::reviews::publish_due(&w.state);

    // The clock stands on the day after check-out: the last day is check-out + 14.
    w.state.clock.advance(Duration::days(13));
    assert_eq!(publish().await.expect("publish"), 0);
    assert_eq!(w.listing_reviews().await["total"], 0);
    w.state.clock.advance(Duration::days(1));
    assert_eq!(publish().await.expect("publish"), 1);
    assert_eq!(publish().await.expect("again"), 0);
    let public = w.listing_reviews().await;
    assert_eq!(public["total"], 1);
    assert_eq!(public["rating"]["average"], 5.0);

    // Too late for the host now.
    let r = w.review(id, &w.host, host_review(5)).await;
    assert_eq!(r.status, 409, "{}", r.body);
    let host_view = w.stay_reviews(id, &w.host).await;
    assert_eq!(host_view["can_review"], false);
    assert_eq!(host_view["theirs"]["ratings"]["overall"], 5);
}
