//! Every kind of bad request, and odd but valid input.

use time::Duration;

use super::tests::{MONDAY, act, request};
use super::tests_examples::day_of;
use super::*;

#[test]
fn bad_requests_are_errors() {
    let mut closed_evenings = act(5, Category::Museum, 0.5, 0.0);
    closed_evenings.hours = WeeklyHours::daily(540, 1020);
    let acts = vec![
        act(1, Category::Food, 0.3, 0.0),
        act(2, Category::Sight, -0.3, 0.0),
        closed_evenings,
        act(6, Category::Sight, 5.0, 0.0),
        act(7, Category::Sight, -5.0, 0.0),
    ];
    let tue = MONDAY + Duration::days(1);
    let lock = |date, slot, activity_id| Locked {
        date,
        slot,
        activity_id,
    };
    let err = |edit: &dyn Fn(&mut PlanRequest)| {
        let mut req = request(MONDAY, 3);
        edit(&mut req);
        plan(&req, &acts).expect_err("an error")
    };
    use PlanError::*;
    assert!(matches!(
        err(&|r| r.check_out = r.check_in),
        CheckOutNotAfterCheckIn { .. }
    ));
    assert!(matches!(
        err(&|r| r.check_out = r.check_in - Duration::days(2)),
        CheckOutNotAfterCheckIn { .. }
    ));
    assert_eq!(
        err(&|r| r.check_out = r.check_in + Duration::days(31)),
        TooManyNights {
            nights: 31,
            max: 30
        }
    );
    assert_eq!(err(&|r| r.stay_lat = f64::NAN), InvalidStayLocation);
    assert_eq!(
        err(&|r| r.locked = vec![lock(tue, Slot::Morning, 99)]),
        UnknownActivity { activity_id: 99 }
    );
    assert_eq!(
        err(&|r| {
            r.locked = vec![lock(tue, Slot::Morning, 1)];
            r.dropped = vec![1];
        }),
        LockedDropped { activity_id: 1 }
    );
    let late = MONDAY + Duration::days(4);
    assert_eq!(
        err(&|r| r.locked = vec![lock(late, Slot::Morning, 1)]),
        LockedOutsideStay {
            activity_id: 1,
            date: late
        }
    );
    assert_eq!(
        err(&|r| r.locked = vec![lock(MONDAY, Slot::Morning, 1)]),
        LockedSlotUnavailable {
            activity_id: 1,
            date: MONDAY,
            slot: Slot::Morning
        }
    );
    assert_eq!(
        err(&|r| r.locked = vec![lock(tue, Slot::Morning, 1), lock(tue, Slot::Morning, 2)]),
        LockedSlotTaken {
            date: tue,
            slot: Slot::Morning
        }
    );
    assert_eq!(
        err(&|r| r.locked = vec![lock(tue, Slot::Morning, 1), lock(tue, Slot::Evening, 1)]),
        LockedTwice { activity_id: 1 }
    );
    assert_eq!(
        err(&|r| r.locked = vec![lock(tue, Slot::Evening, 5)]),
        LockedClosed {
            activity_id: 5,
            date: tue,
            slot: Slot::Evening
        }
    );
    assert!(matches!(
        err(&|r| {
            r.travel = Travel::Walking;
            r.locked = vec![lock(tue, Slot::Morning, 6), lock(tue, Slot::Evening, 7)];
        }),
        LockedTooFar { date, limit_km, .. } if date == tue && limit_km == 8.0
    ));
    // Errors have readable messages.
    assert!(
        err(&|r| r.locked = vec![lock(tue, Slot::Morning, 99)])
            .to_string()
            .contains("99")
    );
    // 30 nights is fine, and so are the same locks by transit.
    let mut req = request(MONDAY, 30);
    req.locked = vec![lock(tue, Slot::Morning, 6), lock(tue, Slot::Evening, 7)];
    let p = plan(&req, &acts).expect("planned");
    assert_eq!(p.days.len(), 31);
    assert!(p.days[1].travel_km > 8.0 && p.days[1].travel_km <= 30.0);
}

#[test]
fn duplicate_ids_and_odd_outlooks() {
    // The first entry of a duplicated id wins: here the far one, which a
    // walking day cannot reach.
    let acts = vec![
        act(1, Category::Sight, 6.0, 0.0),
        act(1, Category::Sight, 0.5, 0.0),
    ];
    let mut req = request(MONDAY, 2);
    req.travel = Travel::Walking;
    assert!(day_of(&plan(&req, &acts).expect("planned"), 1).is_none());

    // First outlook entry for a date wins; NaN counts as unknown (0.5),
    // which beats a bad day.
    let mut park = act(10, Category::Outdoors, 0.5, 0.0);
    park.indoor = false;
    let tue = MONDAY + Duration::days(1);
    let wed = MONDAY + Duration::days(2);
    let mut req = request(MONDAY, 3);
    req.outlook = vec![
        DayOutlook {
            date: MONDAY,
            outdoor: 0.0,
        },
        DayOutlook {
            date: tue,
            outdoor: 0.1,
        },
        DayOutlook {
            date: tue,
            outdoor: 1.0,
        },
        DayOutlook {
            date: wed,
            outdoor: f64::NAN,
        },
        DayOutlook {
            date: MONDAY + Duration::days(3),
            outdoor: 0.2,
        },
    ];
    assert_eq!(
        day_of(&plan(&req, &[park]).expect("planned"), 10)
            .expect("planned")
            .0,
        2
    );
}
