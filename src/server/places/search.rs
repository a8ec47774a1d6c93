//! Finding places as people type, and reading a typed "Town, Region, Country" back.
//!
//! A suggestion matches when one of a place's names (its own, or another it is known by:
//! "Lisboa", "Lisbonne") starts with the folded text. For four letters or more, a name a
//! typo away matches too ("Lisobn" finds Lisbon): the database offers names like the text
//! (pg_trgm, in the SQL functions `place_hits` and `area_hits`), and [`distance`] keeps
//! those whose beginning is within one edit (four or five letters) or two (six or more).
//! Prefix matches rank first, by population; then typos, by fewest edits and then by
//! population. Regions and countries are suggested the same way for search destinations.
//!
//! [`distance`]: super::distance

use super::{Place, fold};
use crate::app::types::AppError;
use crate::app::types::places::{PlaceKind, PlaceSuggestion, label};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::Memo;
use sqlx::PgPool;
use std::sync::Arc;

/// Which kinds of place to suggest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kinds {
    /// Towns only (the listing editor).
    Towns,
    /// Towns, regions and countries (search destinations).
    Any,
}

/// A candidate before ranking: 0 for a prefix, else 1 + the edits it is away.
struct Hit {
    rank: usize,
    suggestion: PlaceSuggestion,
}

/// The place a search for `typed` most likely meant, when `typed` is not itself a place's
/// name (folded): its label ("Lisbon, Portugal"). `None` when nothing is close, or on any
/// error (a hint, never a failure).
pub async fn did_you_mean(
    db: &DbScope,
    memo: &Memo<Arc<Vec<PlaceSuggestion>>>,
    typed: &str,
) -> Option<String> {
    let typed = typed.trim();
    if typed.chars().count() < 4 {
        return None;
    }
    // As many as the search box asks for: the ranking needs the typo candidates.
    let best = suggest(db, memo, typed, Kinds::Any, 8).await.ok()?;
    let best = best.first()?;
    (super::fold::fold(&best.name) != super::fold::fold(typed)).then(|| best.label.clone())
}

/// Up to `limit` suggestions for `typed`, best first; kept in `memo` for a while (the
/// gazetteer changes only when it is imported).
pub async fn suggest(
    db: &DbScope,
    memo: &Memo<Arc<Vec<PlaceSuggestion>>>,
    typed: &str,
    kinds: Kinds,
    limit: usize,
) -> Result<Arc<Vec<PlaceSuggestion>>, AppError> {
    let key = fold(typed);
    if key.is_empty() {
        return Ok(Arc::default());
    }
    let memo_key = format!("{kinds:?}|{limit}|{key}");
    if let Some(kept) = memo.get(&memo_key) {
        return Ok(kept);
    }
    let found = Arc::new(compute(db, &key, kinds, limit).await?);
    memo.put(memo_key, found.clone());
    Ok(found)
}

async fn compute(
    db: &DbScope,
    key: &str,
    kinds: Kinds,
    limit: usize,
) -> Result<Vec<PlaceSuggestion>, AppError> {
    let key = key.to_string();
    db.read(|pool| {
        let key = key.clone();
        async move {
            let mut hits = towns(&pool, &key, limit).await?;
            if kinds == Kinds::Any {
                hits.extend(areas(&pool, &key, limit).await?);
            }
            Ok(hits)
        }
    })
    .await
    .map(|hits| rank(hits, limit))
    .map_err(|e| db_error(e, "place suggestions"))
}

fn rank(mut hits: Vec<Hit>, limit: usize) -> Vec<PlaceSuggestion> {
    hits.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(b.suggestion.population.cmp(&a.suggestion.population))
            .then(a.suggestion.label.cmp(&b.suggestion.label))
    });
    hits.truncate(limit);
    hits.into_iter().map(|h| h.suggestion).collect()
}

/// How many edits a typo may be: none under four letters, one under six, then two.
fn allowed_edits(key: &str) -> usize {
    match key.chars().count() {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    }
}

/// A candidate's rank: 0 for a prefix, 1 + its edits for a likeness close enough.
fn judged(key: &str, tier: i32, name_key: &str) -> Option<usize> {
    if tier == 0 {
        return Some(0);
    }
    let typed: Vec<char> = key.chars().collect();
    let name: Vec<char> = name_key.chars().collect();
    let edits = super::distance::prefix_edits(&typed, &name);
    (edits <= allowed_edits(key)).then_some(1 + edits)
}

/// Towns whose names start with `key`, or are a typo or two away from it.
async fn towns(pool: &PgPool, key: &str, limit: usize) -> Result<Vec<Hit>, sqlx::Error> {
    let typos = allowed_edits(key) > 0;
    let candidates = sqlx::query!(
        r#"SELECT place_id AS "place_id!", key AS "key!", tier AS "tier!" FROM place_hits($1, $2, $3)"#,
        key,
        limit as i32,
        typos
    )
    .fetch_all(pool)
    .await?;
    // Each town's best name.
    let mut best: Vec<(i64, usize)> = Vec::new();
    for c in candidates {
        let Some(rank) = judged(key, c.tier, &c.key) else {
            continue;
        };
        match best.iter_mut().find(|(id, _)| *id == c.place_id) {
            Some((_, r)) => *r = (*r).min(rank),
            None => best.push((c.place_id, rank)),
        }
    }
    let ids: Vec<i64> = best.iter().map(|(id, _)| *id).collect();
    Ok(load(pool, &ids)
        .await?
        .into_iter()
        .filter_map(|place| {
            let rank = best.iter().find(|(id, _)| *id == place.id)?.1;
            Some(Hit {
                rank,
                suggestion: suggestion(place),
            })
        })
        .collect())
}

/// The towns with these ids (in no particular order), with their region and country.
/// Every column says whether it may be null: sqlx would infer it from the plan, which
/// changes with the data.
async fn load(pool: &PgPool, ids: &[i64]) -> Result<Vec<Place>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"
        SELECT p.id AS "id!", p.name AS "name!", p.region_code AS "region_code?",
               r.name AS "region?", c.name AS "country!",
               p.country_code::text AS "country_code!", p.latitude AS "latitude!",
               p.longitude AS "longitude!", p.time_zone AS "time_zone!",
               p.population AS "population!"
        FROM places p
        JOIN countries c ON c.code = p.country_code
        LEFT JOIN regions r ON r.country_code = p.country_code AND r.code = p.region_code
        WHERE p.id = ANY($1)
        "#,
        ids
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Place {
            id: r.id,
            name: r.name,
            region_code: r.region_code,
            region: r.region,
            country: r.country,
            country_code: r.country_code,
            latitude: r.latitude,
            longitude: r.longitude,
            time_zone: r.time_zone,
            population: r.population,
        })
        .collect())
}

/// Regions and countries whose names start with `key`, or are a typo or two away.
async fn areas(pool: &PgPool, key: &str, limit: usize) -> Result<Vec<Hit>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"
        SELECT kind AS "kind!", name AS "name!", country AS "country!",
               country_code AS "country_code!", key AS "key!", tier AS "tier!",
               population AS "population!"
        FROM area_hits($1, $2, $3)
        "#,
        key,
        limit as i32,
        allowed_edits(key) > 0
    )
    .fetch_all(pool)
    .await?;
    let mut hits: Vec<Hit> = Vec::new();
    for r in rows {
        let Some(rank) = judged(key, r.tier, &r.key) else {
            continue;
        };
        let kind = if r.kind == "region" {
            PlaceKind::Region
        } else {
            PlaceKind::Country
        };
        let label = label(&r.name, None, &r.country);
        if let Some(seen) = hits.iter_mut().find(|h| h.suggestion.label == label) {
            seen.rank = seen.rank.min(rank);
            continue;
        }
        hits.push(Hit {
            rank,
            suggestion: PlaceSuggestion {
                kind,
                id: None,
                label,
                name: r.name,
                region: None,
                country: r.country,
                country_code: r.country_code,
                latitude: None,
                longitude: None,
                time_zone: None,
                population: r.population,
            },
        });
    }
    Ok(hits)
}

/// A typed place read back.
#[derive(Debug, PartialEq)]
pub enum Resolved {
    /// Exactly one town is meant.
    One(Place),
    /// Several towns could be meant (the twenty Springfields), or none is named exactly
    /// and these are the likeliest: the person chooses.
    Choices(Vec<PlaceSuggestion>),
    /// Nothing like it.
    Nothing,
}

/// The town with GeoNames id `id`.
pub async fn by_id(pool: &PgPool, id: i64) -> Result<Option<Place>, AppError> {
    let found = load(pool, &[id]).await.map_err(|e| db_error(e, "place"))?;
    Ok(found.into_iter().next())
}

/// The town meant by `typed`: "Elvas", "Springfield, Illinois", "Lisbon, Portugal" or
/// "Lisbon, PT". The first part is one of the town's names; each later part names its
/// region or its country (name or code). Names compare folded.
pub async fn resolve(pool: &PgPool, typed: &str) -> Result<Resolved, AppError> {
    let mut parts = typed.split(',').map(fold);
    let name = parts.next().unwrap_or_default();
    if name.is_empty() {
        return Ok(Resolved::Nothing);
    }
    let within: Vec<String> = parts.filter(|p| !p.is_empty()).collect();
    let ids = sqlx::query_scalar!(
        r#"SELECT place_id AS "place_id!" FROM place_names WHERE key = $1
           GROUP BY place_id ORDER BY max(population) DESC, place_id LIMIT 200"#,
        name
    )
    .fetch_all(pool)
    .await
    .map_err(|e| db_error(e, "place"))?;
    let mut named: Vec<Place> = load(pool, &ids)
        .await
        .map_err(|e| db_error(e, "place"))?
        .into_iter()
        .filter(|p| within.iter().all(|w| is_within(p, w)))
        .collect();
    named.sort_by(|a, b| b.population.cmp(&a.population).then(a.id.cmp(&b.id)));
    if named.len() > 1 {
        return Ok(Resolved::Choices(
            named.into_iter().take(10).map(suggestion).collect(),
        ));
    }
    if let Some(town) = named.into_iter().next() {
        return Ok(Resolved::One(town));
    }
    // No town has that name: the likeliest ones it may be a typo of.
    let likely = towns(pool, &name, 6)
        .await
        .map_err(|e| db_error(e, "place suggestions"))?;
    let likely = rank(likely, 6);
    Ok(if likely.is_empty() {
        Resolved::Nothing
    } else {
        Resolved::Choices(likely)
    })
}

/// Whether the folded `part` names `place`'s region or country.
fn is_within(place: &Place, part: &str) -> bool {
    place.region.as_deref().is_some_and(|r| fold(r) == part)
        || fold(&place.country) == part
        || place.country_code.eq_ignore_ascii_case(part)
}

/// A town as a suggestion.
pub fn suggestion(p: Place) -> PlaceSuggestion {
    PlaceSuggestion {
        kind: PlaceKind::Place,
        id: Some(p.id),
        label: p.label(),
        name: p.name,
        region: p.region,
        country: p.country,
        country_code: p.country_code,
        latitude: Some(p.latitude),
        longitude: Some(p.longitude),
        time_zone: Some(p.time_zone),
        population: p.population,
    }
}
