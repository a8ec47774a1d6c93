//! The booking engine's event streams (the design's topic names) and the consumer that
//! counts them for Prometheus, and the payloads the engine writes to them. Events are written with `platform::outbox::publish`.

use crate::server::notifications;
use crate::server::platform::outbox::{Consumer, Event, Stream};
use futures::future::BoxFuture;
use serde::Serialize;
use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

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
pub const NOTIFICATIONS: Stream = notifications::STREAM;

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

/// The seed-002 shape of a new booking's event.
#[derive(Serialize)]
pub(super) struct BookingCreated {
    pub(super) event_type: &'static str,
    pub(super) event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub(super) timestamp: OffsetDateTime,
    pub(super) booking_id: i64,
    pub(super) listing_id: i64,
    pub(super) guest_id: Uuid,
    pub(super) host_id: Uuid,
    pub(super) check_in: String,
    pub(super) check_out: String,
    /// In major units, as a decimal string ("500.00").
    pub(super) total_price: String,
    pub(super) currency: &'static str,
    pub(super) status: &'static str,
    pub(super) metadata: Metadata,
}

#[derive(Serialize)]
pub(super) struct Metadata {
    pub(super) guest_count: i32,
    pub(super) special_requests: String,
}

/// The seed-002 shape of a status change's event.
#[derive(Serialize)]
pub(super) struct StatusUpdated {
    pub(super) event_type: &'static str,
    pub(super) event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub(super) timestamp: OffsetDateTime,
    pub(super) booking_id: i64,
    pub(super) listing_id: i64,
    pub(super) guest_id: Uuid,
    pub(super) host_id: Uuid,
    pub(super) previous_status: &'static str,
    pub(super) new_status: &'static str,
    /// The user who acted, or "system".
    pub(super) updated_by: String,
    pub(super) updated_by_role: &'static str,
    pub(super) message: String,
}
