//! Filling the days of a stay. See the module docs of `planner` for the
//! rules; this file is the "how".

use std::cmp::Ordering;
use std::collections::BTreeMap;

use time::Date;

use super::error::PlanError;
use super::geo::{KM_EPSILON, haversine_km, valid_coords};
use super::schedule::{DayCtx, Layout, Stop, best_layout, stops_km};
use super::types::{Activity, DayPlan, Plan, PlanItem, PlanRequest, Slot};
use super::validate::{check, day_slots};
use super::{BAD_OUTLOOK, FINE_OUTLOOK, POOR_OUTLOOK, UNKNOWN_OUTLOOK};

/// An activity the planner may still add.
struct Candidate<'a> {
    act: &'a Activity,
    /// 0 if it matches the guest's interests (or there are none), else 1.
    interest: u8,
    /// Distance from the stay.
    stay_km: f64,
}

/// One date being filled.
struct DayState<'a> {
    ctx: DayCtx,
    light: bool,
    outlook: f64,
    capacity: usize,
    locked: Vec<Stop<'a>>,
    /// Slots of the day not taken by a locked item.
    open: Vec<Slot>,
    /// Unlocked activities chosen so far, in the order they were chosen.
    chosen: Vec<&'a Activity>,
    /// The place the day is clustered around: the first locked place, or
    /// else the first activity chosen for the day.
    anchor: Option<(f64, f64)>,
    /// Current best timing of locked + chosen.
    layout: Layout<'a>,
}

impl DayState<'_> {
    fn count(&self) -> usize {
        self.locked.len() + self.chosen.len()
    }
}

/// Sort key for candidates on a given day; smaller is better.
struct Key {
    interest: u8,
    weather: u8,
    slot_fit: u8,
    km: f64,
    id: i64,
}

fn cmp_keys(a: &Key, b: &Key) -> Ordering {
    (a.interest, a.weather, a.slot_fit)
        .cmp(&(b.interest, b.weather, b.slot_fit))
        .then(a.km.total_cmp(&b.km))
        .then(a.id.cmp(&b.id))
}

/// 0 when the activity suits the day's weather: outdoor ones on fine days
/// (outlook ≥ 0.6), indoor ones on poor days (outlook < 0.4); on middling or
/// unknown days everything is 0.
fn weather_tier(outlook: f64, indoor: bool) -> u8 {
    if outlook >= FINE_OUTLOOK {
        u8::from(indoor)
    } else if outlook < POOR_OUTLOOK {
        u8::from(!indoor)
    } else {
        0
    }
}

/// Plans the stay. See [`super::plan`].
pub(super) fn build(req: &PlanRequest, activities: &[Activity]) -> Result<Plan, PlanError> {
    let checked = check(req, activities)?;
    let stay = (req.stay_lat, req.stay_lon);
    let hard_km = req.travel.daily_limit_km();
    let budget_km = hard_km * req.pace.travel_share();

    let mut outlooks: BTreeMap<Date, f64> = BTreeMap::new();
    for o in &req.outlook {
        let v = if o.outdoor.is_nan() {
            UNKNOWN_OUTLOOK
        } else {
            o.outdoor.clamp(0.0, 1.0)
        };
        outlooks.entry(o.date).or_insert(v);
    }

    let mut days: Vec<DayState<'_>> = Vec::with_capacity(checked.dates.len());
    for (&date, locked) in checked.dates.iter().zip(checked.locked) {
        let ctx = DayCtx {
            date,
            travel: req.travel,
            stay,
        };
        let slots = day_slots(date, req.check_in, req.check_out);
        let light = slots.len() < Slot::ALL.len();
        let open: Vec<Slot> = slots
            .iter()
            .copied()
            .filter(|s| locked.iter().all(|l| l.slot != *s))
            .collect();
        let layout = match best_layout(&ctx, &locked, &open, &[], hard_km) {
            Some(layout) => layout,
            None => return Err(locked_error(&ctx, &locked, hard_km)),
        };
        days.push(DayState {
            ctx,
            light,
            outlook: outlooks.get(&date).copied().unwrap_or(UNKNOWN_OUTLOOK),
            capacity: if light {
                1
            } else {
                req.pace.max_per_full_day()
            },
            anchor: locked.first().map(|s| (s.act.lat, s.act.lon)),
            locked,
            open,
            chosen: Vec::new(),
            layout,
        });
    }

    let pool: Vec<Candidate<'_>> = checked
        .index
        .values()
        .filter(|a| !req.dropped.contains(&a.id))
        .filter(|a| !req.locked.iter().any(|l| l.activity_id == a.id))
        .filter(|a| !req.with_kids || a.kid_friendly)
        .filter(|a| valid_coords(a.lat, a.lon))
        .map(|&act| Candidate {
            act,
            interest: u8::from(
                !(req.interests.is_empty() || req.interests.contains(&act.category)),
            ),
            stay_km: haversine_km(stay.0, stay.1, act.lat, act.lon),
        })
        // A visit costs at least the round trip from the stay.
        .filter(|c| 2.0 * c.stay_km <= budget_km + KM_EPSILON)
        .collect();
    let mut used = vec![false; pool.len()];

    // Best outlook first; equal outlooks in date order.
    let mut order: Vec<usize> = (0..days.len()).collect();
    order.sort_by(|&a, &b| {
        days[b]
            .outlook
            .total_cmp(&days[a].outlook)
            .then(days[a].ctx.date.cmp(&days[b].ctx.date))
    });
    // Pass 1: fill every day; days with a bad outlook take only indoor
    // activities. Good days are filled until nothing more fits.
    for &d in &order {
        let allow_outdoor = days[d].outlook >= BAD_OUTLOOK;
        fill_day(&mut days[d], &pool, &mut used, allow_outdoor, budget_km);
    }
    // Pass 2: what is left (outdoor activities no good day could take) may
    // go on bad days.
    for &d in &order {
        if days[d].outlook < BAD_OUTLOOK {
            fill_day(&mut days[d], &pool, &mut used, true, budget_km);
        }
    }

    Ok(Plan {
        days: days.iter().map(to_day_plan).collect(),
    })
}

/// Adds activities to `day` until it is at capacity or nothing fits.
fn fill_day<'a>(
    day: &mut DayState<'a>,
    pool: &[Candidate<'a>],
    used: &mut [bool],
    allow_outdoor: bool,
    budget_km: f64,
) {
    while day.count() < day.capacity {
        // Morning/evening slots still without an activity they prefer.
        let wanted: Vec<Slot> = [Slot::Morning, Slot::Evening]
            .into_iter()
            .filter(|s| day.open.contains(s))
            .filter(|s| {
                !day.layout
                    .visits
                    .iter()
                    .any(|v| v.slot == *s && s.prefers(v.act.category))
            })
            .collect();
        let mut ranked: Vec<(Key, usize)> = pool
            .iter()
            .enumerate()
            .filter(|(i, c)| !used[*i] && (allow_outdoor || c.act.indoor))
            .map(|(i, c)| {
                let km = match day.anchor {
                    None => c.stay_km,
                    Some((lat, lon)) => haversine_km(lat, lon, c.act.lat, c.act.lon),
                };
                let key = Key {
                    interest: c.interest,
                    weather: weather_tier(day.outlook, c.act.indoor),
                    slot_fit: u8::from(!wanted.iter().any(|s| s.prefers(c.act.category))),
                    km,
                    id: c.act.id,
                };
                (key, i)
            })
            .collect();
        ranked.sort_by(|a, b| cmp_keys(&a.0, &b.0));

        let mut placed = false;
        for (_, i) in ranked {
            let act = pool[i].act;
            let mut free = day.chosen.clone();
            free.push(act);
            if let Some(layout) = best_layout(&day.ctx, &day.locked, &day.open, &free, budget_km) {
                day.chosen = free;
                day.layout = layout;
                day.anchor.get_or_insert((act.lat, act.lon));
                used[i] = true;
                placed = true;
                break;
            }
        }
        if !placed {
            break;
        }
    }
}

/// Explains why a day's locked items alone cannot be laid out.
fn locked_error(ctx: &DayCtx, locked: &[Stop<'_>], hard_km: f64) -> PlanError {
    let km = stops_km(ctx, locked);
    if km > hard_km + KM_EPSILON {
        PlanError::LockedTooFar {
            date: ctx.date,
            travel_km: km,
            limit_km: hard_km,
        }
    } else {
        PlanError::LockedUnreachable { date: ctx.date }
    }
}

fn to_day_plan(day: &DayState<'_>) -> DayPlan {
    DayPlan {
        date: day.ctx.date,
        light: day.light,
        travel_km: day.layout.km,
        items: day
            .layout
            .visits
            .iter()
            .map(|v| PlanItem {
                slot: v.slot,
                activity_id: v.act.id,
                start_min: v.start,
                end_min: v.end,
                locked: v.locked,
            })
            .collect(),
    }
}
