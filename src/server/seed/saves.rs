//! Demo guests' saved homes, with a taste, as real guests have: each guest has a city they
//! plan for, a budget (the city's typical price times a factor from ½ to 2) and a kind of
//! home they prefer. About 85 % of their 3 to 7 saves are in that city, weighted towards
//! their budget and kind; the rest are anywhere. This is what "Picked for you" learns
//! from, and what its leave-one-out evaluation hides and finds again
//! (docs/BENCHMARKS.md). Deterministic for a seed.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sqlx::PgPool;
use std::collections::HashMap;
use uuid::Uuid;

struct Home {
    id: i64,
    city: String,
    price: f64,
    kind: String,
}

/// One weighted draw from `homes` (weights ≥ 0); `None` when all are zero.
fn draw<'a>(rng: &mut ChaCha8Rng, homes: &[(&'a Home, f64)]) -> Option<&'a Home> {
    let total: f64 = homes.iter().map(|h| h.1).sum();
    if total <= 0.0 {
        return None;
    }
    let mut at = rng.gen_range(0.0..total);
    for (h, w) in homes {
        if at < *w {
            return Some(h);
        }
        at -= w;
    }
    homes.last().map(|h| h.0)
}

/// Saves for `guests` among listings `first..=last`: the number of saved homes.
pub async fn insert_saves(
    pool: &PgPool,
    first: i64,
    last: i64,
    guests: &[Uuid],
    seed: u64,
) -> Result<u64, sqlx::Error> {
    let homes: Vec<Home> = sqlx::query!(
        r#"SELECT id, city, price_per_night_minor::float8 AS "price!", property_type
           FROM listings WHERE id BETWEEN $1 AND $2 AND is_active ORDER BY id"#,
        first,
        last
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| Home {
        id: r.id,
        city: r.city,
        price: r.price,
        kind: r.property_type,
    })
    .collect();
    if homes.is_empty() || guests.is_empty() {
        return Ok(0);
    }
    let mut by_city: HashMap<&str, Vec<&Home>> = HashMap::new();
    for h in &homes {
        by_city.entry(h.city.as_str()).or_default().push(h);
    }
    let median = |list: &[&Home]| {
        let mut p: Vec<f64> = list.iter().map(|h| h.price).collect();
        p.sort_by(f64::total_cmp);
        p[p.len() / 2]
    };
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5a7e_5a7e);
    let (mut users, mut items) = (Vec::new(), Vec::new());
    for guest in guests {
        // A city, weighted by how many homes it has.
        let weighted: Vec<(&Home, f64)> = homes.iter().map(|h| (h, 1.0)).collect();
        let Some(anchor) = draw(&mut rng, &weighted) else {
            continue;
        };
        let city = &by_city[anchor.city.as_str()];
        let budget = median(city) * (rng.gen_range(-1.0f64..1.0) * std::f64::consts::LN_2).exp();
        let kind = city
            .choose(&mut rng)
            .map(|h| h.kind.clone())
            .unwrap_or_default();
        let n = rng.gen_range(3..=7);
        let mut chosen: Vec<i64> = Vec::new();
        for _ in 0..n * 3 {
            if chosen.len() >= n {
                break;
            }
            let pick = if rng.gen_bool(0.85) {
                let w: Vec<(&Home, f64)> = city
                    .iter()
                    .filter(|h| !chosen.contains(&h.id))
                    .map(|h| {
                        let fit = (-2.0 * (h.price / budget).ln().abs()).exp();
                        (*h, fit * if h.kind == kind { 3.0 } else { 1.0 })
                    })
                    .collect();
                draw(&mut rng, &w)
            } else {
                homes.choose(&mut rng)
            };
            if let Some(h) = pick
                && !chosen.contains(&h.id)
            {
                chosen.push(h.id);
            }
        }
        for id in chosen {
            users.push(*guest);
            items.push(id);
        }
    }
    let done = sqlx::query!(
        r#"WITH lists AS (
               INSERT INTO wishlists (user_id, name)
               SELECT DISTINCT u, 'Saved' FROM UNNEST($1::uuid[]) AS u
               ON CONFLICT DO NOTHING
               RETURNING id, user_id)
           INSERT INTO wishlist_items (wishlist_id, listing_id)
           SELECT l.id, t.listing_id
           FROM UNNEST($1::uuid[], $2::bigint[]) AS t(user_id, listing_id)
           JOIN lists l ON l.user_id = t.user_id
           ON CONFLICT DO NOTHING"#,
        &users,
        &items
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
