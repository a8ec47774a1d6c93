//! Random booking histories for the property test: two listings of one host (two
//! currencies, two time zones, one opened within the data), blocked nights, stays that
//! cross any edge, cancellations with refunds, requests answered, declined, expired or
//! withdrawn, rates that differ per booking, and page views; plus a listing of another
//! host whose figures must never leak in.

use proptest::prelude::*;
use time::{Date, Duration, OffsetDateTime, macros::datetime};

/// Day 0 of every history.
pub fn base() -> Date {
    time::macros::date!(2025 - 01 - 01)
}

/// A listing: its currency, a fixed-offset zone (name and hours east of UTC) and when it
/// was created.
#[derive(Clone, Debug)]
pub struct Listing {
    pub currency: &'static str,
    pub zone: (&'static str, i64),
    pub created_at: OffsetDateTime,
}

/// How a booking came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Instant,
    /// A request, and what happened to it after this many seconds.
    Accepted(i64),
    Declined(i64),
    Expired(i64),
    Withdrawn(i64),
    Waiting,
}

#[derive(Clone, Debug)]
pub struct Booking {
    /// 0 and 1: the host's listings; 2: the other host's.
    pub listing: usize,
    pub check_in: Date,
    pub nights: i64,
    pub flow: Flow,
    /// For a stay that went ahead: cancelled later (with this refund) or not.
    pub cancelled_refund: Option<i64>,
    pub total: i64,
    pub fee: i64,
    pub taxes: i64,
    /// Units per US dollar of EUR and GBP when it was booked.
    pub eur: f64,
    pub gbp: f64,
    pub created_at: OffsetDateTime,
}

impl Booking {
    pub fn status(&self) -> &'static str {
        match self.flow {
            Flow::Declined(_) => "declined",
            Flow::Expired(_) => "expired",
            Flow::Withdrawn(_) => "cancelled",
            Flow::Waiting => "pending",
            Flow::Instant | Flow::Accepted(_) => match self.cancelled_refund {
                Some(_) => "cancelled",
                None => "confirmed",
            },
        }
    }

    pub fn refund(&self) -> i64 {
        match self.flow {
            Flow::Withdrawn(_) => self.total,
            _ => self.cancelled_refund.unwrap_or(0),
        }
    }

    pub fn check_out(&self) -> Date {
        self.check_in + Duration::days(self.nights)
    }
}

#[derive(Clone, Debug)]
pub struct History {
    pub host_currency: &'static str,
    pub listings: Vec<Listing>,
    pub bookings: Vec<Booking>,
    /// (listing, first night, nights): disjoint per listing.
    pub blocks: Vec<(usize, Date, i64)>,
    /// (listing, day, views).
    pub views: Vec<(usize, Date, i32)>,
    /// Periods asked about: (first night, nights).
    pub periods: Vec<(Date, i64)>,
}

fn day(max: i64) -> impl Strategy<Value = Date> {
    (0..max).prop_map(|d| base() + Duration::days(d))
}

fn flow() -> impl Strategy<Value = Flow> {
    let secs = 60i64..200_000;
    prop_oneof![
        3 => Just(Flow::Instant),
        4 => secs.clone().prop_map(Flow::Accepted),
        1 => secs.clone().prop_map(Flow::Declined),
        1 => Just(Flow::Expired(86_400)),
        1 => secs.prop_map(Flow::Withdrawn),
        1 => Just(Flow::Waiting),
    ]
}

fn booking() -> impl Strategy<Value = Booking> {
    (
        (0usize..3, day(500), 1i64..30, flow()),
        (
            prop::option::weighted(0.25, 0.0f64..=1.0),
            1_000i64..2_000_000,
            0.0f64..0.2,
            0.0f64..0.15,
        ),
        (0.7f64..1.1, 0.6f64..0.95, 0i64..200 * 86_400),
    )
        .prop_map(
            |((listing, check_in, nights, flow), (refund, total, fee, taxes), (eur, gbp, lead))| {
                let fee = (total as f64 * fee) as i64;
                let taxes = ((total - fee) as f64 * taxes) as i64;
                let at = check_in.midnight().assume_utc() - Duration::seconds(lead);
                Booking {
                    listing,
                    check_in,
                    nights,
                    flow,
                    cancelled_refund: refund.map(|r| (total as f64 * r) as i64),
                    total,
                    fee,
                    taxes,
                    eur,
                    gbp,
                    created_at: at,
                }
            },
        )
}

pub fn history() -> impl Strategy<Value = History> {
    (
        prop::sample::select(vec!["USD", "EUR", "GBP"]),
        prop::sample::select(vec!["USD", "EUR", "GBP"]),
        0i64..300 * 86_400,
        prop::collection::vec(booking(), 0..40),
        prop::collection::vec((0usize..2, 1i64..20, 0i64..15), 0..12),
        prop::collection::vec((0usize..3, day(520), 1i32..500), 0..30),
        prop::collection::vec((day(540), 1i64..400), 1..4),
    )
        .prop_map(
            |(host_currency, second, opened, bookings, gaps, views, periods)| {
                let listings = vec![
                    Listing {
                        currency: "EUR",
                        zone: ("Asia/Tokyo", 9),
                        created_at: datetime!(2024-06-01 0:00 UTC),
                    },
                    Listing {
                        currency: second,
                        zone: ("Etc/GMT+5", -5),
                        // Opened within the data: earlier nights are not open.
                        created_at: base().midnight().assume_utc() + Duration::seconds(opened),
                    },
                    Listing {
                        currency: "USD",
                        zone: ("UTC", 0),
                        created_at: datetime!(2024-06-01 0:00 UTC),
                    },
                ];
                // Blocks walk forward per listing, so they never overlap.
                let mut next = [base(), base()];
                let mut blocks = Vec::new();
                for (listing, gap, nights) in gaps {
                    let from = next[listing] + Duration::days(gap);
                    if nights > 0 {
                        blocks.push((listing, from, nights));
                    }
                    next[listing] = from + Duration::days(nights.max(0));
                }
                History {
                    host_currency,
                    listings,
                    bookings,
                    blocks,
                    views,
                    periods,
                }
            },
        )
}
