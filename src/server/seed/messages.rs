//! Demo conversations: every seeded booking gets its conversation (as bookings made by the
//! engine do), and the host of the first listing gets an answered question before booking
//! and a short thread on a booking, so their inbox has messages. Deterministic: the same
//! data and day give the same messages.

use sqlx::PgPool;
use time::{Date, Duration};

pub(super) async fn insert_conversations(
    pool: &PgPool,
    first_listing: i64,
    today: Date,
) -> Result<(), sqlx::Error> {
    let at = today.midnight().assume_utc();
    let mut tx = pool.begin().await?;
    sqlx::query!(
        "INSERT INTO conversations (listing_id, guest_id, host_id, kind, booking_id,
                                    created_at, last_message_at)
         SELECT b.listing_id, b.guest_id, l.host_id, 'booking', b.id, b.created_at, b.created_at
         FROM bookings b JOIN listings l ON l.id = b.listing_id
         WHERE b.listing_id >= $1 AND b.guest_id <> l.host_id
           AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.booking_id = b.id)",
        first_listing
    )
    .execute(&mut *tx)
    .await?;

    // A question before booking, answered.
    let inquiry = sqlx::query!(
        r#"WITH host AS (SELECT host_id FROM listings WHERE id = $1),
                guest AS (SELECT u.id FROM users u, host
                          WHERE u.email LIKE '%.guest.%@demo.haven.test' AND u.id <> host.host_id
                          ORDER BY u.email LIMIT 1)
           INSERT INTO conversations (listing_id, guest_id, host_id, kind, check_in, check_out,
                                      guest_count, created_at, last_message_at)
           SELECT $1, guest.id, host.host_id, 'inquiry', $2::date + 30, $2::date + 33, 2, $3, $3
           FROM host, guest
           ON CONFLICT (listing_id, guest_id) WHERE booking_id IS NULL DO NOTHING
           RETURNING id, guest_id, host_id"#,
        first_listing,
        today,
        at - Duration::hours(26)
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(c) = inquiry {
        let lines = [
            (
                c.guest_id,
                26,
                "Hello! Is the place quiet at night? We are two and would love to come for three nights.",
            ),
            (
                c.host_id,
                25,
                "Hello, and thank you for asking! Yes, the street is calm after ten. You would be very welcome.",
            ),
        ];
        write(&mut tx, c.id, &lines, at).await?;
    }

    // A booking's thread: the first confirmed booking of the first listing.
    let booked = sqlx::query!(
        "SELECT c.id, c.guest_id, c.host_id FROM conversations c
         JOIN bookings b ON b.id = c.booking_id
         WHERE b.listing_id = $1 AND b.status = 'confirmed'
           AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id)
         ORDER BY b.id LIMIT 1",
        first_listing
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(c) = booked {
        let lines = [
            (
                c.guest_id,
                5,
                "We land at three in the afternoon. Could we drop our bags early?",
            ),
            (
                c.host_id,
                4,
                "Of course. The keys will be in the lock box from one; see https://example.com/arrival for the way in.",
            ),
            (c.guest_id, 3, "Perfect, thank you!"),
        ];
        write(&mut tx, c.id, &lines, at).await?;
    }
    tx.commit().await
}

/// Adds `lines` (sender, hours before `at`, text) to conversation `id`; each sender has
/// read up to their own last line.
async fn write(
    tx: &mut sqlx::PgConnection,
    id: i64,
    lines: &[(uuid::Uuid, i64, &str)],
    at: time::OffsetDateTime,
) -> Result<(), sqlx::Error> {
    for (sender, hours_before, body) in lines {
        let when = at - Duration::hours(*hours_before);
        sqlx::query!(
            "WITH m AS (INSERT INTO messages (conversation_id, sender_id, body, created_at)
                        VALUES ($1, $2, $3, $4) RETURNING id)
             UPDATE conversations c SET last_message_at = $4,
                 guest_read_id = CASE WHEN c.guest_id = $2 THEN m.id ELSE c.guest_read_id END,
                 guest_read_at = CASE WHEN c.guest_id = $2 THEN $4 ELSE c.guest_read_at END,
                 host_read_id = CASE WHEN c.host_id = $2 THEN m.id ELSE c.host_read_id END,
                 host_read_at = CASE WHEN c.host_id = $2 THEN $4 ELSE c.host_read_at END
             FROM m WHERE c.id = $1",
            id,
            sender,
            body,
            when
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
