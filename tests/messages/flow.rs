//! A question before booking, the host's answer, the booking continuing the thread, and
//! what each party has read.

use super::World;

#[tokio::test]
async fn an_inquiry_is_answered_and_the_booking_continues_it() {
    let w = World::new().await;

    let r = w.inquire("Is there parking nearby?").await;
    assert_eq!(r.status, 201, "{}", r.body);
    let asked = r.json();
    let id = asked["conversation"]["id"].as_i64().expect("id");
    assert_eq!(asked["conversation"]["status"], "inquiry");
    assert_eq!(asked["conversation"]["check_in"], w.day(10));
    assert_eq!(asked["conversation"]["guest_count"], 2);
    assert_eq!(asked["conversation"]["viewer"], "guest");
    assert_eq!(asked["messages"][0]["body"], "Is there parking nearby?");
    assert_eq!(asked["messages"][0]["mine"], true);

    // Hana sees it in her inbox, unread, and answers.
    let inbox = w.inbox(&w.host).await;
    assert_eq!(inbox["total"], 1);
    assert_eq!(inbox["items"][0]["id"], id);
    assert_eq!(inbox["items"][0]["unread"], 1);
    assert_eq!(inbox["items"][0]["other_name"], "Gil");
    assert_eq!(inbox["items"][0]["listing_title"], "Porto riverside loft");
    assert_eq!(w.unread(&w.host).await, 1);
    let r = w.send(id, &w.host, "Yes, a garage two streets away.").await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["mine"], true);
    assert_eq!(
        w.unread(&w.host).await,
        0,
        "writing reads the thread so far"
    );
    assert_eq!(w.unread(&w.guest).await, 1);

    // Asking again before booking continues the same conversation.
    let again = w.inquire("And is the garage open at night?").await;
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(again.json()["conversation"]["id"], id);

    // Gil books: the booking continues the thread.
    let booking = w.book(10).await;
    let inbox = w.inbox(&w.guest).await;
    assert_eq!(inbox["total"], 1, "{inbox}");
    assert_eq!(inbox["items"][0]["id"], id);
    assert_eq!(inbox["items"][0]["booking_id"], booking);
    assert_eq!(inbox["items"][0]["status"], "pending");
    let r = w.send(id, &w.guest, "Booked! See you soon.").await;
    assert_eq!(r.status, 201, "{}", r.body);
    let thread = w.thread(id, &w.host).await.json();
    let bodies: Vec<&str> = thread["messages"]
        .as_array()
        .expect("messages")
        .iter()
        .filter_map(|m| m["body"].as_str())
        .collect();
    assert_eq!(
        bodies,
        [
            "Is there parking nearby?",
            "Yes, a garage two streets away.",
            "And is the garage open at night?",
            "Booked! See you soon."
        ]
    );

    // Another booking, with no open inquiry, has a conversation of its own.
    let second = w.book(20).await;
    let inbox = w.inbox(&w.host).await;
    assert_eq!(inbox["total"], 2, "{inbox}");
    assert_eq!(
        inbox["items"][0]["booking_id"], second,
        "newest activity first"
    );
    assert_eq!(inbox["items"][0]["last_message"], "");
}

#[tokio::test]
async fn read_markers_give_unread_counts_and_receipts() {
    let w = World::new().await;
    let id = w.inquire("Hello!").await.json()["conversation"]["id"]
        .as_i64()
        .expect("id");
    let hello = w.thread(id, &w.guest).await.json()["messages"][0]["id"]
        .as_i64()
        .expect("message id");
    // Not read yet: no receipt for Gil.
    assert_eq!(w.thread(id, &w.guest).await.json()["other_read_id"], 0);
    // Reading a thread through the API does not mark it read; `…/read` does.
    assert_eq!(w.thread(id, &w.host).await.status, 200);
    assert_eq!(w.unread(&w.host).await, 1);
    let r = w
        .call(
            "POST",
            &format!("/api/v1/conversations/{id}/read"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(w.unread(&w.host).await, 0);
    let seen = w.thread(id, &w.guest).await.json();
    assert_eq!(seen["other_read_id"], hello);
    assert!(seen["other_read_at"].is_string(), "{seen}");

    // Two more messages from Gil: one conversation unread, two messages in it.
    for text in ["One more thing", "Thanks!"] {
        assert_eq!(w.send(id, &w.guest, text).await.status, 201);
    }
    assert_eq!(w.unread(&w.host).await, 1);
    assert_eq!(w.inbox(&w.host).await["items"][0]["unread"], 2);

    // Long polling: what came after a message, at once when there is something.
    let r = w
        .call(
            "GET",
            &format!("/api/v1/conversations/{id}/messages?after={hello}&wait=5"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json().as_array().map(Vec::len), Some(2));
    let last = r.json()[1]["id"].as_i64().expect("id");
    let r = w
        .call(
            "GET",
            &format!("/api/v1/conversations/{id}/messages?after={last}&wait=1"),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json(), serde_json::json!([]));
}
