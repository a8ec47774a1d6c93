//! The dashboard's CSV exports (`GET /api/v1/host/reservations.csv`, `earnings.csv`):
//! a constructed host whose stays cross every edge of November 2026, with hostile listing
//! titles and guest names, checked row by row against what this file works out from the
//! stays it inserted; the earnings column against the dashboard's figure (here and over
//! random histories); and the refusals.

mod earnings;
mod reservations;

use crate::common::{self, TestDb, accounts::signed_up};
use axum::Router;
use time::macros::{date, datetime};
use time::{Date, Duration};
use uuid::Uuid;

/// The period every test here asks about: November 2026.
pub const NOVEMBER: &str = "from=2026-11-01&to=2026-11-30";
pub const FIRST: Date = date!(2026 - 11 - 01);
/// The night after the last one.
pub const END: Date = date!(2026 - 12 - 01);
/// Units per US dollar of every booking: EUR at 0.8, so a USD stay converts exactly.
pub const EUR_PER_USD: f64 = 0.8;

/// A listing: (title, currency, time zone, local "booked at" of every stay, whose).
pub const LISTINGS: [(&str, &str, &str, &str, bool); 4] = [
    (
        "Porto riverside loft",
        "EUR",
        "UTC",
        "2026-10-01 12:34",
        true,
    ),
    (
        "Loft \"Ribeira\", river view\nsecond floor",
        "USD",
        "America/New_York",
        "2026-10-01 08:34",
        true,
    ),
    (
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "EUR",
        "UTC",
        "2026-10-01 12:34",
        true,
    ),
    (
        "Omar's flat in Lisbon",
        "EUR",
        "UTC",
        "2026-10-01 12:34",
        false,
    ),
];

/// Guests' display names, each starting as a spreadsheet formula would (but the first).
pub const GUESTS: [&str; 5] = ["Zoë", "+44 7700 900123", "-Dash", "@handle", "=1+2"];

/// A stay as inserted, and what the tests expect of it.
#[derive(Clone, Debug)]
pub struct Stay {
    pub id: i64,
    pub listing: usize,
    pub guest: usize,
    pub check_in: Date,
    pub nights: i64,
    pub status: &'static str,
    pub total: i64,
    pub fee: i64,
    pub taxes: i64,
    pub refund: i64,
}

impl Stay {
    pub fn check_out(&self) -> Date {
        self.check_in + Duration::days(self.nights)
    }
    pub fn inside(&self) -> i64 {
        (self.check_out().min(END) - self.check_in.max(FIRST)).whole_days()
    }
    /// In November and on one of Hana's listings: in both files (if it earned).
    pub fn exported(&self) -> bool {
        LISTINGS[self.listing].4 && self.check_in < END && self.check_out() > FIRST
    }
    pub fn earns(&self) -> bool {
        matches!(self.status, "confirmed" | "completed" | "cancelled")
    }
    /// Into Hana's EUR at the booking's rate.
    pub fn rate(&self) -> f64 {
        if LISTINGS[self.listing].1 == "USD" {
            EUR_PER_USD
        } else {
            1.0
        }
    }
    /// What the host kept of the stay, less its taxes (`settle`'s split, as
    /// `the_stored_split_is_the_booking_engines` reads it).
    pub fn revenue(&self) -> i64 {
        let stay = self.total - self.fee;
        let s =
            haven::server::bookings::money::settle(self.total, self.fee, self.taxes, self.refund);
        stay - self.refund.min(stay) - s.taxes_minor
    }
    pub fn payout(&self) -> i64 {
        haven::server::bookings::money::settle(self.total, self.fee, self.taxes, self.refund)
            .host_payout_minor
    }
}

/// (listing, guest, check-in, nights, status, total, guest fee, taxes, refund)
type Row = (usize, usize, Date, i64, &'static str, i64, i64, i64, i64);
// One stay a line reads better than rustfmt's nine lines each.
#[rustfmt::skip]
const STAYS: [Row; 11] = [
    // Crosses the start: one night (1 November) inside.
    (0, 0, date!(2026 - 10 - 29), 4, "confirmed", 40_001, 3_000, 1_000, 0),
    (0, 0, date!(2026 - 11 - 05), 2, "declined", 20_000, 1_500, 500, 0),
    (1, 1, date!(2026 - 11 - 06), 2, "expired", 21_000, 1_500, 500, 0),
    (0, 1, date!(2026 - 11 - 10), 4, "completed", 50_000, 4_000, 2_000, 0),
    (1, 2, date!(2026 - 11 - 15), 3, "confirmed", 30_000, 2_000, 900, 0),
    (2, 3, date!(2026 - 11 - 20), 3, "cancelled", 36_000, 3_000, 1_500, 18_000),
    (0, 4, date!(2026 - 11 - 25), 2, "pending", 20_000, 1_500, 500, 0),
    // Crosses the end: two nights (29 and 30 November) inside.
    (0, 1, date!(2026 - 11 - 29), 3, "confirmed", 30_001, 2_000, 700, 0),
    // Checks out on the first day, checks in the day after the last: not in November.
    (1, 2, date!(2026 - 10 - 25), 7, "completed", 70_000, 5_000, 2_000, 0),
    (2, 3, date!(2026 - 12 - 01), 3, "confirmed", 30_000, 2_000, 700, 0),
    // Omar's listing: never in Hana's files.
    (3, 0, date!(2026 - 11 - 12), 2, "confirmed", 20_000, 1_500, 500, 0),
];

/// Hana (EUR) hosts three listings, Omar one; the stays above, all booked on
/// 1 October 2026 at 12:34 UTC.
pub struct Fixture {
    pub _db: TestDb,
    pub app: Router,
    pub hana: String,
    pub omar: String,
    pub listings: Vec<i64>,
    pub stays: Vec<Stay>,
}

pub async fn fixture() -> Fixture {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    let hana = signed_up(&app, "hana@example.com", "Hana").await;
    let omar = signed_up(&app, "omar@example.com", "Omar").await;
    sqlx::query("UPDATE users SET preferred_currency = 'EUR' WHERE email = 'hana@example.com'")
        .execute(&pool)
        .await
        .expect("currency");
    let mut listings = Vec::new();
    for (title, currency, zone, _, hanas) in LISTINGS {
        let host = if hanas { "hana" } else { "omar" };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO listings (host_id, title, description, property_type, address, city,
                                  country, country_code, latitude, longitude,
                                  price_per_night_minor, max_guests, bedrooms, beds, bathrooms,
                                  currency, time_zone, created_at)
             SELECT id, $2, 'A flat.', 'apartment', '1 St', 'Porto', 'Portugal', 'PT',
                    41.1, -8.6, 10000, 4, 1, 1, 1, $3, $4, '2026-01-01'
             FROM users WHERE email = $1 || '@example.com' RETURNING id",
        )
        .bind(host)
        .bind(title)
        .bind(currency)
        .bind(zone)
        .fetch_one(&pool)
        .await
        .expect("listing");
        listings.push(id);
    }
    let mut guests = Vec::new();
    for (i, name) in GUESTS.iter().enumerate() {
        let id: Uuid = sqlx::query_scalar(
            "INSERT INTO users (email, display_name) VALUES ($1, $2) RETURNING id",
        )
        .bind(format!("guest{i}@example.com"))
        .bind(*name)
        .fetch_one(&pool)
        .await
        .expect("guest");
        guests.push(id);
    }
    let mut stays = Vec::new();
    for (listing, guest, check_in, nights, status, total, fee, taxes, refund) in STAYS {
        let (_, currency, zone, _, _) = LISTINGS[listing];
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, children,
                                   status, currency, total_minor, service_fee_minor,
                                   taxes_minor, refund_minor, time_zone, created_at, fx_rates)
             VALUES ($1, $2, $3, $4, 2, 1, $5, $6, $7, $8, $9, $10, $11, $12,
                     jsonb_build_object('USD', 1, 'EUR', $13::float8, 'GBP', 0.7))
             RETURNING id",
        )
        .bind(listings[listing])
        .bind(guests[guest])
        .bind(check_in)
        .bind(check_in + Duration::days(nights))
        .bind(status)
        .bind(currency)
        .bind(total)
        .bind(fee)
        .bind(taxes)
        .bind(refund)
        .bind(zone)
        .bind(datetime!(2026 - 10 - 01 12:34 UTC))
        .bind(EUR_PER_USD)
        .fetch_one(&pool)
        .await
        .expect("booking");
        stays.push(Stay {
            id,
            listing,
            guest,
            check_in,
            nights,
            status,
            total,
            fee,
            taxes,
            refund,
        });
    }
    Fixture {
        _db: t,
        app,
        hana,
        omar,
        listings,
        stays,
    }
}

/// The stays in a file, in its order: check-in, then id.
pub fn exported(stays: &[Stay], earning_only: bool) -> Vec<Stay> {
    let mut out: Vec<Stay> = stays
        .iter()
        .filter(|s| s.exported() && (!earning_only || s.earns()))
        .cloned()
        .collect();
    out.sort_by_key(|s| (s.check_in, s.id));
    out
}

/// The rows of a CSV file, header first, read by the `csv` crate (RFC 4180).
pub fn rows(body: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

/// Minor units as the file writes them: "400.01".
pub fn cents(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", minor.abs() / 100, minor.abs() % 100)
}

/// A decimal cell back into minor units.
pub fn minor(cell: &str) -> i64 {
    let (sign, digits) = cell.strip_prefix('-').map_or((1, cell), |rest| (-1, rest));
    let (whole, frac) = digits.split_once('.').expect("two decimals");
    assert_eq!(frac.len(), 2, "{cell}");
    sign * (whole.parse::<i64>().expect("whole") * 100 + frac.parse::<i64>().expect("cents"))
}

/// What a spreadsheet must be shown of a text cell: OWASP's triggers behind an apostrophe.
pub fn shown(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}
