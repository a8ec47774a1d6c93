//! An imported event over a Haven booking's nights: the booking keeps them, the host sees
//! a conflict, the event's other nights are blocked; cancelling the booking lets the event
//! block them at once.

use super::World;

#[tokio::test]
async fn an_event_over_a_booking_is_a_conflict_and_the_booking_is_untouched() {
    let w = World::new().await;
    let booking = w.booking(11, 12).await;
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));
    let feed = w.add_feed("Airbnb", "/airbnb.ics").await;

    w.sync().await;

    // The booking's hold is whole; the Airbnb stay's other nights are blocked.
    assert_eq!(w.holds("booking_id IS NOT NULL").await, [(11, 12)]);
    assert_eq!(w.imported().await, [(10, 11), (12, 13), (20, 22)]);
    let b = w
        .call(
            "GET",
            &format!("/api/v1/bookings/{booking}"),
            &w.guest,
            None,
        )
        .await
        .json();
    assert_eq!(b["status"], "confirmed", "{b}");
    let conflicts = w.feeds().await["conflicts"].clone();
    assert_eq!(conflicts.as_array().map(Vec::len), Some(1), "{conflicts}");
    let c = &conflicts[0];
    assert_eq!(c["feed_id"], feed);
    assert_eq!(c["feed_name"], "Airbnb");
    assert_eq!(c["booking_id"], booking);
    assert_eq!(c["from"], w.day(10).to_string());
    assert_eq!(c["to"], w.day(13).to_string());
    assert_eq!(c["dismissed"], false);

    // Set aside, it stays set aside through later syncs of the same clash.
    let id = c["id"].as_i64().expect("id");
    let uri = format!(
        "/api/v1/listings/{}/calendar-conflicts/{id}/dismiss",
        w.listing
    );
    assert_eq!(w.call("POST", &uri, &w.host, None).await.status, 204);
    w.due().await;
    w.sync().await;
    assert_eq!(w.feeds().await["conflicts"][0]["dismissed"], true);

    // The guest cancels: the Airbnb event blocks the night at once, the conflict is gone.
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{booking}/cancel"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(w.imported().await, [(10, 13), (20, 22)]);
    assert_eq!(w.feeds().await["conflicts"], serde_json::json!([]));
}

#[tokio::test]
async fn a_booking_cannot_take_imported_nights() {
    let w = World::new().await;
    w.feeds.calendar("/vrbo.ics", w.fixture("vrbo.ics"));
    w.add_feed("Vrbo", "/vrbo.ics").await;
    w.sync().await;

    let body = serde_json::json!({
        "listing_id": w.listing,
        "check_in": w.day(33).to_string(),
        "check_out": w.day(36).to_string(),
        "guest_count": 2,
    });
    let r = w
        .call("POST", "/api/v1/bookings", &w.guest, Some(body))
        .await;

    assert!(matches!(r.status, 409 | 422), "{} {}", r.status, r.body);
    assert_eq!(w.holds("booking_id IS NOT NULL").await, []);
}

#[tokio::test]
async fn the_hosts_own_block_over_imported_nights_wins_and_they_come_back_when_it_goes() {
    let w = World::new().await;
    w.feeds.calendar("/vrbo.ics", w.fixture("vrbo.ics"));
    let vrbo = w.add_feed("Vrbo", "/vrbo.ics").await;
    w.sync().await;

    assert_eq!(w.block(33, 38, true).await, 200);

    assert_eq!(w.holds("feed_id IS NULL").await, [(33, 38)]);
    assert_eq!(
        w.holds(&format!("feed_id = {vrbo}")).await,
        [(30, 33), (40, 41)]
    );

    // Opening them again gives the feed's nights back to it (opening imported nights
    // themselves does nothing: they belong to the other site).
    assert_eq!(w.block(30, 38, false).await, 200);
    assert_eq!(w.holds("feed_id IS NULL").await, []);
    assert_eq!(w.imported().await, [(30, 35), (40, 41)]);
}
