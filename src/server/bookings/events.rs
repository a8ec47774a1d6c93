//! The booking engine's event streams (the design's topic names) and the consumer that
//! counts them for Prometheus. Events are written with `platform::outbox::publish`.

use crate::server::notifications;
use crate::server::platform::outbox::{Consumer, Event, Stream};
use futures::future::BoxFuture;
use sqlx::PgConnection;

pub const BOOKING_REQUESTS: Stream = Stream {
    name: "booking-requests",
    consumers: &[BOOKING_METRICS],
};
pub const BOOKING_UPDATES: Stream = Stream {
    name: "booking-updates",
    consumers: &[BOOKING_METRICS],
};
pub const BOOKING_CONFIRMATIONS: Stream = Stream {
    name: "booking-confirmations",
    consumers: &[BOOKING_METRICS],
};
pub const BOOKING_CANCELLATIONS: Stream = Stream {
    name: "booking-cancellations",
    consumers: &[BOOKING_METRICS],
};
/// Notices to people (the bell), delivered by `notifications::NotificationsConsumer`.
pub const NOTIFICATIONS: Stream = Stream {
    name: "notifications",
    consumers: &[notifications::CONSUMER],
};

const BOOKING_METRICS: &str = "booking-metrics";

/// Counts booking events by type and status for Prometheus (`haven_booking_events_total`).
pub struct BookingMetrics;

impl Consumer for BookingMetrics {
    fn name(&self) -> &'static str {
        BOOKING_METRICS
    }

    fn handle<'a>(
        &'a self,
        _tx: &'a mut PgConnection,
        event: &'a Event,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            let status = event
                .payload
                .get("new_status")
                .or_else(|| event.payload.get("status"))
                .and_then(|s| s.as_str())
                .unwrap_or("unknown")
                .to_string();
            metrics::counter!("haven_booking_events_total",
                "event_type" => event.event_type.clone(), "status" => status)
            .increment(1);
            Ok(())
        })
    }
}
