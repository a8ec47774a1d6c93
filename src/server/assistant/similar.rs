//! "Similar stays": active listings within 50 km of a listing, scored for likeness and,
//! when a stay is chosen, free for it. The score is
//!
//! `0.35·near + 0.25·price + 0.15·kind + 0.10·room + 0.15·amenities`, where
//! - near = 1 / (1 + km / 2): 1 next door, ½ at 2 km;
//! - price = 1 − |ln(p / p₀)| / ln 2, at least 0, in the same currency (0 otherwise):
//!   1 at the same price, 0 at half or double;
//! - kind = 1 for the same property type;
//! - room = 1 − |guests − guests₀| / guests₀, at least 0;
//! - amenities = the Jaccard index of the two amenity sets.
//!
//! `tests/assistant/similar.rs` computes it again by brute force over every listing.

use crate::app::types::AppError;
use crate::app::types::assistant::SimilarStay;
use crate::server::catalog::listings::CardRow;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::Date;

/// Candidates are searched this far away.
pub const RADIUS_KM: f64 = 50.0;

struct Row {
    id: i64,
    title: String,
    property_type: String,
    city: String,
    country: String,
    price_per_night_minor: i64,
    currency: String,
    max_guests: i32,
    bedrooms: i32,
    beds: i32,
    bathrooms: f64,
    cover_url: Option<String>,
    cover_alt: Option<String>,
    cover_width: Option<i32>,
    cover_height: Option<i32>,
    rating: Option<f64>,
    review_count: i32,
    host_badge: bool,
    km: f64,
    score: f64,
}

/// Up to `limit` stays like listing `id` (an active one; none otherwise), free for `stay`
/// and taking `guests` when given, most alike first.
pub async fn similar(
    db: &DbScope,
    id: i64,
    stay: Option<(Date, Date)>,
    guests: Option<i32>,
    limit: i64,
) -> Result<Vec<SimilarStay>, AppError> {
    let (check_in, check_out) = stay.unzip();
    let rows = db
        .read(|pool| async move {
            sqlx::query_as!(
                Row,
                r#"
                WITH me AS (
                    SELECT id, latitude, longitude, price_per_night_minor, currency,
                           property_type, max_guests, amenities
                    FROM listings WHERE id = $1 AND is_active
                ), near AS (
                    SELECT l.*, 2 * 6371.0088 * asin(least(1, sqrt(
                               power(sin(radians(l.latitude - me.latitude) / 2), 2)
                               + cos(radians(me.latitude)) * cos(radians(l.latitude))
                                 * power(sin(radians(l.longitude - me.longitude) / 2), 2)))) AS km,
                           me.price_per_night_minor AS my_price, me.currency AS my_currency,
                           me.property_type AS my_type, me.max_guests AS my_guests,
                           me.amenities AS my_amenities
                    FROM listings l, me
                    WHERE l.is_active AND l.id <> me.id
                      AND point(l.longitude, l.latitude) <@ box(
                          point(me.longitude - 0.46 / greatest(cos(radians(me.latitude)), 0.01),
                                me.latitude - 0.46),
                          point(me.longitude + 0.46 / greatest(cos(radians(me.latitude)), 0.01),
                                me.latitude + 0.46))
                      AND ($4::int IS NULL OR l.max_guests >= $4)
                      AND ($2::date IS NULL OR (
                          l.min_nights <= $3::date - $2::date AND l.max_nights >= $3::date - $2::date
                          AND $2::date >= (now() AT TIME ZONE l.time_zone)::date + l.advance_notice_days
                          AND $3::date <= (now() AT TIME ZONE l.time_zone)::date + l.booking_window_days
                          AND NOT (l.held_nights && daterange($2::date, $3::date + l.preparation_nights))))
                ), scored AS (
                    SELECT n.*, 0.35 / (1 + km / 2)
                        + 0.25 * CASE WHEN currency = my_currency
                              THEN greatest(0, 1 - abs(ln(price_per_night_minor::float8 / my_price)) / ln(2))
                              ELSE 0 END
                        + 0.15 * (property_type = my_type)::int
                        + 0.10 * greatest(0, 1 - abs(max_guests - my_guests)::float8 / my_guests)
                        + 0.15 * COALESCE(
                              cardinality(ARRAY(SELECT unnest(amenities) INTERSECT SELECT unnest(my_amenities)))::float8
                              / NULLIF(cardinality(ARRAY(SELECT unnest(amenities) UNION SELECT unnest(my_amenities))), 0),
                              0) AS score
                    FROM near n WHERE km <= $5
                )
                SELECT s.id, s.title, s.property_type, s.city, s.country,
                       s.price_per_night_minor, s.currency AS "currency!",
                       s.max_guests, s.bedrooms, s.beds, s.bathrooms::float8 AS "bathrooms!",
                       COALESCE(p.card_url, p.url) AS "cover_url?", p.alt AS "cover_alt?",
                       p.width AS "cover_width?", p.height AS "cover_height?",
                       s.rating, s.review_count,
                       COALESCE(hs.earned, false) AS "host_badge!",
                       s.km AS "km!", s.score AS "score!"
                FROM scored s
                LEFT JOIN listing_photos p ON p.listing_id = s.id AND p.position = 0
                LEFT JOIN host_standing hs ON hs.host_id = s.host_id
                ORDER BY s.score DESC, s.id
                LIMIT $6
                "#,
                id,
                check_in,
                check_out,
                guests,
                RADIUS_KM,
                limit
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "similar stays"))?;
    rows.into_iter()
        .map(|r| {
            let card = CardRow {
                id: r.id,
                title: r.title,
                property_type: r.property_type,
                city: r.city,
                country: r.country,
                price_per_night_minor: r.price_per_night_minor,
                currency: r.currency,
                max_guests: r.max_guests,
                bedrooms: r.bedrooms,
                beds: r.beds,
                bathrooms: r.bathrooms,
                cover_url: r.cover_url,
                cover_alt: r.cover_alt,
                cover_width: r.cover_width,
                cover_height: r.cover_height,
                rating: r.rating,
                review_count: r.review_count,
                host_badge: r.host_badge,
            }
            .into_card()?;
            Ok(SimilarStay {
                card,
                distance_km: (r.km * 10.0).round() / 10.0,
                score: (r.score * 1000.0).round() / 1000.0,
            })
        })
        .collect()
}

/// Whether listing `id` is active (an empty answer for a real listing is not a 404).
pub async fn is_active(db: &DbScope, id: i64) -> Result<bool, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            r#"SELECT EXISTS (SELECT 1 FROM listings WHERE id = $1 AND is_active) AS "active!""#,
            id
        )
        .fetch_one(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "similar stays: is the listing active"))
}
