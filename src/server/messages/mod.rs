//! Messages between a guest and a host. A conversation starts as an inquiry from the
//! listing page ([`start_inquiry`]) or with a booking; a booking made by a guest with an
//! open inquiry on that listing continues it ([`on_booking_created`], in the booking's
//! transaction). Only the two parties read or write a conversation: for anyone else it
//! does not exist (404), in every function here, and the database refuses a message by
//! anyone else (`messages_by_a_party`). Each party has a read marker (the last message
//! seen), which gives unread counts and read receipts. Sending is limited per person
//! ([`RATE_LIMIT_MESSAGES`](crate::app::types::message::RATE_LIMIT_MESSAGES) in
//! [`RATE_WINDOW_MINUTES`](crate::app::types::message::RATE_WINDOW_MINUTES), counted in the
//! database, so across app servers).
//!
//! `write`: inquiries, messages, read markers, the booking hook; `read`: the inbox, a
//! thread, unread counts and waiting for new messages (long polling); `stats`: a host's
//! response rate and time.

mod read;
mod stats;
mod write;

pub use read::{for_booking, inbox, messages_after, thread, unread, wait_for_messages};
pub use stats::{listing_response_stats, response_stats};
pub use write::{mark_read, on_booking_created, send, start_inquiry};

use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// The single place where someone is told about a new message in `conversation`: a
/// `new_message` notice on the notifications stream, in the sending transaction, which the
/// mailer e-mails (at most once per conversation and person per 10 minutes, when their
/// preference allows); the bell leaves messages to the inbox's own count.
pub async fn notify_recipient(
    tx: &mut PgConnection,
    conversation: i64,
    recipient: Uuid,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let last = sqlx::query!(
        r#"SELECT u.display_name AS sender, l.title, m.body
           FROM messages m
           JOIN users u ON u.id = m.sender_id
           JOIN conversations c ON c.id = m.conversation_id
           JOIN listings l ON l.id = c.listing_id
           WHERE m.conversation_id = $1
           ORDER BY m.id DESC LIMIT 1"#,
        conversation
    )
    .fetch_one(&mut *tx)
    .await?;
    let excerpt: String = last.body.chars().take(280).collect();
    let notice = crate::server::notifications::Notice::NewMessage {
        sender: last.sender,
        listing: last.title,
        excerpt,
    };
    crate::server::notifications::tell_message(tx, recipient, conversation, &notice, now).await
}
