//! Only the two parties see or write a conversation; messages have a size limit and
//! people a rate limit.

use super::World;
use serde_json::json;
use time::Duration;

#[tokio::test]
async fn a_message_is_invisible_to_a_third_user() {
    let w = World::new().await;
    let id = w.inquire("Is there parking nearby?").await.json()["conversation"]["id"]
        .as_i64()
        .expect("id");
    let missing = id + 1_000;
    for conv in [id, missing] {
        let r = w.thread(conv, &w.stranger).await;
        assert_eq!(r.status, 404, "{}", r.body);
        let r = w.send(conv, &w.stranger, "Let me in").await;
        assert_eq!(r.status, 404, "{}", r.body);
        let uri = format!("/api/v1/conversations/{conv}/read");
        assert_eq!(w.call("POST", &uri, &w.stranger, None).await.status, 404);
        let uri = format!("/api/v1/conversations/{conv}/messages?after=0");
        assert_eq!(w.call("GET", &uri, &w.stranger, None).await.status, 404);
    }
    // The same answer as an id that does not exist: nothing tells them apart.
    assert_eq!(
        w.thread(id, &w.stranger).await.body,
        w.thread(missing, &w.stranger).await.body
    );
    assert_eq!(w.inbox(&w.stranger).await["total"], 0);
    assert_eq!(w.unread(&w.stranger).await, 0);
    // Nothing was written by the stranger.
    let thread = w.thread(id, &w.guest).await.json();
    assert_eq!(thread["messages"].as_array().map(Vec::len), Some(1));
    // Signed out: 401.
    let r = common_call(&w, &format!("/api/v1/conversations/{id}")).await;
    assert_eq!(r, 401);
}

async fn common_call(w: &World, uri: &str) -> u16 {
    super::common::call(&w.app, "GET", uri, None, None)
        .await
        .status
}

#[tokio::test]
async fn messages_are_checked_and_hosts_cannot_ask_themselves() {
    let w = World::new().await;
    let id = w.inquire("Hello").await.json()["conversation"]["id"]
        .as_i64()
        .expect("id");
    for body in ["", "   \n ", &"a".repeat(4_001)] {
        let r = w.send(id, &w.host, body).await;
        assert_eq!(r.status, 400, "{}", r.body);
        assert_eq!(r.error_field(), "body");
    }
    assert_eq!(w.send(id, &w.host, &"a".repeat(4_000)).await.status, 201);

    // Bad inquiries name the field.
    let uri = format!("/api/v1/listings/{}/inquiries", w.listing);
    let bad = [
        (
            json!({"check_in": w.day(5), "check_out": w.day(3), "body": "Hi"}),
            "check_out",
        ),
        (json!({"guests": 0, "body": "Hi"}), "guests"),
        (json!({"body": ""}), "body"),
    ];
    for (body, field) in bad {
        let r = w.call("POST", &uri, &w.guest, Some(body)).await;
        assert_eq!(r.status, 400, "{}", r.body);
        assert_eq!(r.error_field(), field, "{}", r.body);
    }
    let r = w
        .call("POST", &uri, &w.host, Some(json!({"body": "Me?"})))
        .await;
    assert_eq!(r.status, 409, "{}", r.body);
    let r = w
        .call(
            "POST",
            "/api/v1/listings/999999/inquiries",
            &w.guest,
            Some(json!({"body": "Hi"})),
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
}

#[tokio::test]
async fn sending_is_rate_limited_per_person() {
    let w = World::new().await;
    let id = w.inquire("Hello").await.json()["conversation"]["id"]
        .as_i64()
        .expect("id");
    // The inquiry was Gil's first of 30 in ten minutes.
    for n in 2..=30 {
        let r = w.send(id, &w.guest, &format!("Message {n}")).await;
        assert_eq!(r.status, 201, "{n}: {}", r.body);
    }
    let r = w.send(id, &w.guest, "One too many").await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert_eq!(r.error_code(), "rate_limited");
    let wait = r.retry_after().expect("Retry-After");
    assert!((1..=600).contains(&wait), "{wait}");
    // Hana is not limited by Gil's messages.
    assert_eq!(w.send(id, &w.host, "Welcome").await.status, 201);
    // Ten minutes later Gil may write again.
    w.state.clock.advance(Duration::minutes(10));
    assert_eq!(w.send(id, &w.guest, "Back again").await.status, 201);
}
