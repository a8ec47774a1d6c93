//! Property tests: random activities and stays, checked against every rule
//! by an independent checker.

use proptest::prelude::*;
use time::{Date, Duration};

use super::tests::offset;
use super::tests_check::check_plan;
use super::*;

fn arb_day_hours() -> impl Strategy<Value = Vec<(u16, u16)>> {
    prop_oneof![
        1 => Just(vec![]),
        2 => Just(vec![(0, MINUTES_PER_DAY)]),
        4 => (0u16..=1440, 0u16..=1440).prop_map(|(a, b)| vec![(a.min(b), a.max(b))]),
        2 => (0u16..=720, 0u16..=720, 720u16..=1440, 720u16..=1440)
            .prop_map(|(a, b, c, d)| vec![(a.min(b), a.max(b)), (c.min(d), c.max(d))]),
    ]
}

fn arb_activity() -> impl Strategy<Value = Activity> {
    (
        0usize..9,
        -10.0f64..10.0,
        -10.0f64..10.0,
        proptest::array::uniform7(arb_day_hours()),
        30u16..=180,
        0u8..=4,
        any::<bool>(),
        prop::bool::weighted(0.8),
    )
        .prop_map(
            |(cat, north, east, days, duration_min, price_level, indoor, kid_friendly)| {
                let (lat, lon) = offset(north, east);
                Activity {
                    id: 0,
                    name: String::new(),
                    category: Category::ALL[cat],
                    lat,
                    lon,
                    hours: WeeklyHours { days },
                    duration_min,
                    price_level,
                    indoor,
                    kid_friendly,
                }
            },
        )
}

/// Activities with unique ids, a request, and a random mask (for dropping
/// or locking).
fn arb_case() -> impl Strategy<Value = (PlanRequest, Vec<Activity>, Vec<bool>)> {
    let acts = prop::collection::vec(arb_activity(), 0..40).prop_map(|mut v| {
        for (i, a) in v.iter_mut().enumerate() {
            a.id = 1000 - 7 * i as i64;
            a.name = format!("place {i}");
        }
        v
    });
    let outlook = prop::collection::vec((0i64..12, 0.0f64..1.0), 0..12);
    let stay = (-3.0f64..3.0, -3.0f64..3.0, 730_000i32..731_000, 1i64..=10);
    let style = (
        0usize..3,
        any::<bool>(),
        prop::bool::weighted(0.2),
        prop::collection::vec(0usize..9, 0..3),
    );
    let mask = prop::collection::vec(prop::bool::weighted(0.15), 40);
    (acts, outlook, stay, style, mask).prop_map(
        |(acts, outlook, (n, e, jd, nights), (pace, transit, with_kids, interests), mask)| {
            let check_in = Date::from_julian_day(2_450_000 + jd % 20_000).expect("planned");
            let (stay_lat, stay_lon) = offset(n, e);
            let req = PlanRequest {
                check_in,
                check_out: check_in + Duration::days(nights),
                stay_lat,
                stay_lon,
                interests: interests.into_iter().map(|i| Category::ALL[i]).collect(),
                pace: [Pace::Relaxed, Pace::Moderate, Pace::Packed][pace],
                travel: if transit {
                    Travel::Transit
                } else {
                    Travel::Walking
                },
                with_kids,
                outlook: outlook
                    .into_iter()
                    .map(|(d, v)| DayOutlook {
                        date: check_in + Duration::days(d),
                        outdoor: v,
                    })
                    .collect(),
                locked: Vec::new(),
                dropped: Vec::new(),
            };
            (req, acts, mask)
        },
    )
}
proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn plans_follow_every_rule((mut req, acts, mask) in arb_case()) {
        req.dropped = acts.iter().zip(&mask).filter(|(_, m)| **m).map(|(a, _)| a.id).collect();
        let p = plan(&req, &acts).expect("planned");
        check_plan(&req, &acts, &p);
        prop_assert_eq!(&p, &plan(&req, &acts).expect("planned"));
        let mut reversed = acts.clone();
        reversed.reverse();
        prop_assert_eq!(&p, &plan(&req, &reversed).expect("planned"));
    }

    #[test]
    fn locked_items_stay_put((req, acts, mask) in arb_case()) {
        let first = plan(&req, &acts).expect("planned");
        let mut req = req;
        let items = first.days.iter().flat_map(|d| d.items.iter().map(move |i| (d.date, *i)));
        req.locked = items
            .zip(mask.iter().cycle())
            .filter(|(_, m)| !**m)
            .step_by(2)
            .map(|((date, i), _)| Locked { date, slot: i.slot, activity_id: i.activity_id })
            .collect();
        let p = plan(&req, &acts).expect("planned");
        check_plan(&req, &acts, &p);
        prop_assert_eq!(&p, &plan(&req, &acts).expect("planned"));
    }

    #[test]
    fn random_locks_are_refused_or_honoured(
        (mut req, acts, _) in arb_case(),
        locks in prop::collection::vec((-1i64..12, 0usize..3, 0usize..45), 0..4),
    ) {
        req.locked = locks
            .into_iter()
            .map(|(d, s, i)| Locked {
                date: req.check_in + Duration::days(d),
                slot: Slot::ALL[s],
                activity_id: acts.get(i).map_or(-1, |a| a.id),
            })
            .collect();
        if let Ok(p) = plan(&req, &acts) {
            check_plan(&req, &acts, &p);
        }
    }
}
