//! Demo reviews: each listing gets up to eight past stays (one every forty days or so, over
//! the last year), reviewed by both sides and published, some with the host's response;
//! then the listings' ratings and the hosts' badges are computed as the app would. Set-based
//! and deterministic: the same listings and day give the same reviews.

use sqlx::PgPool;
use time::Date;
use uuid::Uuid;

const GUEST_TEXTS: [&str; 12] = [
    "Spotless, bright and exactly like the photos. We would stay again.",
    "A calm place in a lively neighbourhood. The host answered within minutes.",
    "Great location for walking everywhere. The bed was very comfortable.",
    "Lovely home with everything we needed for a week with the children.",
    "Check-in was easy and the instructions were clear. Good value.",
    "Beautiful views and a well-stocked kitchen. A little noisy at night.",
    "The host left us tips for restaurants nearby: every one was excellent.",
    "Cosy and warm. The shower could use more pressure, otherwise perfect.",
    "We loved the terrace in the evenings. Parking was simple.",
    "Clean, quiet and close to the station. Exactly what we needed.",
    "Smaller than expected, but well laid out and very clean.",
    "A wonderful stay. Thoughtful touches everywhere.",
];
const HOST_TEXTS: [&str; 6] = [
    "A considerate guest who left the place tidy. Welcome back any time.",
    "Great communication and followed every house rule.",
    "Lovely guests, easy to host.",
    "Respectful and friendly. Highly recommended to other hosts.",
    "Everything went smoothly. Thank you for staying!",
    "Quiet, clean and kind. A pleasure to host.",
];
const RESPONSES: [&str; 3] = [
    "Thank you for staying with us. We hope to welcome you again!",
    "Thanks for the kind words, and for looking after the place.",
    "Thank you! We have fixed the shower since your stay.",
];

/// Past stays with published reviews for listings `first..=last`, by `guests`; returns the
/// number of reviews written.
pub async fn insert_reviews(
    pool: &PgPool,
    first: i64,
    last: i64,
    guests: &[Uuid],
    today: Date,
) -> Result<u64, sqlx::Error> {
    if guests.is_empty() || first > last {
        return Ok(0);
    }
    let guest_texts: Vec<String> = GUEST_TEXTS.iter().map(|s| s.to_string()).collect();
    let host_texts: Vec<String> = HOST_TEXTS.iter().map(|s| s.to_string()).collect();
    let responses: Vec<String> = RESPONSES.iter().map(|s| s.to_string()).collect();
    let mut tx = pool.begin().await?;
    // `h` is a stable pseudo-random number per stay; `q` a listing's quality (0 is the
    // best), so listings differ in rating and the ranking has something to rank.
    let written = sqlx::query!(
        r#"
        WITH stays AS (
            SELECT l.id AS listing_id, l.host_id, l.time_zone, l.cancellation_policy, l.currency,
                   l.price_per_night_minor, n, abs(hashtext(l.id::text)) % 4 AS q,
                   abs(hashtext(l.id::text || ':' || n::text)) AS h
            FROM listings l CROSS JOIN generate_series(1, 8) AS n
            WHERE l.id BETWEEN $1 AND $2 AND n <= abs(hashtext(l.id::text || 'stays')) % 9
        ),
        dated AS (
            SELECT s.*, $4::date - (20 + n * 40 + h % 15)::int AS check_in, 2 + h % 4 AS nights,
                   ($3::uuid[])[1 + h % cardinality($3::uuid[])] AS guest_id
            FROM stays s
        ),
        booked AS (
            INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status,
                                  currency, total_minor, time_zone, cancellation_policy,
                                  created_at, updated_at)
            SELECT listing_id, guest_id, check_in, check_in + nights, 2, 'completed', currency,
                   price_per_night_minor * nights, time_zone, cancellation_policy,
                   (check_in - 30)::timestamptz, (check_in + nights)::timestamptz
            FROM dated
            RETURNING id, listing_id, guest_id, check_in, check_out
        ),
        rated AS (
            SELECT b.*, d.host_id, d.h, d.q,
                   -- Mostly fives; the lower a listing's quality, the more fours and threes.
                   CASE WHEN d.h % 10 < 8 - 2 * d.q THEN 5 WHEN d.h % 10 < 9 THEN 4 ELSE 3 END AS stars
            FROM booked b JOIN dated d ON d.listing_id = b.listing_id AND d.check_in = b.check_in
        ),
        guest_reviews AS (
            INSERT INTO reviews (booking_id, listing_id, author_id, subject_id, author_role,
                                 overall, cleanliness, communication, accuracy, check_in,
                                 location, value, body, written_at, published_at,
                                 response, responded_at)
            SELECT id, listing_id, guest_id, host_id, 'guest', stars,
                   GREATEST(stars - (h / 7) % 2, 1), 5, stars, GREATEST(stars - (h / 11) % 2, 1),
                   5 - (h / 13) % 2, GREATEST(stars - (h / 17) % 2, 1),
                   ($5::text[])[1 + h % cardinality($5::text[])],
                   (check_out + 2)::timestamptz, (check_out + 5)::timestamptz,
                   CASE WHEN h % 5 = 0 THEN ($7::text[])[1 + (h / 5) % cardinality($7::text[])] END,
                   CASE WHEN h % 5 = 0 THEN (check_out + 6)::timestamptz END
            FROM rated
            RETURNING 1
        ),
        host_reviews AS (
            INSERT INTO reviews (booking_id, listing_id, author_id, subject_id, author_role,
                                 overall, cleanliness, communication, house_rules, body,
                                 written_at, published_at)
            SELECT id, listing_id, host_id, guest_id, 'host', 5, 5, 5, 5 - (h / 3) % 2,
                   ($6::text[])[1 + h % cardinality($6::text[])],
                   (check_out + 3)::timestamptz, (check_out + 5)::timestamptz
            FROM rated
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM guest_reviews) + (SELECT count(*) FROM host_reviews) AS "n!"
        "#,
        first,
        last,
        guests,
        today,
        &guest_texts,
        &host_texts,
        &responses,
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!(
        "UPDATE listings l SET review_count = r.n, rating_sum = r.total
         FROM (SELECT listing_id, count(*)::int AS n, sum(overall)::int AS total
               FROM reviews WHERE author_role = 'guest' AND published_at IS NOT NULL
                 AND listing_id BETWEEN $1 AND $2
               GROUP BY listing_id) r
         WHERE l.id = r.listing_id",
        first,
        last
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(written.n as u64)
}
