//! The SQL of a search, built for exactly the filters given: the page with its total, a
//! count, and the hint of which filter to relax when nothing matches.

use super::SearchQuery;
use super::geo::{Area, bounding_box, push_box, push_box_expr, push_distance};
use crate::app::i18n::message;
use crate::app::types::AppError;
use crate::app::types::search::Sort;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use sqlx::{Postgres, QueryBuilder};

/// Adds `WHERE` conditions for every filter of `q` except those named in `skip` (used to
/// find which filter to relax when nothing matches).
fn push_filters(b: &mut QueryBuilder<'_, Postgres>, q: &SearchQuery, skip: &[&str]) {
    b.push(" WHERE l.is_active");
    if let Some(d) = &q.destination
        && !skip.contains(&"destination")
    {
        if d.within.is_empty() {
            b.push(" AND (lower(l.city) = lower(")
                .push_bind(d.place.clone())
                .push(") OR lower(l.state) = lower(")
                .push_bind(d.place.clone())
                .push(") OR lower(l.country) = lower(")
                .push_bind(d.place.clone())
                .push("))");
        } else {
            // A town or a region, in each region or country named after it.
            b.push(" AND (lower(l.city) = lower(")
                .push_bind(d.place.clone())
                .push(") OR lower(l.state) = lower(")
                .push_bind(d.place.clone())
                .push("))");
            for within in &d.within {
                b.push(" AND (lower(l.country) = lower(")
                    .push_bind(within.clone())
                    .push(") OR lower(l.state) = lower(")
                    .push_bind(within.clone())
                    .push(") OR l.country_code = upper(")
                    .push_bind(within.clone())
                    .push("))");
            }
        }
    }
    if let Some((check_in, check_out)) = q.stay
        && !skip.contains(&"dates")
    {
        let nights = (check_out - check_in).whole_days() as i32;
        b.push(" AND l.min_nights <= ")
            .push_bind(nights)
            .push(" AND l.max_nights >= ")
            .push_bind(nights)
            .push(" AND ")
            .push_bind(check_in)
            .push(" >= (now() AT TIME ZONE l.time_zone)::date + l.advance_notice_days AND ")
            .push_bind(check_out)
            .push(" <= (now() AT TIME ZONE l.time_zone)::date + l.booking_window_days")
            // `held_nights` is the union of the listing's holds (kept by triggers).
            .push(" AND NOT (l.held_nights && daterange(")
            .push_bind(check_in)
            .push(", ")
            .push_bind(check_out)
            .push(" + l.preparation_nights))");
    }
    if !skip.contains(&"guests") {
        b.push(" AND l.max_guests >= ").push_bind(q.guests.count());
        if q.guests.infants() > 0 {
            b.push(" AND l.max_infants >= ")
                .push_bind(q.guests.infants());
        }
    }
    let amenities = if skip.contains(&"amenities") {
        Vec::new()
    } else {
        q.required_amenities()
    };
    if !amenities.is_empty() {
        b.push(" AND l.amenities @> ").push_bind(amenities);
    }
    if let Some(price) = &q.price
        && !skip.contains(&"price")
    {
        // The base nightly price in the filter's currency is price / source rate × target
        // rate (rates in units per USD). Compared by cross-multiplying, so it is exact: a
        // £100 listing matches a £100 minimum.
        let target = price.currency.code();
        for (bound, op) in [(price.min_minor, ">="), (price.max_minor, "<=")] {
            if let Some(bound) = bound {
                b.push(" AND l.price_per_night_minor * (SELECT per_usd FROM exchange_rates WHERE currency = ")
                    .push_bind(target)
                    .push(format!(") {op} "))
                    .push_bind(bound)
                    .push("::numeric * r.per_usd");
            }
        }
    }
    if !q.property_types.is_empty() && !skip.contains(&"property_type") {
        b.push(" AND l.property_type = ANY(")
            .push_bind(q.property_types.clone())
            .push(")");
    }
    if !skip.contains(&"rooms") {
        if let Some(n) = q.min_bedrooms {
            b.push(" AND l.bedrooms >= ").push_bind(n);
        }
        if let Some(n) = q.min_beds {
            b.push(" AND l.beds >= ").push_bind(n);
        }
        if let Some(n) = q.min_bathrooms {
            b.push(" AND l.bathrooms >= ")
                .push_bind(n)
                .push("::numeric");
        }
    }
    if q.instant_book && !skip.contains(&"instant_book") {
        b.push(" AND l.instant_book");
    }
    if let Some(tenths) = q.min_rating_tenths
        && !skip.contains(&"rating")
    {
        // sum / count >= tenths / 10, cross-multiplied so it is exact.
        b.push(" AND l.review_count > 0 AND l.rating_sum * 10 >= ")
            .push_bind(tenths)
            .push(" * l.review_count");
    }
    if let Some(area) = q.area
        && !skip.contains(&"area")
    {
        match area {
            Area::Box {
                west,
                south,
                east,
                north,
            } if west < east => {
                push_box(b, west, south, east, north);
            }
            Area::Box {
                west,
                south,
                east,
                north,
            } => {
                // Across the antimeridian: two boxes.
                b.push(" AND (");
                push_box_expr(b, west, south, 180.0, north);
                b.push(" OR ");
                push_box_expr(b, -180.0, south, east, north);
                b.push(")");
            }
            Area::Radius { lat, lng, km } => {
                // The box that contains the circle lets the index narrow the candidates
                // first (skipped near the poles and the antimeridian).
                if let Some((west, south, east, north)) = bounding_box(lat, lng, km) {
                    push_box(b, west, south, east, north);
                }
                b.push(" AND ");
                push_distance(b, lat, lng);
                b.push(" <= ").push_bind(km);
            }
        }
    }
}

pub(super) fn page_query(q: &SearchQuery) -> QueryBuilder<'static, Postgres> {
    let mut b = QueryBuilder::new(
        "WITH matches AS (SELECT l.id, l.title, l.property_type, l.city, l.country, \
         l.latitude, l.longitude, l.price_per_night_minor, l.weekend_price_minor, l.cleaning_fee_minor, \
         l.weekly_discount_pct, l.monthly_discount_pct, l.tax_bp, l.currency::text AS currency, \
         l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8 AS bathrooms, l.instant_book, \
         l.recommended_score, l.rating_rank, l.review_count, l.rating, l.host_id, l.created_at, \
         l.price_per_night_minor / r.per_usd AS price_usd, ",
    );
    match q.area {
        Some(area) => {
            let (lat, lng) = area.center();
            push_distance(&mut b, lat, lng);
            b.push(" AS distance_km");
        }
        None => {
            b.push("NULL::float8 AS distance_km");
        }
    }
    b.push(" FROM listings l JOIN exchange_rates r ON r.currency = l.currency");
    push_filters(&mut b, q, &[]);
    // Sort and cut the page first, then fetch cover photos for that page only.
    b.push(
        ") SELECT m.*, COALESCE(p.card_url, p.url) AS cover_url, p.alt AS cover_alt, p.width AS cover_width, \
            p.height AS cover_height, COALESCE(hs.earned, false) AS host_badge, \
            (SELECT count(*) FROM matches) AS total \
            FROM (SELECT * FROM matches ORDER BY ",
    );
    let order = match q.sort {
        // The Bayesian rating first; among equals (every listing without reviews), how
        // complete and easy to book it is.
        Sort::Recommended => "rating_rank DESC, recommended_score DESC, id",
        Sort::Rating => "rating_rank DESC, id",
        Sort::PriceAsc => "price_usd, id",
        Sort::PriceDesc => "price_usd DESC, id",
        Sort::Newest => "created_at DESC, id DESC",
        Sort::Distance => "distance_km, id",
    };
    b.push(order)
        .push(" LIMIT ")
        .push_bind(i64::from(q.per_page))
        .push(" OFFSET ")
        .push_bind(i64::from((q.page - 1) * q.per_page))
        .push(
            ") m LEFT JOIN listing_photos p ON p.listing_id = m.id AND p.position = 0 \
             LEFT JOIN host_standing hs ON hs.host_id = m.host_id ORDER BY ",
        )
        .push(order);
    b
}

/// How many listings match `q` with the filters in `skip` left out.
pub(super) async fn count(
    db: &DbScope,
    q: &SearchQuery,
    skip: &[&'static str],
) -> Result<i64, AppError> {
    let skip = skip.to_vec();
    db.read(|pool| {
        let (q, skip) = (q.clone(), skip.clone());
        async move {
            let mut b = QueryBuilder::new(
                "SELECT count(*) FROM listings l JOIN exchange_rates r ON r.currency = l.currency",
            );
            push_filters(&mut b, &q, &skip);
            b.build_query_scalar::<i64>().fetch_one(&pool).await
        }
    })
    .await
    .map_err(|e| db_error(e, "search count"))
}

/// The filters to try without, most often the culprit first, with what to tell the guest
/// (a message).
const RELAXABLE: [(&str, &str); 9] = [
    ("dates", "catalog-relax-dates"),
    ("price", "catalog-relax-price"),
    ("amenities", "catalog-relax-amenities"),
    ("property_type", "catalog-relax-property-type"),
    ("instant_book", "catalog-relax-instant-book"),
    ("rooms", "catalog-relax-rooms"),
    ("rating", "catalog-relax-rating"),
    ("guests", "catalog-relax-guests"),
    ("area", "catalog-relax-area"),
];

/// When nothing matches: the first filter whose removal alone finds something.
pub(super) async fn relax_hint(db: &DbScope, q: &SearchQuery) -> Result<Option<String>, AppError> {
    for (filter, advice) in RELAXABLE {
        let applies = match filter {
            "dates" => q.stay.is_some(),
            "price" => q.price.is_some(),
            "amenities" => !q.required_amenities().is_empty(),
            "property_type" => !q.property_types.is_empty(),
            "instant_book" => q.instant_book,
            "rating" => q.min_rating_tenths.is_some(),
            "rooms" => {
                q.min_bedrooms.is_some() || q.min_beds.is_some() || q.min_bathrooms.is_some()
            }
            "guests" => q.guests.count() > 1 || q.guests.infants() > 0,
            "area" => q.area.is_some(),
            _ => false,
        };
        if applies && count(db, q, &[filter]).await? > 0 {
            return Ok(Some(message(advice)));
        }
    }
    Ok(Some(message(match q.destination {
        Some(_) => "catalog-relax-destination",
        None => "catalog-relax-filters",
    })))
}
