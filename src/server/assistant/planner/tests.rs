//! Unit tests for opening hours, distances and day timing, plus the small
//! helpers the other test files share.

use time::macros::date;
use time::{Date, Weekday};

use super::geo::valid_coords;
use super::schedule::{DayCtx, Stop, best_layout, earliest_start, time_stops};
use super::*;

/// Where test stays are (central Paris).
pub(super) const BASE: (f64, f64) = (48.8566, 2.3522);
/// A Monday.
pub(super) const MONDAY: Date = date!(2025 - 06 - 02);

/// A point `north_km` north and `east_km` east of `BASE`.
pub(super) fn offset(north_km: f64, east_km: f64) -> (f64, f64) {
    let lat = BASE.0 + north_km / 111.195;
    let lon = BASE.1 + east_km / (111.195 * BASE.0.to_radians().cos());
    (lat, lon)
}

/// An always-open, indoor, kid-friendly activity of 60 minutes.
pub(super) fn act(id: i64, category: Category, north_km: f64, east_km: f64) -> Activity {
    let (lat, lon) = offset(north_km, east_km);
    Activity {
        id,
        name: format!("activity {id}"),
        category,
        lat,
        lon,
        hours: WeeklyHours::always_open(),
        duration_min: 60,
        price_level: 1,
        indoor: true,
        kid_friendly: true,
    }
}

/// A Moderate, transit request at `BASE` with nothing else set.
pub(super) fn request(check_in: Date, nights: i64) -> PlanRequest {
    PlanRequest {
        check_in,
        check_out: check_in + time::Duration::days(nights),
        stay_lat: BASE.0,
        stay_lon: BASE.1,
        interests: Vec::new(),
        pace: Pace::Moderate,
        travel: Travel::Transit,
        with_kids: false,
        outlook: Vec::new(),
        locked: Vec::new(),
        dropped: Vec::new(),
    }
}

#[test]
fn monday_constant_is_a_monday() {
    assert_eq!(MONDAY.weekday(), Weekday::Monday);
}

#[test]
fn hours_fit_inside_one_interval_with_inclusive_bounds() {
    let h = WeeklyHours::daily(600, 1020); // 10:00–17:00
    assert!(h.fits(MONDAY, 600, 1020));
    assert!(h.fits(MONDAY, 600, 660));
    assert!(h.fits(MONDAY, 960, 1020));
    assert!(!h.fits(MONDAY, 585, 645));
    assert!(!h.fits(MONDAY, 990, 1035));
    assert!(!h.fits(MONDAY, 500, 1100));
}

#[test]
fn hours_do_not_merge_touching_intervals() {
    let h = WeeklyHours::closed().with_day(Weekday::Monday, vec![(600, 720), (720, 900)]);
    assert!(h.fits(MONDAY, 600, 720));
    assert!(h.fits(MONDAY, 720, 900));
    assert!(!h.fits(MONDAY, 690, 750));
}

#[test]
fn hours_follow_the_weekday_of_the_date() {
    let h = WeeklyHours::always_open().with_day(Weekday::Tuesday, vec![]);
    let tuesday = MONDAY.next_day().expect("planned");
    assert!(h.fits(MONDAY, 540, 600));
    assert!(!h.fits(tuesday, 540, 600));
    assert_eq!(h.intervals(Weekday::Tuesday), &[] as &[(u16, u16)]);
    assert_eq!(h.intervals(Weekday::Sunday), &[(0, 1440)]);
    for (i, d) in (0..7).map(|i| (i, MONDAY + time::Duration::days(i))) {
        assert_eq!(d.weekday().number_days_from_monday() as i64, i);
    }
}

#[test]
fn hours_edge_cases() {
    let always = WeeklyHours::always_open();
    assert!(always.fits(MONDAY, 0, MINUTES_PER_DAY));
    assert!(!always.fits(MONDAY, 1400, 1441));
    assert!(!always.fits(MONDAY, 700, 600));
    assert!(!WeeklyHours::closed().fits(MONDAY, 600, 660));
    let malformed = WeeklyHours::daily(900, 600);
    assert!(!malformed.fits(MONDAY, 650, 700));
    let late = WeeklyHours::daily(1200, 2000); // close past midnight is capped
    assert!(late.fits(MONDAY, 1300, 1440));
    assert!(!late.fits(MONDAY, 1300, 1500));
}

#[test]
fn haversine_known_distances() {
    assert_eq!(haversine_km(BASE.0, BASE.1, BASE.0, BASE.1), 0.0);
    let one_degree = haversine_km(10.0, 20.0, 11.0, 20.0);
    assert!((one_degree - 111.195).abs() < 0.01, "{one_degree}");
    let paris_london = haversine_km(48.8566, 2.3522, 51.5074, -0.1278);
    assert!((paris_london - 343.5).abs() < 1.0, "{paris_london}");
    let back = haversine_km(51.5074, -0.1278, 48.8566, 2.3522);
    assert!((paris_london - back).abs() < 1e-9);
    let antipodes = haversine_km(0.0, 0.0, 0.0, 180.0);
    assert!((antipodes - std::f64::consts::PI * EARTH_RADIUS_KM).abs() < 1e-6);
    let (lat, lon) = offset(3.0, 4.0);
    assert!((haversine_km(BASE.0, BASE.1, lat, lon) - 5.0).abs() < 0.01);
}

#[test]
fn route_and_travel_time() {
    assert_eq!(route_km(BASE, &[]), 0.0);
    let p = offset(2.0, 0.0);
    assert!((route_km(BASE, &[p]) - 4.0).abs() < 0.01);
    let q = offset(2.0, 1.0);
    assert!((route_km(BASE, &[p, q]) - (2.0 + 1.0 + 5f64.sqrt())).abs() < 0.01);
    assert_eq!(travel_minutes(4.5, Travel::Walking), 60);
    assert_eq!(travel_minutes(1.0, Travel::Walking), 14);
    assert_eq!(travel_minutes(18.0, Travel::Transit), 60);
    assert_eq!(travel_minutes(0.0, Travel::Transit), 0);
    assert!(valid_coords(BASE.0, BASE.1));
    assert!(!valid_coords(f64::NAN, 0.0));
    assert!(!valid_coords(91.0, 0.0));
}

#[test]
fn earliest_start_respects_slot_hours_and_steps() {
    let mut a = act(1, Category::Museum, 0.0, 0.0);
    a.hours = WeeklyHours::daily(10 * 60 + 5, 17 * 60);
    a.duration_min = 90;
    // 09:00 and 09:15 … 10:00 are before opening; 10:15 is the first step.
    assert_eq!(earliest_start(MONDAY, Slot::Morning, &a, 0), Some(615));
    assert_eq!(earliest_start(MONDAY, Slot::Morning, &a, 620), Some(630));
    // 90 minutes must end by 12:30.
    assert_eq!(earliest_start(MONDAY, Slot::Morning, &a, 661), None);
    assert_eq!(earliest_start(MONDAY, Slot::Afternoon, &a, 0), Some(810));
    // Closes at 17:00: nothing in the evening.
    assert_eq!(earliest_start(MONDAY, Slot::Evening, &a, 0), None);
    a.duration_min = 241; // longer than any slot
    assert_eq!(earliest_start(MONDAY, Slot::Afternoon, &a, 0), None);
}

#[test]
fn timing_waits_for_travel_from_the_previous_place() {
    let mut a = act(1, Category::Museum, 0.0, 0.0);
    a.duration_min = 240; // 13:30–17:30
    let b = act(2, Category::Food, 10.0, 0.0); // 10 km walk = 134 min
    let ctx = DayCtx {
        date: MONDAY,
        travel: Travel::Walking,
        stay: BASE,
    };
    let stops = [
        Stop {
            slot: Slot::Afternoon,
            act: &a,
            locked: true,
        },
        Stop {
            slot: Slot::Evening,
            act: &b,
            locked: true,
        },
    ];
    let visits = time_stops(&ctx, &stops).expect("planned");
    assert_eq!((visits[0].start, visits[0].end), (810, 1050));
    // 17:30 + 134 min = 19:44 → next 15-minute step is 19:45.
    assert_eq!((visits[1].start, visits[1].end), (1185, 1245));
}

#[test]
fn layout_puts_food_in_the_evening_and_museums_in_the_morning() {
    let museum = act(1, Category::Museum, 1.0, 0.0);
    let food = act(2, Category::Food, 1.0, 0.2);
    let ctx = DayCtx {
        date: MONDAY,
        travel: Travel::Walking,
        stay: BASE,
    };
    let layout = best_layout(&ctx, &[], &Slot::ALL, &[&food, &museum], 8.0).expect("planned");
    let slots: Vec<(Slot, i64)> = layout.visits.iter().map(|v| (v.slot, v.act.id)).collect();
    assert_eq!(slots, vec![(Slot::Morning, 1), (Slot::Evening, 2)]);
    assert_eq!(layout.preferred, 2);
    // Over the limit: no layout at all.
    assert!(best_layout(&ctx, &[], &Slot::ALL, &[&food, &museum], 1.0).is_none());
}

#[test]
fn enums_use_snake_case_names() {
    use serde::Deserialize;
    use serde::de::IntoDeserializer;
    use serde::de::value::{Error, StrDeserializer};
    let de = |s: &'static str| -> StrDeserializer<'static, Error> { s.into_deserializer() };
    assert_eq!(
        Category::deserialize(de("nightlife")),
        Ok(Category::Nightlife)
    );
    assert_eq!(
        Category::deserialize(de("outdoors")),
        Ok(Category::Outdoors)
    );
    assert!(Category::deserialize(de("Nightlife")).is_err());
    assert_eq!(Slot::deserialize(de("afternoon")), Ok(Slot::Afternoon));
    assert_eq!(Pace::deserialize(de("packed")), Ok(Pace::Packed));
    assert_eq!(Travel::deserialize(de("transit")), Ok(Travel::Transit));
}
