//! An independent checker that asserts every rule on a finished plan; used
//! by the property tests.

use std::collections::{BTreeMap, BTreeSet};

use time::{Date, Duration};

use super::*;

pub(super) fn outlook_of(req: &PlanRequest, date: Date) -> f64 {
    req.outlook
        .iter()
        .find(|o| o.date == date)
        .map_or(0.5, |o| o.outdoor.clamp(0.0, 1.0))
}

fn slots_of(req: &PlanRequest, date: Date) -> Vec<Slot> {
    if date == req.check_in {
        vec![Slot::Evening]
    } else if date == req.check_out {
        vec![Slot::Morning]
    } else {
        Slot::ALL.to_vec()
    }
}

fn capacity(req: &PlanRequest, date: Date) -> usize {
    if slots_of(req, date).len() == 1 {
        1
    } else {
        req.pace.max_per_full_day()
    }
}

fn budget(req: &PlanRequest) -> f64 {
    req.travel.daily_limit_km() * req.pace.travel_share()
}

fn leg(a: &Activity, b: &Activity) -> f64 {
    haversine_km(a.lat, a.lon, b.lat, b.lon)
}

/// Independent timing: can these (slot-ordered) visits all be scheduled?
fn can_time(req: &PlanRequest, date: Date, stops: &[(Slot, &Activity)]) -> bool {
    let mut prev: Option<(u32, &Activity)> = None;
    for &(slot, a) in stops {
        let ready = prev.map_or(0, |(end, p)| end + travel_minutes(leg(p, a), req.travel));
        let found = (0..)
            .map(|k| slot.start_min() + 15 * k)
            .take_while(|s| s + a.duration_min <= slot.end_min())
            .find(|&s| u32::from(s) >= ready && a.hours.fits(date, s, s + a.duration_min));
        match found {
            Some(s) => prev = Some((u32::from(s + a.duration_min), a)),
            None => return false,
        }
    }
    true
}

/// Could `extra` be added to `day` (locked items in place, the others in any
/// open slot) within pace, hours and travel budget?
fn could_take(
    req: &PlanRequest,
    acts: &BTreeMap<i64, &Activity>,
    day: &DayPlan,
    extra: &Activity,
) -> bool {
    if day.items.len() >= capacity(req, day.date) {
        return false;
    }
    let fixed: Vec<(Slot, &Activity)> = day
        .items
        .iter()
        .filter(|i| i.locked)
        .map(|i| (i.slot, acts[&i.activity_id]))
        .collect();
    let mut free: Vec<&Activity> = day
        .items
        .iter()
        .filter(|i| !i.locked)
        .map(|i| acts[&i.activity_id])
        .collect();
    free.push(extra);
    let open: Vec<Slot> = slots_of(req, day.date)
        .into_iter()
        .filter(|s| fixed.iter().all(|f| f.0 != *s))
        .collect();
    fn go<'a>(
        req: &PlanRequest,
        date: Date,
        fixed: &[(Slot, &'a Activity)],
        free: &[&'a Activity],
        open: &[Slot],
        taken: &mut Vec<Slot>,
    ) -> bool {
        if taken.len() == free.len() {
            let mut stops = fixed.to_vec();
            stops.extend(taken.iter().zip(free).map(|(s, a)| (*s, *a)));
            stops.sort_by_key(|s| s.0);
            let pts: Vec<(f64, f64)> = stops.iter().map(|s| (s.1.lat, s.1.lon)).collect();
            let stay = (req.stay_lat, req.stay_lon);
            return route_km(stay, &pts) <= budget(req) + 1e-9 && can_time(req, date, &stops);
        }
        open.iter().any(|&s| {
            if taken.contains(&s) {
                return false;
            }
            taken.push(s);
            let ok = go(req, date, fixed, free, open, taken);
            taken.pop();
            ok
        })
    }
    go(req, day.date, &fixed, &free, &open, &mut Vec::new())
}

/// Asserts every rule on a plan.
pub(super) fn check_plan(req: &PlanRequest, acts: &[Activity], plan: &Plan) {
    let mut by_id: BTreeMap<i64, &Activity> = BTreeMap::new();
    for a in acts {
        by_id.entry(a.id).or_insert(a);
    }
    let nights = (req.check_out - req.check_in).whole_days();
    assert_eq!(plan.days.len() as i64, nights + 1, "days cover the stay");
    let stay = (req.stay_lat, req.stay_lon);
    let mut seen = BTreeSet::new();
    for (i, day) in plan.days.iter().enumerate() {
        assert_eq!(day.date, req.check_in + Duration::days(i as i64));
        let slots = slots_of(req, day.date);
        assert_eq!(day.light, slots.len() == 1);
        let mut prev: Option<(&PlanItem, &Activity)> = None;
        for item in &day.items {
            let a = by_id[&item.activity_id];
            assert!(slots.contains(&item.slot), "slot allowed on the day");
            assert!(seen.insert(a.id), "activity {} repeated", a.id);
            assert!(!req.dropped.contains(&a.id), "dropped activity used");
            let is_locked = req
                .locked
                .iter()
                .any(|l| l.date == day.date && l.slot == item.slot && l.activity_id == a.id);
            assert_eq!(item.locked, is_locked);
            assert!(!req.with_kids || a.kid_friendly || item.locked, "kids");
            assert_eq!(item.end_min, item.start_min + a.duration_min);
            assert!(item.start_min >= item.slot.start_min() && item.end_min <= item.slot.end_min());
            assert_eq!((item.start_min - item.slot.start_min()) % START_STEP_MIN, 0);
            assert!(
                a.hours.fits(day.date, item.start_min, item.end_min),
                "opening hours"
            );
            if let Some((p, pa)) = prev {
                assert!(p.slot < item.slot && p.end_min <= item.start_min, "sorted");
                let ready = u32::from(p.end_min) + travel_minutes(leg(pa, a), req.travel);
                assert!(u32::from(item.start_min) >= ready, "travel time");
            }
            prev = Some((item, a));
        }
        let pts: Vec<(f64, f64)> = day
            .items
            .iter()
            .map(|i| (by_id[&i.activity_id].lat, by_id[&i.activity_id].lon))
            .collect();
        let km = route_km(stay, &pts);
        assert!((km - day.travel_km).abs() < 1e-9, "travel_km reported");
        assert!(km <= req.travel.daily_limit_km() + 1e-9, "travel limit");
        if day.items.iter().any(|i| !i.locked) {
            assert!(km <= budget(req) + 1e-9, "pace budget");
            assert!(day.items.len() <= capacity(req, day.date), "pace");
        }
    }
    for l in &req.locked {
        let day = &plan.days[(l.date - req.check_in).whole_days() as usize];
        assert!(
            day.items
                .iter()
                .any(|i| i.slot == l.slot && i.activity_id == l.activity_id && i.locked),
            "lock kept"
        );
    }
    // Rule 6: an outdoor item on a bad day could not have gone on a good day.
    for bad in plan
        .days
        .iter()
        .filter(|d| outlook_of(req, d.date) < BAD_OUTLOOK)
    {
        for item in bad
            .items
            .iter()
            .filter(|i| !i.locked && !by_id[&i.activity_id].indoor)
        {
            for good in plan
                .days
                .iter()
                .filter(|d| outlook_of(req, d.date) >= BAD_OUTLOOK)
            {
                assert!(
                    !could_take(req, &by_id, good, by_id[&item.activity_id]),
                    "outdoor {} on {} could go on {}",
                    item.activity_id,
                    bad.date,
                    good.date
                );
            }
        }
    }
}
