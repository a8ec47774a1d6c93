//! Review reminders and the host badge, with the movable clock.

use super::{World, guest_review, host_review};
use haven::server::reviews::{self, badge};
use time::Duration;

async fn review_due_events(w: &World) -> i64 {
    sqlx::query_scalar(
        "SELECT count(*) FROM outbox_events WHERE stream = 'notifications'
           AND payload->>'kind' = 'review_due'",
    )
    .fetch_one(&w.pool)
    .await
    .expect("events")
}

#[tokio::test]
async fn each_party_is_reminded_once_a_day_after_check_out_and_again_on_day_ten_until_they_write() {
    let w = World::new().await;
    assert_eq!(reviews::remind_due(&w.state).await.expect("remind"), 0);
    let id = w.stayed().await; // the day after check-out
    assert_eq!(
        reviews::remind_due(&w.state).await.expect("remind"),
        2,
        "guest and host"
    );
    assert_eq!(
        reviews::remind_due(&w.state).await.expect("remind"),
        0,
        "once"
    );
    assert_eq!(review_due_events(&w).await, 2);

    assert_eq!(w.review(id, &w.guest, guest_review(5)).await.status, 201);
    w.state.clock.advance(Duration::days(8));
    assert_eq!(
        reviews::remind_due(&w.state).await.expect("remind"),
        0,
        "day 9: nothing"
    );
    w.state.clock.advance(Duration::days(1));
    assert_eq!(
        reviews::remind_due(&w.state).await.expect("remind"),
        1,
        "day 10: only the host, who has not written"
    );
    assert_eq!(reviews::remind_due(&w.state).await.expect("remind"), 0);
    w.state.clock.advance(Duration::days(10));
    assert_eq!(
        reviews::remind_due(&w.state).await.expect("remind"),
        0,
        "window closed"
    );
    assert_eq!(review_due_events(&w).await, 3);
}

#[tokio::test]
async fn a_host_earns_the_badge_with_ten_five_star_stays_and_loses_it_by_cancelling() {
    let w = World::new().await;
    // Ten two-night stays, one after another, each reviewed by both sides once over.
    for n in 0..10 {
        let id = w.booked(1).await;
        w.state.clock.advance(Duration::days(3));
        let swept = haven::server::bookings::sweep(&w.state)
            .await
            .expect("sweep");
        assert_eq!(swept.completed, 1);
        // One 4-star stay among nine 5s: 4.9 on average.
        let stars = if n == 0 { 4 } else { 5 };
        assert_eq!(
            w.review(id, &w.guest, guest_review(stars)).await.status,
            201
        );
        assert_eq!(w.review(id, &w.host, host_review(5)).await.status, 201);
    }
    let now = w.state.clock.now();
    assert!(badge::evaluate(&w.pool, now).await.expect("evaluate") >= 1);
    let standing = standing_of(&w).await;
    assert_eq!(
        (standing.stays, standing.nights, standing.rated_stays),
        (10, 20, 10)
    );
    assert_eq!(standing.rating, Some(4.9));
    assert_eq!(
        standing.response_rate, None,
        "instant book: nothing to answer"
    );
    assert!(standing.earned, "{standing:?}");
    let page = super::common::get(&w.app, &format!("/listings/{}", w.listing)).await;
    assert!(page.body.contains("Top host"));

    // Nothing more is evaluated within the day.
    assert_eq!(badge::evaluate_due(&w.state).await.expect("due"), 0);

    // A booking the host cancels: 1 of 11 bookings, far over 1 %.
    let late = w.booked(3).await;
    let r = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{late}/cancel"),
            &w.host,
            Some(serde_json::json!({"reason": "Double-booked elsewhere"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    w.state.clock.advance(Duration::hours(25));
    assert!(badge::evaluate_due(&w.state).await.expect("due") >= 1);
    let standing = standing_of(&w).await;
    assert_eq!((standing.host_cancellations, standing.bookings), (1, 11));
    assert!(!standing.earned);
    let page = super::common::get(&w.app, &format!("/listings/{}", w.listing)).await;
    assert!(!page.body.contains("Top host"));
}

async fn standing_of(w: &World) -> haven::app::types::review::HostStanding {
    let db = haven::server::platform::db::DbScope::new(w.state.db.clone());
    let host: uuid::Uuid = sqlx::query_scalar("SELECT host_id FROM listings WHERE id = $1")
        .bind(w.listing)
        .fetch_one(&w.pool)
        .await
        .expect("host");
    badge::standing(&db, host).await.expect("standing")
}
