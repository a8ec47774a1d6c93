//! Booking events in the outbox: committed with their booking, delivered at least once and
//! applied once, and dead letters an operator can replay.

use super::World;
use haven::server::platform::outbox::{self, Consumer, Event};
use serde_json::Value;
use std::sync::Arc;
use time::Duration;

#[tokio::test]
async fn events_are_committed_with_their_booking_and_not_without_it() {
    let w = World::new("instant_book = true").await;
    let (id, _) = w.booked(w.stay(10, 2)).await;
    let events: Vec<(String, String)> = sqlx::query_as(
        "SELECT stream, event_type FROM outbox_events WHERE booking_id = $1 ORDER BY created_at, stream",
    )
    .bind(id)
    .fetch_all(&w.pool)
    .await
    .expect("events");
    assert!(
        events.contains(&("booking-requests".into(), "booking_created".into())),
        "{events:?}"
    );
    assert_eq!(
        events.iter().filter(|(s, _)| s == "notifications").count(),
        2
    );
    let payload: Value = sqlx::query_scalar(
        "SELECT payload FROM outbox_events WHERE booking_id = $1 AND event_type = 'booking_created'",
    )
    .bind(id)
    .fetch_one(&w.pool)
    .await
    .expect("payload");
    for key in [
        "event_id",
        "timestamp",
        "booking_id",
        "listing_id",
        "guest_id",
        "host_id",
        "check_in",
        "check_out",
        "total_price",
        "status",
        "metadata",
    ] {
        assert!(payload.get(key).is_some(), "{key} missing from {payload}");
    }
    // A refused booking leaves neither a booking nor an event.
    let before = w
        .scalar("SELECT count(*) FROM outbox_events WHERE $1 > 0")
        .await;
    let bookings_before = w
        .scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
        .await;
    let r = w.book(&w.stranger, w.stay(10, 2), None).await;
    assert_eq!(r.status, 409);
    assert_eq!(
        w.scalar("SELECT count(*) FROM outbox_events WHERE $1 > 0")
            .await,
        before
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
            .await,
        bookings_before
    );
}

/// Fails every delivery it is given.
struct Broken;

impl Consumer for Broken {
    fn name(&self) -> &'static str {
        "notifications"
    }

    fn handle<'a>(
        &'a self,
        _tx: &'a mut sqlx::PgConnection,
        _event: &'a Event,
    ) -> futures::future::BoxFuture<'a, Result<(), String>> {
        Box::pin(async { Err("mail server on fire".to_string()) })
    }
}

#[tokio::test]
async fn a_failing_consumer_ends_in_the_dead_letters_and_replays() {
    let w = World::new("instant_book = false").await;
    assert_eq!(w.book(&w.guest, w.stay(10, 2), None).await.status, 201);
    let broken: Vec<Arc<dyn Consumer>> = vec![Arc::new(Broken)];
    let pool = w.state.db.primary();
    for attempt in 1..=outbox::MAX_ATTEMPTS {
        let stats = outbox::relay(pool, &broken, w.state.clock.now())
            .await
            .expect("relay");
        if attempt < outbox::MAX_ATTEMPTS {
            assert_eq!((stats.failed, stats.dead), (1, 0), "attempt {attempt}");
        } else {
            assert_eq!(stats.dead, 1, "attempt {attempt}");
        }
        // Not due again before its back-off.
        assert_eq!(
            outbox::relay(pool, &broken, w.state.clock.now())
                .await
                .expect("relay")
                .failed,
            0
        );
        w.state
            .clock
            .advance(outbox::backoff(attempt) + Duration::seconds(1));
    }
    let dead = outbox::dead_letters(pool).await.expect("dead");
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].consumer, "notifications");
    assert_eq!(dead[0].last_error, "mail server on fire");
    assert_eq!(w.notifications(&w.host).await["unread"], 0);
    // An operator replays it once the consumer works again; a second replay is refused.
    assert!(
        outbox::replay(pool, dead[0].id, w.state.clock.now())
            .await
            .expect("replay")
    );
    assert!(
        !outbox::replay(pool, dead[0].id, w.state.clock.now())
            .await
            .expect("replay")
    );
    w.relay().await;
    assert_eq!(w.notifications(&w.host).await["unread"], 1);
    // Delivered again (at least once), applied once.
    sqlx::query("UPDATE outbox_deliveries SET delivered_at = NULL")
        .execute(pool)
        .await
        .expect("redeliver");
    w.relay().await;
    assert_eq!(
        w.notifications(&w.host).await["items"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
}
