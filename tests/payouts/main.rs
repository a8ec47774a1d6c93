//! Payouts (`server::payouts`): the scheduler gathers each host's settled shares into one
//! payout per currency and release time, once, even with several workers at once; the
//! offline rail pays the due ones only; and what a host reads adds up to the shares
//! worked out in plain Rust. One fresh database per test.

mod api;
#[path = "../common/mod.rs"]
mod common;
mod fixture;
mod seed;

use common::TestDb;
use fixture::{NOW, Price, amounts_add_up, listing, payouts, settle, stay, times_gathered, user};
use futures::future::BoxFuture;
use haven::server::payouts::{OfflineRail, PayoutRail, RailError, Transfer, pay_due, schedule_due};
use time::Duration;
use time::macros::{date, datetime};

#[tokio::test]
async fn each_hosts_shares_are_gathered_once_per_currency_and_release() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let (ana, ben, guest) = (
        user(&pool, "ana@example.com").await,
        user(&pool, "ben@example.com").await,
        user(&pool, "guest@example.com").await,
    );
    let porto = listing(&pool, ana, "Porto loft", "EUR", "Europe/Lisbon").await;
    let nyc = listing(&pool, ana, "NYC studio", "USD", "America/New_York").await;
    let bens = listing(&pool, ben, "Ben's cabin", "EUR", "UTC").await;
    let d = date!(2026 - 11 - 01);
    let a1 = stay(&pool, porto, guest, d, 3, "completed", Price::plain(30_000)).await;
    let a2 = stay(
        &pool,
        porto,
        guest,
        d + Duration::days(5),
        2,
        "completed",
        Price::plain(20_000),
    )
    .await;
    let a3 = stay(
        &pool,
        porto,
        guest,
        d + Duration::days(8),
        2,
        "completed",
        Price::plain(10_000),
    )
    .await;
    let u1 = stay(&pool, nyc, guest, d, 3, "completed", Price::plain(45_000)).await;
    let b1 = stay(&pool, bens, guest, d, 3, "completed", Price::plain(9_900)).await;
    // Two of Ana's EUR shares settle on the same day (one payout), one the next day.
    // Released at the first midnight a day later: the 12th, and the 13th for the third.
    let day = datetime!(2026-11-10 00:00 UTC);
    settle(&pool, a1, day + Duration::hours(1)).await;
    settle(&pool, a2, day + Duration::hours(23)).await;
    settle(&pool, a3, day + Duration::hours(25)).await;
    settle(&pool, u1, day + Duration::hours(5)).await;
    settle(&pool, b1, day + Duration::hours(5)).await;

    let first = schedule_due(&pool, NOW).await.expect("schedule");
    let again = schedule_due(&pool, NOW).await.expect("schedule again");

    assert_eq!(
        (first, again),
        (5, 0),
        "each share once, the second run finds none"
    );
    let got = payouts(&pool).await;
    let mut seen: Vec<_> = got
        .iter()
        .map(|(_, host, cur, amount, status, release)| {
            (*host == ana, cur.clone(), *amount, status.clone(), *release)
        })
        .collect();
    seen.sort_by_key(|s| (s.0, s.1.clone(), s.4));
    let share = |total| Price::plain(total).host_share();
    let r = |days| datetime!(2026-11-10 00:00 UTC) + Duration::days(days);
    let s = "scheduled".to_string();
    assert_eq!(
        seen,
        vec![
            (false, "EUR".into(), share(9_900), s.clone(), r(2)),
            (
                true,
                "EUR".into(),
                share(30_000) + share(20_000),
                s.clone(),
                r(2)
            ),
            (true, "EUR".into(), share(10_000), s.clone(), r(3)),
            (true, "USD".into(), share(45_000), s.clone(), r(2)),
        ]
    );
    assert!(times_gathered(&pool).await.iter().all(|n| *n == 1));
    assert!(amounts_add_up(&pool).await);
}

#[tokio::test]
async fn workers_scheduling_at_once_gather_every_share_exactly_once() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let guest = user(&pool, "guest@example.com").await;
    let mut expected = 0;
    for h in 0..3 {
        let host = user(&pool, &format!("host{h}@example.com")).await;
        let place = listing(
            &pool,
            host,
            "A flat by the sea",
            if h == 1 { "GBP" } else { "EUR" },
            "UTC",
        )
        .await;
        for i in 0..120_i64 {
            let check_in = date!(2025 - 01 - 01) + Duration::days(i * 3);
            let price = Price::plain(10_000 + i * 7 + h);
            let id = stay(&pool, place, guest, check_in, 2, "completed", price).await;
            // Settled over four days: a few payouts per host.
            expected += settle(&pool, id, NOW - Duration::hours(i % 96)).await;
        }
    }

    let runs = (0..4).map(|_| {
        let pool = pool.clone();
        tokio::spawn(async move { schedule_due(&pool, NOW).await })
    });
    let mut gathered = 0;
    for run in futures::future::join_all(runs).await {
        gathered += run.expect("task").expect("schedule");
    }

    assert_eq!(gathered, 360, "the runs share the work, none twice");
    let waiting: i64 = sqlx::query_scalar("SELECT count(*) FROM payout_queue")
        .fetch_one(&pool)
        .await
        .expect("queue");
    assert_eq!(waiting, 0, "nothing left waiting");
    assert!(times_gathered(&pool).await.iter().all(|n| *n == 1));
    assert!(amounts_add_up(&pool).await);
    let got = payouts(&pool).await;
    assert_eq!(got.iter().map(|p| p.3).sum::<i64>(), expected);
    let mut keys: Vec<_> = got.iter().map(|p| (p.1, p.2.clone(), p.5)).collect();
    let all = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        all,
        "one open payout per host, currency and release"
    );
}

#[tokio::test]
async fn a_share_is_released_at_the_first_utc_midnight_a_day_after_it_settled() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let rule = |at: time::OffsetDateTime| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, time::OffsetDateTime>("SELECT payout_release_at($1)")
                .bind(at)
                .fetch_one(&pool)
                .await
                .expect("rule")
        }
    };
    assert_eq!(
        rule(datetime!(2026-11-10 00:00 UTC)).await,
        datetime!(2026-11-11 00:00 UTC)
    );
    assert_eq!(
        rule(datetime!(2026-11-10 00:00:01 UTC)).await,
        datetime!(2026-11-12 00:00 UTC)
    );
    assert_eq!(
        rule(datetime!(2026-11-10 23:59 UTC)).await,
        datetime!(2026-11-12 00:00 UTC)
    );
    // Tokyo's midnight of 10 November is 15:00 UTC on the 9th.
    assert_eq!(
        rule(datetime!(2026-11-10 00:00 +9)).await,
        datetime!(2026-11-11 00:00 UTC)
    );
}

#[tokio::test]
async fn the_offline_rail_pays_due_payouts_only_and_tells_the_host() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let (host, guest) = (
        user(&pool, "ana@example.com").await,
        user(&pool, "g@example.com").await,
    );
    let place = listing(&pool, host, "Porto loft", "EUR", "UTC").await;
    let early = stay(
        &pool,
        place,
        guest,
        date!(2026 - 11 - 10),
        3,
        "completed",
        Price::plain(30_000),
    )
    .await;
    let late = stay(
        &pool,
        place,
        guest,
        date!(2026 - 11 - 13),
        2,
        "completed",
        Price::plain(20_000),
    )
    .await;
    settle(&pool, early, datetime!(2026-11-13 00:00 UTC)).await; // released 14 Nov
    settle(&pool, late, datetime!(2026-11-16 00:00 UTC)).await; // released 17 Nov
    schedule_due(&pool, NOW).await.expect("schedule");

    let first = pay_due(&pool, &OfflineRail, NOW).await.expect("pay");
    let again = pay_due(&pool, &OfflineRail, NOW).await.expect("pay again");

    assert_eq!((first.paid, again.paid), (1, 0));
    let rows: Vec<(i64, String, Option<time::OffsetDateTime>, Option<String>)> =
        sqlx::query_as("SELECT id, status, paid_at, reference FROM payouts ORDER BY release_at")
            .fetch_all(&pool)
            .await
            .expect("payouts");
    let (id, status, paid_at, reference) = &rows[0];
    assert_eq!((status.as_str(), *paid_at), ("paid", Some(NOW)));
    assert_eq!(
        reference.as_deref(),
        Some(format!("offline-payout-{id}").as_str())
    );
    assert_eq!(
        (rows[1].1.as_str(), rows[1].2, rows[1].3.as_deref()),
        ("scheduled", None, None)
    );
    // Told through the notifications stream (the bell is its consumer).
    let told: Vec<(String, String)> = sqlx::query_as(
        "SELECT payload->>'kind', payload->>'body' FROM outbox_events
         WHERE stream = 'notifications' AND payload->>'recipient_id' = $1::text",
    )
    .bind(host)
    .fetch_all(&pool)
    .await
    .expect("notifications");
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].0, "payout_paid");
    assert!(
        told[0].1.contains("EUR") && told[0].1.contains("1 stay"),
        "{}",
        told[0].1
    );

    let later = pay_due(&pool, &OfflineRail, datetime!(2026-11-17 00:00 UTC))
        .await
        .expect("pay");
    assert_eq!(later.paid, 1, "due on the 17th at midnight");
}

/// A rail whose bank says no.
struct Refusing;

impl PayoutRail for Refusing {
    fn name(&self) -> &'static str {
        "refusing"
    }

    fn transfer<'a>(&'a self, t: &'a Transfer) -> BoxFuture<'a, Result<String, RailError>> {
        Box::pin(async move {
            Err(RailError {
                payout_id: t.payout_id,
                message: "account closed".into(),
            })
        })
    }
}

#[tokio::test]
async fn a_refused_payout_stays_scheduled_and_a_late_share_gets_a_payout_of_its_own() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let (host, guest) = (
        user(&pool, "ana@example.com").await,
        user(&pool, "g@example.com").await,
    );
    let place = listing(&pool, host, "Porto loft", "EUR", "UTC").await;
    let one = stay(
        &pool,
        place,
        guest,
        date!(2026 - 11 - 01),
        3,
        "completed",
        Price::plain(30_000),
    )
    .await;
    let two = stay(
        &pool,
        place,
        guest,
        date!(2026 - 11 - 04),
        3,
        "completed",
        Price::plain(20_000),
    )
    .await;
    let settled = datetime!(2026-11-10 08:00 UTC);
    settle(&pool, one, settled).await;
    schedule_due(&pool, NOW).await.expect("schedule");

    let refused = pay_due(&pool, &Refusing, NOW).await.expect("pay");
    assert_eq!((refused.paid, refused.refused), (0, 1));
    assert_eq!(payouts(&pool).await[0].4, "scheduled");
    let paid = pay_due(&pool, &OfflineRail, NOW).await.expect("pay");
    assert_eq!(paid.paid, 1);

    // A share of the same release time, gathered only after that payout went out.
    settle(&pool, two, settled).await;
    schedule_due(&pool, NOW).await.expect("schedule");

    let got = payouts(&pool).await;
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].3, got[0].4.as_str()),
        (Price::plain(30_000).host_share(), "paid")
    );
    assert_eq!(
        (got[1].3, got[1].4.as_str()),
        (Price::plain(20_000).host_share(), "scheduled")
    );
    assert_eq!(got[0].5, got[1].5);
    assert!(amounts_add_up(&pool).await);
}
