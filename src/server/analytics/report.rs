//! The dashboard's whole report: the sums of every range (the period, its two comparisons,
//! and the buckets of both series) from the roll-ups, then the medians, the lead times and
//! the listings' titles.

use super::figures::{Scope, Sums, from_sums};
use super::period::Range;
use crate::app::types::analytics::{
    Granularity, LeadBin, ListingFigures, MonthEarnings, Point, Report,
};
use sqlx::PgPool;
use time::{Date, Duration, Month};

/// Lead-time bins, in days.
pub const LEAD_BINS: [i64; 7] = [0, 7, 14, 30, 60, 90, 180];

/// `range` in buckets of `granularity`: days, weeks from Monday, or calendar months, the
/// first and last cut to the range.
pub fn buckets(range: Range, granularity: Granularity) -> Vec<Range> {
    let mut out = Vec::new();
    let mut from = range.from;
    while from < range.to {
        let next = match granularity {
            Granularity::Day => from + Duration::days(1),
            Granularity::Week => {
                from + Duration::days(7 - i64::from(from.weekday().number_days_from_monday()))
            }
            Granularity::Month => {
                let (y, m) = if from.month() == Month::December {
                    (from.year() + 1, Month::January)
                } else {
                    (from.year(), from.month().next())
                };
                Date::from_calendar_date(y, m, 1).unwrap_or(range.to)
            }
        };
        let to = next.min(range.to);
        out.push(Range { from, to });
        from = to;
    }
    out
}

fn point(sums: &[Sums], k: usize, range: Range, scope: Scope) -> Point {
    let f = from_sums(
        sums.iter().filter(|s| s.k == k),
        range,
        scope.currency,
        None,
    );
    Point {
        span: f.span,
        booked_nights: f.booked_nights,
        open_nights: f.open_nights,
        occupancy: f.occupancy,
        revenue: f.revenue,
        earnings: f.earnings,
        views: f.views,
    }
}

/// The report of `scope` over `range`.
pub async fn report(
    pool: &PgPool,
    scope: Scope,
    range: Range,
    granularity: Granularity,
    today: Date,
) -> Result<Report, sqlx::Error> {
    let head = [range, range.previous(), range.year_earlier()];
    let now_buckets = buckets(range, granularity);
    let then_buckets = buckets(range.year_earlier(), granularity);
    let year = (range.to - Duration::days(1)).year();
    let months: Vec<Range> = [year, year - 1]
        .iter()
        .flat_map(|y| buckets(calendar_year(*y), Granularity::Month))
        .collect();
    let mut ranges = head.to_vec();
    ranges.extend(&now_buckets);
    ranges.extend(&then_buckets);
    ranges.extend(&months);
    let rolled = super::rollup::read::sums(pool, scope, &ranges, head.len()).await?;
    let (sums, medians) = (rolled.sums, rolled.medians);
    let compared: Vec<_> = head
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let median = medians.get(k).copied().flatten();
            from_sums(sums.iter().filter(|s| s.k == k), *r, scope.currency, median)
        })
        .collect();
    let series = |offset: usize, list: &[Range]| -> Vec<Point> {
        list.iter()
            .enumerate()
            .map(|(i, r)| point(&sums, offset + i, *r, scope))
            .collect()
    };
    let titles = sqlx::query!(
        "SELECT id, title FROM listings WHERE host_id = $1 AND ($2::bigint IS NULL OR id = $2)
         ORDER BY title, id",
        scope.host,
        scope.listing
    )
    .fetch_all(pool)
    .await?;
    let listings = titles
        .into_iter()
        .map(|t| ListingFigures {
            listing_id: t.id,
            title: t.title,
            figures: from_sums(
                sums.iter().filter(|s| s.k == 0 && s.listing == t.id),
                range,
                scope.currency,
                None,
            ),
        })
        .collect();
    let [current, previous, year_earlier] = <[_; 3]>::try_from(compared)
        .map_err(|_| sqlx::Error::Protocol("three comparisons".into()))?;
    Ok(Report {
        currency: scope.currency,
        listing_id: scope.listing,
        today: today.to_string(),
        granularity,
        current,
        previous,
        year_earlier,
        series: series(3, &now_buckets),
        series_year_earlier: series(3 + now_buckets.len(), &then_buckets),
        lead_time: lead_bins(&rolled.leads),
        earnings_by_month: {
            let base = 3 + now_buckets.len() + then_buckets.len();
            let earned = |k: usize| point(&sums, base + k, months[k], scope).earnings;
            (0..12)
                .filter(|k| k + 12 < months.len())
                .map(|k| MonthEarnings {
                    month: months[k].from.to_string()[..7].to_string(),
                    earnings: earned(k),
                    year_earlier: earned(k + 12),
                })
                .collect()
        },
        listings,
    })
}

/// 1 January to 31 December of `year`.
fn calendar_year(year: i32) -> Range {
    let first = |y: i32| Date::from_calendar_date(y, Month::January, 1).unwrap_or(Date::MIN);
    Range {
        from: first(year),
        to: first(year + 1),
    }
}

/// Stays (confirmed or completed) by lead time in days (`leads`), in `LEAD_BINS`.
pub fn lead_bins(leads: &[i32]) -> Vec<LeadBin> {
    LEAD_BINS
        .iter()
        .enumerate()
        .map(|(i, from)| {
            let to = LEAD_BINS.get(i + 1).copied();
            let stays = leads
                .iter()
                .filter(|l| i64::from(**l) >= *from && to.is_none_or(|t| i64::from(**l) < t))
                .count() as i64;
            LeadBin {
                from_days: *from,
                to_days: to,
                stays,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn range(from: Date, to: Date) -> Range {
        Range { from, to }
    }

    #[test]
    fn buckets_tile_the_range_exactly() {
        let r = range(date!(2026 - 11 - 04), date!(2027 - 01 - 10));
        for g in [Granularity::Day, Granularity::Week, Granularity::Month] {
            let b = buckets(r, g);
            assert_eq!(b.first().map(|x| x.from), Some(r.from), "{g:?}");
            assert_eq!(b.last().map(|x| x.to), Some(r.to), "{g:?}");
            assert!(b.windows(2).all(|w| w[0].to == w[1].from), "{g:?}");
            assert!(b.iter().all(|x| x.from < x.to), "{g:?}");
        }
        assert_eq!(buckets(r, Granularity::Day).len(), 67);
        let weeks = buckets(r, Granularity::Week);
        // 2026-11-04 is a Wednesday: the first week is cut to five nights.
        assert_eq!(weeks[0].to, date!(2026 - 11 - 09));
        assert!(
            weeks[1..]
                .iter()
                .all(|w| w.from.weekday() == time::Weekday::Monday)
        );
        let months = buckets(r, Granularity::Month);
        assert_eq!(months.len(), 3);
        assert_eq!(
            months[1],
            range(date!(2026 - 12 - 01), date!(2027 - 01 - 01))
        );
        assert!(buckets(range(r.from, r.from), Granularity::Week).is_empty());
    }
}
