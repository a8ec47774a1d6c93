//! Worked examples, one or two per rule.

use time::Duration;
use time::Weekday;

use super::tests::{MONDAY, act, request};
use super::*;

pub(super) fn day_of(plan: &Plan, activity_id: i64) -> Option<(usize, PlanItem)> {
    plan.days.iter().enumerate().find_map(|(i, d)| {
        d.items
            .iter()
            .find(|it| it.activity_id == activity_id)
            .map(|it| (i, *it))
    })
}

fn ids(day: &DayPlan) -> Vec<i64> {
    day.items.iter().map(|it| it.activity_id).collect()
}

fn many(n: i64) -> Vec<Activity> {
    (1..=n)
        .map(|i| act(i, Category::ALL[i as usize % 9], 0.2 * i as f64, 0.1))
        .collect()
}

#[test]
fn days_cover_the_stay_and_light_days_use_one_slot() {
    let plan = plan(&request(MONDAY, 3), &many(20)).expect("planned");
    assert_eq!(plan.days.len(), 4);
    for (i, day) in plan.days.iter().enumerate() {
        assert_eq!(day.date, MONDAY + Duration::days(i as i64));
    }
    assert!(plan.days[0].light && plan.days[3].light);
    assert!(!plan.days[1].light && !plan.days[2].light);
    assert_eq!(plan.days[0].items.len(), 1);
    assert_eq!(plan.days[0].items[0].slot, Slot::Evening);
    assert_eq!(plan.days[3].items.len(), 1);
    assert_eq!(plan.days[3].items[0].slot, Slot::Morning);
    assert_eq!(plan.days[1].items.len(), 3);
    assert_eq!(plan.days[2].items.len(), 3);
}

#[test]
fn relaxed_days_take_two() {
    let mut req = request(MONDAY, 3);
    req.pace = Pace::Relaxed;
    let plan = plan(&req, &many(20)).expect("planned");
    assert_eq!(plan.days[1].items.len(), 2);
    assert_eq!(plan.days[2].items.len(), 2);
}

#[test]
fn evening_prefers_food_and_morning_prefers_museums() {
    // One night: a bar for the check-in evening, a museum for the morning.
    let acts = vec![
        act(1, Category::Museum, 0.5, 0.0),
        act(2, Category::Nightlife, 0.6, 0.0),
    ];
    let p = plan(&request(MONDAY, 1), &acts).expect("planned");
    assert_eq!(ids(&p.days[0]), vec![2]);
    assert_eq!(ids(&p.days[1]), vec![1]);

    // A full day picks an evening-type place for the evening even if a
    // museum is closer.
    let acts = vec![
        act(1, Category::Museum, 0.5, 0.0),
        act(2, Category::Sight, 0.55, 0.0),
        act(3, Category::Shopping, 0.6, 0.0),
        act(4, Category::Food, 0.9, 0.0),
    ];
    let mut req = request(MONDAY, 2);
    req.locked = vec![Locked {
        date: MONDAY,
        slot: Slot::Evening,
        activity_id: 3,
    }];
    let p = plan(&req, &acts).expect("planned");
    let middle = &p.days[1];
    assert_eq!(middle.items.len(), 3);
    let evening = middle
        .items
        .iter()
        .find(|i| i.slot == Slot::Evening)
        .expect("planned");
    assert_eq!(evening.activity_id, 4);
    let morning = middle
        .items
        .iter()
        .find(|i| i.slot == Slot::Morning)
        .expect("planned");
    assert!(morning.activity_id == 1 || morning.activity_id == 2);
}

#[test]
fn interests_come_before_distance() {
    let acts = vec![
        act(1, Category::Food, 0.3, 0.0),
        act(2, Category::Culture, 2.0, 0.0),
    ];
    let mut req = request(MONDAY, 1);
    req.interests = vec![Category::Culture];
    let p = plan(&req, &acts).expect("planned");
    assert_eq!(ids(&p.days[0]), vec![2]);
    req.interests.clear();
    let p = plan(&req, &acts).expect("planned");
    assert_eq!(ids(&p.days[0]), vec![1]);
}

#[test]
fn nearby_places_share_a_day() {
    // Two clusters, north and south, interleaved by distance from the stay.
    // Open 09:00–17:30, so a full day holds two of them and light days none
    // in the evening.
    let mut acts = vec![
        act(1, Category::Sight, 2.0, 0.0),
        act(2, Category::Sight, -2.05, 0.0),
        act(3, Category::Sight, 2.0, 0.8),
        act(4, Category::Sight, -2.05, 0.9),
    ];
    for a in &mut acts {
        a.hours = WeeklyHours::daily(9 * 60, 17 * 60 + 30);
    }
    // By transit all four would fit in one day's distance.
    let p = plan(&request(MONDAY, 4), &acts).expect("planned");
    let mut days: Vec<Vec<i64>> = p.days.iter().map(ids).filter(|d| !d.is_empty()).collect();
    for d in &mut days {
        d.sort();
    }
    assert_eq!(days, vec![vec![1, 3], vec![2, 4]]);
}

#[test]
fn outdoor_goes_to_the_sunny_day() {
    let mut park = act(10, Category::Outdoors, 0.5, 0.0);
    park.indoor = false;
    let acts = vec![
        park,
        act(1, Category::Museum, 0.2, 0.0),
        act(2, Category::Museum, 0.3, 0.0),
    ];
    let mut req = request(MONDAY, 3);
    let (rainy, sunny) = (MONDAY + Duration::days(1), MONDAY + Duration::days(2));
    req.outlook = vec![
        DayOutlook {
            date: rainy,
            outdoor: 0.1,
        },
        DayOutlook {
            date: sunny,
            outdoor: 0.9,
        },
    ];
    let p = plan(&req, &acts).expect("planned");
    assert_eq!(day_of(&p, 10).expect("planned").0, 2);
    // Swap the weather and the park moves.
    req.outlook[0].outdoor = 0.9;
    req.outlook[1].outdoor = 0.1;
    let p = plan(&req, &acts).expect("planned");
    assert_eq!(day_of(&p, 10).expect("planned").0, 1);
}

#[test]
fn outdoor_lands_on_a_bad_day_only_when_nothing_better_can_take_it() {
    // The park only opens on Tuesdays, and Tuesday is rainy: it still goes
    // there, since no better day could take it.
    let mut park = act(10, Category::Outdoors, 0.5, 0.0);
    park.indoor = false;
    park.hours = WeeklyHours::closed().with_day(Weekday::Tuesday, vec![(540, 1080)]);
    let mut req = request(MONDAY, 3);
    req.outlook = vec![DayOutlook {
        date: MONDAY + Duration::days(1),
        outdoor: 0.0,
    }];
    let p = plan(&req, &[park.clone()]).expect("planned");
    assert_eq!(day_of(&p, 10).expect("planned").0, 1);
    // Open every day: it avoids Tuesday.
    park.hours = WeeklyHours::always_open();
    let p = plan(&req, &[park]).expect("planned");
    assert_ne!(day_of(&p, 10).expect("planned").0, 1);
}

#[test]
fn hours_are_respected() {
    let mut a = act(1, Category::Museum, 0.5, 0.0);
    // Closed Tuesday, otherwise open 14:00–16:00.
    a.hours = WeeklyHours::daily(14 * 60, 16 * 60).with_day(Weekday::Tuesday, vec![]);
    a.duration_min = 90;
    let mut req = request(MONDAY + Duration::days(1), 2); // Tue, Wed, Thu
    let p = plan(&req, std::slice::from_ref(&a)).expect("planned");
    let (day, item) = day_of(&p, 1).expect("planned");
    assert_eq!(day, 1);
    assert_eq!(
        (item.slot, item.start_min, item.end_min),
        (Slot::Afternoon, 840, 930)
    );
    req.check_out = req.check_in + Duration::days(1);
    assert!(day_of(&plan(&req, &[a]).expect("planned"), 1).is_none());
}

#[test]
fn walking_limit_keeps_far_places_out() {
    let acts = vec![act(1, Category::Sight, 4.5, 0.0)]; // 9 km round trip
    let mut req = request(MONDAY, 2);
    req.travel = Travel::Walking;
    assert!(day_of(&plan(&req, &acts).expect("planned"), 1).is_none());
    req.travel = Travel::Transit;
    assert!(day_of(&plan(&req, &acts).expect("planned"), 1).is_some());
    // 7 km round trip: over the 6 km a Moderate walking day allows, within
    // the 8 km a Packed one does.
    let acts = vec![act(1, Category::Sight, 3.5, 0.0)];
    req.travel = Travel::Walking;
    assert!(day_of(&plan(&req, &acts).expect("planned"), 1).is_none());
    req.pace = Pace::Packed;
    let p = plan(&req, &acts).expect("planned");
    let (d, _) = day_of(&p, 1).expect("planned");
    assert!((p.days[d].travel_km - 7.0).abs() < 0.01);
}

#[test]
fn kids_dropped_and_locked() {
    let mut bar = act(1, Category::Nightlife, 0.2, 0.0);
    bar.kid_friendly = false;
    let acts = vec![
        bar,
        act(2, Category::Food, 0.4, 0.0),
        act(3, Category::Food, 0.6, 0.0),
    ];
    let mut req = request(MONDAY, 2);
    req.with_kids = true;
    req.dropped = vec![2];
    let p = plan(&req, &acts).expect("planned");
    assert!(day_of(&p, 1).is_none() && day_of(&p, 2).is_none());
    assert!(day_of(&p, 3).is_some());
    // A locked grown-up place is kept even with kids.
    let when = MONDAY + Duration::days(1);
    req.locked = vec![Locked {
        date: when,
        slot: Slot::Afternoon,
        activity_id: 1,
    }];
    let p = plan(&req, &acts).expect("planned");
    let (d, item) = day_of(&p, 1).expect("planned");
    assert_eq!((d, item.slot, item.locked), (1, Slot::Afternoon, true));
    assert_eq!(item.start_min, Slot::Afternoon.start_min());
}

#[test]
fn same_input_same_plan_whatever_the_order() {
    let acts = many(30);
    let mut req = request(MONDAY, 5);
    req.interests = vec![Category::Museum, Category::Food];
    let a = plan(&req, &acts).expect("planned");
    assert_eq!(a, plan(&req, &acts).expect("planned"));
    let mut reversed = acts.clone();
    reversed.reverse();
    assert_eq!(a, plan(&req, &reversed).expect("planned"));
}
