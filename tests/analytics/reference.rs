//! The dashboard's definitions again, in plain Rust over the generated history, night by
//! night: the reference the SQL must agree with.

use super::history::{Booking, Flow, History};
use haven::server::bookings::money::settle;
use time::{Date, Duration};

/// The figures the property test compares (amounts in minor units, rounded once).
#[derive(Debug, PartialEq)]
pub struct Expected {
    pub booked_nights: i64,
    pub open_nights: i64,
    pub revenue: i64,
    pub earnings: i64,
    pub gbv: i64,
    pub stays: i64,
    pub cancelled: i64,
    pub requests: i64,
    pub accepted: i64,
    pub views: i64,
    pub made: i64,
}

fn rate(b: &Booking, currency: &str) -> f64 {
    match currency {
        "EUR" => b.eur,
        "GBP" => b.gbp,
        _ => 1.0,
    }
}

fn local_date(h: &History, listing: usize, at: time::OffsetDateTime) -> Date {
    (at + Duration::hours(h.listings[listing].zone.1)).date()
}

/// The figures of the host's listings (or only `only`) over nights `from..to`.
pub fn expected(h: &History, only: Option<usize>, from: Date, to: Date) -> Expected {
    let mine = |l: usize| l < 2 && only.is_none_or(|o| o == l);
    let nights = |a: Date, b: Date| -> Vec<Date> {
        let mut out = Vec::new();
        let mut d = a;
        while d < b {
            out.push(d);
            d += Duration::days(1);
        }
        out
    };
    let period = nights(from, to);

    let mut open = 0;
    for l in (0..2).filter(|l| mine(*l)) {
        let opened = local_date(h, l, h.listings[l].created_at);
        for d in &period {
            let blocked = h
                .blocks
                .iter()
                .any(|(bl, f, n)| *bl == l && *d >= *f && *d < *f + Duration::days(*n));
            if *d >= opened && !blocked {
                open += 1;
            }
        }
    }

    let (mut booked, mut revenue, mut earnings, mut gbv) = (0, 0.0, 0.0, 0.0);
    let (mut stays, mut cancelled, mut requests, mut accepted, mut made) = (0, 0, 0, 0, 0);
    for b in h.bookings.iter().filter(|b| mine(b.listing)) {
        let status = b.status();
        let counted = matches!(status, "confirmed" | "cancelled");
        let inside = nights(b.check_in, b.check_out())
            .iter()
            .filter(|d| **d >= from && **d < to)
            .count() as i64;
        if counted {
            let currency = h.listings[b.listing].currency;
            let fx = rate(b, h.host_currency) / rate(b, currency);
            let s = settle(b.total, b.fee, b.taxes, b.refund());
            let host_gross = host_gross(b) as f64;
            let share = inside as f64 / b.nights as f64;
            revenue += host_gross * fx * share;
            earnings += s.host_payout_minor as f64 * fx * share;
            gbv += (b.total - b.refund()) as f64 * fx * share;
            if status == "confirmed" {
                booked += inside;
            }
            if b.check_in >= from && b.check_in < to {
                if status == "confirmed" {
                    stays += 1;
                } else {
                    cancelled += 1;
                }
            }
        }
        let made_on = local_date(h, b.listing, b.created_at);
        if made_on >= from && made_on < to {
            made += 1;
            match b.flow {
                Flow::Accepted(_) => {
                    requests += 1;
                    accepted += 1;
                }
                Flow::Declined(_) | Flow::Expired(_) => requests += 1,
                _ => {}
            }
        }
    }
    let views = h
        .views
        .iter()
        .filter(|(l, d, _)| mine(*l) && *d >= from && *d < to)
        .map(|(_, _, v)| i64::from(*v))
        .sum();
    Expected {
        booked_nights: booked,
        open_nights: open,
        revenue: revenue.round() as i64,
        earnings: earnings.round() as i64,
        gbv: gbv.round() as i64,
        stays,
        cancelled,
        requests,
        accepted,
        views,
        made,
    }
}

/// The stay's revenue the host kept: the stay (the total less the guest fee) less its
/// share of the refund, less the taxes kept (`settle`'s).
fn host_gross(b: &Booking) -> i64 {
    let stay_total = b.total - b.fee;
    let stay_kept = stay_total - b.refund().min(stay_total);
    stay_kept - settle(b.total, b.fee, b.taxes, b.refund()).taxes_minor
}
