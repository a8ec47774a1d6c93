//! The ranking of "Picked for you", with no I/O: the same code ranks for the home page
//! (from the database, `store.rs`) and for the leave-one-out evaluation (in memory,
//! `tests/assistant/picks.rs`). A candidate's score is
//!
//! `0.5·co + 0.4·content + 0.1·popular`, where
//! - co = Σᵢ |Uᵢ ∩ Uⱼ| / √(|Uᵢ|·|Uⱼ|) over the person's homes i (Uₓ: the other people who
//!   saved or booked x), divided by the best candidate's: "guests who saved this also
//!   saved…";
//! - content = the best likeness to one of the person's homes within 50 km, the
//!   similar-stays score (near, price, kind, room, amenities);
//! - popular = ln(1 + |Uⱼ|) / ln(1 + the most popular candidate's |U|).

use crate::server::assistant::planner::haversine_km;
use std::collections::{BTreeSet, HashMap, HashSet};
use uuid::Uuid;

pub const W_CO: f64 = 0.5;
pub const W_CONTENT: f64 = 0.4;
pub const W_POPULAR: f64 = 0.1;
/// Homes further apart than this are not alike.
pub const NEAR_KM: f64 = 50.0;

/// A home, as the recommender compares them.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: i64,
    pub lat: f64,
    pub lon: f64,
    pub price: i64,
    pub currency: String,
    pub kind: String,
    pub guests: i32,
    pub amenities: Vec<String>,
}

/// How alike two homes are, 0 to 1: `0.35·near + 0.25·price + 0.15·kind + 0.10·room +
/// 0.15·amenities`, as `assistant::similar` scores similar stays.
pub fn likeness(me: &Item, other: &Item) -> f64 {
    let km = haversine_km(me.lat, me.lon, other.lat, other.lon);
    let near = 1.0 / (1.0 + km / 2.0);
    let price = if me.currency == other.currency && me.price > 0 && other.price > 0 {
        (1.0 - ((other.price as f64) / (me.price as f64)).ln().abs() / 2f64.ln()).max(0.0)
    } else {
        0.0
    };
    let kind = f64::from(u8::from(me.kind == other.kind));
    let room = if me.guests > 0 {
        (1.0 - f64::from((other.guests - me.guests).abs()) / f64::from(me.guests)).max(0.0)
    } else {
        0.0
    };
    let a: HashSet<&String> = me.amenities.iter().collect();
    let b: HashSet<&String> = other.amenities.iter().collect();
    let union = a.union(&b).count();
    let amenities = if union == 0 {
        0.0
    } else {
        a.intersection(&b).count() as f64 / union as f64
    };
    0.35 * near + 0.25 * price + 0.15 * kind + 0.10 * room + 0.15 * amenities
}

/// A home that could be suggested, with what other people did.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub item: Item,
    /// Σᵢ |Uᵢ ∩ Uⱼ| / √(|Uᵢ|·|Uⱼ|), unnormalised (0 when nobody links it to the person's homes).
    pub co: f64,
    /// |Uⱼ|: how many other people saved or booked it.
    pub popularity: u32,
}

/// The best `limit` candidates for someone whose homes are `mine` (those themselves are
/// never suggested), best first; ties by id.
pub fn rank(mine: &[Item], candidates: &[Candidate], limit: usize) -> Vec<(i64, f64)> {
    let own: HashSet<i64> = mine.iter().map(|i| i.id).collect();
    let max_co = candidates.iter().map(|c| c.co).fold(0.0, f64::max);
    let max_pop = candidates.iter().map(|c| c.popularity).max().unwrap_or(0);
    let mut scored: Vec<(i64, f64)> = candidates
        .iter()
        .filter(|c| !own.contains(&c.item.id))
        .map(|c| {
            let co = if max_co > 0.0 { c.co / max_co } else { 0.0 };
            let content = mine
                .iter()
                .filter(|m| haversine_km(m.lat, m.lon, c.item.lat, c.item.lon) <= NEAR_KM)
                .map(|m| likeness(m, &c.item))
                .fold(0.0, f64::max);
            let popular = if max_pop > 0 {
                f64::from(c.popularity).ln_1p() / f64::from(max_pop).ln_1p()
            } else {
                0.0
            };
            (
                c.item.id,
                W_CO * co + W_CONTENT * content + W_POPULAR * popular,
            )
        })
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.dedup_by_key(|s| s.0);
    scored.truncate(limit);
    scored
}

/// Everyone's saved or booked homes, in memory: the reference the database's numbers are
/// checked against, and the evaluation's data.
#[derive(Clone, Debug, Default)]
pub struct Interactions {
    pub by_user: HashMap<Uuid, BTreeSet<i64>>,
}

impl Interactions {
    /// Who (other than `me`) saved or booked each home.
    fn others(&self, me: Uuid) -> HashMap<i64, HashSet<Uuid>> {
        let mut by_item: HashMap<i64, HashSet<Uuid>> = HashMap::new();
        for (u, items) in &self.by_user {
            if *u == me {
                continue;
            }
            for i in items {
                by_item.entry(*i).or_default().insert(*u);
            }
        }
        by_item
    }

    /// The candidates for `me`: every home of `items` (with its co-occurrence with `me`'s
    /// homes and its popularity), by brute force.
    pub fn candidates(&self, me: Uuid, items: &HashMap<i64, Item>) -> Vec<Candidate> {
        let others = self.others(me);
        let mine = self.by_user.get(&me).cloned().unwrap_or_default();
        let empty = HashSet::new();
        let mut ids: Vec<&i64> = items.keys().collect();
        ids.sort();
        ids.into_iter()
            .filter(|j| !mine.contains(j))
            .map(|j| {
                let uj = others.get(j).unwrap_or(&empty);
                let co = mine
                    .iter()
                    .map(|i| {
                        let ui = others.get(i).unwrap_or(&empty);
                        let shared = ui.intersection(uj).count();
                        if shared == 0 {
                            0.0
                        } else {
                            shared as f64 / ((ui.len() * uj.len()) as f64).sqrt()
                        }
                    })
                    .sum();
                Candidate {
                    item: items[j].clone(),
                    co,
                    popularity: uj.len() as u32,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn home(id: i64, lat: f64, price: i64, kind: &str) -> Item {
        Item {
            id,
            lat,
            lon: 0.0,
            price,
            currency: "EUR".into(),
            kind: kind.into(),
            guests: 4,
            amenities: vec!["wifi".into(), "kitchen".into()],
        }
    }

    #[test]
    fn likeness_is_one_for_the_same_home_and_falls_with_distance_and_price() {
        let a = home(1, 0.0, 100, "apartment");
        assert!((likeness(&a, &a) - 1.0).abs() < 1e-9);
        let far = home(2, 0.2, 100, "apartment");
        let dear = home(3, 0.0, 200, "apartment");
        assert!(likeness(&a, &far) < 1.0 && likeness(&a, &dear) < 1.0);
        assert!(
            (likeness(&a, &dear) - 0.75).abs() < 1e-9,
            "double the price: no price part"
        );
    }

    #[test]
    fn co_occurrence_outranks_a_lone_lookalike_and_own_homes_are_never_suggested() {
        let items: HashMap<i64, Item> = [
            home(1, 0.0, 100, "apartment"),
            home(2, 0.0, 100, "apartment"),
            home(3, 0.3, 300, "villa"),
            home(4, 5.0, 100, "apartment"),
        ]
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
        let (me, a, b) = (Uuid::from_u128(1), Uuid::from_u128(2), Uuid::from_u128(3));
        let data = Interactions {
            by_user: [
                (me, BTreeSet::from([1])),
                (a, BTreeSet::from([1, 3])),
                (b, BTreeSet::from([1, 3])),
            ]
            .into_iter()
            .collect(),
        };
        let cands = data.candidates(me, &items);
        let c3 = cands.iter().find(|c| c.item.id == 3).expect("3");
        assert!((c3.co - 2.0 / (2.0f64 * 2.0).sqrt()).abs() < 1e-9);
        assert_eq!(c3.popularity, 2);
        let mine = [items[&1].clone()];
        let ranked = rank(&mine, &cands, 10);
        let ids: Vec<i64> = ranked.iter().map(|r| r.0).collect();
        assert_eq!(ids[0], 3, "saved together beats looking alike: {ranked:?}");
        assert_eq!(ids[1], 2, "then the lookalike next door");
        assert!(!ids.contains(&1));
        assert_eq!(rank(&mine, &cands, 1).len(), 1);
    }
}
