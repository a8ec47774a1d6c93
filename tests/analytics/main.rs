//! The owner's dashboard: the figures from SQL (`server::analytics`) against a brute-force
//! reference in plain Rust (`reference.rs`) over random booking histories (`history.rs`).

mod api;
#[path = "../common/mod.rs"]
mod common;
mod exports;
mod history;
mod pages;
mod reference;
mod rollups;
mod today;
mod views;

use common::TestDb;
use haven::app::types::Currency;
use haven::server::analytics::figures::{Scope, div_round, figures};
use haven::server::analytics::period::Range;
use haven::server::analytics::rollup;
use history::{Flow, History};
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use proptest::{prop_assert, prop_assert_eq};
use sqlx::PgPool;
use time::Duration;
use uuid::Uuid;

/// Replaces everything in the database with `h`; the host's id and the listings' ids.
async fn load(pool: &PgPool, h: &History) -> Result<(Uuid, Vec<i64>), sqlx::Error> {
    sqlx::query("TRUNCATE users, listings, bookings, host_days, analytics_dirty CASCADE")
        .execute(pool)
        .await?;
    let user = |email: &str, currency: &str| {
        sqlx::query_scalar::<_, Uuid>(
            "INSERT INTO users (email, display_name, preferred_currency) VALUES ($1, 'P', $2)
             RETURNING id",
        )
        .bind(email.to_string())
        .bind(currency.to_string())
        .fetch_one(pool)
    };
    let host = user("host@example.com", h.host_currency).await?;
    let other = user("other@example.com", "USD").await?;
    let guest = user("guest@example.com", "USD").await?;
    let mut ids = Vec::new();
    for (i, l) in h.listings.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO listings (host_id, title, description, property_type, address, city,
                                  country, country_code, latitude, longitude,
                                  price_per_night_minor, max_guests, bedrooms, beds, bathrooms,
                                  currency, time_zone, created_at)
             VALUES ($1, 'A flat in Porto', 'A flat.', 'apartment', '1 St', 'Porto', 'Portugal', 'PT',
                     41.1, -8.6, 10000, 2, 1, 1, 1, $2, $3, $4)
             RETURNING id",
        )
        .bind(if i < 2 { host } else { other })
        .bind(l.currency)
        .bind(l.zone.0)
        .bind(l.created_at)
        .fetch_one(pool)
        .await?;
        ids.push(id);
    }
    for b in &h.bookings {
        let l = &h.listings[b.listing];
        let rates = serde_json::json!({"USD": 1.0, "EUR": b.eur, "GBP": b.gbp});
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status,
                                   currency, total_minor, service_fee_minor, taxes_minor,
                                   refund_minor, time_zone, created_at, fx_rates)
             VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        )
        .bind(ids[b.listing])
        .bind(guest)
        .bind(b.check_in)
        .bind(b.check_out())
        .bind(b.status())
        .bind(l.currency)
        .bind(b.total)
        .bind(b.fee)
        .bind(b.taxes)
        .bind(b.refund())
        .bind(l.zone.0)
        .bind(b.created_at)
        .bind(rates)
        .fetch_one(pool)
        .await?;
        let first = if b.flow == Flow::Instant {
            "confirmed"
        } else {
            "pending"
        };
        let mut moves = vec![(None, first, "guest", b.created_at)];
        let after = |s: i64| b.created_at + Duration::seconds(s);
        match b.flow {
            Flow::Accepted(s) => moves.push((Some("pending"), "confirmed", "host", after(s))),
            Flow::Declined(s) => moves.push((Some("pending"), "declined", "host", after(s))),
            Flow::Expired(s) => moves.push((Some("pending"), "expired", "system", after(s))),
            Flow::Withdrawn(s) => moves.push((Some("pending"), "cancelled", "guest", after(s))),
            Flow::Instant | Flow::Waiting => {}
        }
        for (from, to, role, at) in moves {
            sqlx::query(
                "INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_role, at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(from)
            .bind(to)
            .bind(role)
            .bind(at)
            .execute(pool)
            .await?;
        }
    }
    for (l, from, n) in &h.blocks {
        sqlx::query(
            "INSERT INTO listing_holds (listing_id, nights) VALUES ($1, daterange($2, $3))",
        )
        .bind(ids[*l])
        .bind(*from)
        .bind(*from + Duration::days(*n))
        .execute(pool)
        .await?;
    }
    for (l, day, views) in &h.views {
        sqlx::query(
            "INSERT INTO listing_views (listing_id, day, views) VALUES ($1, $2, $3)
             ON CONFLICT (listing_id, day) DO UPDATE SET views = listing_views.views + $3",
        )
        .bind(ids[*l])
        .bind(*day)
        .bind(*views)
        .execute(pool)
        .await?;
    }
    Ok((host, ids))
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        _ => false,
    }
}

async fn check(pool: &PgPool, h: History) -> Result<(), TestCaseError> {
    let (host, ids) = load(pool, &h)
        .await
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let currency = Currency::from_code(h.host_currency).expect("currency");
    let ranges: Vec<Range> = h
        .periods
        .iter()
        .map(|(from, n)| Range {
            from: *from,
            to: *from + Duration::days(*n),
        })
        .collect();
    for only in [None, Some(0usize), Some(1)] {
        let scope = Scope {
            host,
            listing: only.map(|i| ids[i]),
            currency,
        };
        let got = figures(pool, scope, &ranges)
            .await
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (g, r) in got.iter().zip(&ranges) {
            let want = reference::expected(&h, only, r.from, r.to);
            let at = format!("{only:?} {r:?}: got {g:?}, want {want:?}");
            let near = |a: i64, b: i64| (a - b).abs() <= 1;
            let ratio = |a: i64, b: i64| (b > 0).then(|| a as f64 / b as f64);
            prop_assert_eq!(
                (g.booked_nights, g.open_nights),
                (want.booked_nights, want.open_nights),
                "{}",
                at
            );
            prop_assert!(near(g.revenue.amount_minor, want.revenue), "revenue {}", at);
            prop_assert!(
                near(g.earnings.amount_minor, want.earnings),
                "earnings {}",
                at
            );
            prop_assert!(
                near(g.gross_booking_value.amount_minor, want.gbv),
                "gbv {}",
                at
            );
            prop_assert_eq!(g.revenue.currency, currency);
            prop_assert!(
                close(g.occupancy, ratio(want.booked_nights, want.open_nights)),
                "occupancy {}",
                at
            );
            let per = |n: i64| (n > 0).then(|| div_round(want.revenue, n));
            for (got, n) in [(g.adr, want.booked_nights), (g.revpar, want.open_nights)] {
                let ok = match (got.map(|m| m.amount_minor), per(n)) {
                    (None, None) => true,
                    (Some(a), Some(b)) => (a - b).abs() <= 1,
                    _ => false,
                };
                prop_assert!(ok, "adr/revpar {}", at);
            }
            prop_assert_eq!(
                (g.stays, g.cancelled),
                (want.stays, want.cancelled),
                "{}",
                at
            );
            prop_assert!(
                close(
                    g.cancellation_rate,
                    ratio(want.cancelled, want.stays + want.cancelled)
                ),
                "{}",
                at
            );
            prop_assert_eq!(g.requests, want.requests, "{}", at);
            prop_assert!(
                close(g.acceptance_rate, ratio(want.accepted, want.requests)),
                "{}",
                at
            );
            prop_assert_eq!(g.views, want.views, "{}", at);
            prop_assert!(
                close(g.conversion, ratio(want.made, want.views)),
                "conversion {}",
                at
            );
        }
    }
    // The roll-ups, drained as the worker drains them, agree with the raw aggregation;
    // and again after each kind of change.
    let fail = |e: sqlx::Error| TestCaseError::fail(e.to_string());
    rollup::drain(pool).await.map_err(fail)?;
    for only in [None, Some(0usize), Some(1)] {
        let listing = only.map(|i| ids[i]);
        rollups::agree(
            pool,
            Scope {
                host,
                listing,
                currency,
            },
            &ranges,
        )
        .await?;
    }
    let other: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = 'other@example.com'")
        .fetch_one(pool)
        .await
        .map_err(fail)?;
    let mut currency = currency;
    for step in 0..3 {
        currency = rollups::change(pool, &ids, step).await?.unwrap_or(currency);
        rollups::agree(
            pool,
            Scope {
                host,
                listing: None,
                currency,
            },
            &ranges,
        )
        .await?;
        let theirs = Scope {
            host: other,
            listing: None,
            currency: Currency::Usd,
        };
        rollups::agree(pool, theirs, &ranges).await?;
    }
    Ok(())
}

#[test]
fn figures_match_a_brute_force_reference_over_random_histories() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let db = rt.block_on(TestDb::new());
    let pool = rt.block_on(db.primary_pool());
    let mut runner = TestRunner::new(Config {
        cases: 48,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&history::history(), |h| rt.block_on(check(&pool, h)))
        .expect("the SQL agrees with the reference");
}

/// The stored `host_revenue_minor` and `host_earnings_minor` (SQL functions in the
/// migration) split a booking as `bookings::money::settle` does, refunds included.
#[test]
fn the_stored_split_is_the_booking_engines() {
    use haven::server::bookings::money::settle;
    use proptest::prelude::*;
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let db = rt.block_on(TestDb::new());
    let pool = rt.block_on(db.primary_pool());
    let case = (0i64..5_000_000, 0.0f64..0.3, 0.0f64..0.3, 0.0f64..=1.0).prop_map(
        |(total, fee, taxes, refund)| {
            let fee = (total as f64 * fee) as i64;
            let taxes = ((total - fee) as f64 * taxes) as i64;
            (total, fee, taxes, (total as f64 * refund) as i64)
        },
    );
    let mut runner = TestRunner::new(Config {
        cases: 16,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(case, 1..200), |cases| {
            let got: Vec<(i64, i64)> = rt
                .block_on(
                    sqlx::query_as(
                        "SELECT settle_host_gross(t, f, x, r), settle_host_payout(t, f, x, r)
                         FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[])
                              WITH ORDINALITY AS c(t, f, x, r, n) ORDER BY n",
                    )
                    .bind(cases.iter().map(|c| c.0).collect::<Vec<_>>())
                    .bind(cases.iter().map(|c| c.1).collect::<Vec<_>>())
                    .bind(cases.iter().map(|c| c.2).collect::<Vec<_>>())
                    .bind(cases.iter().map(|c| c.3).collect::<Vec<_>>())
                    .fetch_all(&pool),
                )
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            for ((total, fee, taxes, refund), (gross, payout)) in cases.iter().zip(got) {
                let s = settle(*total, *fee, *taxes, *refund);
                let stay = total - fee;
                let kept = stay - refund.min(&stay);
                prop_assert_eq!(payout, s.host_payout_minor);
                prop_assert_eq!(gross, kept - s.taxes_minor);
            }
            Ok(())
        })
        .expect("the SQL split agrees with settle");
}
