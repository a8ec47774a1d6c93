//! The owner's dashboard on the wire: a host's figures for a period, compared with the
//! period before and the same period a year earlier. Definitions: `server::analytics`.

use super::Money;
use serde::{Deserialize, Serialize};

/// How a series is bucketed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    #[default]
    Week,
    Month,
}

impl Granularity {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "day" => Some(Self::Day),
            "week" => Some(Self::Week),
            "month" => Some(Self::Month),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
        }
    }
}

/// A run of nights: `from` to `to`, both included (listing-local dates, `YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DateSpan {
    #[cfg_attr(feature = "ssr", schema(example = "2026-11-01"))]
    pub from: String,
    #[cfg_attr(feature = "ssr", schema(example = "2026-11-30"))]
    pub to: String,
}

/// A host's figures over one period, amounts in the host's currency. A ratio is `None`
/// when its denominator is zero (nothing to divide).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Figures {
    pub span: DateSpan,
    /// Nights of confirmed and completed stays inside the period.
    pub booked_nights: i64,
    /// Nights the listings existed in the period, less the nights the host blocked.
    pub open_nights: i64,
    /// Booked nights ÷ open nights, 0 to 1.
    pub occupancy: Option<f64>,
    /// Average daily rate: stay revenue ÷ booked nights.
    pub adr: Option<Money>,
    /// Revenue per available night: stay revenue ÷ open nights.
    pub revpar: Option<Money>,
    /// What guests paid for the stays' nights (and cleaning), less refunds, taxes and
    /// Haven's guest fee; a cancelled stay counts what the host kept.
    pub revenue: Money,
    /// Everything guests paid for those nights (fees and taxes included), less refunds.
    pub gross_booking_value: Money,
    /// The host's share after Haven's host fee.
    pub earnings: Money,
    /// Confirmed and completed stays that check in within the period.
    pub stays: i64,
    /// Their average length, in nights.
    pub average_stay_nights: Option<f64>,
    /// Their average lead time: days from booking to check-in.
    pub average_lead_days: Option<f64>,
    /// Stays checking in within the period that were cancelled.
    pub cancelled: i64,
    /// Cancelled ÷ (stays + cancelled).
    pub cancellation_rate: Option<f64>,
    /// Booking requests made in the period that the host answered or let expire (not
    /// those the guest withdrew, nor those still waiting).
    pub requests: i64,
    /// Accepted ÷ requests.
    pub acceptance_rate: Option<f64>,
    /// Median time from request to the host's answer (accept or decline), in seconds.
    pub median_answer_secs: Option<i64>,
    /// Listing page views (not the host's own, not known bots).
    pub views: i64,
    /// Bookings and requests made in the period ÷ views.
    pub conversion: Option<f64>,
}

/// One bucket of a series (a day, a week from Monday, or a month, cut to the period).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Point {
    pub span: DateSpan,
    pub booked_nights: i64,
    pub open_nights: i64,
    pub occupancy: Option<f64>,
    pub revenue: Money,
    pub earnings: Money,
    pub views: i64,
}

/// Stays by lead time: `from_days` to `to_days` (excluded; `None`: and more).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LeadBin {
    pub from_days: i64,
    pub to_days: Option<i64>,
    pub stays: i64,
}

/// A calendar month's earnings (of the year the period ends in) against the same month a
/// year earlier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MonthEarnings {
    /// `YYYY-MM`.
    #[cfg_attr(feature = "ssr", schema(example = "2026-08"))]
    pub month: String,
    pub earnings: Money,
    pub year_earlier: Money,
}

/// One listing's figures over the period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ListingFigures {
    pub listing_id: i64,
    pub title: String,
    pub figures: Figures,
}

/// The dashboard's figures: the period, the two it is compared with, the series, the
/// lead-time histogram and each listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Report {
    /// The currency of every amount: the host's.
    pub currency: super::Currency,
    /// Only this listing's figures, when one was chosen.
    pub listing_id: Option<i64>,
    /// The host's local date when the report was made, `YYYY-MM-DD`.
    pub today: String,
    pub granularity: Granularity,
    pub current: Figures,
    /// The same number of nights just before.
    pub previous: Figures,
    /// The same dates a year earlier.
    pub year_earlier: Figures,
    /// The period in buckets of `granularity`.
    pub series: Vec<Point>,
    /// The year-earlier period in the same buckets.
    pub series_year_earlier: Vec<Point>,
    pub lead_time: Vec<LeadBin>,
    /// January to December of the year the period ends in, against the year before,
    /// whatever the granularity.
    pub earnings_by_month: Vec<MonthEarnings>,
    /// Every listing (of the choice), by title.
    pub listings: Vec<ListingFigures>,
}

/// What the dashboard asks for, as typed (a query string): parsed once on the server
/// (`server::analytics::parse`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportQuery {
    pub period: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub listing_id: Option<String>,
    pub granularity: Option<String>,
}
