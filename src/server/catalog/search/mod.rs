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
//!
//! [`query`] parses, [`sql`] builds the statements, [`geo`] holds the map areas and the
//! distance in SQL; this module runs the search and turns rows into results.

mod geo;
mod query;
mod sql;

pub use geo::{Area, bounding_box};
pub use query::{DEFAULT_PER_PAGE, Destination, MAX_DEPTH, MAX_PER_PAGE, PriceRange, SearchQuery};

use crate::app::types::search::{SearchHit, SearchResults, StayPrice};
use crate::app::types::{AppError, GeoPoint};
use crate::server::catalog::listings::CardRow;
use crate::server::catalog::pricing::{self, Terms};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use std::collections::HashMap;
use time::{Date, OffsetDateTime};

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
                let mut b = sql::page_query(&q);
                b.build_query_as::<HitRow>().fetch_all(&pool).await
            }
        })
        .await
        .map_err(|e| db_error(e, "search"))?;
    let total = match rows.first() {
        Some(r) => r.total,
        // Past the last page, or nothing at all: count separately.
        None => sql::count(db, q, &[]).await?,
    };
    let night_prices = match q.stay {
        Some((check_in, check_out)) if !rows.is_empty() => {
            let ids: Vec<i64> = rows.iter().map(|r| r.card.id).collect();
            per_date_prices(db, &ids, check_in, check_out).await?
        }
        _ => HashMap::new(),
    };
    let relax = if total == 0 {
        sql::relax_hint(db, q).await?
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
        did_you_mean: None,
    })
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
