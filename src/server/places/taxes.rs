//! Occupancy taxes, by country and optionally region (migration `…26_places`, whose SQL
//! function `tax_rate_bp` is the one definition): a region's rate wins over its
//! country's, and a place with no rate pays none. A listing keeps the
//! rate it was saved with, and a booking the amount it was charged.

use crate::app::types::AppError;
use crate::server::platform::error::db_error;
use sqlx::PgPool;
use std::collections::HashMap;

/// The rate, in basis points of the nights' price, for a place in `country_code` and
/// `region_code`.
pub async fn rate_bp(
    pool: &PgPool,
    country_code: &str,
    region_code: Option<&str>,
) -> Result<i32, AppError> {
    sqlx::query_scalar!(
        r#"SELECT tax_rate_bp($1, $2) AS "rate!""#,
        country_code,
        region_code
    )
    .fetch_one(pool)
    .await
    .map_err(|e| db_error(e, "tax rate"))
}

/// Every country's own rate (regions aside), for the demo data.
pub async fn country_rates(pool: &PgPool) -> Result<HashMap<String, i32>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT country_code::text AS "country_code!", rate_bp FROM taxes WHERE region_code = ''"#
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.country_code, r.rate_bp))
        .collect())
}
