//! Two years of past stays for the owner's dashboard, and the power host.
//!
//! Every week of every seeded listing (since it was created) may hold a weekend stay
//! (from Friday, two or three nights) and a weekday stay (from Monday to Wednesday), each
//! with a chance that follows the season: busy summers, a December bump, quiet winters.
//! Stays never overlap a booking already there (the current calendar, the reviewed stays).
//! About 4 % are cancelled with a partial refund; requests to listings without instant
//! booking are answered by the host within a day, a few declined or left to expire. Prices
//! follow the listing's (nights, cleaning, the 12 % guest fee, its taxes); each stay is
//! booked at the exchange rates of its day, which drift. Page views per listing and day
//! follow the same seasons (two years for the power host, 90 days for the others).
//! Deterministic: the chances come from hashes of the listing and the date.

use sqlx::PgPool;
use time::Date;
use uuid::Uuid;

/// The demo host with many listings, and the password to sign in with (README).
pub const POWER_HOST_EMAIL: &str = "demo-host@haven.test";
pub const POWER_HOST_PASSWORD: &str = "harbour lantern demo keys";
/// How many listings the power host owns (fewer when fewer are seeded).
pub const POWER_HOST_LISTINGS: i64 = 200;

/// Makes the power host (signing in with [`POWER_HOST_PASSWORD`]) the owner of the first
/// [`POWER_HOST_LISTINGS`] seeded listings.
pub async fn power_host(pool: &PgPool, first: i64) -> anyhow::Result<Uuid> {
    use crate::server::accounts::password::{NewPassword, hash};
    let password = NewPassword::parse(POWER_HOST_PASSWORD, &[])
        .map_err(|e| anyhow::anyhow!("the demo password: {}", e.message))?;
    let hashed = hash(password).await?;
    let id = sqlx::query_scalar!(
        r#"INSERT INTO users (email, display_name, password_hash, about, city, country,
                              created_at, email_verified_at)
           VALUES ($1, 'Marta', $2, 'I look after two hundred homes across Europe and beyond.',
                   'Lisbon', 'Portugal', now() - interval '6 years', now())
           ON CONFLICT ((lower(email))) DO UPDATE SET password_hash = EXCLUDED.password_hash
           RETURNING id"#,
        POWER_HOST_EMAIL,
        hashed.0
    )
    .fetch_one(pool)
    .await?;
    sqlx::query!(
        "UPDATE listings SET host_id = $1 WHERE id >= $2 AND id < $2 + $3",
        id,
        first,
        POWER_HOST_LISTINGS
    )
    .execute(pool)
    .await?;
    Ok(id)
}

/// Inserts the past stays of listings `first..=last` up to `today` (exclusive of the last
/// three weeks, where the current calendar begins); the number inserted.
pub async fn insert_history(
    pool: &PgPool,
    first: i64,
    last: i64,
    guests: &[Uuid],
    today: Date,
) -> Result<u64, sqlx::Error> {
    if guests.is_empty() || first > last {
        return Ok(0);
    }
    let mut tx = pool.begin().await?;
    let inserted = sqlx::query!(
        r#"
        WITH weeks AS (
            SELECT l.id AS listing_id, l.instant_book, l.currency, l.time_zone,
                   l.cancellation_policy, l.price_per_night_minor AS price, l.cleaning_fee_minor AS cleaning,
                   l.tax_bp, w::date AS monday
            FROM listings l
            CROSS JOIN generate_series(date_trunc('week', $4::date - 730), $4::date - 28, interval '7 days') AS w
            WHERE l.id BETWEEN $1 AND $2
              AND w::date >= (l.created_at AT TIME ZONE l.time_zone)::date),
        candidates AS (
            SELECT wk.*, k.kind, abs(hashtext(wk.listing_id::text || ':' || wk.monday::text || k.kind)) AS h,
                   CASE extract(month FROM wk.monday)::int
                        WHEN 7 THEN 0.92 WHEN 8 THEN 0.95 WHEN 6 THEN 0.8 WHEN 12 THEN 0.6
                        WHEN 5 THEN 0.65 WHEN 9 THEN 0.7 WHEN 4 THEN 0.55 WHEN 10 THEN 0.5
                        ELSE 0.32 END
                   * CASE k.kind WHEN 'weekend' THEN 1.0 ELSE 0.55 END AS chance
            FROM weeks wk CROSS JOIN (VALUES ('weekend'), ('weekday')) AS k(kind)),
        stays AS (
            SELECT c.*,
                   CASE c.kind WHEN 'weekend' THEN c.monday + 4 ELSE c.monday + (c.h % 3) END AS check_in,
                   CASE c.kind WHEN 'weekend' THEN 2 + c.h % 2 ELSE 1 + (c.h / 7) % 2 END AS nights,
                   3 + (c.h / 11) % 60 + CASE WHEN extract(month FROM c.monday) IN (7, 8) THEN 30 ELSE 0 END AS lead,
                   (c.h / 13) % 100 AS fate,
                   ($3::uuid[])[1 + (c.h / 17) % cardinality($3::uuid[])] AS guest_id
            FROM candidates c
            WHERE (c.h % 1000) < c.chance * 1000),
        priced AS (
            SELECT s.*, s.price * s.nights + s.cleaning AS subtotal
            FROM stays s
            WHERE NOT EXISTS (SELECT 1 FROM bookings b
                              WHERE b.listing_id = s.listing_id
                                AND b.status IN ('pending', 'confirmed', 'completed')
                                AND b.check_in < s.check_in + s.nights AND b.check_out > s.check_in)),
        made AS (
            SELECT p.*,
                   p.subtotal * 1200 / 10000 AS fee,
                   p.subtotal * p.tax_bp / 10000 AS taxes,
                   CASE WHEN p.instant_book THEN 'instant'
                        WHEN p.fate < 4 THEN 'declined' WHEN p.fate < 6 THEN 'expired'
                        ELSE 'accepted' END AS flow,
                   (p.check_in - p.lead)::timestamptz + ((p.h / 19) % 86400) * interval '1 second' AS created
            FROM priced p),
        booked AS (
            INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status, currency,
                                  total_minor, service_fee_minor, taxes_minor, refund_minor,
                                  time_zone, cancellation_policy, created_at, updated_at, fx_rates)
            SELECT m.listing_id, m.guest_id, m.check_in, m.check_in + m.nights, 2,
                   CASE WHEN m.flow = 'declined' THEN 'declined' WHEN m.flow = 'expired' THEN 'expired'
                        WHEN m.fate >= 96 THEN 'cancelled' ELSE 'completed' END,
                   m.currency, m.subtotal + m.fee + m.taxes, m.fee, m.taxes,
                   CASE WHEN m.flow IN ('instant', 'accepted') AND m.fate >= 96
                        THEN (m.subtotal + m.taxes) / 2 ELSE 0 END,
                   m.time_zone, m.cancellation_policy, m.created, m.created,
                   jsonb_build_object('USD', 1,
                       'EUR', round((0.92 + 0.03 * sin((m.check_in - $4::date) / 60.0))::numeric, 4),
                       'GBP', round((0.79 + 0.02 * cos((m.check_in - $4::date) / 90.0))::numeric, 4))
            FROM made m
            RETURNING id
        )
        SELECT count(*) AS "n!" FROM booked
        "#,
        first,
        last,
        guests,
        today
    )
    .fetch_one(&mut *tx)
    .await?;
    // How each came about: a request answered by the host (or expired), or instant.
    sqlx::query!(
        r#"
        INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_role, at)
        SELECT b.id, NULL, CASE WHEN l.instant_book THEN 'confirmed' ELSE 'pending' END, 'guest', b.created_at
        FROM bookings b JOIN listings l ON l.id = b.listing_id
        WHERE b.listing_id BETWEEN $1 AND $2 AND b.check_out <= $3::date - 21
          AND NOT EXISTS (SELECT 1 FROM booking_transitions t WHERE t.booking_id = b.id)
        "#,
        first,
        last,
        today
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        r#"
        INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_role, at)
        SELECT b.id, 'pending',
               CASE b.status WHEN 'declined' THEN 'declined' WHEN 'expired' THEN 'expired' ELSE 'confirmed' END,
               CASE b.status WHEN 'expired' THEN 'system' ELSE 'host' END,
               b.created_at + CASE b.status WHEN 'expired' THEN interval '24 hours'
                                 ELSE (600 + abs(hashtext(b.id::text)) % 80000) * interval '1 second' END
        FROM bookings b JOIN listings l ON l.id = b.listing_id
        WHERE b.listing_id BETWEEN $1 AND $2 AND NOT l.instant_book
          AND b.check_out <= $3::date - 21
          AND NOT EXISTS (SELECT 1 FROM booking_transitions t
                          WHERE t.booking_id = b.id AND t.from_status = 'pending')
        "#,
        first,
        last,
        today
    )
    .execute(&mut *tx)
    .await?;
    // Page views, seasonal like the stays.
    sqlx::query!(
        r#"
        INSERT INTO listing_views (listing_id, day, views)
        SELECT l.id, d::date,
               (abs(hashtext(l.id::text || d::text)) % 30
                * CASE WHEN extract(month FROM d) IN (6, 7, 8) THEN 2 ELSE 1 END)::int
        FROM listings l
        CROSS JOIN generate_series($3::date - 730, $3::date - 1, interval '1 day') AS d
        WHERE l.id BETWEEN $1 AND $2
          AND (l.id < $1 + $4 OR d::date >= $3::date - 90)
          AND d::date >= (l.created_at AT TIME ZONE l.time_zone)::date
        ON CONFLICT (listing_id, day) DO NOTHING
        "#,
        first,
        last,
        today,
        POWER_HOST_LISTINGS
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(u64::try_from(inserted.n).unwrap_or(0))
}
