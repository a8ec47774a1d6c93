//! A host's response rate and median response time, checked against a brute-force
//! computation over inquiries and requests made up at random (a fixed seed), with the
//! rules written out again here independently of the SQL.

use super::World;
use haven::server::platform::db::DbScope;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// A small deterministic generator (no dependency on `rand`'s API).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: i64) -> i64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below.unsigned_abs()) as i64
    }
}

/// What happened to one request: answered by the host, withdrawn by the guest, expired
/// by Haven, or nothing yet; with when.
#[derive(Clone, Copy)]
enum Exit {
    Host(i64),
    Guest(i64),
    System(i64),
    None,
}

/// One inquiry or request: when it started and how it went (seconds after the start).
struct Item {
    started: OffsetDateTime,
    answered_after: Option<i64>,
    withdrawn: bool,
}

async fn user_id(w: &World, email: &str) -> Uuid {
    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&w.pool)
        .await
        .expect("user")
}

#[tokio::test]
async fn response_stats_match_a_brute_force_count() {
    let w = World::new().await;
    let host = user_id(&w, "hana@example.com").await;
    let guest = user_id(&w, "gil@example.com").await;
    let now = w
        .state
        .clock
        .now()
        .replace_nanosecond(0)
        .expect("whole second");
    let mut rng = Lcg(17);
    let mut items = Vec::new();
    let day = 86_400;

    // Inquiries, one listing each (a guest has one open inquiry per listing).
    for i in 0..40 {
        let listing = super::common::insert_listing(&w.pool, &format!("Flat {i}"))
            .await
            .expect("listing");
        let started = now - Duration::seconds(rng.next(100 * day));
        let answered_after = (rng.next(10) < 7).then(|| rng.next(2 * day));
        let conv: i64 = sqlx::query_scalar(
            "INSERT INTO conversations (listing_id, guest_id, host_id, kind, created_at,
                                        last_message_at)
             VALUES ($1, $2, $3, 'inquiry', $4, $4) RETURNING id",
        )
        .bind(listing)
        .bind(guest)
        .bind(host)
        .bind(started)
        .fetch_one(&w.pool)
        .await
        .expect("conversation");
        let mut messages = vec![(guest, started), (guest, started + Duration::seconds(30))];
        if let Some(after) = answered_after {
            let at = started + Duration::seconds(after);
            messages.push((host, at));
            messages.push((host, at + Duration::seconds(rng.next(day))));
        }
        for (sender, at) in messages {
            sqlx::query(
                "INSERT INTO messages (conversation_id, sender_id, body, created_at)
                 VALUES ($1, $2, 'text', $3)",
            )
            .bind(conv)
            .bind(sender)
            .bind(at)
            .execute(&w.pool)
            .await
            .expect("message");
        }
        items.push(Item {
            started,
            // An answer in the future of `now` has not happened yet.
            answered_after: answered_after.filter(|a| started + Duration::seconds(*a) <= now),
            withdrawn: false,
        });
    }

    // Booking requests (and instant bookings, which are not counted).
    for _ in 0..40 {
        let started = now - Duration::seconds(rng.next(100 * day));
        let instant = rng.next(10) == 0;
        let exit = match rng.next(10) {
            0..=4 => Exit::Host(rng.next(2 * day)),
            5 => Exit::Guest(rng.next(day)),
            6..=7 => Exit::System(day),
            _ => Exit::None,
        };
        let booking: i64 = sqlx::query_scalar(
            "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status,
                                   currency, total_minor, created_at, updated_at)
             VALUES ($1, $2, '2027-01-01', '2027-01-03', 1, $3, 'EUR', 1000, $4, $4)
             RETURNING id",
        )
        .bind(w.listing)
        .bind(guest)
        .bind(if instant { "confirmed" } else { "pending" })
        .bind(started)
        .fetch_one(&w.pool)
        .await
        .expect("booking");
        let mut transitions = vec![(
            None,
            if instant { "confirmed" } else { "pending" },
            "guest",
            started,
        )];
        if !instant {
            match exit {
                Exit::Host(s) => transitions.push((
                    Some("pending"),
                    "confirmed",
                    "host",
                    started + Duration::seconds(s),
                )),
                Exit::Guest(s) => transitions.push((
                    Some("pending"),
                    "cancelled",
                    "guest",
                    started + Duration::seconds(s),
                )),
                Exit::System(s) => transitions.push((
                    Some("pending"),
                    "expired",
                    "system",
                    started + Duration::seconds(s),
                )),
                Exit::None => {}
            }
        }
        for (from, to, role, at) in transitions {
            sqlx::query(
                "INSERT INTO booking_transitions (booking_id, from_status, to_status,
                                                  actor_role, at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(booking)
            .bind(from)
            .bind(to)
            .bind(role)
            .bind(at)
            .execute(&w.pool)
            .await
            .expect("transition");
        }
        if instant {
            continue;
        }
        let happened = |s: i64| started + Duration::seconds(s) <= now;
        items.push(match exit {
            Exit::Host(s) => Item {
                started,
                answered_after: happened(s).then_some(s),
                withdrawn: false,
            },
            Exit::Guest(s) => Item {
                started,
                answered_after: None,
                withdrawn: happened(s),
            },
            Exit::System(_) | Exit::None => Item {
                started,
                answered_after: None,
                withdrawn: false,
            },
        });
    }

    let (counted, responded, mut times) = brute_force(&items, now, 90);
    times.sort_unstable();
    let median = match times.len() {
        0 => None,
        n if n % 2 == 1 => Some(times[n / 2] as f64),
        n => Some((times[n / 2 - 1] + times[n / 2]) as f64 / 2.0),
    };
    // Not vacuous: answered, unanswered and uncounted ones all occur.
    assert!(
        counted >= 20 && responded >= 10 && counted > responded,
        "{counted} {responded}"
    );
    assert!(items.len() > counted as usize);

    let db = DbScope::new(w.state.db.clone());
    let stats = haven::server::messages::response_stats(&db, host, now)
        .await
        .expect("stats");
    assert_eq!((stats.counted, stats.responded), (counted, responded));
    let (got, want) = (stats.median_secs.expect("median"), median.expect("median"));
    assert!((got as f64 - want).abs() <= 1.0, "{got} vs {want}");

    // Through the API, for the listing.
    let r = super::common::get(
        &w.app,
        &format!("/api/v1/listings/{}/response-stats", w.listing),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["counted"], counted);

    // The badge's response rate is the same definition over 365 days, where the items
    // started 90 to 100 days ago count too.
    let (year_counted, year_responded, _) = brute_force(&items, now, 365);
    assert!(year_counted > counted, "{year_counted} vs {counted}");
    haven::server::reviews::badge::evaluate(&w.pool, now)
        .await
        .expect("badge");
    let standing = haven::server::reviews::badge::standing(&db, host)
        .await
        .expect("standing");
    let want = year_responded as f64 / year_counted as f64;
    let got = standing.response_rate.expect("a rate");
    assert!((got - want).abs() < 1e-9, "{got} vs {want}");
}

/// The rules, brute force: over the last `days` days at `now`, how many items count, how
/// many of them were answered in time, and how long each of those took (seconds).
fn brute_force(items: &[Item], now: OffsetDateTime, days: i64) -> (i64, i64, Vec<i64>) {
    let day = 86_400;
    let (mut counted, mut responded, mut times) = (0, 0, Vec::new());
    for item in items {
        if item.started <= now - Duration::days(days) || item.withdrawn {
            continue;
        }
        if let Some(s) = item.answered_after.filter(|s| *s <= day) {
            counted += 1;
            responded += 1;
            times.push(s);
        } else if item.started <= now - Duration::days(1) {
            counted += 1;
        }
    }
    (counted, responded, times)
}
