//! Hosts, listings and stays written straight into the database, and their settlement as
//! the booking engine writes it (`bookings::ledger::settle`: the `host_payout` entry, with
//! the split of `bookings::money::settle`).

use haven::server::bookings::money;
use sqlx::PgPool;
use time::macros::datetime;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

/// A time every test can call "now": a Monday, 10:00 UTC.
pub const NOW: OffsetDateTime = datetime!(2026-11-16 10:00 UTC);

/// A user (a host or a guest) with no password: signing in is not what these tests need.
pub async fn user(pool: &PgPool, email: &str) -> Uuid {
    sqlx::query_scalar("INSERT INTO users (email, display_name) VALUES ($1, 'P') RETURNING id")
        .bind(email)
        .fetch_one(pool)
        .await
        .expect("user")
}

/// A listing of `host`'s priced in `currency`, in time zone `zone`.
pub async fn listing(pool: &PgPool, host: Uuid, title: &str, currency: &str, zone: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO listings (host_id, title, description, property_type, address, city,
                              country, country_code, latitude, longitude,
                              price_per_night_minor, max_guests, bedrooms, beds, bathrooms,
                              currency, time_zone, created_at)
         VALUES ($1, $2, 'A flat.', 'apartment', '1 St', 'Porto', 'Portugal', 'PT',
                 41.1, -8.6, 10000, 2, 1, 1, 1, $3, $4, '2025-01-01')
         RETURNING id",
    )
    .bind(host)
    .bind(title)
    .bind(currency)
    .bind(zone)
    .fetch_one(pool)
    .await
    .expect("listing")
}

/// What a stay cost: total, Haven's guest fee, taxes, refund (minor units).
#[derive(Clone, Copy, Debug)]
pub struct Price {
    pub total: i64,
    pub fee: i64,
    pub taxes: i64,
    pub refund: i64,
}

impl Price {
    pub const fn plain(total: i64) -> Self {
        Self {
            total,
            fee: 0,
            taxes: 0,
            refund: 0,
        }
    }

    /// The host's share by the engine's split: the brute-force reference.
    pub fn host_share(self) -> i64 {
        money::settle(self.total, self.fee, self.taxes, self.refund).host_payout_minor
    }
}

/// A booking of `listing` by `guest` in `status`, in the listing's currency and zone.
pub async fn stay(
    pool: &PgPool,
    listing: i64,
    guest: Uuid,
    check_in: Date,
    nights: i64,
    status: &str,
    price: Price,
) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status,
                               currency, total_minor, service_fee_minor, taxes_minor,
                               refund_minor, time_zone, created_at)
         SELECT id, $2, $3, $3 + $4::int, 1, $5, currency, $6, $7, $8, $9, time_zone,
                '2026-01-01'
         FROM listings WHERE id = $1
         RETURNING id",
    )
    .bind(listing)
    .bind(guest)
    .bind(check_in)
    .bind(i32::try_from(nights).expect("nights"))
    .bind(status)
    .bind(price.total)
    .bind(price.fee)
    .bind(price.taxes)
    .bind(price.refund)
    .fetch_one(pool)
    .await
    .expect("stay")
}

/// The stay's settlement at `at`: its `host_payout` entry (none for a share of zero, as
/// the engine writes none). Returns the entry's amount.
pub async fn settle(pool: &PgPool, booking: i64, at: OffsetDateTime) -> i64 {
    let share: Option<i64> = sqlx::query_scalar(
        "INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
         SELECT id, 'host_payout', host_earnings_minor, currency, $2
         FROM bookings WHERE id = $1 AND host_earnings_minor > 0
         RETURNING amount_minor",
    )
    .bind(booking)
    .bind(at)
    .fetch_optional(pool)
    .await
    .expect("settle");
    share.unwrap_or(0)
}

/// `(id, host, currency, amount, status, release_at)` of every payout, by id.
pub async fn payouts(pool: &PgPool) -> Vec<(i64, Uuid, String, i64, String, OffsetDateTime)> {
    sqlx::query_as(
        "SELECT id, host_id, currency::text, amount_minor, status, release_at
         FROM payouts ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .expect("payouts")
}

/// How many payouts each ledger entry is in, for every `host_payout` entry.
pub async fn times_gathered(pool: &PgPool) -> Vec<i64> {
    sqlx::query_scalar(
        "SELECT count(i.payout_id) FROM ledger_entries le
         LEFT JOIN payout_items i ON i.ledger_entry_id = le.id
         WHERE le.kind = 'host_payout' GROUP BY le.id ORDER BY le.id",
    )
    .fetch_all(pool)
    .await
    .expect("items")
}

/// Whether every payout's amount is the sum of its items.
pub async fn amounts_add_up(pool: &PgPool) -> bool {
    sqlx::query_scalar(
        "SELECT bool_and(p.amount_minor = (SELECT COALESCE(sum(i.amount_minor), 0)
                                           FROM payout_items i WHERE i.payout_id = p.id))
         FROM payouts p",
    )
    .fetch_one(pool)
    .await
    .map(|b: Option<bool>| b.unwrap_or(true))
    .expect("sums")
}
