//! Timing and arranging the visits of a single day.
//!
//! A day's visits happen in slot order (morning, afternoon, evening), at
//! most one per slot. Each visit starts at the earliest time, on a 15-minute
//! step from its slot's start, such that
//! * it starts no earlier than the previous visit's end plus the travel time
//!   from that place (the first visit of the day has no such wait: the guest
//!   leaves the stay early enough),
//! * it ends within its slot, and
//! * the whole visit lies inside one opening interval of the date's weekday.

use time::Date;

use super::geo::{KM_EPSILON, haversine_km, route_km, travel_minutes};
use super::types::{Activity, Slot, Travel};

/// Candidate start times are `slot start + k * START_STEP_MIN`.
pub const START_STEP_MIN: u16 = 15;

/// What is fixed about one day while arranging it.
#[derive(Debug, Clone, Copy)]
pub(super) struct DayCtx {
    pub date: Date,
    pub travel: Travel,
    pub stay: (f64, f64),
}

/// An activity placed in a slot, before timing.
#[derive(Debug, Clone, Copy)]
pub(super) struct Stop<'a> {
    pub slot: Slot,
    pub act: &'a Activity,
    pub locked: bool,
}

/// A timed visit.
#[derive(Debug, Clone, Copy)]
pub(super) struct Visit<'a> {
    pub slot: Slot,
    pub act: &'a Activity,
    pub locked: bool,
    pub start: u16,
    pub end: u16,
}

/// A fully timed day.
#[derive(Debug, Clone)]
pub(super) struct Layout<'a> {
    pub visits: Vec<Visit<'a>>,
    pub km: f64,
    /// How many visits sit in a slot that prefers their category.
    pub preferred: usize,
}

/// Earliest start for `act` in `slot` on `date`, not before minute
/// `not_before`, or `None` if the visit cannot fit.
pub(super) fn earliest_start(
    date: Date,
    slot: Slot,
    act: &Activity,
    not_before: u32,
) -> Option<u16> {
    let mut start = slot.start_min();
    loop {
        let end = start.checked_add(act.duration_min)?;
        if end > slot.end_min() {
            return None;
        }
        if u32::from(start) >= not_before && act.hours.fits(date, start, end) {
            return Some(start);
        }
        start += START_STEP_MIN;
    }
}

/// Times `stops` (which must be in slot order), or `None` if one of them
/// cannot be fitted.
pub(super) fn time_stops<'a>(ctx: &DayCtx, stops: &[Stop<'a>]) -> Option<Vec<Visit<'a>>> {
    let mut visits: Vec<Visit<'a>> = Vec::with_capacity(stops.len());
    for stop in stops {
        let not_before = match visits.last() {
            Some(prev) => {
                let km = haversine_km(prev.act.lat, prev.act.lon, stop.act.lat, stop.act.lon);
                u32::from(prev.end).saturating_add(travel_minutes(km, ctx.travel))
            }
            None => 0,
        };
        let start = earliest_start(ctx.date, stop.slot, stop.act, not_before)?;
        visits.push(Visit {
            slot: stop.slot,
            act: stop.act,
            locked: stop.locked,
            start,
            end: start + stop.act.duration_min,
        });
    }
    Some(visits)
}

/// Length of the day's loop through `stops` in order.
pub(super) fn stops_km(ctx: &DayCtx, stops: &[Stop<'_>]) -> f64 {
    let points: Vec<(f64, f64)> = stops.iter().map(|s| (s.act.lat, s.act.lon)).collect();
    route_km(ctx.stay, &points)
}

/// Best way to put `free` activities into `open` slots around the `locked`
/// stops, keeping the day's loop within `limit_km`.
///
/// Every one-to-one assignment of free activities to open slots is tried
/// (at most 3! = 6). Among the feasible ones the planner prefers, in order:
/// more visits in a slot that prefers their category, then the shorter loop
/// (the nearest-neighbour order of the day), then the first one enumerated
/// (free activities take earlier slots first), which keeps it deterministic.
pub(super) fn best_layout<'a>(
    ctx: &DayCtx,
    locked: &[Stop<'a>],
    open: &[Slot],
    free: &[&'a Activity],
    limit_km: f64,
) -> Option<Layout<'a>> {
    if free.len() > open.len() {
        return None;
    }
    let mut best: Option<Layout<'a>> = None;
    let mut chosen: Vec<Slot> = Vec::with_capacity(free.len());
    assign(ctx, locked, open, free, limit_km, &mut chosen, &mut best);
    best
}

fn assign<'a>(
    ctx: &DayCtx,
    locked: &[Stop<'a>],
    open: &[Slot],
    free: &[&'a Activity],
    limit_km: f64,
    chosen: &mut Vec<Slot>,
    best: &mut Option<Layout<'a>>,
) {
    if chosen.len() == free.len() {
        if let Some(layout) = evaluate(ctx, locked, free, chosen, limit_km) {
            let better = match best {
                None => true,
                Some(b) => {
                    layout.preferred > b.preferred
                        || (layout.preferred == b.preferred && layout.km < b.km)
                }
            };
            if better {
                *best = Some(layout);
            }
        }
        return;
    }
    for &slot in open {
        if !chosen.contains(&slot) {
            chosen.push(slot);
            assign(ctx, locked, open, free, limit_km, chosen, best);
            chosen.pop();
        }
    }
}

fn evaluate<'a>(
    ctx: &DayCtx,
    locked: &[Stop<'a>],
    free: &[&'a Activity],
    slots: &[Slot],
    limit_km: f64,
) -> Option<Layout<'a>> {
    let mut stops: Vec<Stop<'a>> = locked.to_vec();
    stops.extend(free.iter().zip(slots).map(|(&act, &slot)| Stop {
        slot,
        act,
        locked: false,
    }));
    stops.sort_by_key(|s| s.slot);
    let km = stops_km(ctx, &stops);
    if km > limit_km + KM_EPSILON {
        return None;
    }
    let visits = time_stops(ctx, &stops)?;
    let preferred = visits
        .iter()
        .filter(|v| v.slot.prefers(v.act.category))
        .count();
    Some(Layout {
        visits,
        km,
        preferred,
    })
}
