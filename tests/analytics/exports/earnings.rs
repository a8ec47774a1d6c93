//! `GET /api/v1/host/earnings.csv`: each line's split and share, and the share column's
//! total against the dashboard's earnings, for a constructed host (through the API) and
//! over random histories (through `server::analytics::export`).

use super::{GUESTS, LISTINGS, NOVEMBER, cents, exported, fixture, minor, rows, shown};
use crate::common::{TestDb, call};
use crate::{history, load};
use haven::app::types::Currency;
use haven::server::analytics::export::{Export, earnings};
use haven::server::analytics::figures::{Scope, figures};
use haven::server::analytics::period::Range;
use haven::server::platform::db::DbScope;
use http_body_util::BodyExt;
use proptest::prop_assert_eq;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use time::Duration;

const HEADER: [&str; 21] = [
    "Booking",
    "Listing",
    "Listing title",
    "Guest",
    "Check-in",
    "Check-out",
    "Status",
    "Nights",
    "Nights in period",
    "Currency",
    "Guest paid",
    "Guest service fee",
    "Taxes",
    "Refunded",
    "Stay revenue",
    "Host fee",
    "Host earnings",
    "Rate to EUR",
    "Revenue in period (EUR)",
    "Host fee in period (EUR)",
    "Earnings in period (EUR)",
];

/// The sum of a column of decimals.
fn total(lines: &[Vec<String>], column: usize) -> i64 {
    lines.iter().map(|l| minor(&l[column])).sum()
}

#[tokio::test]
async fn each_line_splits_its_stay_and_the_shares_add_up_to_the_dashboards_figures() {
    let f = fixture().await;
    let everything = [None, Some(0), Some(1), Some(2)];
    for only in everything {
        let query = match only {
            Some(l) => format!("{NOVEMBER}&listing_id={}", f.listings[l]),
            None => NOVEMBER.to_string(),
        };
        let csv = format!("/api/v1/host/earnings.csv?{query}");

        let r = call(&f.app, "GET", &csv, Some(&f.hana), None).await;
        let dashboard = call(
            &f.app,
            "GET",
            &format!("/api/v1/host/analytics?{query}"),
            Some(&f.hana),
            None,
        )
        .await;

        assert_eq!(r.status, 200, "{only:?}: {}", r.body);
        assert_eq!(r.header("content-type"), "text/csv; charset=utf-8");
        assert_eq!(
            r.header("content-disposition"),
            "attachment; filename=\"haven-earnings-2026-11-01-2026-11-30.csv\""
        );
        let got = rows(&r.body);
        assert_eq!(got[0], HEADER);
        let lines = &got[1..];
        let stays: Vec<_> = exported(&f.stays, true)
            .into_iter()
            .filter(|s| only.is_none_or(|l| s.listing == l))
            .collect();
        assert_eq!(lines.len(), stays.len(), "{only:?}: {}", r.body);
        for (line, s) in lines.iter().zip(&stays) {
            let (title, currency, ..) = LISTINGS[s.listing];
            let rate = if s.rate() == 1.0 { "1" } else { "0.8" };
            let want = [
                s.id.to_string(),
                f.listings[s.listing].to_string(),
                shown(title),
                shown(GUESTS[s.guest]),
                s.check_in.to_string(),
                s.check_out().to_string(),
                s.status.to_string(),
                s.nights.to_string(),
                s.inside().to_string(),
                currency.to_string(),
                cents(s.total),
                cents(s.fee),
                cents(s.taxes),
                cents(s.refund),
                cents(s.revenue()),
                cents(s.revenue() - s.payout()),
                cents(s.payout()),
                rate.to_string(),
            ];
            assert_eq!(line[..18], want[..], "{only:?}");
            // Each share within a cent of its exact value; the fee is the difference.
            let share = |m: i64| m as f64 * s.rate() * s.inside() as f64 / s.nights as f64;
            let (rev, fee, earn) = (minor(&line[18]), minor(&line[19]), minor(&line[20]));
            assert!((rev as f64 - share(s.revenue())).abs() <= 1.0, "{line:?}");
            assert!((earn as f64 - share(s.payout())).abs() <= 1.0, "{line:?}");
            assert_eq!(fee, rev - earn);
        }
        if only.is_none() {
            assert_eq!(lines.len(), 5, "not vacuous: both edges, a refund, USD");
        }

        assert_eq!(dashboard.status, 200, "{}", dashboard.body);
        let figure = |name: &str| dashboard.json()["current"][name]["amount_minor"].as_i64();
        assert_eq!(Some(total(lines, 20)), figure("earnings"), "{only:?}");
        assert_eq!(Some(total(lines, 18)), figure("revenue"), "{only:?}");
    }
}

/// The export's earnings over random histories (every status, stays across every edge,
/// refunds, per-booking rates, two currencies and time zones, another host) add up to
/// the dashboard's figure for the same period and listing, to the cent.
#[test]
fn the_earnings_column_adds_up_to_the_dashboard_over_random_histories() {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let t = rt.block_on(TestDb::new());
    let pool = rt.block_on(t.primary_pool());
    let db = DbScope::new(rt.block_on(async { t.db(None) }));
    let mut runner = TestRunner::new(Config {
        cases: 24,
        failure_persistence: None,
        ..Config::default()
    });
    let lines_seen = std::cell::Cell::new(0usize);
    runner
        .run(&history::history(), |h| {
            rt.block_on(async {
                let fail = |e: String| TestCaseError::fail(e);
                let (host, ids) = load(&pool, &h).await.map_err(|e| fail(e.to_string()))?;
                let currency = Currency::from_code(h.host_currency).expect("currency");
                for (from, n) in &h.periods {
                    let range = Range {
                        from: *from,
                        to: *from + Duration::days(*n),
                    };
                    for listing in [None, Some(ids[0]), Some(ids[1])] {
                        let scope = Scope {
                            host,
                            listing,
                            currency,
                        };
                        let want = figures(&pool, scope, &[range])
                            .await
                            .map_err(|e| fail(e.to_string()))?;
                        let e = Export {
                            host,
                            listing,
                            range,
                            currency,
                        };
                        let response = earnings(&db, e).await.map_err(|e| fail(e.to_string()))?;
                        let body = response
                            .into_body()
                            .collect()
                            .await
                            .map_err(|e| fail(e.to_string()))?
                            .to_bytes();
                        let file = rows(&String::from_utf8_lossy(&body));
                        let lines = &file[1..];
                        lines_seen.set(lines_seen.get() + lines.len());
                        let at = format!("{listing:?} {range:?}");
                        prop_assert_eq!(total(lines, 20), want[0].earnings.amount_minor, "{}", at);
                        prop_assert_eq!(total(lines, 18), want[0].revenue.amount_minor, "{}", at);
                    }
                }
                Ok(())
            })
        })
        .expect("the export adds up to the dashboard");
    let seen = lines_seen.get();
    assert!(seen > 100, "not vacuous: {seen} lines");
}
