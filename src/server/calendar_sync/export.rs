//! The export: each listing's private address (`/api/v1/ical/<token>.ics`, a random
//! 256-bit token made on first use and replaced on demand) and the calendar it serves,
//! booked nights as "Reserved" and the host's own blocks as "Not available", each an
//! all-day event with a UID that stays the same while the event does.
//!
//! Nights imported from other sites' calendars are not exported: the site they came from
//! already knows them, and sending them back out makes loops (a block lifted on one site
//! would come back to it from Haven for ever).

use super::ics::{AllDay, Ics};
use crate::app::types::AppError;
use crate::app::types::calendar_sync::CalendarExport;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use base64::Engine;
use time::OffsetDateTime;

/// The export path's prefix; the token and `.ics` follow.
pub const PATH: &str = "/api/v1/ical/";

/// A fresh token: 32 random bytes, base64url (43 characters).
fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The token in a path segment `<token>.ics`, if it has the shape of one.
pub fn token_of(segment: &str) -> Option<&str> {
    let token = segment.strip_suffix(".ics")?;
    (token.len() == 43
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some(token)
}

fn address(public_url: &str, token: &str) -> CalendarExport {
    CalendarExport {
        url: format!("{public_url}{PATH}{token}.ics"),
    }
}

/// Listing `listing`'s export address (the caller checked it is the host's), made now if
/// it has none yet.
pub async fn export(
    db: &DbScope,
    listing: i64,
    public_url: &str,
) -> Result<CalendarExport, AppError> {
    let existing = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                "SELECT token FROM listing_calendar_exports WHERE listing_id = $1",
                listing
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "calendar export"))?;
    if let Some(token) = existing {
        return Ok(address(public_url, &token));
    }
    let fresh = new_token();
    let token = db
        .write(|pool| async move {
            // Two first visits at once: one token wins, both see it.
            sqlx::query!(
                "INSERT INTO listing_calendar_exports (listing_id, token) VALUES ($1, $2)
                 ON CONFLICT (listing_id) DO NOTHING",
                listing,
                fresh
            )
            .execute(&pool)
            .await?;
            sqlx::query_scalar!(
                "SELECT token FROM listing_calendar_exports WHERE listing_id = $1",
                listing
            )
            .fetch_one(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "calendar export"))?;
    Ok(address(public_url, &token))
}

/// Replaces listing `listing`'s export token: the old address answers 404 from now on.
pub async fn regenerate(
    db: &DbScope,
    listing: i64,
    public_url: &str,
) -> Result<CalendarExport, AppError> {
    let fresh = new_token();
    let token = fresh.clone();
    db.write(|pool| async move {
        sqlx::query!(
            "INSERT INTO listing_calendar_exports (listing_id, token) VALUES ($1, $2)
             ON CONFLICT (listing_id) DO UPDATE SET token = EXCLUDED.token, created_at = now()",
            listing,
            fresh
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "calendar export"))?;
    Ok(address(public_url, &token))
}

/// The calendar behind `token`, from the listing's today on; `None` for a token that
/// names no listing (or a deleted one).
pub async fn calendar(
    db: &DbScope,
    token: &str,
    uid_domain: &str,
    now: OffsetDateTime,
) -> Result<Option<String>, AppError> {
    let found = db
        .read(|pool| {
            let token = token.to_string();
            async move {
            let Some(listing) = sqlx::query!(
                r#"SELECT l.id, l.title, ($2::timestamptz AT TIME ZONE l.time_zone)::date AS "today!"
                   FROM listing_calendar_exports e JOIN listings l ON l.id = e.listing_id
                   WHERE e.token = $1 AND l.deleted_at IS NULL"#,
                token,
                now
            )
            .fetch_optional(&pool)
            .await?
            else {
                return Ok(None);
            };
            let holds = sqlx::query!(
                r#"SELECT lower(nights) AS "from!", upper(nights) AS "to!", booking_id,
                          to_char(created_at AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') AS "stamp!"
                   FROM listing_holds
                   WHERE listing_id = $1 AND feed_id IS NULL AND upper(nights) > $2
                   ORDER BY lower(nights)"#,
                listing.id,
                listing.today
            )
            .fetch_all(&pool)
            .await?;
            Ok(Some((listing, holds)))
            }
        })
        .await
        .map_err(|e| db_error(e, "calendar export"))?;
    let Some((listing, holds)) = found else {
        return Ok(None);
    };
    let mut ics = Ics::begin(&format!("Haven: {}", listing.title));
    for h in &holds {
        let (uid, summary) = match h.booking_id {
            Some(b) => (format!("booking-{b}@{uid_domain}"), "Reserved"),
            None => (
                format!(
                    "blocked-{}-{}-{}@{uid_domain}",
                    listing.id,
                    super::ics::compact(h.from),
                    super::ics::compact(h.to)
                ),
                "Not available",
            ),
        };
        ics.event(&AllDay {
            uid: &uid,
            stamp: &h.stamp,
            from: h.from,
            to: h.to,
            summary,
        });
    }
    Ok(Some(ics.end()))
}
