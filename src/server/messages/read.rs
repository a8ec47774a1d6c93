//! Reading: the inbox, one thread, the unread count, and waiting for new messages.

use crate::app::types::AppError;
use crate::app::types::message::{
    ConversationSummary, Inbox, MAX_WAIT_SECS, Message, Side, Thread,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use std::time::Duration;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// Conversations per inbox page, at most.
pub const MAX_PER_PAGE: i64 = 50;
/// The newest messages a thread shows.
const THREAD_MESSAGES: i64 = 200;

pub(super) fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// A conversation row as every query here selects it (`select_conversation!`), as seen
/// by the viewer (`$1`).
struct Row {
    id: i64,
    listing_id: i64,
    listing_title: String,
    booking_id: Option<i64>,
    status: String,
    check_in: Option<Date>,
    check_out: Option<Date>,
    guest_count: Option<i32>,
    is_guest: bool,
    other_name: String,
    last_message: String,
    last_message_at: OffsetDateTime,
    unread: i64,
    other_read_id: i64,
    other_read_at: Option<OffsetDateTime>,
}

/// The conversation row's columns for viewer `$1`, for `query_as!` (`c` conversations).
macro_rules! select_conversation {
    ($where:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            Row,
            r#"SELECT c.id, c.listing_id, l.title AS listing_title, c.booking_id,
                      COALESCE(b.status, 'inquiry') AS "status!",
                      COALESCE(b.check_in, c.check_in) AS check_in,
                      COALESCE(b.check_out, c.check_out) AS check_out,
                      COALESCE(b.adults + b.children, c.guest_count) AS guest_count,
                      (c.guest_id = $1) AS "is_guest!",
                      CASE WHEN c.guest_id = $1 THEN h.display_name ELSE g.display_name END
                          AS "other_name!",
                      COALESCE(left(lm.body, 140), '') AS "last_message!",
                      c.last_message_at,
                      (SELECT count(*) FROM messages m
                       WHERE m.conversation_id = c.id AND m.sender_id <> $1
                         AND m.id > CASE WHEN c.guest_id = $1 THEN c.guest_read_id
                                         ELSE c.host_read_id END) AS "unread!",
                      CASE WHEN c.guest_id = $1 THEN c.host_read_id ELSE c.guest_read_id END
                          AS "other_read_id!",
                      CASE WHEN c.guest_id = $1 THEN c.host_read_at ELSE c.guest_read_at END
                          AS other_read_at
               FROM conversations c
               JOIN listings l ON l.id = c.listing_id
               JOIN users g ON g.id = c.guest_id
               JOIN users h ON h.id = c.host_id
               LEFT JOIN bookings b ON b.id = c.booking_id
               LEFT JOIN LATERAL (SELECT m.body FROM messages m WHERE m.conversation_id = c.id
                                  ORDER BY m.id DESC LIMIT 1) lm ON true "# + $where,
            $($arg),*
        )
    };
}

impl Row {
    fn summary(self) -> ConversationSummary {
        ConversationSummary {
            id: self.id,
            listing_id: self.listing_id,
            listing_title: self.listing_title,
            booking_id: self.booking_id,
            status: self.status,
            check_in: self.check_in.map(|d| d.to_string()),
            check_out: self.check_out.map(|d| d.to_string()),
            guest_count: self.guest_count,
            viewer: if self.is_guest {
                Side::Guest
            } else {
                Side::Host
            },
            other_name: self.other_name,
            last_message: self.last_message,
            last_message_at: rfc3339(self.last_message_at),
            unread: self.unread,
        }
    }
}

/// `user`'s conversations, as guest and as host, newest activity first.
pub async fn inbox(db: &DbScope, user: Uuid, page: i64, per_page: i64) -> Result<Inbox, AppError> {
    let per_page = per_page.clamp(1, MAX_PER_PAGE);
    let page = page.max(1);
    let offset = (page - 1).saturating_mul(per_page);
    let (rows, total) = db
        .read(|pool| async move {
            let rows = select_conversation!(
                "WHERE $1 IN (c.guest_id, c.host_id)
                 ORDER BY c.last_message_at DESC, c.id DESC LIMIT $2 OFFSET $3",
                user,
                per_page,
                offset
            )
            .fetch_all(&pool)
            .await?;
            let total = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM conversations WHERE $1 IN (guest_id, host_id)"#,
                user
            )
            .fetch_one(&pool)
            .await?;
            Ok((rows, total))
        })
        .await
        .map_err(|e| db_error(e, "inbox"))?;
    Ok(Inbox {
        items: rows.into_iter().map(Row::summary).collect(),
        page,
        per_page,
        total,
    })
}

struct MessageRow {
    id: i64,
    sender_id: Uuid,
    sender_name: String,
    body: String,
    created_at: OffsetDateTime,
}

impl MessageRow {
    fn view(self, viewer: Uuid) -> Message {
        Message {
            id: self.id,
            sender_name: self.sender_name,
            mine: self.sender_id == viewer,
            body: self.body,
            sent_at: rfc3339(self.created_at),
        }
    }
}

/// Conversation `id` with its newest messages (oldest first) as its party `user` sees
/// it. 404 for anyone else.
pub async fn thread(db: &DbScope, user: Uuid, id: i64) -> Result<Thread, AppError> {
    let (row, messages) = db
        .read(|pool| async move {
            let row = select_conversation!(
                "WHERE c.id = $2 AND $1 IN (c.guest_id, c.host_id)",
                user,
                id
            )
            .fetch_optional(&pool)
            .await?;
            if row.is_none() {
                return Ok((None, Vec::new()));
            }
            let messages = sqlx::query_as!(
                MessageRow,
                "SELECT * FROM (
                     SELECT m.id, m.sender_id, u.display_name AS sender_name, m.body, m.created_at
                     FROM messages m JOIN users u ON u.id = m.sender_id
                     WHERE m.conversation_id = $1 ORDER BY m.id DESC LIMIT $2) newest
                 ORDER BY id",
                id,
                THREAD_MESSAGES
            )
            .fetch_all(&pool)
            .await?;
            Ok((row, messages))
        })
        .await
        .map_err(|e| db_error(e, "thread"))?;
    let row = row.ok_or_else(|| AppError::NotFound("Conversation".into()))?;
    let (other_read_id, other_read_at) = (row.other_read_id, row.other_read_at.map(rfc3339));
    Ok(Thread {
        conversation: row.summary(),
        messages: messages.into_iter().map(|m| m.view(user)).collect(),
        other_read_id,
        other_read_at,
    })
}

/// The messages of conversation `id` after message `after`, oldest first (at most 200),
/// for its party `user`. 404 for anyone else.
pub async fn messages_after(
    db: &DbScope,
    user: Uuid,
    id: i64,
    after: i64,
) -> Result<Vec<Message>, AppError> {
    let rows = db
        .read(|pool| async move {
            let party = sqlx::query_scalar!(
                r#"SELECT true AS "yes!" FROM conversations
                   WHERE id = $1 AND $2 IN (guest_id, host_id)"#,
                id,
                user
            )
            .fetch_optional(&pool)
            .await?;
            if party.is_none() {
                return Ok(None);
            }
            sqlx::query_as!(
                MessageRow,
                "SELECT m.id, m.sender_id, u.display_name AS sender_name, m.body, m.created_at
                 FROM messages m JOIN users u ON u.id = m.sender_id
                 WHERE m.conversation_id = $1 AND m.id > $2 ORDER BY m.id LIMIT $3",
                id,
                after,
                THREAD_MESSAGES
            )
            .fetch_all(&pool)
            .await
            .map(Some)
        })
        .await
        .map_err(|e| db_error(e, "messages after"))?;
    let rows = rows.ok_or_else(|| AppError::NotFound("Conversation".into()))?;
    Ok(rows.into_iter().map(|m| m.view(user)).collect())
}

/// Long polling: [`messages_after`], but when there are none yet, waits up to `wait_secs`
/// (at most [`MAX_WAIT_SECS`]) for one, looking once a second (one indexed query per
/// waiting reader per second). Answers empty when none came.
pub async fn wait_for_messages(
    db: &DbScope,
    user: Uuid,
    id: i64,
    after: i64,
    wait_secs: u64,
) -> Result<Vec<Message>, AppError> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(wait_secs.min(MAX_WAIT_SECS));
    loop {
        let found = messages_after(db, user, id, after).await?;
        if !found.is_empty() || tokio::time::Instant::now() >= deadline {
            return Ok(found);
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// How many of `user`'s conversations have messages they have not read.
pub async fn unread(db: &DbScope, user: Uuid) -> Result<i64, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            r#"SELECT count(*) AS "n!" FROM conversations c
               WHERE $1 IN (c.guest_id, c.host_id)
                 AND EXISTS (SELECT 1 FROM messages m
                             WHERE m.conversation_id = c.id AND m.sender_id <> $1
                               AND m.id > CASE WHEN c.guest_id = $1 THEN c.guest_read_id
                                               ELSE c.host_read_id END)"#,
            user
        )
        .fetch_one(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "unread conversations"))
}

/// The conversation of booking `booking`, when `user` is one of its parties and it has
/// one.
pub async fn for_booking(db: &DbScope, user: Uuid, booking: i64) -> Result<Option<i64>, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            "SELECT id FROM conversations WHERE booking_id = $1 AND $2 IN (guest_id, host_id)",
            booking,
            user
        )
        .fetch_optional(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "booking conversation"))
}
