//! `haven seed`: deterministic demo data. The same `--seed` always yields the same hosts,
//! listings and photos, in real cities at real coordinates. Rows go in through `UNNEST`
//! batches, so 100,000 listings take about a minute rather than hours.

pub mod data;
mod generate;

use crate::server::config::Config;
use crate::server::db::Db;
use anyhow::Context;
use generate::{Generator, HostRow, ListingRow};
use sqlx::PgPool;
use std::time::Instant;

#[derive(clap::Args, Debug)]
pub struct SeedArgs {
    /// How many listings to create.
    #[arg(long, default_value_t = 2_000)]
    pub listings: u32,
    /// The random seed; the same seed gives the same data.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Do nothing when the database already has listings (what `make run` uses).
    #[arg(long)]
    pub if_empty: bool,
}

/// Listings written per transaction.
const BATCH: usize = 2_000;

pub async fn run(config: &Config, args: SeedArgs) -> anyhow::Result<()> {
    let db = Db::connect_lazy(&config.database)?;
    let pool = db.primary();
    crate::server::migrate::run(pool)
        .await
        .context("migrations")?;
    if args.if_empty {
        let existing = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM listings"#)
            .fetch_one(pool)
            .await?;
        if existing > 0 {
            tracing::info!(existing, "database already has listings; not seeding");
            return Ok(());
        }
    }
    let started = Instant::now();
    let stats = seed(pool, args.listings, args.seed).await?;
    tracing::info!(
        hosts = stats.hosts,
        listings = stats.listings,
        photos = stats.photos,
        seconds = started.elapsed().as_secs_f64(),
        "demo data loaded"
    );
    Ok(())
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedStats {
    pub hosts: usize,
    pub listings: usize,
    pub photos: usize,
}

/// Writes `listings` demo listings (and their hosts and photos) generated from `seed`.
pub async fn seed(pool: &PgPool, listings: u32, seed: u64) -> anyhow::Result<SeedStats> {
    let mut generator = Generator::new(seed, listings as usize);
    let mut stats = SeedStats::default();

    let hosts = generator.hosts();
    for chunk in hosts.chunks(BATCH * 2) {
        insert_hosts(pool, chunk).await.context("inserting hosts")?;
    }
    stats.hosts = hosts.len();

    let mut tx = pool.begin().await?;
    // Explicit ids make the data identical run to run; hold the table while choosing them.
    sqlx::query!("LOCK TABLE listings IN EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await?;
    let first_id = sqlx::query_scalar!(r#"SELECT COALESCE(max(id), 0) + 1 AS "id!" FROM listings"#)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;

    let mut next_id = first_id;
    let total = listings as usize;
    while stats.listings < total {
        let n = BATCH.min(total - stats.listings);
        let batch: Vec<ListingRow> = (0..n)
            .map(|i| generator.listing(next_id + i as i64, &hosts))
            .collect();
        stats.photos += insert_listings(pool, &batch)
            .await
            .context("inserting listings")?;
        stats.listings += n;
        next_id += n as i64;
    }
    sqlx::query!(
        "SELECT setval(pg_get_serial_sequence('listings', 'id'), (SELECT max(id) FROM listings))"
    )
    .fetch_one(pool)
    .await?;
    sqlx::query!("ANALYZE users, listings, listing_photos")
        .execute(pool)
        .await?;
    Ok(stats)
}

async fn insert_hosts(pool: &PgPool, hosts: &[HostRow]) -> Result<(), sqlx::Error> {
    let ids: Vec<_> = hosts.iter().map(|h| h.id).collect();
    let emails: Vec<_> = hosts.iter().map(|h| h.email.clone()).collect();
    let names: Vec<_> = hosts.iter().map(|h| h.display_name.clone()).collect();
    let abouts: Vec<_> = hosts.iter().map(|h| h.about.clone()).collect();
    let cities: Vec<_> = hosts.iter().map(|h| h.city.clone()).collect();
    let countries: Vec<_> = hosts.iter().map(|h| h.country.clone()).collect();
    let created: Vec<_> = hosts.iter().map(|h| h.created_at).collect();
    sqlx::query!(
        r#"
        INSERT INTO users (id, email, display_name, about, city, country, created_at, updated_at)
        SELECT id, email, name, about, city, country, created, created
        FROM UNNEST($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::timestamptz[])
             AS t(id, email, name, about, city, country, created)
        ON CONFLICT DO NOTHING
        "#,
        &ids,
        &emails,
        &names,
        &abouts as &[Option<String>],
        &cities as &[Option<String>],
        &countries as &[Option<String>],
        &created,
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Inserts one batch of listings with their photos in one transaction; returns the
/// number of photos.
async fn insert_listings(pool: &PgPool, rows: &[ListingRow]) -> Result<usize, sqlx::Error> {
    macro_rules! col {
        ($field:ident) => {
            rows.iter().map(|r| r.$field.clone()).collect::<Vec<_>>()
        };
    }
    let amenities: Vec<String> = rows.iter().map(|r| pg_text_array(&r.amenities)).collect();
    let mut tx = pool.begin().await?;
    sqlx::query!(
        r#"
        INSERT INTO listings (id, host_id, title, description, property_type, address, city,
                              state, country, country_code, latitude, longitude,
                              price_per_night_minor, cleaning_fee_minor, currency, max_guests,
                              bedrooms, beds, bathrooms, amenities, created_at, updated_at)
        OVERRIDING SYSTEM VALUE
        SELECT id, host_id, title, description, property_type, address, city, state, country,
               country_code, latitude, longitude, price, cleaning, 'USD', max_guests, bedrooms,
               beds, bathrooms::numeric(3, 1), amenities::text[], created, created
        FROM UNNEST($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::text[], $9::text[], $10::text[], $11::float8[],
                    $12::float8[], $13::bigint[], $14::bigint[], $15::int[], $16::int[],
                    $17::int[], $18::float8[], $19::text[], $20::timestamptz[])
             AS t(id, host_id, title, description, property_type, address, city, state,
                  country, country_code, latitude, longitude, price, cleaning, max_guests,
                  bedrooms, beds, bathrooms, amenities, created)
        "#,
        &col!(id),
        &col!(host_id),
        &col!(title),
        &col!(description),
        &col!(property_type),
        &col!(address),
        &col!(city),
        &col!(state) as &[Option<String>],
        &col!(country),
        &col!(country_code),
        &col!(latitude),
        &col!(longitude),
        &col!(price_minor),
        &col!(cleaning_minor),
        &col!(max_guests),
        &col!(bedrooms),
        &col!(beds),
        &col!(bathrooms),
        &amenities,
        &col!(created_at),
    )
    .execute(&mut *tx)
    .await?;

    let mut listing_ids = Vec::new();
    let mut positions = Vec::new();
    let mut urls = Vec::new();
    let mut alts = Vec::new();
    for r in rows {
        for (pos, photo) in r.photos.iter().enumerate() {
            listing_ids.push(r.id);
            positions.push(pos as i16);
            urls.push(photo.url.clone());
            alts.push(photo.alt.clone());
        }
    }
    sqlx::query!(
        r#"
        INSERT INTO listing_photos (listing_id, position, url, alt, width, height)
        SELECT listing_id, position, url, alt, 1200, 800
        FROM UNNEST($1::bigint[], $2::smallint[], $3::text[], $4::text[])
             AS t(listing_id, position, url, alt)
        "#,
        &listing_ids,
        &positions,
        &urls,
        &alts,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(urls.len())
}

/// A text[] literal for one row, so a batch can carry ragged arrays through UNNEST
/// (PostgreSQL arrays of arrays must be rectangular).
fn pg_text_array(items: &[&'static str]) -> String {
    // Amenity keys are lower snake case: nothing to quote or escape.
    format!("{{{}}}", items.join(","))
}
