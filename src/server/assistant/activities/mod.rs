//! Things to do near a stay, from every source behind one interface, [`ActivitySource`]:
//!
//! - `store.rs`: the listing's **guidebook** (the host's picks) and Haven's **place
//!   table** (`activity_places`, loaded for the demo cities from
//!   `data/activity_places.csv` by `seed.rs`). Both offline, in PostgreSQL.
//! - `overpass.rs`: OpenStreetMap through an Overpass API server, when
//!   `HAVEN_OVERPASS_URL` is set. Needs the network.
//!
//! [`gather`] asks each source, keeps the first of places that two sources name alike,
//! and ranks by distance and fit. Opening hours are read by `hours.rs`; a place whose
//! hours are unknown is listed but never planned.

pub mod guidebook;
pub mod hours;
pub mod overpass;
pub mod seed;
pub mod store;

use crate::app::types::activities::{Activity, ActivityCategory, ActivityOrigin};
use crate::server::assistant::planner::{Category, WeeklyHours, haversine_km};
use crate::server::assistant::{Clients, client_for};
use crate::server::platform::config::Config;
use crate::server::platform::db::DbScope;
use std::future::Future;
use std::sync::{Arc, OnceLock};

/// Where to look.
#[derive(Clone, Debug, PartialEq)]
pub struct Near {
    pub latitude: f64,
    pub longitude: f64,
    pub radius_km: f64,
    /// The listing whose guidebook counts; `None` for a bare point.
    pub listing_id: Option<i64>,
    /// The most places a source returns.
    pub limit: usize,
    /// Only places of these kinds; any kind when empty.
    pub only: Vec<ActivityCategory>,
}

impl Near {
    /// Whether a place of kind `c` is wanted.
    pub fn wants(&self, c: ActivityCategory) -> bool {
        self.only.is_empty() || self.only.contains(&c)
    }
}

/// A place as a source found it: what the page shows, and the week it is open when that
/// is known.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub activity: Activity,
    pub week: Option<WeeklyHours>,
}

impl Found {
    /// A place from a source's row: hours read (or left unknown), distance from `near`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        key: String,
        name: String,
        category: ActivityCategory,
        (latitude, longitude): (f64, f64),
        opening_hours: Option<String>,
        near: &Near,
        source: ActivityOrigin,
    ) -> Self {
        let week = opening_hours.as_deref().and_then(|h| hours::parse(h).ok());
        Self {
            activity: Activity {
                key,
                name,
                category,
                latitude,
                longitude,
                distance_km: round2(haversine_km(
                    near.latitude,
                    near.longitude,
                    latitude,
                    longitude,
                )),
                hours: week.as_ref().map(hours::week_lines).unwrap_or_default(),
                opening_hours,
                duration_min: 60,
                price_level: None,
                indoor: false,
                kid_friendly: None,
                description: String::new(),
                source,
            },
            week,
        }
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SourceError(pub String);

/// A source of places to go.
pub trait ActivitySource: Send + Sync {
    /// Names the source in an answer ("Haven's place list").
    fn name(&self) -> &str;
    /// Places within `near.radius_km` of the point, nearest first, at most `near.limit`.
    fn near(&self, near: &Near) -> impl Future<Output = Result<Vec<Found>, SourceError>> + Send;
}

pub fn category_of(c: ActivityCategory) -> Category {
    match c {
        ActivityCategory::Food => Category::Food,
        ActivityCategory::Museum => Category::Museum,
        ActivityCategory::Sight => Category::Sight,
        ActivityCategory::Outdoors => Category::Outdoors,
        ActivityCategory::Nightlife => Category::Nightlife,
        ActivityCategory::Shopping => Category::Shopping,
        ActivityCategory::Family => Category::Family,
        ActivityCategory::Wellness => Category::Wellness,
        ActivityCategory::Culture => Category::Culture,
    }
}

/// What the person asked for, to rank by.
#[derive(Clone, Debug, Default)]
pub struct Fit {
    /// Kinds they like.
    pub interests: Vec<ActivityCategory>,
}

/// How well a place fits, higher first: nearness (1 at the door, 0 at the radius), plus
/// 0.5 for a kind the person likes and 0.3 for the host's own pick.
pub fn score(a: &Activity, radius_km: f64, fit: &Fit) -> f64 {
    let near = (1.0 - a.distance_km / radius_km.max(0.1)).clamp(0.0, 1.0);
    let liked = if fit.interests.contains(&a.category) {
        0.5
    } else {
        0.0
    };
    let host = if a.source == ActivityOrigin::Guidebook {
        0.3
    } else {
        0.0
    };
    near + liked + host
}

/// Same place, said twice: names equal once case, accents and punctuation are ignored,
/// and within 300 m.
fn same_place(a: &Activity, b: &Activity) -> bool {
    fn folded(s: &str) -> String {
        crate::server::assistant::query::fold(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect()
    }
    folded(&a.name) == folded(&b.name)
        && haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) < 0.3
}

/// Merges what the sources found (earlier sources win a duplicate), keeps what is within
/// the radius and of the kinds `near` asks for, ranks by [`score`]
/// (ties: nearer, then key) and keeps `limit`.
pub fn rank(found: Vec<Vec<Found>>, near: &Near, fit: &Fit) -> Vec<Found> {
    let mut kept: Vec<Found> = Vec::new();
    for f in found.into_iter().flatten() {
        let a = &f.activity;
        if a.distance_km > near.radius_km
            || !near.wants(a.category)
            || kept.iter().any(|k| same_place(&k.activity, a))
        {
            continue;
        }
        kept.push(f);
    }
    kept.sort_by(|x, y| {
        let (a, b) = (&x.activity, &y.activity);
        score(b, near.radius_km, fit)
            .total_cmp(&score(a, near.radius_km, fit))
            .then(a.distance_km.total_cmp(&b.distance_km))
            .then_with(|| a.key.cmp(&b.key))
    });
    kept.truncate(near.limit);
    kept
}

/// The OpenStreetMap client for `config`'s `HAVEN_OVERPASS_URL`; `None` when unset.
pub fn overpass(config: &Config) -> Option<Arc<overpass::Overpass>> {
    static CLIENTS: Clients<overpass::Overpass> = OnceLock::new();
    let url = config.overpass_url.as_deref()?;
    client_for(&CLIENTS, url, || {
        overpass::Overpass::new(url, config.overpass_timeout)
            .map_err(|e| tracing::error!(error = %e, "activities: no Overpass client"))
            .ok()
    })
}

/// Asks one source; a failure is logged and named in the sources, and counts as nothing.
async fn ask<S: ActivitySource>(source: &S, near: &Near) -> (Vec<Found>, String) {
    match source.near(near).await {
        Ok(found) => (found, source.name().to_string()),
        Err(e) => {
            tracing::warn!(source = source.name(), error = %e, "activities: a source failed");
            (Vec::new(), format!("{}: unavailable", source.name()))
        }
    }
}

/// Places near `near` from every source this server has (the guidebook, the place table,
/// OpenStreetMap when configured), ranked for `fit`; and the sources, by name.
pub async fn gather(
    db: &DbScope,
    config: &Config,
    near: &Near,
    fit: &Fit,
) -> (Vec<Found>, Vec<String>) {
    let osm = overpass(config);
    let (guidebook, table) = (store::Guidebook(db), store::PlaceTable(db));
    let (guide, table, street) = tokio::join!(ask(&guidebook, near), ask(&table, near), async {
        match &osm {
            Some(o) => Some(ask(o.as_ref(), near).await),
            None => None,
        }
    });
    let mut sources = Vec::new();
    let mut found = Vec::new();
    for (f, name) in [Some(guide), Some(table), street].into_iter().flatten() {
        found.push(f);
        sources.push(name);
    }
    (rank(found, near, fit), sources)
}
