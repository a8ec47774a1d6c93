//! Bookings as guests, hosts and API clients see them, and the rules of their life: which
//! party may move a booking from which status to which.

use super::stay::QuoteLine;
use super::{AppError, Money};
use crate::tr;
use serde::{Deserialize, Serialize};

/// Where a booking is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    /// Asked for; the host has 24 hours to answer. Holds the nights.
    Pending,
    /// Booked. Holds the nights.
    Confirmed,
    Declined,
    Expired,
    Cancelled,
    /// The stay is over.
    Completed,
}

impl BookingStatus {
    pub const ALL: [Self; 6] = [
        Self::Pending,
        Self::Confirmed,
        Self::Declined,
        Self::Expired,
        Self::Cancelled,
        Self::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Confirmed => "confirmed",
            Self::Declined => "declined",
            Self::Expired => "expired",
            Self::Cancelled => "cancelled",
            Self::Completed => "completed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Whether a booking in this status keeps its nights from everyone else.
    pub fn holds_nights(self) -> bool {
        matches!(self, Self::Pending | Self::Confirmed)
    }

    /// For people, in the page's language: "Waiting for the host", "Confirmed", ...
    pub fn label(self) -> String {
        match self {
            Self::Pending => tr!("booking-status-pending"),
            Self::Confirmed => tr!("booking-status-confirmed"),
            Self::Declined => tr!("booking-status-declined"),
            Self::Expired => tr!("booking-status-expired"),
            Self::Cancelled => tr!("booking-status-cancelled"),
            Self::Completed => tr!("booking-status-completed"),
        }
    }
}

/// Who acts on a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Guest,
    Host,
    /// Haven itself: expiry and completion.
    System,
}

impl Party {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Guest => "guest",
            Self::Host => "host",
            Self::System => "system",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Guest, Self::Host, Self::System]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// What can be done to a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Accept,
    Decline,
    Cancel,
    Expire,
    Complete,
}

impl Action {
    pub const ALL: [Self; 5] = [
        Self::Accept,
        Self::Decline,
        Self::Cancel,
        Self::Expire,
        Self::Complete,
    ];
}

/// Why an action is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// This party may never do this (a guest accepting their own request).
    NotYours,
    /// Nobody may do this from the current status (accepting a cancelled booking).
    NotNow,
}

/// The one table of legal moves: `status`, acted on by `party` with `action`, becomes...
pub fn transition(
    status: BookingStatus,
    action: Action,
    party: Party,
) -> Result<BookingStatus, Refusal> {
    use Action::*;
    use BookingStatus::*;
    use Party::*;
    // Which party an action belongs to, whatever the status.
    let allowed = match action {
        Accept | Decline => party == Host,
        Cancel => party == Guest || party == Host,
        Expire | Complete => party == System,
    };
    if !allowed {
        return Err(Refusal::NotYours);
    }
    match (status, action, party) {
        (Pending, Accept, _) => Ok(Confirmed),
        (Pending, Decline, _) => Ok(Declined),
        (Pending, Expire, _) => Ok(Expired),
        // A host answers a request by declining it, not by cancelling it.
        (Pending, Cancel, Guest) => Ok(Cancelled),
        (Pending, Cancel, _) => Err(Refusal::NotYours),
        (Confirmed, Cancel, _) => Ok(Cancelled),
        (Confirmed, Complete, _) => Ok(Completed),
        _ => Err(Refusal::NotNow),
    }
}

impl Refusal {
    /// The error a caller sees.
    pub fn error(self, status: BookingStatus, action: Action) -> AppError {
        let status = status.as_str();
        match self {
            Self::NotYours => AppError::Forbidden,
            Self::NotNow => AppError::Conflict(match action {
                Action::Accept | Action::Decline => {
                    tr!("booking-refused-answer", status = status)
                }
                Action::Cancel => tr!("booking-refused-cancel", status = status),
                _ => tr!("booking-refused", status = status),
            }),
        }
    }
}

/// The reasons Haven writes in a booking's history when nobody gave one. They are stored
/// as these English sentences (the history and the events keep them); pages show them in
/// the reader's language ([`BookingChange::reason_text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordedReason {
    Requested,
    InstantBook,
    Accepted,
    Declined,
    Expired,
    StayOver,
    CancelledByHost,
    CancelledByGuest,
}

impl RecordedReason {
    pub const ALL: [Self; 8] = [
        Self::Requested,
        Self::InstantBook,
        Self::Accepted,
        Self::Declined,
        Self::Expired,
        Self::StayOver,
        Self::CancelledByHost,
        Self::CancelledByGuest,
    ];

    /// The sentence as stored.
    pub fn stored(self) -> &'static str {
        match self {
            Self::Requested => "Requested.",
            Self::InstantBook => "Booked with instant book.",
            Self::Accepted => "Accepted by the host.",
            Self::Declined => "Declined by the host.",
            Self::Expired => "The host did not answer within 24 hours.",
            Self::StayOver => "The stay is over.",
            Self::CancelledByHost => "Cancelled by the host.",
            Self::CancelledByGuest => "Cancelled by the guest.",
        }
    }

    /// The sentence in the page's language.
    pub fn text(self) -> String {
        match self {
            Self::Requested => tr!("booking-reason-requested"),
            Self::InstantBook => tr!("booking-reason-instant-book"),
            Self::Accepted => tr!("booking-reason-accepted"),
            Self::Declined => tr!("booking-reason-declined"),
            Self::Expired => tr!("booking-reason-expired"),
            Self::StayOver => tr!("booking-reason-stay-over"),
            Self::CancelledByHost => tr!("booking-reason-cancelled-by-host"),
            Self::CancelledByGuest => tr!("booking-reason-cancelled-by-guest"),
        }
    }
}

/// A booking request, as the API and the booking form send it. Raw text, parsed on the
/// server with the search's rules for dates and guests.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewBooking {
    pub listing_id: i64,
    /// `YYYY-MM-DD`, the listing's local date.
    pub check_in: String,
    /// `YYYY-MM-DD`; the guest leaves that morning.
    pub check_out: String,
    /// Adults and children together; used when `adults` is absent.
    #[serde(default)]
    pub guest_count: Option<i32>,
    #[serde(default)]
    pub adults: Option<i32>,
    #[serde(default)]
    pub children: Option<i32>,
    #[serde(default)]
    pub infants: Option<i32>,
    #[serde(default)]
    pub pets: Option<i32>,
    #[serde(default)]
    pub special_requests: Option<String>,
}

/// The listing page's booking form, as typed (every field is checked on the server).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReserveForm {
    /// Text, like every field of a flattened form (parsed by the server function).
    pub listing_id: String,
    pub check_in: String,
    pub check_out: String,
    #[serde(default)]
    pub adults: Option<String>,
    #[serde(default)]
    pub children: Option<String>,
    #[serde(default)]
    pub infants: Option<String>,
    #[serde(default)]
    pub pets: Option<String>,
    #[serde(default)]
    pub special_requests: Option<String>,
    /// The attempt's idempotency key: a retry of the same form books once.
    #[serde(default)]
    pub attempt: String,
}

/// One change in a booking's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingChange {
    /// Absent for the booking's creation.
    pub from: Option<BookingStatus>,
    pub to: BookingStatus,
    pub by: Party,
    pub reason: String,
    /// RFC 3339.
    pub at: String,
}

impl BookingChange {
    /// The reason as the page shows it: Haven's own in the reader's language, a person's
    /// as they wrote it.
    pub fn reason_text(&self) -> String {
        RecordedReason::ALL
            .into_iter()
            .find(|r| r.stored() == self.reason)
            .map_or_else(|| self.reason.clone(), RecordedReason::text)
    }
}

/// A booking, as its guest and its host see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Booking {
    pub id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    pub listing_city: String,
    pub cover_url: Option<String>,
    pub guest_id: String,
    pub guest_name: String,
    pub host_id: String,
    pub host_name: String,
    /// The host's e-mail address, once the stay is confirmed (for the guest only).
    pub host_contact: Option<String>,
    pub check_in: String,
    pub check_out: String,
    pub nights: i32,
    /// Adults and children.
    pub guest_count: i32,
    pub adults: i32,
    pub children: i32,
    pub infants: i32,
    pub pets: i32,
    pub status: BookingStatus,
    pub special_requests: String,
    pub total_price: Money,
    /// The price as booked, line by line; they add up to `total_price`.
    pub price_breakdown: Vec<QuoteLine>,
    pub cancellation_policy: String,
    /// What was refunded (after a cancellation).
    pub refunded: Option<Money>,
    pub cancellation_reason: Option<String>,
    /// A pending request's deadline for the host (RFC 3339).
    pub expires_at: Option<String>,
    /// The caller's side of this booking.
    pub viewer: Party,
    pub created_at: String,
    pub history: Vec<BookingChange>,
}

impl Booking {
    /// Whether the caller may cancel it now (the server decides again when they do).
    pub fn can_cancel(&self) -> bool {
        transition(self.status, Action::Cancel, self.viewer).is_ok()
    }

    pub fn can_answer(&self) -> bool {
        transition(self.status, Action::Accept, self.viewer).is_ok()
    }

    /// The code the guest quotes at check-in, "HV-XXXX-XXXX".
    pub fn confirmation_code(&self) -> String {
        confirmation_code(self.id)
    }
}

/// A booking's confirmation code: its id scrambled by an odd multiplier modulo 2⁴⁰ (a
/// bijection, so two bookings never share a code, and codes do not reveal how many
/// bookings there are), in Crockford's base 32 (no I, L, O or U to misread).
pub fn confirmation_code(id: i64) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const MASK: u64 = (1 << 40) - 1;
    let mixed = (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) & MASK;
    let digits: String = (0..8)
        .rev()
        .map(|i| ALPHABET[((mixed >> (i * 5)) & 31) as usize] as char)
        .collect();
    format!("HV-{}-{}", &digits[..4], &digits[4..])
}

/// What a cancellation would give back, before the caller confirms it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RefundPreview {
    pub booking_id: i64,
    pub refund: Money,
    pub kept: Money,
    /// The rule that applies, in words.
    pub rule: String,
}

/// One in-app notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub booking_id: Option<i64>,
    pub title: String,
    pub body: String,
    pub created_at: String,
    pub read: bool,
}

/// A page of notifications and how many are unread.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NotificationFeed {
    pub unread: i64,
    pub items: Vec<Notification>,
}

/// Changes to a listing's calendar (`PUT /api/v1/listings/{id}/calendar`), applied in order
/// and all or none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarUpdate {
    pub changes: Vec<CalendarChange>,
}

/// One change over the nights `[from, to)`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CalendarChange {
    /// `YYYY-MM-DD`, the first night.
    pub from: String,
    /// `YYYY-MM-DD`, the morning after the last night.
    pub to: String,
    /// `true` blocks the nights, `false` opens them again; absent leaves them.
    #[serde(default)]
    pub blocked: Option<bool>,
    /// A price for each of these nights, in the listing's minor units.
    #[serde(default)]
    pub price_minor: Option<i64>,
    /// Drops the nights' own prices (the base and weekend prices apply again).
    #[serde(default)]
    pub reset_price: bool,
}

/// One night of a host's calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostNight {
    pub date: String,
    pub price: Money,
    /// The host set this night's price.
    pub custom_price: bool,
    pub blocked: bool,
    /// The booking holding this night (its stay or its preparation time).
    pub booking_id: Option<i64>,
}

/// A listing's calendar as its host manages it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostCalendar {
    pub listing_id: i64,
    pub nights: Vec<HostNight>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn confirmation_codes_are_distinct_and_readable() {
        let codes: std::collections::HashSet<String> =
            (1..=20_000).map(super::confirmation_code).collect();
        assert_eq!(codes.len(), 20_000);
        let code = super::confirmation_code(1);
        assert_eq!(code, super::confirmation_code(1));
        assert_eq!(code.len(), "HV-XXXX-XXXX".len());
        assert!(
            code[3..]
                .chars()
                .all(|c| c == '-' || "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c))
        );
        // Neighbouring bookings do not get neighbouring codes.
        assert_ne!(code[..7], super::confirmation_code(2)[..7]);
    }

    use super::*;
    use Action::*;
    use BookingStatus::*;
    use Party::*;

    /// Every (status, action, party) triple, against the table written out by hand.
    #[test]
    fn every_transition_by_every_party() {
        let allowed = [
            (Pending, Accept, Host, Confirmed),
            (Pending, Decline, Host, Declined),
            (Pending, Expire, System, Expired),
            (Pending, Cancel, Guest, Cancelled),
            (Confirmed, Cancel, Guest, Cancelled),
            (Confirmed, Cancel, Host, Cancelled),
            (Confirmed, Complete, System, Completed),
        ];
        let mut checked = 0;
        for status in BookingStatus::ALL {
            for action in Action::ALL {
                for party in [Guest, Host, System] {
                    let expected = allowed
                        .iter()
                        .find(|(s, a, p, _)| (*s, *a, *p) == (status, action, party))
                        .map(|(_, _, _, to)| *to);
                    let got = transition(status, action, party);
                    match expected {
                        Some(to) => assert_eq!(got, Ok(to), "{status:?} {action:?} {party:?}"),
                        None => assert!(got.is_err(), "{status:?} {action:?} by {party:?}"),
                    }
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 6 * 5 * 3);
    }

    #[test]
    fn the_wrong_party_is_told_so_before_the_status_is_judged() {
        assert_eq!(transition(Pending, Accept, Guest), Err(Refusal::NotYours));
        assert_eq!(transition(Cancelled, Accept, Guest), Err(Refusal::NotYours));
        assert_eq!(transition(Pending, Complete, Host), Err(Refusal::NotYours));
        assert_eq!(transition(Pending, Cancel, Host), Err(Refusal::NotYours));
        assert_eq!(transition(Cancelled, Accept, Host), Err(Refusal::NotNow));
        assert_eq!(transition(Completed, Cancel, Guest), Err(Refusal::NotNow));
        assert_eq!(transition(Declined, Cancel, Guest), Err(Refusal::NotNow));
    }

    #[test]
    fn only_pending_and_confirmed_hold_nights() {
        let holding: Vec<_> = BookingStatus::ALL
            .into_iter()
            .filter(|s| s.holds_nights())
            .collect();
        assert_eq!(holding, [Pending, Confirmed]);
        for s in BookingStatus::ALL {
            assert_eq!(BookingStatus::parse(s.as_str()), Some(s));
        }
    }
}
