//! A host's payouts on the wire: what was paid, what is scheduled, and what confirmed stays
//! will bring. The rules (when a share is released, how payouts are gathered):
//! `server::payouts`.

use super::Money;
use serde::{Deserialize, Serialize};

/// Where a payout stands. The only move is `scheduled` → `paid`, made by the payout rail
/// once the release time has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PayoutStatus {
    Scheduled,
    Paid,
}

impl PayoutStatus {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "scheduled" => Some(Self::Scheduled),
            "paid" => Some(Self::Paid),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Paid => "paid",
        }
    }

    /// "Scheduled", "Paid": as the dashboard shows it, in the page's language.
    pub fn label(self) -> String {
        match self {
            Self::Scheduled => crate::tr!("booking-payout-scheduled"),
            Self::Paid => crate::tr!("booking-payout-paid"),
        }
    }
}

/// One stay's share in a payout (or expected in one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PayoutStay {
    pub booking_id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    /// `YYYY-MM-DD`, the listing's local date.
    #[cfg_attr(feature = "ssr", schema(example = "2026-11-29"))]
    pub check_in: String,
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-03"))]
    pub check_out: String,
    /// `confirmed` (upcoming), `completed`, or `cancelled` (what the host kept).
    #[cfg_attr(feature = "ssr", schema(example = "completed"))]
    pub booking_status: String,
    /// The host's share of the stay, after Haven's host fee.
    pub amount: Money,
}

/// A payout: one transfer to a host in one currency, of the shares it gathers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Payout {
    pub id: i64,
    pub status: PayoutStatus,
    /// The sum of its stays' amounts.
    pub amount: Money,
    /// When it is (or was) due to be sent, RFC 3339.
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-05T00:00:00Z"))]
    pub release_at: String,
    /// When the payout rail confirmed it, RFC 3339 (paid payouts only).
    pub paid_at: Option<String>,
    /// The rail's reference (paid payouts only): `offline-…` from the offline rail.
    pub reference: Option<String>,
    pub stays: Vec<PayoutStay>,
}

/// Shares not in a payout yet, by the time they are expected to be released: confirmed
/// stays (their expected share) and shares settled moments ago that the scheduler has not
/// gathered yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UpcomingPayout {
    /// The expected release, RFC 3339 (the rule applied to the check-out day).
    #[cfg_attr(feature = "ssr", schema(example = "2026-12-24T00:00:00Z"))]
    pub release_at: String,
    pub amount: Money,
    pub stays: Vec<PayoutStay>,
}

/// All of a host's payouts in one currency, whatever page is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PayoutTotals {
    pub paid: Money,
    pub scheduled: Money,
    pub upcoming: Money,
}

/// The host's payouts: totals per currency, every scheduled payout, a page of paid ones
/// (newest first) and the next upcoming releases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostPayouts {
    /// One entry per currency the host has been or will be paid in.
    pub totals: Vec<PayoutTotals>,
    /// Scheduled payouts, soonest first.
    pub scheduled: Vec<Payout>,
    /// Paid payouts, newest first: at most `limit`, before `before` when it was given.
    pub paid: Vec<Payout>,
    /// The `before` that asks for the next page of paid payouts; none on the last page.
    pub next_before: Option<i64>,
    /// The next `limit` expected releases, soonest first.
    pub upcoming: Vec<UpcomingPayout>,
    /// Whether more expected releases follow the ones listed (they count in `totals`).
    pub more_upcoming: bool,
}

/// What the caller asks for, as typed (a query string): parsed once on the server
/// (`server::payouts::PageQuery::parse`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutsQuery {
    pub before: Option<String>,
    pub limit: Option<String>,
}
