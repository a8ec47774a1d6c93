//! In-app notifications (the bell), fed by the outbox's `notifications` stream. The booking
//! engine decides who hears about what when it changes a booking; this consumer turns those
//! events into rows, once per event and person. The mailer (`server::mail`) is the stream's
//! second consumer: it e-mails the same notices, as each person's preferences allow.
//! `new_message` notices are e-mail only (the inbox has its own unread count).
//!
//! A notice is told as a [`Notice`]: which message of the translations it is and its facts,
//! so each person reads it in their own language, whoever's request or which worker sent
//! it. The event carries it beside its English title and body; the bell's row keeps the
//! English title and the notice itself (as JSON, in `body`), and [`list`] writes both in
//! the reader's language. Notices sent as plain text ([`send`]) are shown as they are.

use crate::app::i18n::{DateStyle, Locale, format};
use crate::app::types::booking::{Notification, NotificationFeed};
use crate::app::types::{AppError, Money};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::outbox::{Consumer, Event, Stream};
use crate::tr_in;
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

/// What a notice says, as the facts its messages need: each reader gets its title and
/// body in their own language ([`Notice::title`], [`Notice::body`]). Dates are the stay's
/// `YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum Notice {
    /// To the host: a guest booked an instant-book listing.
    NewReservation {
        guest: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the guest of an instant booking.
    StayBooked {
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the host: a request to answer.
    NewRequest {
        guest: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the guest: the host accepted.
    RequestAccepted {
        host: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the guest: the host declined.
    RequestDeclined {
        host: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the guest: the host did not answer in time.
    RequestExpired {
        host: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the host: a request they did not answer expired.
    RequestExpiredForHost {
        guest: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the guest: the host cancelled, and what is refunded (nothing: `None`).
    HostCancelled {
        host: String,
        listing: String,
        check_in: String,
        check_out: String,
        refund: Option<Money>,
    },
    /// To the host: the guest cancelled.
    GuestCancelled {
        guest: String,
        listing: String,
        check_in: String,
        check_out: String,
    },
    /// To the person a review is about, once it is public.
    ReviewOfYou { listing: String },
    /// To the author of a review, once it is public.
    YourReviewPublished { listing: String },
    /// A reminder to review a stay while the window is open.
    ReviewDue { listing: String, days_left: i64 },
    /// A new message in a conversation (e-mail only).
    NewMessage {
        sender: String,
        listing: String,
        excerpt: String,
    },
}

impl Notice {
    /// The notice's title in `locale`.
    pub fn title(&self, locale: Locale) -> String {
        match self {
            Self::NewReservation { .. } => tr_in!(locale, "booking-notice-new-reservation"),
            Self::StayBooked { .. } => tr_in!(locale, "booking-notice-stay-booked"),
            Self::NewRequest { .. } => tr_in!(locale, "booking-notice-new-request"),
            Self::RequestAccepted { .. } => tr_in!(locale, "booking-notice-accepted"),
            Self::RequestDeclined { .. } => tr_in!(locale, "booking-notice-declined"),
            Self::RequestExpired { .. } => tr_in!(locale, "booking-notice-expired"),
            Self::RequestExpiredForHost { .. } => {
                tr_in!(locale, "booking-notice-expired-for-host")
            }
            Self::HostCancelled { .. } => tr_in!(locale, "booking-notice-host-cancelled"),
            Self::GuestCancelled { .. } => tr_in!(locale, "booking-notice-guest-cancelled"),
            Self::ReviewOfYou { .. } => tr_in!(locale, "reviews-notice-of-you"),
            Self::YourReviewPublished { .. } => tr_in!(locale, "reviews-notice-yours-public"),
            Self::ReviewDue { .. } => tr_in!(locale, "reviews-notice-due"),
            Self::NewMessage { sender, .. } => {
                tr_in!(locale, "messages-notice-new", sender = sender.as_str())
            }
        }
    }

    /// The notice's text in `locale`.
    pub fn body(&self, locale: Locale) -> String {
        let day = |iso: &str| format::iso_day(locale, iso, DateStyle::Date);
        // The stay notices all say who, where and when.
        let stay =
            |key: &'static str, who: (&'static str, &str), listing: &str, from: &str, to: &str| {
                let mut args = crate::app::i18n::Args::new();
                args.set(who.0, who.1.to_owned());
                args.set("listing", listing.to_owned());
                args.set("check_in", day(from));
                args.set("check_out", day(to));
                crate::app::i18n::catalog::text(locale, key, Some(&args))
            };
        match self {
            Self::NewReservation {
                guest,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-new-reservation-body",
                ("guest", guest),
                listing,
                check_in,
                check_out,
            ),
            Self::StayBooked {
                listing,
                check_in,
                check_out,
            } => tr_in!(
                locale,
                "booking-notice-stay-booked-body",
                listing = listing.as_str(),
                check_in = day(check_in),
                check_out = day(check_out),
            ),
            Self::NewRequest {
                guest,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-new-request-body",
                ("guest", guest),
                listing,
                check_in,
                check_out,
            ),
            Self::RequestAccepted {
                host,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-accepted-body",
                ("host", host),
                listing,
                check_in,
                check_out,
            ),
            Self::RequestDeclined {
                host,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-declined-body",
                ("host", host),
                listing,
                check_in,
                check_out,
            ),
            Self::RequestExpired {
                host,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-expired-body",
                ("host", host),
                listing,
                check_in,
                check_out,
            ),
            Self::RequestExpiredForHost {
                guest,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-expired-for-host-body",
                ("guest", guest),
                listing,
                check_in,
                check_out,
            ),
            Self::HostCancelled {
                host,
                listing,
                check_in,
                check_out,
                refund: Some(refund),
            } => tr_in!(
                locale,
                "booking-notice-host-cancelled-refund-body",
                host = host.as_str(),
                listing = listing.as_str(),
                check_in = day(check_in),
                check_out = day(check_out),
                refund = format::money(locale, *refund),
            ),
            Self::HostCancelled {
                host,
                listing,
                check_in,
                check_out,
                refund: None,
            } => tr_in!(
                locale,
                "booking-notice-host-cancelled-body",
                host = host.as_str(),
                listing = listing.as_str(),
                check_in = day(check_in),
                check_out = day(check_out),
            ),
            Self::GuestCancelled {
                guest,
                listing,
                check_in,
                check_out,
            } => stay(
                "booking-notice-guest-cancelled-body",
                ("guest", guest),
                listing,
                check_in,
                check_out,
            ),
            Self::ReviewOfYou { listing } => tr_in!(
                locale,
                "reviews-notice-of-you-body",
                listing = listing.as_str()
            ),
            Self::YourReviewPublished { listing } => tr_in!(
                locale,
                "reviews-notice-yours-public-body",
                listing = listing.as_str()
            ),
            Self::ReviewDue { listing, days_left } => tr_in!(
                locale,
                "reviews-notice-due-body",
                listing = listing.as_str(),
                days = *days_left
            ),
            Self::NewMessage {
                listing, excerpt, ..
            } => tr_in!(
                locale,
                "messages-notice-new-body",
                listing = listing.as_str(),
                excerpt = excerpt.as_str()
            ),
        }
    }
}

/// Tells `recipient` what `notice` says, in the caller's transaction: an event on
/// [`STREAM`], which the consumer turns into their notification once, in the language of
/// whoever reads it.
pub async fn tell(
    tx: &mut PgConnection,
    recipient: Uuid,
    kind: &str,
    booking_id: Option<i64>,
    notice: &Notice,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    publish(
        tx,
        recipient,
        kind,
        booking_id,
        None,
        &notice.title(Locale::En),
        notice.body(Locale::En),
        Some(notice.clone()),
        now,
    )
    .await
}

/// Tells `recipient` something written once for everyone (as plain text), in the caller's
/// transaction: an event on [`STREAM`], which the consumer turns into their notification
/// once.
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
    publish(
        tx, recipient, kind, booking_id, None, title, body, None, now,
    )
    .await
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
        None,
        now,
    )
    .await
}

/// [`send_message_notice`] for a [`Notice`], which the mailer can write in the recipient's
/// language.
pub async fn tell_message(
    tx: &mut PgConnection,
    recipient: Uuid,
    conversation_id: i64,
    notice: &Notice,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    publish(
        tx,
        recipient,
        "new_message",
        None,
        Some(conversation_id),
        &notice.title(Locale::En),
        notice.body(Locale::En),
        Some(notice.clone()),
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
    notice: Option<Notice>,
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
            notice,
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
    /// The title and body in English.
    pub title: String,
    pub body: String,
    /// What the notice says, to write it in any language (absent in older events and for
    /// notices sent as plain text).
    #[serde(default)]
    pub notice: Option<Notice>,
}

impl NotificationEvent {
    /// The title and body in `locale` (as sent, for a notice sent as plain text).
    pub fn text(&self, locale: Locale) -> (String, String) {
        match &self.notice {
            Some(n) => (n.title(locale), n.body(locale)),
            None => (self.title.clone(), self.body.clone()),
        }
    }
}

/// A bell row's title and body in `locale`: written from the notice kept in `body`, or the
/// stored text of a notice sent as plain text.
fn row_text(locale: Locale, title: String, body: String) -> (String, String) {
    match serde_json::from_str::<Notice>(&body) {
        Ok(notice) => (notice.title(locale), notice.body(locale)),
        Err(_) => (title, body),
    }
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
            // The notice itself, for `list` to write in each reader's language.
            let body = match &n.notice {
                Some(notice) => {
                    serde_json::to_string(notice).map_err(|e| format!("unwritable notice: {e}"))?
                }
                None => n.body.clone(),
            };
            sqlx::query!(
                "INSERT INTO notifications (user_id, event_id, kind, booking_id, title, body, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (user_id, event_id) DO NOTHING",
                n.recipient_id,
                n.event_id,
                n.kind,
                n.booking_id,
                n.title,
                body,
                n.timestamp
            )
            .execute(&mut *tx)
            .await
            .map_err(|e| e.to_string())?;
            Ok(())
        })
    }
}

/// The caller's newest notifications (at most 50) and their unread count, in the
/// request's language (English for API clients).
pub async fn list(db: &DbScope, user: Uuid) -> Result<NotificationFeed, AppError> {
    let locale = crate::app::i18n::locale();
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
            .map(|r| {
                let (title, body) = row_text(locale, r.title, r.body);
                Notification {
                    id: r.id,
                    kind: r.kind,
                    booking_id: r.booking_id,
                    title,
                    body,
                    created_at: r.created_at.format(&Rfc3339).unwrap_or_default(),
                    read: r.read_at.is_some(),
                }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_notice_reads_in_each_language_and_plain_text_as_sent() {
        let notice = Notice::RequestAccepted {
            host: "Hana".into(),
            listing: "Casa Azul".into(),
            check_in: "2026-07-01".into(),
            check_out: "2026-07-04".into(),
        };
        let stored = serde_json::to_string(&notice).expect("json");
        let (title, body) = row_text(
            Locale::En,
            "Your request was accepted".into(),
            stored.clone(),
        );
        assert_eq!(title, "Your request was accepted");
        assert_eq!(
            body,
            "Hana accepted your stay at Casa Azul, Jul 1, 2026 to Jul 4, 2026."
        );
        let (title, body) = row_text(Locale::Fr, String::new(), stored);
        assert_eq!(title, "Votre demande a été acceptée");
        assert!(
            body.starts_with("Hana a accepté votre séjour à Casa Azul"),
            "{body}"
        );
        let (title, body) = row_text(
            Locale::Es,
            "Payout sent".into(),
            "€120 is on its way.".into(),
        );
        assert_eq!(
            (title.as_str(), body.as_str()),
            ("Payout sent", "€120 is on its way.")
        );
    }
}
