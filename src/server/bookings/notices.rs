//! The in-app notices (the bell) the engine sends when a booking changes.

use super::events;
use super::rows::Facts;
use crate::server::notifications::NotificationEvent;
use crate::server::platform::outbox;
use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

pub(super) async fn notify(
    tx: &mut PgConnection,
    facts: &Facts,
    recipient: Uuid,
    kind: &str,
    title: &str,
    body: String,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let event_id = Uuid::new_v4();
    outbox::publish(
        tx,
        events::NOTIFICATIONS,
        event_id,
        "notification",
        Some(facts.booking_id),
        &NotificationEvent {
            event_type: "notification".into(),
            event_id,
            timestamp: now,
            recipient_id: recipient,
            kind: kind.into(),
            booking_id: Some(facts.booking_id),
            title: title.into(),
            body,
        },
        now,
    )
    .await
}
