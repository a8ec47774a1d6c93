//! Every list of the panel against a brute force over random stays: two listings of the
//! host, in Auckland and Los Angeles, read at two instants around a date boundary (the
//! local dates written out by hand, not computed by the code under test), and a third
//! listing of another host whose stays must never show.

use super::{Stay, insert, listing, review, user};
use crate::common::TestDb;
use haven::app::types::today::{
    RequestList, ReviewDue, ReviewList, StayList, TODAY_CAP, Today, TodayStay, WaitingRequest,
};
use haven::server::analytics::today::today;
use haven::server::platform::db::DbScope;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::cell::RefCell;
use time::format_description::well_known::Rfc3339;
use time::macros::{date, datetime};
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

const TITLES: [&str; 3] = [
    "Auckland bach",
    "Venice Beach bungalow",
    "Someone else's flat",
];
const ZONES: [&str; 3] = [
    "Pacific/Auckland",
    "America/Los_Angeles",
    "Pacific/Auckland",
];
const GUESTS: [&str; 3] = ["Ana", "Ben", "Chloé"];
const STATUSES: [&str; 6] = [
    "pending",
    "confirmed",
    "completed",
    "cancelled",
    "declined",
    "expired",
];

/// The instants read, and each listing's local date then: 11:30 UTC is 00:30 on the 8th
/// in Auckland (UTC+13 in December) and 03:30 on the 7th in Los Angeles (UTC−8); 07:30
/// UTC is 20:30 on the 7th and 23:30 on the 6th.
fn instants() -> [(OffsetDateTime, [Date; 3]); 2] {
    [
        (
            datetime!(2026-12-07 11:30 UTC),
            [
                date!(2026 - 12 - 08),
                date!(2026 - 12 - 07),
                date!(2026 - 12 - 08),
            ],
        ),
        (
            datetime!(2026-12-07 07:30 UTC),
            [
                date!(2026 - 12 - 07),
                date!(2026 - 12 - 06),
                date!(2026 - 12 - 07),
            ],
        ),
    ]
}

#[derive(Clone, Debug)]
struct Random {
    listing: usize,
    from: i64,
    nights: i64,
    status: usize,
    expires_minutes: i64,
    host_reviewed: bool,
    guest_reviewed: bool,
    guest: usize,
    adults: i32,
    children: i32,
}

fn random() -> impl Strategy<Value = Random> {
    (
        (0..3usize, -20i64..=4, 1i64..=6, 0..6usize),
        (-600i64..=1440, any::<bool>(), any::<bool>()),
        (0..3usize, 1i32..=3, 0i32..=2),
    )
        .prop_map(
            |((listing, from, nights, status), (m, h, g), (guest, adults, children))| Random {
                listing,
                from,
                nights,
                status,
                expires_minutes: m,
                host_reviewed: h,
                guest_reviewed: g,
                guest,
                adults,
                children,
            },
        )
}

/// A stay as inserted, for the reference.
struct Row {
    id: i64,
    listing: usize,
    check_in: Date,
    check_out: Date,
    status: &'static str,
    expires_at: Option<OffsetDateTime>,
    host_reviewed: bool,
    guest: usize,
    guests: i32,
}

async fn load(pool: &sqlx::PgPool, stays: &[Random]) -> (Uuid, [i64; 3], Vec<Row>) {
    sqlx::query("TRUNCATE users, listings, bookings CASCADE")
        .execute(pool)
        .await
        .expect("truncate");
    let host = user(pool, "host@example.com", "Hana").await;
    let other = user(pool, "other@example.com", "Omar").await;
    let mut guests = Vec::new();
    for (i, name) in GUESTS.iter().enumerate() {
        guests.push(user(pool, &format!("g{i}@example.com"), name).await);
    }
    let mut ids = [0; 3];
    for i in 0..3 {
        ids[i] = listing(pool, if i < 2 { host } else { other }, TITLES[i], ZONES[i]).await;
    }
    let earliest_today = instants()[1].1;
    let mut rows = Vec::new();
    for r in stays {
        let check_in = date!(2026 - 12 - 07) + Duration::days(r.from);
        let check_out = check_in + Duration::days(r.nights);
        // A stay completes on its check-out day: never before it.
        let status = match STATUSES[r.status] {
            "completed" if check_out > earliest_today[r.listing] => "confirmed",
            s => s,
        };
        let expires_at =
            (status == "pending").then(|| instants()[0].0 + Duration::minutes(r.expires_minutes));
        let stay = Stay {
            listing: ids[r.listing],
            zone: ZONES[r.listing],
            guest: guests[r.guest],
            check_in,
            check_out,
            status,
            expires_at,
            adults: r.adults,
            children: r.children,
        };
        let id = insert(pool, &stay).await;
        let completed = status == "completed";
        if completed && r.host_reviewed {
            review(pool, id, "host").await;
        }
        if completed && r.guest_reviewed {
            review(pool, id, "guest").await;
        }
        rows.push(Row {
            id,
            listing: r.listing,
            check_in,
            check_out,
            status,
            expires_at,
            host_reviewed: completed && r.host_reviewed,
            guest: r.guest,
            guests: r.adults + r.children,
        });
    }
    (host, ids, rows)
}

fn stays(rows: &[&Row], ids: &[i64; 3]) -> StayList {
    let mut all: Vec<&&Row> = rows.iter().collect();
    all.sort_by_key(|r| (r.check_in, r.check_out, TITLES[r.listing], r.id));
    let items = all
        .iter()
        .take(TODAY_CAP as usize)
        .map(|r| TodayStay {
            booking_id: r.id,
            listing_id: ids[r.listing],
            listing_title: TITLES[r.listing].into(),
            guest_name: GUESTS[r.guest].into(),
            check_in: r.check_in.to_string(),
            check_out: r.check_out.to_string(),
            guests: r.guests,
        })
        .collect();
    StayList {
        items,
        total: rows.len() as i64,
    }
}

/// The panel, worked out night by night from the rows.
fn expected(rows: &[Row], ids: &[i64; 3], now: OffsetDateTime, todays: [Date; 3]) -> Today {
    let mine: Vec<&Row> = rows.iter().filter(|r| r.listing < 2).collect();
    let pick = |f: &dyn Fn(&Row, Date) -> bool| -> Vec<&Row> {
        mine.iter()
            .copied()
            .filter(|r| f(r, todays[r.listing]))
            .collect()
    };
    let day = Duration::days(1);
    let live = |r: &Row| r.status == "confirmed" || r.status == "completed";
    let mut requests: Vec<&Row> = pick(&|r, _| r.status == "pending" && r.expires_at > Some(now));
    requests.sort_by_key(|r| (r.expires_at, r.id));
    let mut due: Vec<&Row> = pick(&|r, t| {
        r.status == "completed" && !r.host_reviewed && t <= r.check_out + Duration::days(14)
    });
    due.sort_by_key(|r| (r.check_out, r.id));
    Today {
        arrivals_today: stays(
            &pick(&|r, t| r.status == "confirmed" && r.check_in == t),
            ids,
        ),
        arrivals_tomorrow: stays(
            &pick(&|r, t| r.status == "confirmed" && r.check_in == t + day),
            ids,
        ),
        departures_today: stays(&pick(&|r, t| live(r) && r.check_out == t), ids),
        departures_tomorrow: stays(&pick(&|r, t| live(r) && r.check_out == t + day), ids),
        staying_tonight: stays(
            &pick(&|r, t| r.status == "confirmed" && r.check_in <= t && t < r.check_out),
            ids,
        ),
        requests: RequestList {
            total: requests.len() as i64,
            items: requests
                .iter()
                .take(TODAY_CAP as usize)
                .map(|r| {
                    let at = r.expires_at.expect("a pending request's deadline");
                    WaitingRequest {
                        booking_id: r.id,
                        listing_id: ids[r.listing],
                        listing_title: TITLES[r.listing].into(),
                        guest_name: GUESTS[r.guest].into(),
                        check_in: r.check_in.to_string(),
                        check_out: r.check_out.to_string(),
                        guests: r.guests,
                        expires_at: at.format(&Rfc3339).expect("format"),
                        seconds_left: (at - now).whole_seconds(),
                    }
                })
                .collect(),
        },
        unread_conversations: 0,
        reviews_due: ReviewList {
            total: due.len() as i64,
            items: due
                .iter()
                .take(TODAY_CAP as usize)
                .map(|r| {
                    let closes = r.check_out + Duration::days(14);
                    ReviewDue {
                        booking_id: r.id,
                        listing_id: ids[r.listing],
                        listing_title: TITLES[r.listing].into(),
                        guest_name: GUESTS[r.guest].into(),
                        check_out: r.check_out.to_string(),
                        closes_on: closes.to_string(),
                        days_left: (closes - todays[r.listing]).whole_days(),
                    }
                })
                .collect(),
        },
    }
}

/// How many lists of each kind were not empty over the run: the guard against a test
/// that passes because it compared nothing.
fn sizes(t: &Today) -> [i64; 7] {
    [
        t.arrivals_today.total,
        t.arrivals_tomorrow.total,
        t.departures_today.total,
        t.departures_tomorrow.total,
        t.staying_tonight.total,
        t.requests.total,
        t.reviews_due.total,
    ]
}

#[test]
fn every_list_matches_a_brute_force_in_each_listings_time_zone() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let t = rt.block_on(TestDb::new());
    let pool = rt.block_on(t.primary_pool());
    let db = DbScope::new(rt.block_on(async { t.db(None) }));
    let seen = RefCell::new([0usize; 7]);
    let mut runner = TestRunner::new(Config {
        cases: 16,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(random(), 0..80), |stays| {
            let (host, ids, rows) = rt.block_on(load(&pool, &stays));
            for (now, todays) in instants() {
                let got = rt
                    .block_on(today(&db, host, now))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let want = expected(&rows, &ids, now, todays);
                prop_assert_eq!(&got, &want, "at {}", now);
                for (n, size) in seen.borrow_mut().iter_mut().zip(sizes(&got)) {
                    *n += usize::from(size > 0);
                }
            }
            Ok(())
        })
        .expect("the panel agrees with the brute force");
    assert!(
        seen.borrow().iter().all(|n| *n > 0),
        "every list was non-empty at least once: {:?}",
        seen.borrow()
    );
}
