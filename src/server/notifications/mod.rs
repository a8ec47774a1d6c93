//! In-app notifications (the bell), fed by the outbox's `notifications` stream. The booking
//! engine decides who hears about what when it changes a booking; this consumer turns those
//! events into rows, once per event and person. The mailer (`server::mail`) is the stream's
//! second consumer: it e-mails the same notices, as each person's preferences allow.
//! `new_message` notices are e-mail only (the inbox has its own unread count).

use crate::app::types::AppError;
use crate::app::types::booking::{Notification, NotificationFeed};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::outbox::{Consumer, Event, Stream};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

pub const CONSUMER: &str = "notifications";
/// The mailer's consumer name (`server::mail::Mailer`), on this stream and `account_mail`.
pub const MAILER: &str = "mail";

/// The outbox stream of notices to people, delivered by [`NotificationsConsumer`] (the bell)
/// and the mailer (e-mail).
pub const STREAM: Stream = Stream {
    name: "notifications",
    consumers: &[CONSUMER, MAILER],
};

/// Tells `recipient` something, in the caller's transaction: an event on [`STREAM`], which
/// the consumer turns into their notification once.
#[allow(clippy::too_many_arguments)]
pub async fn send(
    tx: &mut PgConnection,
    recipient: Uuid,
    kind: &str,
    booking_id: Option<i64>,
    title: &str,
    body: String,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    publish(tx, recipient, kind, booking_id, None, title, body, now).await
}

/// Tells `recipient` of a new message in `conversation_id`, in the caller's transaction:
/// e-mailed (at most once per conversation and recipient every 10 minutes, when their
/// message notifications are on), not added to the bell.
pub async fn send_message_notice(
    tx: &mut PgConnection,
    recipient: Uuid,
    conversation_id: i64,
    title: &str,
    body: String,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let kind = "new_message";
    publish(
        tx,
        recipient,
        kind,
        None,
        Some(conversation_id),
        title,
        body,
        now,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn publish(
    tx: &mut PgConnection,
    recipient: Uuid,
    kind: &str,
    booking_id: Option<i64>,
    conversation_id: Option<i64>,
    title: &str,
    body: String,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let event_id = Uuid::new_v4();
    crate::server::platform::outbox::publish(
        tx,
        STREAM,
        event_id,
        "notification",
        booking_id,
        &NotificationEvent {
            event_type: "notification".into(),
            event_id,
            timestamp: now,
            recipient_id: recipient,
            kind: kind.into(),
            booking_id,
            conversation_id,
            title: title.into(),
            body,
        },
        now,
    )
    .await
}

/// A `notifications`-stream event: one message for one person.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NotificationEvent {
    pub event_type: String,
    pub event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub timestamp: OffsetDateTime,
    pub recipient_id: Uuid,
    /// `booking_requested`, `booking_confirmed`, ...
    pub kind: String,
    pub booking_id: Option<i64>,
    /// The conversation of a `new_message` notice (absent in older events).
    #[serde(default)]
    pub conversation_id: Option<i64>,
    pub title: String,
    pub body: String,
}

pub struct NotificationsConsumer;

impl Consumer for NotificationsConsumer {
    fn name(&self) -> &'static str {
        CONSUMER
    }

    fn handle<'a>(
        &'a self,
        tx: &'a mut PgConnection,
        event: &'a Event,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            let n: NotificationEvent = serde_json::from_value(event.payload.clone())
                .map_err(|e| format!("unreadable notification event: {e}"))?;
            if n.kind == "new_message" {
                return Ok(()); // e-mail only: the inbox counts its own unread messages
            }
            sqlx::query!(
                "INSERT INTO notifications (user_id, event_id, kind, booking_id, title, body, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (user_id, event_id) DO NOTHING",
                n.recipient_id,
                n.event_id,
                n.kind,
                n.booking_id,
                n.title,
                n.body,
                n.timestamp
            )
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
            Ok(())
        })
    }
}

/// The caller's newest notifications (at most 50) and their unread count.
pub async fn list(db: &DbScope, user: Uuid) -> Result<NotificationFeed, AppError> {
    let (unread, rows) = db
        .read(|pool| async move {
            let unread = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM notifications WHERE user_id = $1 AND read_at IS NULL"#,
                user
            )
            .fetch_one(&pool)
            .await?;
            let rows = sqlx::query!(
                "SELECT id, kind, booking_id, title, body, created_at, read_at
                 FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 50",
                user
            )
            .fetch_all(&pool)
            .await?;
            Ok((unread, rows))
        })
        .await
        .map_err(|e| db_error(e, "notifications"))?;
    Ok(NotificationFeed {
        unread,
        items: rows
            .into_iter()
            .map(|r| Notification {
                id: r.id,
                kind: r.kind,
                booking_id: r.booking_id,
                title: r.title,
                body: r.body,
                created_at: r.created_at.format(&Rfc3339).unwrap_or_default(),
                read: r.read_at.is_some(),
            })
            .collect(),
    })
}

/// How many of the caller's notifications are unread (the bell's badge).
pub async fn unread(db: &DbScope, user: Uuid) -> Result<i64, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            r#"SELECT count(*) AS "n!" FROM notifications WHERE user_id = $1 AND read_at IS NULL"#,
            user
        )
        .fetch_one(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "unread notifications"))
}

/// Marks all the caller's notifications read.
pub async fn mark_all_read(db: &DbScope, user: Uuid, now: OffsetDateTime) -> Result<(), AppError> {
    db.write(|pool| async move {
        sqlx::query!(
            "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL",
            user,
            now
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "mark notifications read"))?;
    Ok(())
}
