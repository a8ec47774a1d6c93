//! A guest's request to book: its price, who may see and answer it, what accepting it
//! sets off.

use super::{World, total_of};
use serde_json::{Value, json};

#[tokio::test]
async fn a_request_is_pending_with_lines_that_add_up_to_its_total() {
    let w = World::new("instant_book = false").await;

    let r = w.book(&w.guest, w.stay(10, 3), None).await;

    assert_eq!(r.status, 201, "{}", r.body);
    let b = r.json();
    assert_eq!(b["status"], "pending");
    assert_eq!(b["guest_count"], 2);
    assert_eq!(b["nights"], 3);
    assert!(b["expires_at"].is_string());
    // The stored lines add up to the total, which the server computed.
    let sum: i64 = b["price_breakdown"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| l["amount"]["amount_minor"].as_i64().expect("amount"))
        .sum();
    assert_eq!(sum, total_of(&b));
}

#[tokio::test]
async fn nobody_else_can_find_a_request() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.requested().await;

    let seen = w.booking(id, &w.stranger).await;
    let accepted = w.act(id, "accept", &w.stranger).await;

    // 404, not 403: a stranger does not learn that the booking exists.
    assert_eq!(seen.status, 404, "{}", seen.body);
    assert_eq!(accepted.status, 404, "{}", accepted.body);
}

#[tokio::test]
async fn the_guest_cannot_answer_their_own_request_nor_the_host_cancel_it() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.requested().await;

    let by_guest = w.act(id, "accept", &w.guest).await;
    // A host declines a request rather than cancelling it.
    let cancelled_by_host = w.act(id, "cancel", &w.host).await;

    assert_eq!(by_guest.status, 403, "{}", by_guest.body);
    assert_eq!(cancelled_by_host.status, 403, "{}", cancelled_by_host.body);
}

#[tokio::test]
async fn the_host_answers_a_request_once() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.requested().await;

    let accepted = w.act(id, "accept", &w.host).await;
    let declined = w.act(id, "decline", &w.host).await;

    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let b = accepted.json();
    assert_eq!(b["status"], "confirmed");
    assert_eq!(b["viewer"], "host");
    let history: Vec<(Value, Value, Value)> = b["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|h| (h["from"].clone(), h["to"].clone(), h["by"].clone()))
        .collect();
    assert_eq!(
        history,
        [
            (Value::Null, json!("pending"), json!("guest")),
            (json!("pending"), json!("confirmed"), json!("host")),
        ]
    );
    assert_eq!(
        declined.status, 409,
        "answered once only: {}",
        declined.body
    );
}

#[tokio::test]
async fn an_accepted_request_gives_the_guest_the_host_contact_and_tells_both() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.accepted().await;

    let booking = w.booking(id, &w.guest).await.json();
    let stats = w.relay().await;
    let host_n = w.notifications(&w.host).await;
    let guest_n = w.notifications(&w.guest).await;

    assert_eq!(booking["host_contact"], "hana@example.com");
    assert!(stats.delivered >= 3, "{stats:?}");
    assert_eq!(host_n["items"][0]["kind"], "booking_requested");
    assert_eq!(guest_n["unread"], 1);
    assert_eq!(guest_n["items"][0]["kind"], "booking_confirmed");
}

#[tokio::test]
async fn trips_and_reservations_are_listed_by_role() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.accepted().await;

    let trips = w.call("GET", "/api/v1/bookings", &w.guest, None).await;
    let reservations = w
        .call("GET", "/api/v1/bookings?role=host", &w.host, None)
        .await;
    let guest_as_host = w
        .call("GET", "/api/v1/bookings?role=host", &w.guest, None)
        .await;
    let unknown_role = w
        .call("GET", "/api/v1/bookings?role=owner", &w.guest, None)
        .await;

    assert_eq!(trips.json().as_array().map(Vec::len), Some(1));
    assert_eq!(reservations.json()[0]["id"], id);
    assert_eq!(guest_as_host.json().as_array().map(Vec::len), Some(0));
    assert_eq!(unknown_role.status, 400);
}

#[tokio::test]
async fn an_accepted_request_is_authorised_then_captured_and_charges_its_total() {
    let w = World::new("instant_book = false").await;

    let (_, b) = w.accepted().await;

    assert_eq!(
        w.scalar("SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE b.listing_id = $1")
            .await,
        2
    );
    assert_eq!(
        w.scalar("SELECT sum(amount_minor)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1 AND kind = 'guest_charge'")
            .await,
        total_of(&b)
    );
}
