//! E-mail: the mailer, a consumer of two outbox streams. From `notifications` (every notice
//! the bell gets, plus `new_message` and `review_due`) it e-mails the recipient when their
//! preference allows (new messages batched: one e-mail per conversation and person per 10
//! minutes, see [`throttled`]); from `account_mail` (`accounts::mail`) it sends password-reset and
//! verification links, always. Nothing is sent inside a request: a request publishes an
//! event in its transaction, and the worker's relay delivers it here.
//!
//! **Delivery guarantee.** `handle` runs in the relay's transaction that records the event
//! as consumed; it writes a `mail_sent` row (keyed by the event id) and then hands the
//! message to the SMTP relay, and the transaction commits only if the relay accepted it.
//! A refused or unreachable relay returns `Err`: nothing is recorded, the outbox retries
//! with back-off and after `MAX_ATTEMPTS` leaves a dead letter; the request that caused
//! the mail was committed long before and is unaffected. So each e-mail is sent *at least
//! once*, and exactly once unless the process dies (or the commit fails) in the moment
//! between the relay's acceptance and the commit; such a resend keeps its `Message-ID`
//! (derived from the event id), so mail clients can fold the copies.

mod smtp;
mod templates;
pub mod unsubscribe;

use crate::server::accounts::mail::{self as account_mail, AccountMail, AccountMailEvent};
use crate::server::notifications::{self, NotificationEvent};
use crate::server::platform::config::MailConfig;
use crate::server::platform::outbox::{self, Consumer, Event};
use crate::tr_in;
use futures::future::BoxFuture;
use serde::Serialize;
use sqlx::PgConnection;
use std::sync::Arc;
use templates::Templates;
use time::Duration;
use unsubscribe::Topic;
use uuid::Uuid;

/// At most one e-mail per conversation and recipient in this window (`new_message`).
pub const MESSAGE_THROTTLE: Duration = Duration::minutes(10);

/// The mailer: the `mail` consumer of the `notifications` and `account_mail` streams.
pub struct Mailer {
    config: MailConfig,
    transport: Result<smtp::Transport, String>,
    templates: Arc<Templates>,
}

impl Mailer {
    /// A mailer for `config`. A configuration the transport cannot use (a TLS setup
    /// failure) makes every delivery fail, and so reach the dead letters, rather than
    /// stopping the worker.
    pub fn new(config: &MailConfig) -> Result<Self, String> {
        Ok(Self {
            config: config.clone(),
            transport: smtp::transport(config),
            templates: Arc::new(Templates::new().map_err(|e| e.to_string())?),
        })
    }

    fn link(&self, path: &str) -> String {
        format!("{}{path}", self.config.public_url)
    }

    async fn send(&self, mail: smtp::Outgoing<'_>) -> Result<(), String> {
        let transport = self.transport.as_ref().map_err(Clone::clone)?;
        smtp::send(transport, smtp::message(&self.config.from, mail)?).await
    }
}

impl Consumer for Mailer {
    fn name(&self) -> &'static str {
        notifications::MAILER
    }

    fn handle<'a>(
        &'a self,
        tx: &'a mut PgConnection,
        event: &'a Event,
    ) -> BoxFuture<'a, Result<(), String>> {
        Box::pin(async move {
            if event.stream == account_mail::STREAM.name {
                let e: AccountMailEvent = serde_json::from_value(event.payload.clone())
                    .map_err(|e| format!("unreadable account mail event: {e}"))?;
                self.account(tx, e).await
            } else {
                let n: NotificationEvent = serde_json::from_value(event.payload.clone())
                    .map_err(|e| format!("unreadable notification event: {e}"))?;
                self.notice(tx, n).await
            }
        })
    }
}

/// The preference that governs a notice's e-mail; `None` for kinds never e-mailed.
fn topic(kind: &str) -> Option<Topic> {
    match kind {
        "booking_requested" | "booking_confirmed" | "booking_declined" | "booking_expired"
        | "booking_cancelled" | "review_due" | "review_published" => Some(Topic::BookingUpdates),
        "new_message" => Some(Topic::Messages),
        _ => None,
    }
}

/// What the templates see.
#[derive(Serialize)]
struct Values<'a> {
    /// The recipient's language (`t()` in the templates reads it) and its direction.
    lang: &'static str,
    dir: &'static str,
    subject: &'a str,
    name: &'a str,
    title: &'a str,
    body: &'a str,
    link: String,
    action: &'a str,
    email: &'a str,
    minutes: i64,
    hours: i64,
    preference: &'a str,
    unsubscribe_url: Option<String>,
    account_url: String,
}

impl Mailer {
    async fn notice(&self, tx: &mut PgConnection, n: NotificationEvent) -> Result<(), String> {
        let Some(topic) = topic(&n.kind) else {
            return Ok(());
        };
        let Some(user) = sqlx::query!(
            "SELECT u.email, u.display_name, u.notify_booking_updates, u.notify_messages,
                    COALESCE(u.preferred_language, u.last_language) AS language,
                    b.guest_id AS \"guest_id?\"
             FROM users u LEFT JOIN bookings b ON b.id = $2
             WHERE u.id = $1",
            n.recipient_id,
            n.booking_id
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| e.to_string())?
        else {
            return Ok(()); // the account is gone
        };
        let wanted = match topic {
            Topic::BookingUpdates => user.notify_booking_updates,
            Topic::Messages => user.notify_messages,
        };
        if !wanted {
            return Ok(());
        }
        if let Some(conversation) = n.conversation_id
            && throttled(tx, &n, conversation).await?
        {
            return Ok(());
        }
        let locale = recipient_locale(user.language.as_deref());
        let (path, action) = match (n.kind.as_str(), n.booking_id, n.conversation_id) {
            ("new_message", _, Some(c)) => (
                format!("/inbox/{c}"),
                tr_in!(locale, "mail-action-read-reply"),
            ),
            (_, Some(b), _) if user.guest_id == Some(n.recipient_id) => {
                (format!("/trips/{b}"), tr_in!(locale, "mail-action-trip"))
            }
            (_, Some(_), _) => (
                "/host/reservations".to_string(),
                tr_in!(locale, "mail-action-reservations"),
            ),
            _ => (
                "/notifications".to_string(),
                tr_in!(locale, "mail-action-open"),
            ),
        };
        let template = if n.kind == "new_message" {
            "new_message"
        } else {
            "notice"
        };
        let unsubscribe_url = self.link(&format!(
            "/unsubscribe?token={}",
            unsubscribe::sign(self.config.secret.expose(), n.recipient_id, topic)
        ));
        // The notice in the recipient's language (as sent, for one sent as plain text).
        let (title, body) = n.text(locale);
        let rendered = self.templates.render(
            template,
            &Values {
                lang: locale.tag(),
                dir: locale.dir(),
                subject: &title,
                name: &user.display_name,
                title: &title,
                body: &body,
                link: self.link(&path),
                action: &action,
                email: &user.email,
                minutes: 0,
                hours: 0,
                preference: &topic.label(locale),
                unsubscribe_url: Some(unsubscribe_url.clone()),
                account_url: self.link("/account"),
            },
        )?;
        if !record(
            tx,
            n.event_id,
            n.recipient_id,
            &n.kind,
            n.conversation_id,
            n.timestamp,
        )
        .await?
        {
            return Ok(());
        }
        self.send(smtp::Outgoing {
            to: &user.email,
            to_name: &user.display_name,
            subject: &title,
            text: rendered.text,
            html: rendered.html,
            unsubscribe: Some((unsubscribe_url, self.config.unsubscribe_mailto.clone())),
            message_id: message_id(n.event_id),
        })
        .await
    }

    async fn account(&self, tx: &mut PgConnection, e: AccountMailEvent) -> Result<(), String> {
        let Some(user) = sqlx::query!(
            "SELECT email, display_name, COALESCE(preferred_language, last_language) AS language
             FROM users WHERE id = $1",
            e.user_id
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        let locale = recipient_locale(user.language.as_deref());
        let (template, subject, to, path) = match &e.mail {
            AccountMail::PasswordReset => {
                let token = account_mail::issue_reset(tx, e.user_id, e.timestamp)
                    .await
                    .map_err(|e| e.to_string())?;
                let path = format!("/reset-password?token={token}");
                (
                    "password_reset",
                    tr_in!(locale, "mail-reset-subject"),
                    user.email.clone(),
                    path,
                )
            }
            AccountMail::VerifyEmail { email } | AccountMail::ChangeEmail { email } => {
                let token = account_mail::issue_verification(tx, e.user_id, email, e.timestamp)
                    .await
                    .map_err(|e| e.to_string())?;
                let path = format!("/verify?token={token}");
                let (template, subject) = match &e.mail {
                    AccountMail::ChangeEmail { .. } => {
                        ("change_email", tr_in!(locale, "mail-change-subject"))
                    }
                    _ => ("verify_email", tr_in!(locale, "mail-verify-subject")),
                };
                (template, subject, email.clone(), path)
            }
            AccountMail::EmailChanged { old_email } => (
                "email_changed",
                tr_in!(locale, "mail-changed-subject"),
                old_email.clone(),
                "/account".to_string(),
            ),
        };
        // The address the e-mail is about: the one to confirm, or the account's new one.
        let about = match &e.mail {
            AccountMail::EmailChanged { .. } => user.email.as_str(),
            _ => to.as_str(),
        };
        let rendered = self.templates.render(
            template,
            &Values {
                lang: locale.tag(),
                dir: locale.dir(),
                subject: &subject,
                name: &user.display_name,
                title: &subject,
                body: "",
                link: self.link(&path),
                action: &subject,
                email: about,
                minutes: account_mail::RESET_TTL.whole_minutes(),
                hours: account_mail::VERIFICATION_TTL.whole_hours(),
                preference: "",
                unsubscribe_url: None,
                account_url: self.link("/account"),
            },
        )?;
        if !record(tx, e.event_id, e.user_id, template, None, e.timestamp).await? {
            return Ok(());
        }
        self.send(smtp::Outgoing {
            to: &to,
            to_name: &user.display_name,
            subject: &subject,
            text: rendered.text,
            html: rendered.html,
            unsubscribe: None,
            message_id: message_id(e.event_id),
        })
        .await
    }
}

/// The language an e-mail goes out in: the account's preference, else the one it last
/// read Haven in, else English.
fn recipient_locale(tag: Option<&str>) -> crate::app::i18n::Locale {
    tag.and_then(crate::app::i18n::Locale::from_tag)
        .unwrap_or_default()
}

/// Whether a new-message e-mail must wait: one went out for this conversation and person
/// less than [`MESSAGE_THROTTLE`] ago. Then the first message held back publishes a copy of
/// its event due when the window ends (`mail_deferred` keeps it to one), so messages in the
/// window are batched into that one e-mail rather than lost.
async fn throttled(
    tx: &mut PgConnection,
    n: &NotificationEvent,
    conversation: i64,
) -> Result<bool, String> {
    let last = sqlx::query_scalar!(
        "SELECT max(sent_at) FROM mail_sent WHERE user_id = $1 AND conversation_id = $2",
        n.recipient_id,
        conversation
    )
    .fetch_one(&mut *tx)
    .await
    .map_err(|e| e.to_string())?;
    let Some(due) = last
        .map(|at| at + MESSAGE_THROTTLE)
        .filter(|due| *due > n.timestamp)
    else {
        // Sending now: any deferred e-mail for the conversation is covered by this one.
        sqlx::query!(
            "DELETE FROM mail_deferred WHERE user_id = $1 AND conversation_id = $2",
            n.recipient_id,
            conversation
        )
        .execute(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
        return Ok(false);
    };
    let first = sqlx::query!(
        "INSERT INTO mail_deferred (user_id, conversation_id, due_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
        n.recipient_id,
        conversation,
        due
    )
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?
    .rows_affected()
        == 1;
    if first {
        let event_id = Uuid::new_v4();
        let later = NotificationEvent {
            event_id,
            timestamp: due,
            ..n.clone()
        };
        let stream = notifications::STREAM;
        outbox::publish(tx, stream, event_id, "notification", None, &later, due)
            .await
            .map_err(|e| e.to_string())?;
    }
    Ok(true)
}

/// Records the e-mail of `event` as sent (committed only with the send, see the module
/// documentation). False when it was recorded already.
async fn record(
    tx: &mut PgConnection,
    event: Uuid,
    user: Uuid,
    kind: &str,
    conversation: Option<i64>,
    at: time::OffsetDateTime,
) -> Result<bool, String> {
    let inserted = sqlx::query!(
        "INSERT INTO mail_sent (event_id, user_id, kind, conversation_id, sent_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
        event,
        user,
        kind,
        conversation,
        at
    )
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?
    .rows_affected();
    Ok(inserted == 1)
}

fn message_id(event: Uuid) -> String {
    format!("<{}@mail.haven>", event.simple())
}
