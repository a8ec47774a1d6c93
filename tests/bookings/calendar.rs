//! The host's calendar: blocked nights and custom prices.

use super::World;
use crate::common::TestResponse;
use serde_json::{Value, json};

impl World {
    /// `PUT /api/v1/listings/{id}/calendar` with `changes` as `who`.
    async fn change_calendar(&self, who: &str, changes: Value) -> TestResponse {
        let uri = format!("/api/v1/listings/{}/calendar", self.listing);
        let body = json!({ "changes": changes });
        self.call("PUT", &uri, who, Some(body)).await
    }

    /// `{"from": day(from), "to": day(to), "blocked": blocked}`.
    fn block(&self, from: i64, to: i64, blocked: bool) -> Value {
        json!({"from": self.day(from), "to": self.day(to), "blocked": blocked})
    }

    /// Hana blocks nights 20 to 22 and charges 250.00 for night 30.
    async fn blocked_and_priced(&self) {
        let price = json!({"from": self.day(30), "to": self.day(31), "price_minor": 25_000});
        let changes = json!([self.block(20, 23, true), price]);
        let r = self.change_calendar(&self.host, changes).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }

    /// Calendar holds that are not bookings: the host's blocks.
    async fn blocks(&self) -> i64 {
        self.scalar(
            "SELECT count(*) FROM listing_holds WHERE listing_id = $1 AND booking_id IS NULL",
        )
        .await
    }
}

#[tokio::test]
async fn a_host_blocks_nights_and_sets_prices_on_the_calendar() {
    let w = World::new("instant_book = true").await;
    let price = json!({"from": w.day(30), "to": w.day(31), "price_minor": 25_000});

    let r = w
        .change_calendar(&w.host, json!([w.block(20, 23, true), price]))
        .await;

    assert_eq!(r.status, 200, "{}", r.body);
    let nights = r.json()["nights"].as_array().expect("nights").clone();
    assert_eq!(nights.len(), 11);
    assert_eq!(nights[0]["blocked"], true);
    assert_eq!(nights[10]["price"]["amount_minor"], 25_000);
}

#[tokio::test]
async fn blocked_nights_cannot_be_booked_and_a_custom_price_is_charged() {
    let w = World::new("instant_book = true").await;
    w.blocked_and_priced().await;

    let blocked = w.book(&w.guest, w.stay(21, 2), None).await;
    let priced = w.book(&w.guest, w.stay(30, 1), None).await;

    assert_eq!(blocked.status, 409, "{}", blocked.body);
    assert_eq!(priced.status, 201, "{}", priced.body);
    assert_eq!(
        priced.json()["price_breakdown"][0]["amount"]["amount_minor"],
        25_000
    );
}

#[tokio::test]
async fn blocking_a_booked_night_is_refused_all_or_nothing() {
    let w = World::new("instant_book = true").await;
    w.blocked_and_priced().await;
    let booked = w.book(&w.guest, w.stay(30, 1), None).await;
    assert_eq!(booked.status, 201, "{}", booked.body);

    let changes = json!([w.block(40, 41, true), w.block(29, 32, true)]);
    let r = w.change_calendar(&w.host, changes).await;

    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(w.blocks().await, 1, "night 40 was not blocked either");
}

#[tokio::test]
async fn opening_a_night_inside_a_block_splits_it() {
    let w = World::new("instant_book = true").await;
    w.blocked_and_priced().await;

    let r = w
        .change_calendar(&w.host, json!([w.block(21, 22, false)]))
        .await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(w.blocks().await, 2);
    assert_eq!(w.book(&w.guest, w.stay(21, 1), None).await.status, 201);
}

#[tokio::test]
async fn only_the_host_changes_the_calendar_and_only_sensibly() {
    let w = World::new("instant_book = true").await;

    let by_guest = w
        .change_calendar(&w.guest, json!([w.block(50, 51, true)]))
        .await;
    let in_the_past = w
        .change_calendar(&w.host, json!([w.block(-2, 1, true)]))
        .await;
    let backwards = w
        .change_calendar(&w.host, json!([w.block(5, 3, true)]))
        .await;

    assert_eq!(by_guest.status, 403);
    assert_eq!(in_the_past.status, 422, "{}", in_the_past.body);
    assert_eq!(backwards.status, 400);
    assert_eq!(backwards.error_field(), "changes[0].to");
}

#[tokio::test]
async fn a_block_shows_in_the_guests_availability() {
    let w = World::new("instant_book = true").await;
    w.blocked_and_priced().await;

    let uri = format!("/api/v1/listings/{}/availability", w.listing);
    let r = w.call("GET", &uri, &w.guest, None).await;

    assert!(r.body.contains(&w.day(20)), "{}", r.body);
}
