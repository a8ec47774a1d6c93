//! Listing search: the URL's parameters parsed into a [`SearchQuery`] (every bad value
//! named, with a message a person can act on), then one SQL statement built for exactly
//! the filters given, so each shape gets its own plan and index.
//!
//! The rules, which `tests/search_oracle.rs` re-implements independently:
//! - destination: a city, state/region or country name, any case; "City, X" narrows the
//!   city to the country, the region or the two-letter country code X;
//! - dates: every night of the stay free, counting the listing's preparation nights after
//!   it (the same range a booking would hold); the stay's length within the listing's
//!   minimum and maximum; check-in no sooner than its advance notice and check-out within
//!   its booking window, both counted from today in the listing's time zone;
//! - guests: adults + children within capacity, infants within the infant limit, pets
//!   only where the `pets_allowed` amenity is present;
//! - price: the base nightly price, converted to the filter's currency;
//! - order: the sort key, then the id, so pages are stable.

use crate::app::types::account::FieldError;
use crate::app::types::catalog::{AMENITIES, PROPERTY_TYPES};
use crate::app::types::map::EARTH_RADIUS_KM;
use crate::app::types::money::{self, AmountError};
use crate::app::types::search::{SearchHit, SearchParams, SearchResults, Sort, StayPrice};
use crate::app::types::{AppError, Currency, GeoPoint};
use crate::server::catalog::listings::CardRow;
use crate::server::catalog::pricing::{self, Terms};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use sqlx::{Postgres, QueryBuilder};
use std::collections::HashMap;
use time::{Date, Duration, OffsetDateTime};

pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
/// Results beyond this depth are not served: narrow the search instead.
pub const MAX_DEPTH: u32 = 10_000;
const MAX_RADIUS_KM: f64 = 500.0;
const MAX_NIGHTS: i64 = 365;

/// A destination as typed: "Lisbon", "Portugal", or "Porto, PT".
#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    pub place: String,
    pub within: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Area {
    /// Degrees; `west > east` crosses the antimeridian.
    Box {
        west: f64,
        south: f64,
        east: f64,
        north: f64,
    },
    Radius {
        lat: f64,
        lng: f64,
        km: f64,
    },
}

impl Area {
    /// The point distances are measured from.
    pub fn center(&self) -> (f64, f64) {
        match *self {
            Self::Radius { lat, lng, .. } => (lat, lng),
            Self::Box {
                west,
                south,
                east,
                north,
            } => {
                let width = if west <= east {
                    east - west
                } else {
                    east + 360.0 - west
                };
                let mut lng = west + width / 2.0;
                if lng > 180.0 {
                    lng -= 360.0;
                }
                ((south + north) / 2.0, lng)
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PriceRange {
    pub min_minor: Option<i64>,
    pub max_minor: Option<i64>,
    pub currency: Currency,
}

/// A search, parsed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchQuery {
    pub destination: Option<Destination>,
    pub stay: Option<(Date, Date)>,
    pub adults: i32,
    pub children: i32,
    pub infants: i32,
    pub pets: i32,
    pub price: Option<PriceRange>,
    pub property_types: Vec<String>,
    pub min_bedrooms: Option<i32>,
    pub min_beds: Option<i32>,
    pub min_bathrooms: Option<f64>,
    pub amenities: Vec<String>,
    pub instant_book: bool,
    pub area: Option<Area>,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

impl SearchQuery {
    pub fn nights(&self) -> Option<i64> {
        self.stay.map(|(a, b)| (b - a).whole_days())
    }

    /// Every amenity the listing must have: those asked for, plus `pets_allowed` when pets
    /// come along.
    pub fn required_amenities(&self) -> Vec<String> {
        let mut all = self.amenities.clone();
        if self.pets > 0 && !all.iter().any(|a| a == "pets_allowed") {
            all.push("pets_allowed".into());
        }
        all
    }

    /// Parses raw parameters; `today` (UTC) bounds the dates. Reports every bad field.
    pub fn parse(p: &SearchParams, today: Date) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, message: &str| errors.push(FieldError::new(field, message));

        let destination = match p.destination() {
            Some(d) if d.chars().count() > 200 => {
                bad("q", "Shorten the destination to 200 characters.");
                None
            }
            Some(d) => Some(match d.split_once(',') {
                Some((place, within)) if !within.trim().is_empty() => Destination {
                    place: place.trim().to_owned(),
                    within: Some(within.trim().to_owned()),
                },
                _ => Destination {
                    place: d.trim_end_matches(',').trim().to_owned(),
                    within: None,
                },
            }),
            None => None,
        };

        let check_in = date(p.check_in.as_deref());
        let check_out = date(p.check_out.as_deref());
        let stay = match (check_in, check_out) {
            (Ok(None), Ok(None)) => None,
            (Err(()), _) => {
                bad("check_in", "Enter the check-in date as YYYY-MM-DD.");
                None
            }
            (_, Err(())) => {
                bad("check_out", "Enter the check-out date as YYYY-MM-DD.");
                None
            }
            (Ok(Some(_)), Ok(None)) => {
                bad("check_out", "Choose a check-out date too.");
                None
            }
            (Ok(None), Ok(Some(_))) => {
                bad("check_in", "Choose a check-in date too.");
                None
            }
            (Ok(Some(a)), Ok(Some(b))) => {
                let nights = (b - a).whole_days();
                if nights <= 0 {
                    bad("check_out", "Check-out must be after check-in.");
                    None
                } else if nights > MAX_NIGHTS {
                    bad("check_out", "A stay can last at most 365 nights.");
                    None
                } else if a < today - Duration::days(1) {
                    bad("check_in", "Check-in cannot be in the past.");
                    None
                } else if a > today + Duration::days(730) {
                    bad("check_in", "Check-in can be at most two years ahead.");
                    None
                } else {
                    Some((a, b))
                }
            }
        };

        let count = |raw: Option<&str>, field: &str, max: i32| -> Result<Option<i32>, String> {
            match raw.map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => match s.parse::<i64>() {
                    Ok(n) if n < 0 => Err(format!("The number of {field} cannot be negative.")),
                    Ok(n) if n > i64::from(max) => Err(format!("At most {max} {field}.")),
                    Ok(n) => Ok(Some(n as i32)),
                    Err(_) => Err(format!("Enter the number of {field} as a whole number.")),
                },
            }
        };
        let mut guest = |raw: Option<&str>, field: &'static str, noun: &str, max: i32| match count(
            raw, noun, max,
        ) {
            Ok(n) => n,
            Err(message) => {
                bad(field, &message);
                None
            }
        };
        let adults = guest(p.adults.as_deref(), "adults", "adults", 50);
        let total = guest(p.guests.as_deref(), "guests", "guests", 50);
        let children = guest(p.children.as_deref(), "children", "children", 50).unwrap_or(0);
        let infants = guest(p.infants.as_deref(), "infants", "infants", 10).unwrap_or(0);
        let pets = guest(p.pets.as_deref(), "pets", "pets", 10).unwrap_or(0);
        // `guests` is the API's short form: everyone counted as an adult.
        let adults = adults.or(total.map(|t| t - children)).unwrap_or(1).max(0);
        if adults == 0 {
            bad("adults", "At least one adult must come along.");
        }
        if adults + children > 50 {
            bad("guests", "At most 50 guests.");
        }

        let currency = match p
            .currency
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Currency::Usd,
            Some(code) => Currency::from_code(&code.to_ascii_uppercase()).unwrap_or_else(|| {
                bad("currency", "Choose USD, EUR or GBP.");
                Currency::Usd
            }),
        };
        let min_price = money_amount(p.min_price.as_deref()).unwrap_or_else(|m| {
            bad("min_price", &format!("Minimum price: {m}"));
            None
        });
        let max_price = money_amount(p.max_price.as_deref()).unwrap_or_else(|m| {
            bad("max_price", &format!("Maximum price: {m}"));
            None
        });
        if let (Some(min), Some(max)) = (min_price, max_price)
            && min > max
        {
            bad("min_price", "The minimum price is above the maximum.");
        }
        let price = (min_price.is_some() || max_price.is_some()).then_some(PriceRange {
            min_minor: min_price,
            max_minor: max_price,
            currency,
        });

        let property_types = p.property_type_list();
        if let Some(unknown) = property_types
            .iter()
            .find(|t| !PROPERTY_TYPES.iter().any(|(k, _)| k == t))
        {
            bad(
                "property_type",
                &format!("\u{201c}{unknown}\u{201d} is not a property type Haven knows."),
            );
        }
        let mut amenities = p.amenity_list();
        amenities.sort();
        amenities.dedup();
        if let Some(unknown) = amenities
            .iter()
            .find(|a| !AMENITIES.iter().any(|(k, _)| k == a))
        {
            bad(
                "amenities",
                &format!("\u{201c}{unknown}\u{201d} is not an amenity Haven knows."),
            );
        }

        let mut minimum = |raw: Option<&str>, field: &'static str, noun: &str| {
            count(raw, noun, 50).unwrap_or_else(|m| {
                bad(field, &m);
                None
            })
        };
        let min_bedrooms = minimum(p.min_bedrooms.as_deref(), "min_bedrooms", "bedrooms");
        let min_beds = minimum(p.min_beds.as_deref(), "min_beds", "beds");
        let min_bathrooms = match p
            .min_bathrooms
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(s) => match s.parse::<f64>() {
                Ok(b) if b.is_finite() && (0.0..=50.0).contains(&b) => Some(b),
                _ => {
                    bad("min_bathrooms", "Enter a number of bathrooms from 0 to 50.");
                    None
                }
            },
        };

        let instant_book = match p.instant_book.as_deref().map(str::trim) {
            None | Some("" | "false" | "0" | "off") => false,
            Some("true" | "1" | "on") => true,
            Some(_) => {
                bad("instant_book", "Instant book is true or false.");
                false
            }
        };

        let area = parse_area(p, &mut bad);

        let sort = match p.sort.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Sort::Recommended,
            Some(key) => Sort::from_key(key).unwrap_or_else(|| {
                bad(
                    "sort",
                    "Sort by recommended, price_asc, price_desc, newest or distance.",
                );
                Sort::Recommended
            }),
        };
        if sort == Sort::Distance && area.is_none() {
            bad(
                "sort",
                "Sorting by distance needs a map area or a point with a radius.",
            );
        }

        let mut positive =
            |raw: Option<&str>, field: &'static str, default: u32, max: u32| match raw
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                None => default,
                Some(s) => match s.parse::<u32>() {
                    Ok(n) if (1..=max).contains(&n) => n,
                    _ => {
                        bad(field, &format!("Use a whole number from 1 to {max}."));
                        default
                    }
                },
            };
        let per_page = positive(
            p.per_page.as_deref(),
            "per_page",
            DEFAULT_PER_PAGE,
            MAX_PER_PAGE,
        );
        let page = positive(p.page.as_deref(), "page", 1, MAX_DEPTH);
        if page.saturating_mul(per_page) > MAX_DEPTH {
            bad(
                "page",
                "That page is too deep: narrow the search to see these results.",
            );
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            destination,
            stay,
            adults,
            children,
            infants,
            pets,
            price,
            property_types,
            min_bedrooms,
            min_beds,
            min_bathrooms,
            amenities,
            instant_book,
            area,
            sort,
            page,
            per_page,
        })
    }
}

fn date(raw: Option<&str>) -> Result<Option<Date>, ()> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Date::parse(s, &format).map(Some).map_err(|_| ()),
    }
}

/// A price filter: [`money::parse_amount`], with what a searcher is told when it fails.
fn money_amount(raw: Option<&str>) -> Result<Option<i64>, &'static str> {
    money::parse_amount(raw.unwrap_or_default()).map_err(|e| match e {
        AmountError::Negative => "it cannot be negative.",
        AmountError::Malformed => "enter an amount such as 120 or 99.50.",
        AmountError::TooLarge => "at most 1,000,000 a night.",
    })
}

fn parse_area(p: &SearchParams, bad: &mut impl FnMut(&str, &str)) -> Option<Area> {
    fn given(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    let number = |s: &str| s.trim().parse::<f64>().ok().filter(|n| n.is_finite());
    let bbox = given(&p.bbox);
    let point = (given(&p.lat), given(&p.lng), given(&p.radius_km));
    if bbox.is_some() && point != (None, None, None) {
        bad("bbox", "Search a map area or around a point, not both.");
        return None;
    }
    if let Some(raw) = bbox {
        let parts: Vec<Option<f64>> = raw.split(',').map(number).collect();
        let [Some(west), Some(south), Some(east), Some(north)] = parts[..] else {
            bad("bbox", "The map area is west,south,east,north in degrees.");
            return None;
        };
        let lng_ok = |x: f64| (-180.0..=180.0).contains(&x);
        let lat_ok = |y: f64| (-90.0..=90.0).contains(&y);
        if !(lng_ok(west) && lng_ok(east) && lat_ok(south) && lat_ok(north)) {
            bad(
                "bbox",
                "The map area is outside the world: longitudes run from -180 to 180, latitudes from -90 to 90.",
            );
            return None;
        }
        if south >= north || west == east {
            bad(
                "bbox",
                "The map area is empty: south must be below north, and west differ from east.",
            );
            return None;
        }
        return Some(Area::Box {
            west,
            south,
            east,
            north,
        });
    }
    match point {
        (None, None, None) => None,
        (Some(lat), Some(lng), Some(km)) => match (number(lat), number(lng), number(km)) {
            (Some(lat), Some(lng), Some(km))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng) =>
            {
                if km > 0.0 && km <= MAX_RADIUS_KM {
                    Some(Area::Radius { lat, lng, km })
                } else {
                    bad("radius_km", "The radius is more than 0 and at most 500 km.");
                    None
                }
            }
            _ => {
                bad(
                    "lat",
                    "The point is lat (-90 to 90), lng (-180 to 180) and radius_km in numbers.",
                );
                None
            }
        },
        _ => {
            bad(
                "lat",
                "A point search needs lat, lng and radius_km together.",
            );
            None
        }
    }
}

/// `map::distance_km` in SQL, from a listing `l` to the point `{lat}`, `{lng}`.
const DISTANCE_SQL: &str = "{radius} * 2 * asin(sqrt(power(sin(radians(l.latitude - {lat}) / 2), 2) \
     + cos(radians({lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - {lng}) / 2), 2)))";

/// Adds `WHERE` conditions for every filter of `q` except those named in `skip` (used to
/// find which filter to relax when nothing matches).
fn push_filters(b: &mut QueryBuilder<'_, Postgres>, q: &SearchQuery, skip: &[&str]) {
    b.push(" WHERE l.is_active");
    if let Some(d) = &q.destination
        && !skip.contains(&"destination")
    {
        match &d.within {
            None => {
                b.push(" AND (lower(l.city) = lower(")
                    .push_bind(d.place.clone())
                    .push(") OR lower(l.state) = lower(")
                    .push_bind(d.place.clone())
                    .push(") OR lower(l.country) = lower(")
                    .push_bind(d.place.clone())
                    .push("))");
            }
            Some(within) => {
                b.push(" AND lower(l.city) = lower(")
                    .push_bind(d.place.clone())
                    .push(") AND (lower(l.country) = lower(")
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
        b.push(" AND l.max_guests >= ")
            .push_bind(q.adults + q.children);
        if q.infants > 0 {
            b.push(" AND l.max_infants >= ").push_bind(q.infants);
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

/// The smallest lat/lng box around a circle on the sphere, with a 1 % margin; `None` when
/// it would reach a pole or cross the antimeridian.
pub fn bounding_box(lat: f64, lng: f64, km: f64) -> Option<(f64, f64, f64, f64)> {
    let angular = km / EARTH_RADIUS_KM * 1.01;
    let dlat = angular.to_degrees();
    let (sin_r, cos_lat) = (angular.sin(), lat.to_radians().cos());
    if lat.abs() + dlat >= 89.0 || sin_r >= cos_lat {
        return None;
    }
    let dlng = (sin_r / cos_lat).asin().to_degrees();
    (lng - dlng > -180.0 && lng + dlng < 180.0).then_some((
        lng - dlng,
        lat - dlat,
        lng + dlng,
        lat + dlat,
    ))
}

fn push_box(b: &mut QueryBuilder<'_, Postgres>, west: f64, south: f64, east: f64, north: f64) {
    b.push(" AND ");
    push_box_expr(b, west, south, east, north);
}

fn push_box_expr(b: &mut QueryBuilder<'_, Postgres>, west: f64, south: f64, east: f64, north: f64) {
    b.push("point(l.longitude, l.latitude) <@ box(point(")
        .push_bind(west)
        .push(", ")
        .push_bind(south)
        .push("), point(")
        .push_bind(east)
        .push(", ")
        .push_bind(north)
        .push("))");
}

fn push_distance(b: &mut QueryBuilder<'_, Postgres>, lat: f64, lng: f64) {
    // The formula of `distance_km`, with the point as literals (finite floats, checked).
    let sql = DISTANCE_SQL
        .replace("{radius}", &format!("{EARTH_RADIUS_KM:?}"))
        .replace("{lat}", &format!("{lat:?}::float8"))
        .replace("{lng}", &format!("{lng:?}::float8"));
    b.push(sql);
}

#[derive(sqlx::FromRow)]
struct HitRow {
    #[sqlx(flatten)]
    card: CardRow,
    latitude: f64,
    longitude: f64,
    weekend_price_minor: Option<i64>,
    cleaning_fee_minor: i64,
    weekly_discount_pct: i32,
    monthly_discount_pct: i32,
    tax_bp: i32,
    instant_book: bool,
    distance_km: Option<f64>,
    total: i64,
}

/// One page of results for `q`, with the stay's total on every hit when dates are given.
#[tracing::instrument(skip_all)]
pub async fn search(db: &DbScope, q: &SearchQuery) -> Result<SearchResults, AppError> {
    let rows = db
        .read(|pool| {
            let q = q.clone();
            async move {
                let mut b = page_query(&q);
                b.build_query_as::<HitRow>().fetch_all(&pool).await
            }
        })
        .await
        .map_err(|e| db_error(e, "search"))?;
    let total = match rows.first() {
        Some(r) => r.total,
        // Past the last page, or nothing at all: count separately.
        None => count(db, q, &[]).await?,
    };
    let night_prices = match q.stay {
        Some((check_in, check_out)) if !rows.is_empty() => {
            let ids: Vec<i64> = rows.iter().map(|r| r.card.id).collect();
            per_date_prices(db, &ids, check_in, check_out).await?
        }
        _ => HashMap::new(),
    };
    let relax = if total == 0 {
        relax_hint(db, q).await?
    } else {
        None
    };
    let items = rows
        .into_iter()
        .map(|r| hit(r, q, &night_prices))
        .collect::<Result<_, _>>()?;
    Ok(SearchResults {
        items,
        total,
        page: q.page,
        per_page: q.per_page,
        relax,
    })
}

fn page_query(q: &SearchQuery) -> QueryBuilder<'static, Postgres> {
    let mut b = QueryBuilder::new(
        "WITH matches AS (SELECT l.id, l.title, l.property_type, l.city, l.country, \
         l.latitude, l.longitude, l.price_per_night_minor, l.weekend_price_minor, l.cleaning_fee_minor, \
         l.weekly_discount_pct, l.monthly_discount_pct, l.tax_bp, l.currency::text AS currency, \
         l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8 AS bathrooms, l.instant_book, \
         l.recommended_score, l.created_at, l.price_per_night_minor / r.per_usd AS price_usd, ",
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
            p.height AS cover_height, (SELECT count(*) FROM matches) AS total \
            FROM (SELECT * FROM matches ORDER BY ",
    );
    let order = match q.sort {
        Sort::Recommended => "recommended_score DESC, id",
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
        .push(") m LEFT JOIN listing_photos p ON p.listing_id = m.id AND p.position = 0 ORDER BY ")
        .push(order);
    b
}

/// How many listings match `q` with the filters in `skip` left out.
async fn count(db: &DbScope, q: &SearchQuery, skip: &[&'static str]) -> Result<i64, AppError> {
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

/// The filters to try without, most often the culprit first, with what to tell the guest.
const RELAXABLE: [(&str, &str); 8] = [
    (
        "dates",
        "Try other dates: nothing is free for every night of this stay.",
    ),
    ("price", "Try widening the price range."),
    ("amenities", "Try fewer amenities."),
    ("property_type", "Try more property types."),
    (
        "instant_book",
        "Try including homes that answer requests, not only instant book.",
    ),
    ("rooms", "Try fewer bedrooms, beds or bathrooms."),
    ("guests", "Try fewer guests: no home here fits everyone."),
    ("area", "Try zooming out or moving the map."),
];

/// When nothing matches: the first filter whose removal alone finds something.
async fn relax_hint(db: &DbScope, q: &SearchQuery) -> Result<Option<String>, AppError> {
    for (filter, advice) in RELAXABLE {
        let applies = match filter {
            "dates" => q.stay.is_some(),
            "price" => q.price.is_some(),
            "amenities" => !q.required_amenities().is_empty(),
            "property_type" => !q.property_types.is_empty(),
            "instant_book" => q.instant_book,
            "rooms" => {
                q.min_bedrooms.is_some() || q.min_beds.is_some() || q.min_bathrooms.is_some()
            }
            "guests" => q.adults + q.children > 1 || q.infants > 0,
            "area" => q.area.is_some(),
            _ => false,
        };
        if applies && count(db, q, &[filter]).await? > 0 {
            return Ok(Some(advice.to_string()));
        }
    }
    Ok(Some(match q.destination {
        Some(_) => "Nothing is listed there yet: try a nearby city or a country.".to_string(),
        None => "Try removing some filters.".to_string(),
    }))
}

/// Per-date prices set by hosts for `ids` within the stay.
async fn per_date_prices(
    db: &DbScope,
    ids: &[i64],
    check_in: Date,
    check_out: Date,
) -> Result<HashMap<(i64, Date), i64>, AppError> {
    let ids = ids.to_vec();
    let rows = db
        .read(|pool| {
            let ids = ids.clone();
            async move {
                sqlx::query!(
                    "SELECT listing_id, night, price_minor FROM listing_night_prices
                     WHERE listing_id = ANY($1) AND night >= $2 AND night < $3",
                    &ids,
                    check_in,
                    check_out
                )
                .fetch_all(&pool)
                .await
            }
        })
        .await
        .map_err(|e| db_error(e, "night prices"))?;
    Ok(rows
        .into_iter()
        .map(|r| ((r.listing_id, r.night), r.price_minor))
        .collect())
}

fn hit(
    r: HitRow,
    q: &SearchQuery,
    night_prices: &HashMap<(i64, Date), i64>,
) -> Result<SearchHit, AppError> {
    let id = r.card.id;
    let card = r.card.into_card()?;
    let stay = q.stay.map(|(check_in, check_out)| {
        let terms = Terms {
            currency: card.price_per_night.currency,
            nightly_minor: card.price_per_night.amount_minor,
            weekend_minor: r.weekend_price_minor,
            cleaning_minor: r.cleaning_fee_minor,
            weekly_discount_pct: r.weekly_discount_pct,
            monthly_discount_pct: r.monthly_discount_pct,
            tax_bp: r.tax_bp,
        };
        let quote = pricing::quote(&terms, check_in, check_out, |d| {
            night_prices.get(&(id, d)).copied()
        });
        StayPrice {
            nights: quote.nights.len() as i32,
            total: quote.total(),
        }
    });
    Ok(SearchHit {
        card,
        coordinates: GeoPoint::new(r.latitude, r.longitude),
        instant_book: r.instant_book,
        stay,
        distance_km: r.distance_km,
    })
}

/// Today's date in UTC, for parsing.
pub fn today_utc() -> Date {
    OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::types::map::distance_km;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 22);

    fn parse(pairs: &[(&str, &str)]) -> Result<SearchQuery, Vec<FieldError>> {
        let mut p = SearchParams::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "q" => p.q = v,
                "check_in" => p.check_in = v,
                "check_out" => p.check_out = v,
                "guests" => p.guests = v,
                "adults" => p.adults = v,
                "children" => p.children = v,
                "min_price" => p.min_price = v,
                "max_price" => p.max_price = v,
                "bbox" => p.bbox = v,
                "lat" => p.lat = v,
                "lng" => p.lng = v,
                "radius_km" => p.radius_km = v,
                "sort" => p.sort = v,
                "page" => p.page = v,
                "amenities" => p.amenities = v,
                other => panic!("test does not set {other}"),
            }
        }
        SearchQuery::parse(&p, TODAY)
    }

    fn fields(r: Result<SearchQuery, Vec<FieldError>>) -> Vec<String> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn nothing_given_is_a_valid_search_for_one_adult() {
        let q = parse(&[]).expect("valid");
        assert_eq!((q.adults, q.page, q.per_page), (1, 1, DEFAULT_PER_PAGE));
        assert_eq!(q.sort, Sort::Recommended);
    }

    #[test]
    fn bad_dates_are_named() {
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-12-10"),
                ("check_out", "2026-12-10")
            ])),
            ["check_out"]
        );
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-12-10"),
                ("check_out", "2026-12-03")
            ])),
            ["check_out"]
        );
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-13-01"),
                ("check_out", "2026-12-03")
            ])),
            ["check_in"]
        );
        assert_eq!(fields(parse(&[("check_in", "2026-12-10")])), ["check_out"]);
        assert_eq!(
            fields(parse(&[
                ("check_in", "2020-01-01"),
                ("check_out", "2020-01-03")
            ])),
            ["check_in"]
        );
        let ok = parse(&[("check_in", "2026-12-10"), ("check_out", "2026-12-13")]).expect("valid");
        assert_eq!(ok.nights(), Some(3));
    }

    #[test]
    fn bad_numbers_are_named() {
        assert_eq!(fields(parse(&[("adults", "-2")])), ["adults"]);
        assert_eq!(fields(parse(&[("children", "two")])), ["children"]);
        assert_eq!(
            fields(parse(&[("min_price", "300"), ("max_price", "100")])),
            ["min_price"]
        );
        assert_eq!(fields(parse(&[("min_price", "1e3")])), ["min_price"]);
        assert_eq!(fields(parse(&[("page", "0")])), ["page"]);
        assert_eq!(fields(parse(&[("page", "500")])), ["page"], "too deep");
        assert_eq!(fields(parse(&[("amenities", "wifi,moat")])), ["amenities"]);
        assert_eq!(fields(parse(&[("sort", "distance")])), ["sort"]);
        let q = parse(&[("min_price", "99.5"), ("guests", "3")]).expect("valid");
        assert_eq!(q.price.and_then(|p| p.min_minor), Some(9_950));
        assert_eq!(q.adults, 3);
    }

    #[test]
    fn absurd_areas_are_refused() {
        assert_eq!(fields(parse(&[("bbox", "1,2,3")])), ["bbox"]);
        assert_eq!(
            fields(parse(&[("bbox", "-9,50,-8,40")])),
            ["bbox"],
            "south above north"
        );
        assert_eq!(fields(parse(&[("bbox", "-9,40,-8,95")])), ["bbox"]);
        assert_eq!(fields(parse(&[("bbox", "NaN,40,-8,41")])), ["bbox"]);
        assert_eq!(fields(parse(&[("lat", "38.7"), ("lng", "-9.1")])), ["lat"]);
        assert_eq!(
            fields(parse(&[
                ("lat", "38.7"),
                ("lng", "-9.1"),
                ("radius_km", "5000")
            ])),
            ["radius_km"]
        );
        let q = parse(&[("bbox", "170,-20,-170,-10"), ("sort", "distance")]).expect("antimeridian");
        let (lat, lng) = q.area.map(|a| a.center()).unwrap_or_default();
        assert_eq!((lat, lng), (-15.0, 180.0));
    }

    #[test]
    fn destinations_split_on_the_first_comma() {
        let q = parse(&[("q", " Porto, PT ")]).expect("valid");
        assert_eq!(
            q.destination,
            Some(Destination {
                place: "Porto".into(),
                within: Some("PT".into())
            })
        );
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // Lisbon to Porto: about 274 km.
        let d = distance_km((38.7223, -9.1393), (41.1579, -8.6291));
        assert!((d - 274.0).abs() < 3.0, "{d}");
    }
}
