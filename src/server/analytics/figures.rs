//! A host's figures over periods, aggregated from the bookings, blocks and views on read.
//! The definitions are in the module documentation (`super`); `tests/analytics` checks
//! this SQL against a brute-force reference in plain Rust.

use super::period::Range;
use crate::app::types::analytics::Figures;
use crate::app::types::{Currency, Money};
use sqlx::PgPool;
use time::Date;
use uuid::Uuid;

/// Whose figures: one host's listings, or one of them.
#[derive(Clone, Copy, Debug)]
pub struct Scope {
    pub host: Uuid,
    pub listing: Option<i64>,
    pub currency: Currency,
}

/// One listing's sums over one of the ranges asked about: what adds up across listings.
#[derive(Clone, Debug, Default)]
pub struct Sums {
    /// The index of the range.
    pub k: usize,
    pub listing: i64,
    pub open_nights: i64,
    pub booked: i64,
    /// Unrounded amounts in the host's currency (minor units).
    pub revenue: f64,
    pub earnings: f64,
    pub gbv: f64,
    pub stays: i64,
    pub stay_nights: i64,
    pub lead_days: i64,
    pub cancelled: i64,
    pub requests: i64,
    pub accepted: i64,
    pub views: i64,
    pub made: i64,
}

/// Each listing's sums over each of `ranges`.
pub async fn sums(pool: &PgPool, scope: Scope, ranges: &[Range]) -> Result<Vec<Sums>, sqlx::Error> {
    let froms: Vec<Date> = ranges.iter().map(|r| r.from).collect();
    let tos: Vec<Date> = ranges.iter().map(|r| r.to).collect();
    let rows = sqlx::query!(
        r#"WITH p AS (SELECT f, t, k FROM unnest($3::date[], $4::date[]) WITH ORDINALITY AS p(f, t, k)),
           ls AS (
               SELECT l.id, (l.created_at AT TIME ZONE l.time_zone)::date AS opened,
                      (l.deleted_at AT TIME ZONE l.time_zone)::date AS closed
               FROM listings l WHERE l.host_id = $1 AND ($2::bigint IS NULL OR l.id = $2)),
           win AS (
               SELECT p.k, ls.id,
                      CASE WHEN greatest(p.f, ls.opened) < least(p.t, coalesce(ls.closed, p.t))
                           THEN daterange(greatest(p.f, ls.opened), least(p.t, coalesce(ls.closed, p.t)))
                           ELSE 'empty'::daterange END AS r
               FROM p CROSS JOIN ls),
           open AS (
               SELECT w.k, w.id,
                      (coalesce(upper(w.r) - lower(w.r), 0)
                       - coalesce((SELECT sum(upper(h.nights * w.r) - lower(h.nights * w.r))
                                   FROM listing_holds h
                                   WHERE h.listing_id = w.id AND h.booking_id IS NULL
                                     AND h.nights && w.r), 0))::bigint AS open_nights
               FROM win w),
           bk AS (
               SELECT p.k, b.listing_id AS id, b.status, (b.check_out - b.check_in) AS nights,
                      greatest(0, least(b.check_out, p.t) - greatest(b.check_in, p.f)) AS inside,
                      fx_convert(1, b.fx_rates, b.currency, $5) AS fx,
                      b.host_revenue_minor, b.host_earnings_minor,
                      b.total_minor - b.refund_minor AS gbv
               FROM p JOIN bookings b ON b.check_in < p.t AND b.check_out > p.f
               WHERE b.listing_id IN (SELECT id FROM ls)
                 AND b.status IN ('confirmed', 'completed', 'cancelled')),
           money AS (
               SELECT k, id,
                      coalesce(sum(inside) FILTER (WHERE status <> 'cancelled'), 0)::bigint AS booked,
                      sum(host_revenue_minor * fx * inside / nights)::float8 AS revenue,
                      sum(host_earnings_minor * fx * inside / nights)::float8 AS earnings,
                      sum(gbv * fx * inside / nights)::float8 AS gbv
               FROM bk GROUP BY k, id),
           st AS (
               SELECT p.k, b.listing_id AS id,
                      count(*) FILTER (WHERE b.status <> 'cancelled') AS stays,
                      count(*) FILTER (WHERE b.status = 'cancelled') AS cancelled,
                      sum(b.check_out - b.check_in) FILTER (WHERE b.status <> 'cancelled') AS stay_nights,
                      sum(b.check_in - (b.created_at AT TIME ZONE b.time_zone)::date)
                          FILTER (WHERE b.status <> 'cancelled') AS lead_days
               FROM p JOIN bookings b ON b.check_in >= p.f AND b.check_in < p.t
               WHERE b.listing_id IN (SELECT id FROM ls)
                 AND b.status IN ('confirmed', 'completed', 'cancelled')
               GROUP BY p.k, b.listing_id),
           made AS (
               SELECT p.k, b.listing_id AS lid, b.id
               FROM p JOIN bookings b
                    ON (b.created_at AT TIME ZONE b.time_zone)::date >= p.f
                   AND (b.created_at AT TIME ZONE b.time_zone)::date < p.t
               WHERE b.listing_id IN (SELECT id FROM ls)),
           rq AS (
               SELECT m.k, m.lid AS id,
                      count(*) FILTER (WHERE d.actor_role = 'host' OR d.to_status = 'expired') AS requests,
                      count(*) FILTER (WHERE d.actor_role = 'host' AND d.to_status = 'confirmed') AS accepted
               FROM made m
               JOIN booking_transitions t0 ON t0.booking_id = m.id AND t0.from_status IS NULL
                                          AND t0.to_status = 'pending'
               JOIN LATERAL (SELECT t.actor_role, t.to_status FROM booking_transitions t
                             WHERE t.booking_id = m.id AND t.from_status = 'pending'
                             ORDER BY t.id LIMIT 1) d ON true
               GROUP BY m.k, m.lid),
           mc AS (SELECT k, lid AS id, count(*) AS made FROM made GROUP BY k, lid),
           vw AS (
               SELECT p.k, v.listing_id AS id, sum(v.views)::bigint AS views
               FROM p JOIN listing_views v ON v.day >= p.f AND v.day < p.t
               WHERE v.listing_id IN (SELECT id FROM ls)
               GROUP BY p.k, v.listing_id)
           SELECT o.k AS "k!", o.id AS "listing!", o.open_nights AS "open_nights!",
                  coalesce(m.booked, 0) AS "booked!", coalesce(m.revenue, 0) AS "revenue!",
                  coalesce(m.earnings, 0) AS "earnings!", coalesce(m.gbv, 0) AS "gbv!",
                  coalesce(s.stays, 0) AS "stays!", coalesce(s.cancelled, 0) AS "cancelled!",
                  coalesce(s.stay_nights, 0) AS "stay_nights!", coalesce(s.lead_days, 0) AS "lead_days!",
                  coalesce(q.requests, 0) AS "requests!", coalesce(q.accepted, 0) AS "accepted!",
                  coalesce(v.views, 0) AS "views!", coalesce(c.made, 0) AS "made!"
           FROM open o
           LEFT JOIN money m ON (m.k, m.id) = (o.k, o.id) LEFT JOIN st s ON (s.k, s.id) = (o.k, o.id)
           LEFT JOIN rq q ON (q.k, q.id) = (o.k, o.id) LEFT JOIN vw v ON (v.k, v.id) = (o.k, o.id)
           LEFT JOIN mc c ON (c.k, c.id) = (o.k, o.id)
           ORDER BY o.k, o.id"#,
        scope.host,
        scope.listing,
        &froms,
        &tos,
        scope.currency.code() as _
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Sums {
            k: usize::try_from(r.k - 1).unwrap_or(0),
            listing: r.listing,
            open_nights: r.open_nights,
            booked: r.booked,
            revenue: r.revenue,
            earnings: r.earnings,
            gbv: r.gbv,
            stays: r.stays,
            stay_nights: r.stay_nights,
            lead_days: r.lead_days,
            cancelled: r.cancelled,
            requests: r.requests,
            accepted: r.accepted,
            views: r.views,
            made: r.made,
        })
        .collect())
}

/// The median time from request to the host's answer, per range (seconds).
pub async fn median_answers(
    pool: &PgPool,
    scope: Scope,
    ranges: &[Range],
) -> Result<Vec<Option<i64>>, sqlx::Error> {
    let froms: Vec<Date> = ranges.iter().map(|r| r.from).collect();
    let tos: Vec<Date> = ranges.iter().map(|r| r.to).collect();
    let rows = sqlx::query!(
        r#"WITH p AS (SELECT f, t, k FROM unnest($3::date[], $4::date[]) WITH ORDINALITY AS p(f, t, k))
           SELECT p.k AS "k!",
                  (SELECT round(percentile_cont(0.5) WITHIN GROUP (
                              ORDER BY extract(epoch FROM d.at - b.created_at)))::bigint
                   FROM bookings b
                   JOIN listings l ON l.id = b.listing_id
                   JOIN booking_transitions t0 ON t0.booking_id = b.id AND t0.from_status IS NULL
                                              AND t0.to_status = 'pending'
                   JOIN LATERAL (SELECT t.at, t.actor_role FROM booking_transitions t
                                 WHERE t.booking_id = b.id AND t.from_status = 'pending'
                                 ORDER BY t.id LIMIT 1) d ON d.actor_role = 'host'
                   WHERE l.host_id = $1 AND ($2::bigint IS NULL OR l.id = $2)
                     AND (b.created_at AT TIME ZONE b.time_zone)::date >= p.f
                     AND (b.created_at AT TIME ZONE b.time_zone)::date < p.t) AS median_secs
           FROM p ORDER BY p.k"#,
        scope.host,
        scope.listing,
        &froms,
        &tos
    )
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.median_secs).collect())
}

/// The lead time in days (check-in less the local day it was booked) of each confirmed or
/// completed stay checking in within `range`.
pub async fn lead_days(pool: &PgPool, scope: Scope, range: Range) -> Result<Vec<i32>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT b.check_in - (b.created_at AT TIME ZONE b.time_zone)::date AS "lead!"
           FROM bookings b JOIN listings l ON l.id = b.listing_id
           WHERE l.host_id = $1 AND ($2::bigint IS NULL OR l.id = $2)
             AND b.status IN ('confirmed', 'completed')
             AND b.check_in >= $3 AND b.check_in < $4"#,
        scope.host,
        scope.listing,
        range.from,
        range.to
    )
    .fetch_all(pool)
    .await
}

/// Figures from sums (of any number of listings) over `range`, in `currency`.
pub fn from_sums<'a>(
    sums: impl Iterator<Item = &'a Sums>,
    range: Range,
    currency: Currency,
    median_answer_secs: Option<i64>,
) -> Figures {
    let mut t = Sums::default();
    for s in sums {
        t.open_nights += s.open_nights;
        t.booked += s.booked;
        t.revenue += s.revenue;
        t.earnings += s.earnings;
        t.gbv += s.gbv;
        t.stays += s.stays;
        t.stay_nights += s.stay_nights;
        t.lead_days += s.lead_days;
        t.cancelled += s.cancelled;
        t.requests += s.requests;
        t.accepted += s.accepted;
        t.views += s.views;
        t.made += s.made;
    }
    let money = |minor: i64| Money::new(minor, currency);
    let ratio = |a: i64, b: i64| (b > 0).then(|| a as f64 / b as f64);
    let revenue = t.revenue.round() as i64;
    let per = |n: i64| (n > 0).then(|| money(div_round(revenue, n)));
    Figures {
        span: range.span(),
        booked_nights: t.booked,
        open_nights: t.open_nights,
        occupancy: ratio(t.booked, t.open_nights),
        adr: per(t.booked),
        revpar: per(t.open_nights),
        revenue: money(revenue),
        gross_booking_value: money(t.gbv.round() as i64),
        earnings: money(t.earnings.round() as i64),
        stays: t.stays,
        average_stay_nights: ratio(t.stay_nights, t.stays),
        average_lead_days: ratio(t.lead_days, t.stays),
        cancelled: t.cancelled,
        cancellation_rate: ratio(t.cancelled, t.stays + t.cancelled),
        requests: t.requests,
        acceptance_rate: ratio(t.accepted, t.requests),
        median_answer_secs,
        views: t.views,
        conversion: ratio(t.made, t.views),
    }
}

/// The figures of `scope` over each of `ranges`, in that order.
pub async fn figures(
    pool: &PgPool,
    scope: Scope,
    ranges: &[Range],
) -> Result<Vec<Figures>, sqlx::Error> {
    let sums = sums(pool, scope, ranges).await?;
    let medians = median_answers(pool, scope, ranges).await?;
    Ok(ranges
        .iter()
        .enumerate()
        .map(|(k, range)| {
            let median = medians.get(k).copied().flatten();
            from_sums(
                sums.iter().filter(|s| s.k == k),
                *range,
                scope.currency,
                median,
            )
        })
        .collect())
}

/// `a ÷ b` rounded half away from zero (`b > 0`).
pub fn div_round(a: i64, b: i64) -> i64 {
    let (q, r) = (a / b, a % b);
    if 2 * r.abs() >= b { q + a.signum() } else { q }
}

#[cfg(test)]
mod tests {
    #[test]
    fn division_rounds_half_away_from_zero() {
        assert_eq!(super::div_round(5, 2), 3);
        assert_eq!(super::div_round(4, 3), 1);
        assert_eq!(super::div_round(-5, 2), -3);
        assert_eq!(super::div_round(0, 7), 0);
    }
}
