//! The roll-ups (`server::analytics::rollup`) against the raw aggregation (`figures::sums`,
//! itself checked against the brute force): after a random history is loaded, and again
//! after changes of every kind the triggers watch, drained as the worker drains them.

use haven::app::types::Currency;
use haven::server::analytics::figures::{Scope, Sums, lead_days, median_answers, sums};
use haven::server::analytics::period::Range;
use haven::server::analytics::rollup::{self, read};
use proptest::test_runner::TestCaseError;
use sqlx::PgPool;

fn fail(e: sqlx::Error) -> TestCaseError {
    TestCaseError::fail(e.to_string())
}

/// The total of `sums` with index `k`, as one line to compare (amounts to 1e-6 minor units).
fn total(sums: &[Sums], k: usize, listing: Option<i64>) -> (Vec<i64>, Vec<f64>) {
    let mut ints = vec![0i64; 11];
    let mut money = vec![0f64; 3];
    for s in sums
        .iter()
        .filter(|s| s.k == k && listing.is_none_or(|l| s.listing == l))
    {
        let line = [
            s.open_nights,
            s.booked,
            s.stays,
            s.stay_nights,
            s.lead_days,
            s.cancelled,
            s.requests,
            s.accepted,
            s.views,
            s.made,
            1,
        ];
        for (a, b) in ints.iter_mut().zip(line) {
            *a += b;
        }
        for (a, b) in money.iter_mut().zip([s.revenue, s.earnings, s.gbv]) {
            *a += b;
        }
    }
    ints.pop();
    (ints, money)
}

/// The roll-ups give what the raw aggregation gives, for every range and (over the first
/// range, the period) for every listing.
pub async fn agree(pool: &PgPool, scope: Scope, ranges: &[Range]) -> Result<(), TestCaseError> {
    let raw = sums(pool, scope, ranges).await.map_err(fail)?;
    let read::Rolled {
        sums: rolled,
        medians,
        mut leads,
    } = read::sums(pool, scope, ranges, ranges.len())
        .await
        .map_err(fail)?;
    let raw_medians = median_answers(pool, scope, ranges).await.map_err(fail)?;
    proptest::prop_assert_eq!(&medians, &raw_medians, "medians {:?}", scope);
    let mut raw_leads = lead_days(pool, scope, ranges[0]).await.map_err(fail)?;
    raw_leads.sort_unstable();
    leads.sort_unstable();
    proptest::prop_assert_eq!(&leads, &raw_leads, "lead times {:?}", scope);
    let mut listings: Vec<i64> = raw.iter().map(|s| s.listing).collect();
    listings.sort_unstable();
    listings.dedup();
    let mut cases: Vec<(usize, Option<i64>)> = (0..ranges.len()).map(|k| (k, None)).collect();
    cases.extend(listings.iter().map(|l| (0, Some(*l))));
    for (k, listing) in cases {
        let (a, am) = total(&raw, k, listing);
        let (b, bm) = total(&rolled, k, listing);
        let at = format!("{scope:?} range {k} {:?} listing {listing:?}", ranges[k]);
        proptest::prop_assert_eq!(&a, &b, "counts {}", at);
        for (x, y) in am.iter().zip(&bm) {
            proptest::prop_assert!(
                (x - y).abs() <= 1e-6 * x.abs().max(1.0),
                "amounts {}: raw {:?}, rolled up {:?}",
                at,
                am,
                bm
            );
        }
    }
    Ok(())
}

/// Changes of every kind the triggers watch: a stay cancelled with a refund, a block
/// lifted and another added, views, a request answered, a listing handed to the other
/// host, the host's currency. Returns the host's currency afterwards.
pub async fn change(
    pool: &PgPool,
    ids: &[i64],
    step: u8,
) -> Result<Option<Currency>, TestCaseError> {
    let statements: &[&str] = match step {
        0 => &[
            "UPDATE bookings SET status = 'cancelled', refund_minor = total_minor / 3
             WHERE id = (SELECT min(id) FROM bookings WHERE status = 'confirmed')",
            "DELETE FROM listing_holds WHERE id = (SELECT min(id) FROM listing_holds WHERE booking_id IS NULL)",
            "INSERT INTO listing_holds (listing_id, nights)
             SELECT id, daterange(DATE '2025-03-03', DATE '2025-03-09') FROM listings
             WHERE id = (SELECT min(id) FROM listings)
               AND NOT EXISTS (SELECT 1 FROM listing_holds h WHERE h.listing_id = listings.id
                               AND h.nights && daterange(DATE '2025-03-03', DATE '2025-03-09'))",
            "INSERT INTO listing_views (listing_id, day, views)
             SELECT min(id), DATE '2025-02-14', 7 FROM listings
             ON CONFLICT (listing_id, day) DO UPDATE SET views = listing_views.views + 7",
        ],
        1 => &[
            "WITH b AS (SELECT id FROM bookings WHERE status = 'pending' ORDER BY id LIMIT 1),
                  u AS (UPDATE bookings SET status = 'confirmed' WHERE id IN (SELECT id FROM b))
             INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_role, at)
             SELECT id, 'pending', 'confirmed', 'host', now() FROM b",
            "UPDATE listings SET host_id = (SELECT id FROM users WHERE email = 'other@example.com')
             WHERE id = $1",
        ],
        _ => &["UPDATE users SET preferred_currency = 'GBP' WHERE email = 'host@example.com'"],
    };
    for sql in statements {
        let q = sqlx::query(sql);
        let q = if sql.contains("$1") {
            q.bind(ids.get(1).copied().unwrap_or(0))
        } else {
            q
        };
        q.execute(pool).await.map_err(fail)?;
    }
    rollup::drain(pool).await.map_err(fail)?;
    Ok((step >= 2).then_some(Currency::Gbp))
}
