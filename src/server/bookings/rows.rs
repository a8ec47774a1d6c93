//! Bookings as read from the database (`Row`), and their one conversion into the wire
//! type [`Booking`], with the history for a single booking.

use super::failure::Failure;
use crate::app::types::AppError;
use crate::app::types::booking::{Booking, BookingChange, BookingStatus, Party};
use crate::app::types::stay::QuoteLine;
use crate::server::catalog::listings::money as money_of;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// A stored price line.
#[derive(Serialize, Deserialize)]
pub(super) struct StoredLine {
    pub(super) label: String,
    pub(super) amount_minor: i64,
}

/// A booking row with what the views and rules need.
pub(super) struct Row {
    pub(super) id: i64,
    pub(super) listing_id: i64,
    pub(super) title: String,
    pub(super) city: String,
    pub(super) cover_url: Option<String>,
    pub(super) guest_id: Uuid,
    pub(super) guest_name: String,
    pub(super) host_id: Uuid,
    pub(super) host_name: String,
    pub(super) host_email: String,
    pub(super) check_in: Date,
    pub(super) check_out: Date,
    pub(super) adults: i32,
    pub(super) children: i32,
    pub(super) infants: i32,
    pub(super) pets: i32,
    pub(super) status: String,
    pub(super) special_requests: String,
    pub(super) currency: String,
    pub(super) total_minor: i64,
    pub(super) service_fee_minor: i64,
    pub(super) taxes_minor: i64,
    pub(super) price_lines: serde_json::Value,
    pub(super) cancellation_policy: String,
    pub(super) refund_minor: i64,
    pub(super) cancellation_reason: Option<String>,
    pub(super) expires_at: Option<OffsetDateTime>,
    pub(super) created_at: OffsetDateTime,
    /// Today in the listing's time zone, at the time of reading.
    pub(super) today: Date,
}

impl Row {
    pub(super) fn status(&self) -> Result<BookingStatus, AppError> {
        BookingStatus::parse(&self.status).ok_or_else(|| {
            tracing::error!(status = self.status, "unknown booking status");
            AppError::Internal
        })
    }

    pub(super) fn party(&self, user: Uuid) -> Option<Party> {
        if user == self.guest_id {
            Some(Party::Guest)
        } else if user == self.host_id {
            Some(Party::Host)
        } else {
            None
        }
    }
}

/// What notifications say about a booking.
pub(super) struct Facts {
    pub(super) booking_id: i64,
    pub(super) title: String,
    pub(super) guest_name: String,
    pub(super) host_name: String,
    pub(super) dates: String,
}

impl Facts {
    pub(super) fn of(row: &Row) -> Self {
        Self {
            booking_id: row.id,
            title: row.title.clone(),
            guest_name: row.guest_name.clone(),
            host_name: row.host_name.clone(),
            dates: format!("{} to {}", row.check_in, row.check_out),
        }
    }
}

/// The one query for [`Row`]s: `$tail` (a literal, so the SQL is still checked) adds the
/// `WHERE`, order and locking; `$1` is now.
macro_rules! select_row {
    ($tail:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            $crate::server::bookings::rows::Row,
            r#"SELECT b.id, b.listing_id, l.title, l.city,
                      (SELECT COALESCE(p.card_url, p.url) FROM listing_photos p
                       WHERE p.listing_id = l.id ORDER BY p.position LIMIT 1) AS cover_url,
                      b.guest_id, g.display_name AS guest_name, l.host_id,
                      h.display_name AS host_name, h.email AS host_email,
                      b.check_in, b.check_out, b.adults, b.children, b.infants, b.pets,
                      b.status, b.special_requests, b.currency AS "currency!", b.total_minor,
                      b.service_fee_minor, b.taxes_minor, b.price_lines, b.cancellation_policy,
                      b.refund_minor, b.cancellation_reason, b.expires_at, b.created_at,
                      ($1::timestamptz AT TIME ZONE b.time_zone)::date AS "today!"
               FROM bookings b
               JOIN listings l ON l.id = b.listing_id
               JOIN users g ON g.id = b.guest_id
               JOIN users h ON h.id = l.host_id "# + $tail,
            $($arg),*
        )
    };
}
pub(super) use select_row;

pub(super) async fn load(
    tx: &mut PgConnection,
    id: i64,
    now: OffsetDateTime,
) -> Result<Row, sqlx::Error> {
    select_row!("WHERE b.id = $2", now, id)
        .fetch_one(&mut *tx)
        .await
}

/// The booking as `viewer` sees it, with its history.
pub(super) async fn view(
    tx: &mut PgConnection,
    row: Row,
    viewer: Uuid,
) -> Result<Booking, Failure> {
    let history = sqlx::query!(
        "SELECT from_status, to_status, actor_role, reason, at FROM booking_transitions
         WHERE booking_id = $1 ORDER BY id",
        row.id
    )
    .fetch_all(&mut *tx)
    .await?;
    let history = history
        .into_iter()
        .map(|h| BookingChange {
            from: h.from_status.as_deref().and_then(BookingStatus::parse),
            to: BookingStatus::parse(&h.to_status).unwrap_or(BookingStatus::Pending),
            by: Party::parse(&h.actor_role).unwrap_or(Party::System),
            reason: h.reason,
            at: h.at.format(&Rfc3339).unwrap_or_default(),
        })
        .collect();
    Ok(to_booking(row, viewer, history)?)
}

pub(super) fn to_booking(
    row: Row,
    viewer: Uuid,
    history: Vec<BookingChange>,
) -> Result<Booking, AppError> {
    let status = row.status()?;
    let party = row.party(viewer).ok_or(AppError::Internal)?;
    let money = |minor| money_of(minor, &row.currency);
    let lines: Vec<StoredLine> =
        serde_json::from_value(row.price_lines.clone()).unwrap_or_default();
    let price_breakdown = lines
        .into_iter()
        .map(|l| {
            Ok(QuoteLine {
                label: l.label,
                amount: money(l.amount_minor)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let confirmed_once = matches!(status, BookingStatus::Confirmed | BookingStatus::Completed);
    Ok(Booking {
        id: row.id,
        listing_id: row.listing_id,
        listing_title: row.title,
        listing_city: row.city,
        cover_url: row.cover_url,
        guest_id: row.guest_id.to_string(),
        guest_name: row.guest_name,
        host_id: row.host_id.to_string(),
        host_name: row.host_name,
        host_contact: (party == Party::Guest && confirmed_once).then_some(row.host_email),
        check_in: row.check_in.to_string(),
        check_out: row.check_out.to_string(),
        nights: (row.check_out - row.check_in).whole_days() as i32,
        guest_count: row.adults + row.children,
        adults: row.adults,
        children: row.children,
        infants: row.infants,
        pets: row.pets,
        status,
        special_requests: row.special_requests,
        total_price: money(row.total_minor)?,
        price_breakdown,
        cancellation_policy: row.cancellation_policy,
        refunded: (row.refund_minor > 0)
            .then(|| money(row.refund_minor))
            .transpose()?,
        cancellation_reason: row.cancellation_reason,
        expires_at: row
            .expires_at
            .filter(|_| status == BookingStatus::Pending)
            .and_then(|t| t.format(&Rfc3339).ok()),
        viewer: party,
        created_at: row.created_at.format(&Rfc3339).unwrap_or_default(),
        history,
    })
}
