//! Writing: a guest's inquiry, a message, a read marker, and the booking hook.

use super::notify_recipient;
use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::message::{Message, MessageText, NewInquiry, RATE_WINDOW_MINUTES};
use crate::app::types::stay::Day;
use crate::app::types::stay_dates::StayDates;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use crate::tr;
use sqlx::PgConnection;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// An inquiry, parsed.
struct Inquiry {
    dates: Option<(time::Date, time::Date)>,
    guests: Option<i32>,
    body: MessageText,
}

fn parse_inquiry(input: &NewInquiry, today: Day) -> Result<Inquiry, Vec<FieldError>> {
    let mut errors = Vec::new();
    let dates = match StayDates::parse(input.check_in.as_deref(), input.check_out.as_deref(), today)
        .and_then(|d| d.map(|d| d.to_dates()).transpose())
    {
        Ok(d) => d,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    let guests = match input.guests {
        None => None,
        Some(n @ 1..=50) => Some(n as i32),
        Some(_) => {
            errors.push(FieldError::new("guests", tr!("messages-error-guests")));
            None
        }
    };
    let body = MessageText::parse(&input.body)
        .map_err(|e| errors.push(e))
        .ok();
    match body {
        Some(body) if errors.is_empty() => Ok(Inquiry {
            dates,
            guests,
            body,
        }),
        _ => Err(errors),
    }
}

fn form(errors: Vec<FieldError>) -> AppError {
    AppError::Form {
        errors,
        values: Vec::new(),
    }
}

/// `sender` may send one more message now, or must wait (429): at most `limit` (the
/// configuration's, by default [`RATE_LIMIT_MESSAGES`](crate::app::types::message::RATE_LIMIT_MESSAGES)) in the last
/// [`RATE_WINDOW_MINUTES`].
async fn within_rate(
    tx: &mut PgConnection,
    sender: Uuid,
    limit: i64,
    now: OffsetDateTime,
) -> Result<Result<(), AppError>, sqlx::Error> {
    let since = now - Duration::minutes(RATE_WINDOW_MINUTES);
    let recent = sqlx::query!(
        r#"SELECT count(*) AS "n!", min(created_at) AS oldest
           FROM messages WHERE sender_id = $1 AND created_at > $2"#,
        sender,
        since
    )
    .fetch_one(&mut *tx)
    .await?;
    if recent.n < limit {
        return Ok(Ok(()));
    }
    let wait = recent
        .oldest
        .map_or(Duration::minutes(RATE_WINDOW_MINUTES), |t| t - since);
    Ok(Err(AppError::RateLimited {
        retry_after_secs: u64::try_from(wait.whole_seconds()).unwrap_or(0).max(1),
    }))
}

/// Adds `body` from `sender` to `conversation` (whose parties the caller has checked),
/// moves its last activity and the sender's read marker, and tells the recipient.
async fn post(
    tx: &mut PgConnection,
    conversation: i64,
    sender: Uuid,
    recipient: Uuid,
    body: &str,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let id = sqlx::query_scalar!(
        "INSERT INTO messages (conversation_id, sender_id, body, created_at)
         VALUES ($1, $2, $3, $4) RETURNING id",
        conversation,
        sender,
        body,
        now
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!(
        "UPDATE conversations SET last_message_at = $3,
             guest_read_id = CASE WHEN guest_id = $2 THEN $4 ELSE guest_read_id END,
             guest_read_at = CASE WHEN guest_id = $2 THEN $3 ELSE guest_read_at END,
             host_read_id = CASE WHEN host_id = $2 THEN $4 ELSE host_read_id END,
             host_read_at = CASE WHEN host_id = $2 THEN $3 ELSE host_read_at END
         WHERE id = $1",
        conversation,
        sender,
        now,
        id
    )
    .execute(&mut *tx)
    .await?;
    notify_recipient(tx, conversation, recipient, now).await?;
    Ok(id)
}

/// `guest` asks the host of `listing` a question before booking (dates and party
/// optional): the conversation's id. Asking again while no booking has followed continues
/// the same conversation (and updates the stay asked about). 404 for a listing that does
/// not exist or was deleted; 409 on one's own listing; 400 naming each bad field; 429 over
/// the rate limit.
pub async fn start_inquiry(
    state: &AppState,
    db: &DbScope,
    guest: Uuid,
    listing: i64,
    input: &NewInquiry,
) -> Result<i64, AppError> {
    let now = state.clock.now();
    let limit = state.config.messages_per_ten_minutes;
    let inquiry = parse_inquiry(input, Day::from_date(now.date())).map_err(form)?;
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        let host = sqlx::query_scalar!(
            "SELECT host_id FROM listings WHERE id = $1 AND deleted_at IS NULL",
            listing
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(host) = host else {
            return Ok(Err(AppError::NotFound("Listing".into())));
        };
        if host == guest {
            return Ok(Err(AppError::Conflict(tr!("messages-error-own-listing"))));
        }
        if let Err(limited) = within_rate(&mut tx, guest, limit, now).await? {
            return Ok(Err(limited));
        }
        let (check_in, check_out) = inquiry.dates.unzip();
        let id = sqlx::query_scalar!(
            "INSERT INTO conversations (listing_id, guest_id, host_id, kind, check_in,
                     check_out, guest_count, created_at, last_message_at)
                 VALUES ($1, $2, $3, 'inquiry', $4, $5, $6, $7, $7)
                 ON CONFLICT (listing_id, guest_id) WHERE booking_id IS NULL
                 DO UPDATE SET check_in = COALESCE(EXCLUDED.check_in, conversations.check_in),
                     check_out = CASE WHEN EXCLUDED.check_in IS NULL
                         THEN conversations.check_out ELSE EXCLUDED.check_out END,
                     guest_count = COALESCE(EXCLUDED.guest_count, conversations.guest_count)
                 RETURNING id",
            listing,
            guest,
            host,
            check_in,
            check_out,
            inquiry.guests,
            now
        )
        .fetch_one(&mut *tx)
        .await?;
        post(&mut tx, id, guest, host, inquiry.body.as_str(), now).await?;
        tx.commit().await?;
        Ok(Ok(id))
    })
    .await
    .map_err(|e| db_error(e, "start inquiry"))?
}

/// `user` writes `body` in `conversation`: the message. 404 unless they are one of its
/// two parties; 400 for an empty or too long text; 429 over the rate limit.
pub async fn send(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    conversation: i64,
    body: &str,
) -> Result<Message, AppError> {
    let now = state.clock.now();
    let limit = state.config.messages_per_ten_minutes;
    let text = MessageText::parse(body).map_err(|e| form(vec![e]))?;
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        // The row lock orders a conversation's messages with their read markers.
        let parties = sqlx::query!(
            "SELECT guest_id, host_id FROM conversations
                 WHERE id = $1 AND $2 IN (guest_id, host_id) FOR UPDATE",
            conversation,
            user
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(parties) = parties else {
            return Ok(Err(AppError::NotFound("Conversation".into())));
        };
        if let Err(limited) = within_rate(&mut tx, user, limit, now).await? {
            return Ok(Err(limited));
        }
        let recipient = if parties.guest_id == user {
            parties.host_id
        } else {
            parties.guest_id
        };
        let id = post(&mut tx, conversation, user, recipient, text.as_str(), now).await?;
        let name = sqlx::query_scalar!("SELECT display_name FROM users WHERE id = $1", user)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Ok(Message {
            id,
            sender_name: name,
            mine: true,
            body: text.as_str().to_string(),
            sent_at: super::read::rfc3339(now),
        }))
    })
    .await
    .map_err(|e| db_error(e, "send message"))?
}

/// `user` has seen every message of `conversation` so far. 404 unless they are a party.
pub async fn mark_read(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    conversation: i64,
) -> Result<(), AppError> {
    let now = state.clock.now();
    let found = db
        .write(|pool| async move {
            sqlx::query_scalar!(
                r#"UPDATE conversations c SET
                       guest_read_id = CASE WHEN c.guest_id = $2 AND m.last > c.guest_read_id
                           THEN m.last ELSE c.guest_read_id END,
                       guest_read_at = CASE WHEN c.guest_id = $2 AND m.last > c.guest_read_id
                           THEN $3 ELSE c.guest_read_at END,
                       host_read_id = CASE WHEN c.host_id = $2 AND m.last > c.host_read_id
                           THEN m.last ELSE c.host_read_id END,
                       host_read_at = CASE WHEN c.host_id = $2 AND m.last > c.host_read_id
                           THEN $3 ELSE c.host_read_at END
                   FROM (SELECT COALESCE(max(id), 0) AS last FROM messages
                         WHERE conversation_id = $1) m
                   WHERE c.id = $1 AND $2 IN (c.guest_id, c.host_id)
                   RETURNING c.id"#,
                conversation,
                user,
                now
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "mark conversation read"))?;
    found
        .map(|_| ())
        .ok_or_else(|| AppError::NotFound("Conversation".into()))
}

/// In the transaction that creates booking `booking` of `guest` on `listing` (hosted by
/// `host`): the guest's open inquiry on that listing continues as the booking's
/// conversation; without one, the booking starts its own.
pub async fn on_booking_created(
    tx: &mut PgConnection,
    booking: i64,
    listing: i64,
    guest: Uuid,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "WITH attached AS (
             UPDATE conversations SET booking_id = $1, last_message_at = $5
             WHERE listing_id = $2 AND guest_id = $3 AND booking_id IS NULL
             RETURNING id)
         INSERT INTO conversations (listing_id, guest_id, host_id, kind, booking_id,
                                    created_at, last_message_at)
         SELECT $2, $3, $4, 'booking', $1, $5, $5
         WHERE NOT EXISTS (SELECT 1 FROM attached) AND $3 <> $4",
        booking,
        listing,
        guest,
        host,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}
