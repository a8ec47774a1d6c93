//! Listing reads for pages and server functions. Rows are converted to the wire types in
//! `app::types` here, once; nothing row-shaped leaves this module.

use crate::app::types::{
    AppError, BookingTerms, Capacity, CardLocation, Currency, GeoPoint, HostSummary, HouseRules,
    ListingCard, ListingDetail, Location, Money, Photo,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The columns of a listing card, as every card query selects them (featured listings,
/// search hits, wishlists); [`CardRow::into_card`] turns them into the wire type.
#[derive(sqlx::FromRow)]
pub(crate) struct CardRow {
    pub id: i64,
    pub title: String,
    pub property_type: String,
    pub city: String,
    pub country: String,
    pub price_per_night_minor: i64,
    pub currency: String,
    pub max_guests: i32,
    pub bedrooms: i32,
    pub beds: i32,
    pub bathrooms: f64,
    pub cover_url: Option<String>,
    pub cover_alt: Option<String>,
    pub cover_width: Option<i32>,
    pub cover_height: Option<i32>,
    pub rating: Option<f64>,
    pub review_count: i32,
    pub host_badge: bool,
}

/// The newest active listings, each with its cover photo.
#[tracing::instrument(skip(db))]
pub async fn featured(db: &DbScope, limit: i64) -> Result<Vec<ListingCard>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query_as!(
                CardRow,
                r#"
                SELECT l.id, l.title, l.property_type, l.city, l.country,
                       l.price_per_night_minor, l.currency AS "currency!",
                       l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8 AS "bathrooms!",
                       COALESCE(p.card_url, p.url) AS "cover_url?", p.alt AS "cover_alt?",
                       p.width AS "cover_width?", p.height AS "cover_height?",
                       l.rating, l.review_count,
                       COALESCE(hs.earned, false) AS "host_badge!"
                FROM listings l
                LEFT JOIN listing_photos p ON p.listing_id = l.id AND p.position = 0
                LEFT JOIN host_standing hs ON hs.host_id = l.host_id
                WHERE l.is_active
                ORDER BY l.created_at DESC, l.id DESC
                LIMIT $1
                "#,
                limit
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "featured listings"))?;
    rows.into_iter().map(CardRow::into_card).collect()
}

impl CardRow {
    pub(crate) fn into_card(self) -> Result<ListingCard, AppError> {
        let r = self;
        let cover_photo = cover(r.cover_url, r.cover_alt, r.cover_width, r.cover_height);
        Ok(ListingCard {
            id: r.id,
            title: r.title,
            property_type: r.property_type,
            location: CardLocation {
                city: r.city,
                country: r.country,
            },
            price_per_night: money(r.price_per_night_minor, &r.currency)?,
            capacity: Capacity {
                max_guests: r.max_guests,
                bedrooms: r.bedrooms,
                beds: r.beds,
                bathrooms: r.bathrooms,
            },
            cover_photo,
            rating: r.rating,
            review_count: r.review_count,
            host_badge: r.host_badge,
        })
    }
}

/// One active listing with photos and its host; `NotFound` otherwise. Its host (`viewer`)
/// also sees it while it is paused.
#[tracing::instrument(skip(db))]
pub async fn detail(
    db: &DbScope,
    id: i64,
    viewer: Option<uuid::Uuid>,
) -> Result<ListingDetail, AppError> {
    // One round trip: the listing, its host (with their listing count) and its photos.
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"
                SELECT l.id, l.title, l.description, l.property_type, l.address, l.city, l.state,
                       l.country, l.latitude, l.longitude, l.price_per_night_minor,
                       l.cleaning_fee_minor, l.currency AS "currency!", l.max_guests, l.bedrooms,
                       l.beds, l.bathrooms::float8 AS "bathrooms!", l.amenities, l.is_active,
                       l.created_at, l.updated_at,
                       to_char(l.check_in_after, 'HH24:MI') AS "check_in_after!",
                       to_char(l.check_out_before, 'HH24:MI') AS "check_out_before!",
                       l.time_zone, l.max_infants, l.smoking_allowed, l.events_allowed, l.house_rules,
                       l.instant_book, l.min_nights, l.max_nights, l.cancellation_policy,
                       u.id AS host_id, u.display_name AS host_name, u.about AS host_about,
                       u.avatar_url AS host_avatar, u.created_at AS host_since,
                       (SELECT count(*) FROM listings h WHERE h.host_id = u.id AND h.is_active)
                           AS "host_listings!",
                       COALESCE((SELECT hs.earned FROM host_standing hs WHERE hs.host_id = u.id),
                                false) AS "host_badge!",
                       l.rating, l.review_count,
                       COALESCE(ph.urls, '{}') AS "photo_urls!",
                       COALESCE(ph.alts, '{}') AS "photo_alts!",
                       COALESCE(ph.widths, '{}') AS "photo_widths!",
                       COALESCE(ph.heights, '{}') AS "photo_heights!"
                FROM listings l
                JOIN users u ON u.id = l.host_id
                LEFT JOIN LATERAL (
                    SELECT array_agg(COALESCE(p.gallery_url, p.url) ORDER BY p.position) AS urls,
                           array_agg(p.alt ORDER BY p.position) AS alts,
                           array_agg(p.width ORDER BY p.position) AS widths,
                           array_agg(p.height ORDER BY p.position) AS heights
                    FROM listing_photos p WHERE p.listing_id = l.id
                ) ph ON true
                WHERE l.id = $1
                  AND (l.is_active OR (l.deleted_at IS NULL AND l.host_id = $2))
                "#,
                id,
                viewer
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "listing detail"))?
        .ok_or_else(|| AppError::NotFound("Listing".into()))?;

    let currency = &row.currency;
    let photos = row
        .photo_urls
        .into_iter()
        .zip(row.photo_alts)
        .zip(row.photo_widths.into_iter().zip(row.photo_heights))
        .map(|((url, alt), (width, height))| Photo {
            url,
            alt,
            width,
            height,
        })
        .collect();
    Ok(ListingDetail {
        id: row.id,
        title: row.title,
        description: row.description,
        property_type: row.property_type,
        location: Location {
            address: row.address,
            city: row.city,
            state: row.state,
            country: row.country,
            coordinates: GeoPoint::new(row.latitude, row.longitude),
        },
        price_per_night: money(row.price_per_night_minor, currency)?,
        cleaning_fee: money(row.cleaning_fee_minor, currency)?,
        capacity: Capacity {
            max_guests: row.max_guests,
            bedrooms: row.bedrooms,
            beds: row.beds,
            bathrooms: row.bathrooms,
        },
        house_rules: HouseRules {
            check_in_after: row.check_in_after,
            check_out_before: row.check_out_before,
            time_zone: row.time_zone,
            max_infants: row.max_infants,
            pets_allowed: row.amenities.iter().any(|a| a == "pets_allowed"),
            smoking_allowed: row.smoking_allowed,
            events_allowed: row.events_allowed,
            notes: row.house_rules,
        },
        booking: BookingTerms {
            instant_book: row.instant_book,
            min_nights: row.min_nights,
            max_nights: row.max_nights,
            cancellation_policy: row.cancellation_policy,
        },
        amenities: row.amenities,
        photos,
        host: HostSummary {
            id: row.host_id.to_string(),
            display_name: row.host_name,
            about: row.host_about,
            avatar_url: row.host_avatar,
            joined_year: row.host_since.year(),
            listing_count: row.host_listings,
            badge: row.host_badge,
        },
        is_active: row.is_active,
        rating: row.rating,
        review_count: row.review_count,
        created_at: rfc3339(row.created_at),
        updated_at: rfc3339(row.updated_at),
    })
}

/// Every city with active listings, as "City, Country", busiest first.
pub async fn destinations(db: &DbScope) -> Result<Vec<String>, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            r#"SELECT city || ', ' || country AS "name!" FROM listings WHERE is_active
               GROUP BY city, country ORDER BY count(*) DESC, city LIMIT 500"#
        )
        .fetch_all(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "destinations"))
}

/// A cover photo from the nullable columns of a `LEFT JOIN` on `listing_photos`.
pub(crate) fn cover(
    url: Option<String>,
    alt: Option<String>,
    width: Option<i32>,
    height: Option<i32>,
) -> Option<Photo> {
    match (url, width, height) {
        (Some(url), Some(width), Some(height)) => Some(Photo {
            url,
            alt: alt.unwrap_or_default(),
            width,
            height,
        }),
        _ => None,
    }
}

pub(crate) fn money(minor: i64, code: &str) -> Result<Money, AppError> {
    let currency = Currency::from_code(code).ok_or_else(|| {
        tracing::error!(code, "listing has a currency this build does not know");
        AppError::Internal
    })?;
    Ok(Money::new(minor, currency))
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

/// The cards of the active listings among `ids`, in the order of `ids`.
pub async fn cards_by_ids(db: &DbScope, ids: &[i64]) -> Result<Vec<ListingCard>, AppError> {
    let wanted = ids.to_vec();
    let rows = db
        .read(|pool| {
            let wanted = wanted.clone();
            async move {
                sqlx::query_as!(
                    CardRow,
                    r#"
                    SELECT l.id AS "id!", l.title AS "title!", l.property_type AS "property_type!",
                           l.city AS "city!", l.country AS "country!",
                           l.price_per_night_minor AS "price_per_night_minor!",
                           l.currency AS "currency!", l.max_guests AS "max_guests!",
                           l.bedrooms AS "bedrooms!", l.beds AS "beds!",
                           l.bathrooms::float8 AS "bathrooms!",
                           COALESCE(p.card_url, p.url) AS "cover_url?", p.alt AS "cover_alt?",
                           p.width AS "cover_width?", p.height AS "cover_height?",
                           l.rating, l.review_count AS "review_count!",
                           COALESCE(hs.earned, false) AS "host_badge!"
                    FROM listings l
                    LEFT JOIN listing_photos p ON p.listing_id = l.id AND p.position = 0
                    LEFT JOIN host_standing hs ON hs.host_id = l.host_id
                    WHERE l.is_active AND l.id = ANY($1)
                    "#,
                    &wanted
                )
                .fetch_all(&pool)
                .await
            }
        })
        .await
        .map_err(|e| db_error(e, "cards"))?;
    let mut by_id: std::collections::HashMap<i64, CardRow> =
        rows.into_iter().map(|r| (r.id, r)).collect();
    ids.iter()
        .filter_map(|id| by_id.remove(id))
        .map(CardRow::into_card)
        .collect()
}
