//! The dashboard's "Today" panel (`server::analytics::today`): each list against a brute
//! force over random stays in two time zones around a date boundary (`oracle.rs`), and the
//! cap, the deadline the sweep keeps, the unread count, the page and the API (`cases.rs`).

mod cases;
mod oracle;

use sqlx::PgPool;
use time::{Date, OffsetDateTime};
use uuid::Uuid;

pub async fn user(pool: &PgPool, email: &str, name: &str) -> Uuid {
    sqlx::query_scalar("INSERT INTO users (email, display_name) VALUES ($1, $2) RETURNING id")
        .bind(email)
        .bind(name)
        .fetch_one(pool)
        .await
        .expect("user")
}

/// A listing of `host` called `title` in time zone `zone`.
pub async fn listing(pool: &PgPool, host: Uuid, title: &str, zone: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO listings (host_id, title, description, property_type, address, city,
                              country, country_code, latitude, longitude,
                              price_per_night_minor, max_guests, bedrooms, beds, bathrooms,
                              currency, time_zone, created_at)
         VALUES ($1, $2, 'A place.', 'house', '1 St', 'Somewhere', 'New Zealand', 'NZ',
                 -36.8, 174.7, 10000, 6, 1, 1, 1, 'USD', $3, '2026-01-01')
         RETURNING id",
    )
    .bind(host)
    .bind(title)
    .bind(zone)
    .fetch_one(pool)
    .await
    .expect("listing")
}

/// A booking as the database holds it, written directly (no holds: overlaps are fine).
pub struct Stay<'a> {
    pub listing: i64,
    pub zone: &'a str,
    pub guest: Uuid,
    pub check_in: Date,
    pub check_out: Date,
    pub status: &'a str,
    pub expires_at: Option<OffsetDateTime>,
    pub adults: i32,
    pub children: i32,
}

pub async fn insert(pool: &PgPool, s: &Stay<'_>) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, children,
                               status, currency, total_minor, time_zone, expires_at,
                               created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'USD', 30000, $8, $9, '2026-11-01')
         RETURNING id",
    )
    .bind(s.listing)
    .bind(s.guest)
    .bind(s.check_in)
    .bind(s.check_out)
    .bind(s.adults)
    .bind(s.children)
    .bind(s.status)
    .bind(s.zone)
    .bind(s.expires_at)
    .fetch_one(pool)
    .await
    .expect("booking")
}

/// A review of completed stay `booking` by its host (`role` "host") or its guest.
pub async fn review(pool: &PgPool, booking: i64, role: &str) {
    sqlx::query(
        "INSERT INTO reviews (booking_id, listing_id, author_id, subject_id, author_role,
                              overall, cleanliness, communication, accuracy, check_in,
                              location, value, house_rules, body, written_at)
         SELECT b.id, b.listing_id,
                CASE WHEN $2 = 'host' THEN l.host_id ELSE b.guest_id END,
                CASE WHEN $2 = 'host' THEN b.guest_id ELSE l.host_id END,
                $2, 5, 5, 5,
                CASE WHEN $2 = 'guest' THEN 5 END, CASE WHEN $2 = 'guest' THEN 5 END,
                CASE WHEN $2 = 'guest' THEN 5 END, CASE WHEN $2 = 'guest' THEN 5 END,
                CASE WHEN $2 = 'host' THEN 5 END, 'Lovely.', '2026-12-01'
         FROM bookings b JOIN listings l ON l.id = b.listing_id WHERE b.id = $1",
    )
    .bind(booking)
    .bind(role)
    .execute(pool)
    .await
    .expect("review");
}
