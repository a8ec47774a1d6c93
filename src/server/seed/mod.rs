//! `haven seed`: deterministic demo data. The same `--seed` always yields the same hosts,
//! listings and photos, in real cities at real coordinates. Rows go in through `UNNEST`
//! batches, so 100,000 listings take about a minute rather than hours.

pub mod data;
mod generate;
pub mod history;
mod messages;
mod parts;
mod payouts;
mod reviews;
mod saves;

use crate::server::platform::config::Config;
use crate::server::platform::db::Db;
use anyhow::Context;
use generate::{Calendar, Generator, HostRow, ListingRow};
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
    crate::server::platform::migrate::run(pool)
        .await
        .context("migrations")?;
    // Reference data, not demo data: loaded (and corrected) on every run.
    let places = crate::server::assistant::activities::seed::load(pool)
        .await
        .context("activity places")?;
    tracing::info!(places, "things to do in the demo cities loaded");
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
        bookings = stats.bookings,
        reviews = stats.reviews,
        past_stays = stats.history,
        payouts = stats.payouts,
        saves = stats.saves,
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
    pub bookings: usize,
    pub reviews: u64,
    /// Past stays for the owner's dashboard (`history.rs`).
    pub history: u64,
    /// Hosts' payouts of the settled stays (`payouts.rs`).
    pub payouts: u64,
    /// Homes the demo guests saved (`saves.rs`).
    pub saves: u64,
}

/// Writes `listings` demo listings (and their hosts, photos, guests and calendars)
/// generated from `seed`, with bookings around today.
pub async fn seed(pool: &PgPool, listings: u32, seed: u64) -> anyhow::Result<SeedStats> {
    seed_at(pool, listings, seed, time::OffsetDateTime::now_utc().date()).await
}

/// [`seed`] with bookings around `today` (the same seed and day give the same data).
pub async fn seed_at(
    pool: &PgPool,
    listings: u32,
    seed: u64,
    today: time::Date,
) -> anyhow::Result<SeedStats> {
    let taxes = crate::server::places::taxes::country_rates(pool)
        .await
        .context("tax rates")?;
    let mut generator = Generator::new(seed, listings as usize).with_taxes(taxes);
    let mut stats = SeedStats::default();
    crate::server::assistant::activities::seed::load(pool)
        .await
        .context("activity places")?;

    let hosts = generator.hosts();
    for chunk in hosts.chunks(BATCH * 2) {
        insert_hosts(pool, chunk).await.context("inserting hosts")?;
    }
    stats.hosts = hosts.len();
    let guests = generator.guests();
    for chunk in guests.chunks(BATCH * 2) {
        insert_hosts(pool, chunk)
            .await
            .context("inserting guests")?;
    }

    let mut tx = pool.begin().await?;
    // Explicit ids make the data identical run to run; hold the table while choosing them.
    sqlx::query!("LOCK TABLE listings IN EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await?;
    let first_id = sqlx::query_scalar!(r#"SELECT COALESCE(max(id), 0) + 1 AS "id!" FROM listings"#)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query!("LOCK TABLE bookings IN EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await?;
    let mut next_booking =
        sqlx::query_scalar!(r#"SELECT COALESCE(max(id), 0) + 1 AS "id!" FROM bookings"#)
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
        let calendars: Vec<Calendar> = batch
            .iter()
            .map(|l| generator.calendar(l, today, &guests, &mut next_booking))
            .collect();
        let mut tx = pool.begin().await?;
        stats.photos += insert_listings(&mut tx, &batch)
            .await
            .context("inserting listings")?;
        stats.bookings += insert_calendars(&mut tx, &calendars)
            .await
            .context("inserting bookings")?;
        tx.commit().await?;
        stats.listings += n;
        next_id += n as i64;
    }
    sqlx::query!(
        "SELECT setval(pg_get_serial_sequence('listings', 'id'), (SELECT max(id) FROM listings))"
    )
    .fetch_one(pool)
    .await?;
    sqlx::query!(
        "SELECT setval(pg_get_serial_sequence('bookings', 'id'), GREATEST((SELECT max(id) FROM bookings), 1))"
    )
    .fetch_one(pool)
    .await?;
    history::power_host(pool, first_id)
        .await
        .context("the power host")?;
    messages::insert_conversations(pool, first_id, today)
        .await
        .context("inserting conversations")?;
    let guest_ids: Vec<uuid::Uuid> = guests.iter().map(|g| g.id).collect();
    stats.reviews = reviews::insert_reviews(pool, first_id, next_id - 1, &guest_ids, today)
        .await
        .context("inserting reviews")?;
    stats.history = history::insert_history(pool, first_id, next_id - 1, &guest_ids, today)
        .await
        .context("inserting past stays")?;
    stats.payouts = payouts::insert_payouts(pool, first_id, next_id - 1, today)
        .await
        .context("inserting payouts")?;
    stats.saves = saves::insert_saves(pool, first_id, next_id - 1, &guest_ids, seed)
        .await
        .context("inserting saved homes")?;
    crate::server::reviews::badge::evaluate(pool, time::OffsetDateTime::now_utc())
        .await
        .context("evaluating host badges")?;
    // The dashboard's roll-ups, from scratch (the bulk inserts queued their own changes).
    crate::server::analytics::rollup::rebuild(pool)
        .await
        .context("building the dashboard's roll-ups")?;
    // A city's listings on few pages: searches by destination read far fewer blocks.
    sqlx::query!("CLUSTER listings USING listings_city_idx")
        .execute(pool)
        .await?;
    sqlx::query!(
        "ANALYZE users, listings, listing_photos, bookings, booking_transitions, listing_holds, listing_night_prices, reviews, listing_views, listing_days, listing_months, host_days, ledger_entries, payouts, payout_items"
    )
    .execute(pool)
    .await?;
    Ok(stats)
}

/// Inserts the bookings, holds, blocks and per-date prices of one batch of listings;
/// returns the number of bookings.
async fn insert_calendars(
    tx: &mut sqlx::PgConnection,
    calendars: &[Calendar],
) -> Result<usize, sqlx::Error> {
    let bookings: Vec<_> = calendars.iter().flat_map(|c| &c.bookings).collect();
    macro_rules! col {
        ($field:ident) => {
            bookings
                .iter()
                .map(|b| b.$field.clone())
                .collect::<Vec<_>>()
        };
    }
    let statuses: Vec<String> = bookings.iter().map(|b| b.status.to_string()).collect();
    sqlx::query!(
        r#"
        INSERT INTO bookings (id, listing_id, guest_id, check_in, check_out, adults, children,
                              status, currency, total_minor, time_zone, cancellation_policy,
                              expires_at)
        OVERRIDING SYSTEM VALUE
        SELECT t.id, t.listing_id, t.guest_id, t.check_in, t.check_out, t.adults, t.children,
               t.status, 'USD', t.total, l.time_zone, l.cancellation_policy,
               CASE WHEN t.status = 'pending' THEN now() + interval '24 hours' END
        FROM UNNEST($1::bigint[], $2::bigint[], $3::uuid[], $4::date[], $5::date[], $6::int[],
                    $7::int[], $8::text[], $9::bigint[])
             AS t(id, listing_id, guest_id, check_in, check_out, adults, children, status, total)
        JOIN listings l ON l.id = t.listing_id
        "#,
        &col!(id),
        &col!(listing_id),
        &col!(guest_id),
        &col!(check_in),
        &col!(check_out),
        &col!(adults),
        &col!(children),
        &statuses,
        &col!(total_minor),
    )
    .execute(&mut *tx)
    .await?;

    let (mut listing_ids, mut froms, mut untils, mut booking_ids) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for b in &bookings {
        if let Some(until) = b.holds_until {
            listing_ids.push(b.listing_id);
            froms.push(b.check_in);
            untils.push(until);
            booking_ids.push(Some(b.id));
        }
    }
    for c in calendars {
        for (from, until) in &c.blocks {
            listing_ids.push(c.listing_id);
            froms.push(*from);
            untils.push(*until);
            booking_ids.push(None);
        }
    }
    sqlx::query!(
        r#"
        INSERT INTO listing_holds (listing_id, nights, booking_id)
        SELECT listing_id, daterange(from_date, until_date), booking_id
        FROM UNNEST($1::bigint[], $2::date[], $3::date[], $4::bigint[])
             AS t(listing_id, from_date, until_date, booking_id)
        "#,
        &listing_ids,
        &froms,
        &untils,
        &booking_ids as &[Option<i64>],
    )
    .execute(&mut *tx)
    .await?;

    let (mut price_ids, mut nights, mut prices) = (Vec::new(), Vec::new(), Vec::new());
    for c in calendars {
        for (night, price) in &c.night_prices {
            price_ids.push(c.listing_id);
            nights.push(*night);
            prices.push(*price);
        }
    }
    sqlx::query!(
        r#"
        INSERT INTO listing_night_prices (listing_id, night, price_minor)
        SELECT * FROM UNNEST($1::bigint[], $2::date[], $3::bigint[])
        "#,
        &price_ids,
        &nights,
        &prices,
    )
    .execute(&mut *tx)
    .await?;
    Ok(bookings.len())
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
        INSERT INTO users (id, email, display_name, about, city, country, created_at, updated_at,
                           email_verified_at)
        SELECT id, email, name, about, city, country, created, created, created
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

/// Inserts one batch of listings with their photos; returns the number of photos.
async fn insert_listings(
    tx: &mut sqlx::PgConnection,
    rows: &[ListingRow],
) -> Result<usize, sqlx::Error> {
    macro_rules! col {
        ($field:ident) => {
            rows.iter().map(|r| r.$field.clone()).collect::<Vec<_>>()
        };
    }
    let amenities: Vec<String> = rows.iter().map(|r| pg_text_array(&r.amenities)).collect();
    macro_rules! rule {
        ($field:ident) => {
            rows.iter()
                .map(|r| r.rules.$field.clone())
                .collect::<Vec<_>>()
        };
    }
    let policies: Vec<String> = rows
        .iter()
        .map(|r| r.rules.cancellation_policy.to_string())
        .collect();
    let zones: Vec<String> = rows.iter().map(|r| r.rules.time_zone.to_string()).collect();
    let check_in_hours: Vec<i32> = rows
        .iter()
        .map(|r| i32::from(r.rules.check_in_hour))
        .collect();
    let check_out_hours: Vec<i32> = rows
        .iter()
        .map(|r| i32::from(r.rules.check_out_hour))
        .collect();
    sqlx::query!(
        r#"
        INSERT INTO listings (id, host_id, title, description, property_type, address, city,
                              state, country, country_code, latitude, longitude,
                              price_per_night_minor, cleaning_fee_minor, currency, max_guests,
                              bedrooms, beds, bathrooms, amenities, created_at, updated_at,
                              instant_book, min_nights, max_nights, advance_notice_days,
                              preparation_nights, booking_window_days, weekend_price_minor,
                              weekly_discount_pct, monthly_discount_pct, tax_bp,
                              cancellation_policy, time_zone, check_in_after, check_out_before,
                              max_infants, smoking_allowed, events_allowed, house_rules)
        OVERRIDING SYSTEM VALUE
        SELECT id, host_id, title, description, property_type, address, city, state, country,
               country_code, latitude, longitude, price, cleaning, 'USD', max_guests, bedrooms,
               beds, bathrooms::numeric(3, 1), amenities::text[], created, created,
               instant_book, min_nights, max_nights, advance_notice, preparation, window_days,
               weekend, weekly, monthly, tax, policy, zone, make_time(check_in_hour, 0, 0),
               make_time(check_out_hour, 0, 0), infants, smoking, events, house_rules
        FROM UNNEST($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
                    $7::text[], $8::text[], $9::text[], $10::text[], $11::float8[],
                    $12::float8[], $13::bigint[], $14::bigint[], $15::int[], $16::int[],
                    $17::int[], $18::float8[], $19::text[], $20::timestamptz[],
                    $21::bool[], $22::int[], $23::int[], $24::int[], $25::int[], $26::int[],
                    $27::bigint[], $28::int[], $29::int[], $30::int[], $31::text[], $32::text[],
                    $33::int[], $34::int[], $35::int[], $36::bool[], $37::bool[], $38::text[])
             AS t(id, host_id, title, description, property_type, address, city, state,
                  country, country_code, latitude, longitude, price, cleaning, max_guests,
                  bedrooms, beds, bathrooms, amenities, created, instant_book, min_nights,
                  max_nights, advance_notice, preparation, window_days, weekend, weekly,
                  monthly, tax, policy, zone, check_in_hour, check_out_hour, infants, smoking,
                  events, house_rules)
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
        &rule!(instant_book),
        &rule!(min_nights),
        &rule!(max_nights),
        &rule!(advance_notice_days),
        &rule!(preparation_nights),
        &rule!(booking_window_days),
        &rule!(weekend_price_minor) as &[Option<i64>],
        &rule!(weekly_discount_pct),
        &rule!(monthly_discount_pct),
        &rule!(tax_bp),
        &policies,
        &zones,
        &check_in_hours,
        &check_out_hours,
        &rule!(max_infants),
        &rule!(smoking_allowed),
        &rule!(events_allowed),
        &rule!(house_rules),
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
    Ok(urls.len())
}

/// A text[] literal for one row, so a batch can carry ragged arrays through UNNEST
/// (PostgreSQL arrays of arrays must be rectangular).
fn pg_text_array(items: &[&'static str]) -> String {
    // Amenity keys are lower snake case: nothing to quote or escape.
    format!("{{{}}}", items.join(","))
}
