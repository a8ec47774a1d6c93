//! The dashboard's "Today" panel on the wire: who arrives and leaves today and tomorrow,
//! who stays tonight, the requests waiting for an answer, unread conversations and the
//! reviews the host still owes. Each list holds at most [`TODAY_CAP`] items and the
//! total, so a host with two hundred homes gets a small page. Definitions:
//! `server::analytics::today`.

use serde::{Deserialize, Serialize};

/// The most items a list of the panel carries; `total` says how many there are.
pub const TODAY_CAP: i64 = 20;

/// A confirmed stay, as the panel lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct TodayStay {
    pub booking_id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    pub guest_name: String,
    /// `YYYY-MM-DD`, the listing's local date.
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-07"))]
    pub check_in: String,
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-10"))]
    pub check_out: String,
    /// Adults and children (infants and pets are not counted).
    pub guests: i32,
}

/// Stays of one kind: the first [`TODAY_CAP`] and how many there are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StayList {
    pub items: Vec<TodayStay>,
    pub total: i64,
}

/// A booking request waiting for the host's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WaitingRequest {
    pub booking_id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    pub guest_name: String,
    pub check_in: String,
    pub check_out: String,
    pub guests: i32,
    /// When the request expires unanswered (RFC 3339): the booking's deadline, the one
    /// the sweep expires it at.
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-08T09:30:00Z"))]
    pub expires_at: String,
    /// Seconds from now to `expires_at` (always more than zero).
    pub seconds_left: i64,
}

/// Requests waiting, soonest deadline first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RequestList {
    pub items: Vec<WaitingRequest>,
    pub total: i64,
}

/// A completed stay whose guest the host has not reviewed yet, while the window is open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReviewDue {
    pub booking_id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    pub guest_name: String,
    pub check_out: String,
    /// The last day a review can be written (`YYYY-MM-DD`, the stay's local date).
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-21"))]
    pub closes_on: String,
    /// Whole days from today to `closes_on`: 0 on the last day.
    pub days_left: i64,
}

/// Reviews due, the one closing first first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ReviewList {
    pub items: Vec<ReviewDue>,
    pub total: i64,
}

/// A host's day. "Today" and "tomorrow" are each listing's local dates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Today {
    /// Confirmed stays checking in today.
    pub arrivals_today: StayList,
    pub arrivals_tomorrow: StayList,
    /// Stays checking out today (confirmed, or already completed this morning).
    pub departures_today: StayList,
    pub departures_tomorrow: StayList,
    /// Confirmed stays that include tonight: checked in today or before, leaving after
    /// today (today's arrivals are here too; today's departures are not).
    pub staying_tonight: StayList,
    pub requests: RequestList,
    /// Conversations with messages the host has not read (the header's count).
    pub unread_conversations: i64,
    pub reviews_due: ReviewList,
}
