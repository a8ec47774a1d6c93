//! "Picked for you" from the database: the person's saved and booked homes, the homes
//! other people linked to them, the homes near them, ranked by `rank.rs`; for someone
//! with none yet, the most popular homes near their recent searches.

use super::rank::{Candidate, Item, rank};
use crate::app::types::AppError;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use std::collections::HashMap;
use uuid::Uuid;

/// Co-occurring candidates kept, at most; and homes near each of the person's.
const CO_CANDIDATES: i64 = 300;
const NEAR_CANDIDATES: i64 = 100;

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    lat: f64,
    lon: f64,
    price: i64,
    currency: String,
    kind: String,
    guests: i32,
    amenities: Vec<String>,
    popularity: i64,
}

impl ItemRow {
    fn item(self) -> (Item, u32) {
        (
            Item {
                id: self.id,
                lat: self.lat,
                lon: self.lon,
                price: self.price,
                currency: self.currency,
                kind: self.kind,
                guests: self.guests,
                amenities: self.amenities,
            },
            u32::try_from(self.popularity).unwrap_or(u32::MAX),
        )
    }
}

/// The homes `ids` with their popularity among people other than `me`.
async fn items(db: &DbScope, ids: Vec<i64>, me: Uuid) -> Result<Vec<(Item, u32)>, sqlx::Error> {
    let rows = db
        .read(|pool| {
            let ids = ids.clone();
            async move {
                sqlx::query_as!(
                    ItemRow,
                    r#"SELECT l.id AS "id!", l.latitude AS "lat!", l.longitude AS "lon!",
                              l.price_per_night_minor AS "price!", l.currency::text AS "currency!",
                              l.property_type AS "kind!", l.max_guests AS "guests!",
                              l.amenities AS "amenities!",
                              (SELECT count(DISTINCT li.user_id) FROM listing_interest li
                               WHERE li.listing_id = l.id AND li.user_id <> $2) AS "popularity!"
                       FROM listings l WHERE l.id = ANY($1) ORDER BY l.id"#,
                    &ids,
                    me
                )
                .fetch_all(&pool)
                .await
            }
        })
        .await?;
    Ok(rows.into_iter().map(ItemRow::item).collect())
}

/// The person's homes, and every candidate with its co-occurrence and popularity.
pub async fn signals(db: &DbScope, me: Uuid) -> Result<(Vec<Item>, Vec<Candidate>), AppError> {
    let err = |e| db_error(e, "picks");
    let mine_ids: Vec<i64> = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                r#"SELECT DISTINCT listing_id AS "id!" FROM listing_interest WHERE user_id = $1"#,
                me
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(err)?;
    if mine_ids.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let mine: Vec<Item> = items(db, mine_ids, me)
        .await
        .map_err(err)?
        .into_iter()
        .map(|(i, _)| i)
        .collect();
    let co: Vec<(i64, f64)> = db
        .read(|pool| async move {
            sqlx::query!(
                r#"WITH mine AS (SELECT DISTINCT listing_id FROM listing_interest WHERE user_id = $1),
                        others AS (SELECT DISTINCT user_id, listing_id FROM listing_interest
                                   WHERE user_id <> $1),
                        n AS (SELECT listing_id, count(*)::float8 AS n FROM others GROUP BY listing_id),
                        pairs AS (
                            SELECT o2.listing_id AS j, o1.listing_id AS i, count(*)::float8 AS shared
                            FROM others o1
                            JOIN others o2 ON o2.user_id = o1.user_id AND o2.listing_id <> o1.listing_id
                            WHERE o1.listing_id IN (SELECT listing_id FROM mine)
                            GROUP BY 1, 2)
                   SELECT p.j AS "id!", sum(p.shared / sqrt(ni.n * nj.n)) AS "co!"
                   FROM pairs p JOIN n ni ON ni.listing_id = p.i JOIN n nj ON nj.listing_id = p.j
                   JOIN listings l ON l.id = p.j AND l.is_active
                   GROUP BY p.j ORDER BY 2 DESC, 1 LIMIT $2"#,
                me,
                CO_CANDIDATES
            )
            .fetch_all(&pool)
            .await
            .map(|rows| rows.into_iter().map(|r| (r.id, r.co)).collect())
        })
        .await
        .map_err(err)?;
    let (lats, lons): (Vec<f64>, Vec<f64>) = mine.iter().map(|m| (m.lat, m.lon)).unzip();
    let near: Vec<i64> = db
        .read(|pool| {
            let (lats, lons) = (lats.clone(), lons.clone());
            async move {
                sqlx::query_scalar!(
                    r#"SELECT DISTINCT c.id AS "id!"
                       FROM unnest($1::float8[], $2::float8[]) AS m(lat, lon)
                       CROSS JOIN LATERAL (
                           SELECT l.id FROM listings l
                           WHERE l.is_active AND point(l.longitude, l.latitude) <@ box(
                               point(m.lon - 0.46 / greatest(cos(radians(m.lat)), 0.01), m.lat - 0.46),
                               point(m.lon + 0.46 / greatest(cos(radians(m.lat)), 0.01), m.lat + 0.46))
                           ORDER BY point(l.longitude, l.latitude) <-> point(m.lon, m.lat), l.id
                           LIMIT $3) c"#,
                    &lats,
                    &lons,
                    NEAR_CANDIDATES
                )
                .fetch_all(&pool)
                .await
            }
        })
        .await
        .map_err(err)?;
    let co_of: HashMap<i64, f64> = co.iter().copied().collect();
    let mut ids: Vec<i64> = co.iter().map(|c| c.0).chain(near).collect();
    ids.sort_unstable();
    ids.dedup();
    let candidates = items(db, ids, me)
        .await
        .map_err(err)?
        .into_iter()
        .map(|(item, popularity)| Candidate {
            co: co_of.get(&item.id).copied().unwrap_or(0.0),
            item,
            popularity,
        })
        .collect();
    Ok((mine, candidates))
}

/// Up to `limit` homes for `me`, best first, and why: "Because you saved or booked
/// homes in Lisbon" or "Popular near your searches: Porto".
pub async fn for_user(
    db: &DbScope,
    me: Uuid,
    limit: usize,
) -> Result<(Vec<i64>, Option<String>), AppError> {
    let (mine, candidates) = signals(db, me).await?;
    if !mine.is_empty() {
        let ids = rank(&mine, &candidates, limit)
            .into_iter()
            .map(|r| r.0)
            .collect();
        return Ok((ids, Some(crate::tr!("assistant-picks-saved-and-booked"))));
    }
    near_searches(db, me, limit).await
}

/// The most saved and booked active homes near the person's five latest searches.
async fn near_searches(
    db: &DbScope,
    me: Uuid,
    limit: usize,
) -> Result<(Vec<i64>, Option<String>), AppError> {
    let limit = i64::try_from(limit).unwrap_or(10);
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"WITH recent AS (
                       SELECT DISTINCT ON (lower(destination)) destination, latitude, longitude, searched_at
                       FROM search_history WHERE user_id = $1
                       ORDER BY lower(destination), searched_at DESC),
                   latest AS (SELECT * FROM recent ORDER BY searched_at DESC LIMIT 5)
                   SELECT l.id AS "id!", string_agg(DISTINCT s.destination, ', ') AS "places!"
                   FROM latest s
                   JOIN listings l ON l.is_active AND (
                        (s.latitude IS NOT NULL AND point(l.longitude, l.latitude) <@ box(
                            point(s.longitude - 0.3 / greatest(cos(radians(s.latitude)), 0.01), s.latitude - 0.3),
                            point(s.longitude + 0.3 / greatest(cos(radians(s.latitude)), 0.01), s.latitude + 0.3)))
                        OR lower(l.city) = lower(split_part(s.destination, ',', 1)))
                   GROUP BY l.id
                   ORDER BY (SELECT count(*) FROM listing_interest li WHERE li.listing_id = l.id) DESC,
                            max(l.rating) DESC NULLS LAST, l.id
                   LIMIT $2"#,
                me,
                limit
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "picks near searches"))?;
    let mut places: Vec<String> = rows
        .iter()
        .flat_map(|r| r.places.split(", ").map(str::to_string))
        .collect();
    places.sort();
    places.dedup();
    let why = (!rows.is_empty())
        .then(|| crate::tr!("assistant-picks-near-searches", places = places.join(", ")));
    Ok((rows.into_iter().map(|r| r.id).collect(), why))
}
