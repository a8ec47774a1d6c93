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

/// The figures of `scope` over each of `ranges`, in that order.
pub async fn figures(
    pool: &PgPool,
    scope: Scope,
    ranges: &[Range],
) -> Result<Vec<Figures>, sqlx::Error> {
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
               SELECT w.k,
                      sum(coalesce(upper(w.r) - lower(w.r), 0)
                          - coalesce((SELECT sum(upper(h.nights * w.r) - lower(h.nights * w.r))
                                      FROM listing_holds h
                                      WHERE h.listing_id = w.id AND h.booking_id IS NULL
                                        AND h.nights && w.r), 0))::bigint AS open_nights
               FROM win w GROUP BY w.k),
           bk AS (
               SELECT p.k, b.status, (b.check_out - b.check_in) AS nights,
                      greatest(0, least(b.check_out, p.t) - greatest(b.check_in, p.f)) AS inside,
                      fx_convert(1, b.fx_rates, b.currency, $5) AS fx,
                      b.host_revenue_minor, b.host_earnings_minor,
                      b.total_minor - b.refund_minor AS gbv
               FROM p JOIN bookings b ON b.check_in < p.t AND b.check_out > p.f
               WHERE b.listing_id IN (SELECT id FROM ls)
                 AND b.status IN ('confirmed', 'completed', 'cancelled')),
           money AS (
               SELECT k,
                      coalesce(sum(inside) FILTER (WHERE status <> 'cancelled'), 0)::bigint AS booked,
                      coalesce(round(sum(host_revenue_minor * fx * inside / nights)), 0)::bigint AS revenue,
                      coalesce(round(sum(host_earnings_minor * fx * inside / nights)), 0)::bigint AS earnings,
                      coalesce(round(sum(gbv * fx * inside / nights)), 0)::bigint AS gbv
               FROM bk GROUP BY k),
           st AS (
               SELECT p.k,
                      count(*) FILTER (WHERE b.status <> 'cancelled') AS stays,
                      count(*) FILTER (WHERE b.status = 'cancelled') AS cancelled,
                      avg(b.check_out - b.check_in) FILTER (WHERE b.status <> 'cancelled')::float8 AS alos,
                      avg(b.check_in - (b.created_at AT TIME ZONE b.time_zone)::date)
                          FILTER (WHERE b.status <> 'cancelled')::float8 AS lead
               FROM p JOIN bookings b ON b.check_in >= p.f AND b.check_in < p.t
               WHERE b.listing_id IN (SELECT id FROM ls)
                 AND b.status IN ('confirmed', 'completed', 'cancelled')
               GROUP BY p.k),
           made AS (
               SELECT p.k, b.id, b.created_at
               FROM p JOIN bookings b
                    ON (b.created_at AT TIME ZONE b.time_zone)::date >= p.f
                   AND (b.created_at AT TIME ZONE b.time_zone)::date < p.t
               WHERE b.listing_id IN (SELECT id FROM ls)),
           rq AS (
               SELECT m.k,
                      count(*) FILTER (WHERE d.actor_role = 'host' OR d.to_status = 'expired') AS requests,
                      count(*) FILTER (WHERE d.actor_role = 'host' AND d.to_status = 'confirmed') AS accepted,
                      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.at - m.created_at))
                            FILTER (WHERE d.actor_role = 'host'))::bigint AS median_secs
               FROM made m
               JOIN booking_transitions t0 ON t0.booking_id = m.id AND t0.from_status IS NULL
                                          AND t0.to_status = 'pending'
               JOIN LATERAL (SELECT t.at, t.actor_role, t.to_status FROM booking_transitions t
                             WHERE t.booking_id = m.id AND t.from_status = 'pending'
                             ORDER BY t.id LIMIT 1) d ON true
               GROUP BY m.k),
           mc AS (SELECT k, count(*) AS made FROM made GROUP BY k),
           vw AS (
               SELECT p.k, sum(v.views)::bigint AS views
               FROM p JOIN listing_views v ON v.day >= p.f AND v.day < p.t
               WHERE v.listing_id IN (SELECT id FROM ls)
               GROUP BY p.k)
           SELECT p.k AS "k!", coalesce(o.open_nights, 0) AS "open_nights!",
                  coalesce(m.booked, 0) AS "booked!", coalesce(m.revenue, 0) AS "revenue!",
                  coalesce(m.earnings, 0) AS "earnings!", coalesce(m.gbv, 0) AS "gbv!",
                  coalesce(s.stays, 0) AS "stays!", coalesce(s.cancelled, 0) AS "cancelled!",
                  s.alos, s.lead,
                  coalesce(q.requests, 0) AS "requests!", coalesce(q.accepted, 0) AS "accepted!",
                  q.median_secs, coalesce(v.views, 0) AS "views!", coalesce(c.made, 0) AS "made!"
           FROM p
           LEFT JOIN open o ON o.k = p.k LEFT JOIN money m ON m.k = p.k
           LEFT JOIN st s ON s.k = p.k LEFT JOIN rq q ON q.k = p.k
           LEFT JOIN vw v ON v.k = p.k LEFT JOIN mc c ON c.k = p.k
           ORDER BY p.k"#,
        scope.host,
        scope.listing,
        &froms,
        &tos,
        scope.currency.code() as _
    )
    .fetch_all(pool)
    .await?;
    let cur = scope.currency;
    let money = |minor: i64| Money::new(minor, cur);
    let ratio = |a: i64, b: i64| (b > 0).then(|| a as f64 / b as f64);
    let per = |amount: i64, n: i64| (n > 0).then(|| money(div_round(amount, n)));
    Ok(rows
        .into_iter()
        .zip(ranges)
        .map(|(r, range)| Figures {
            span: range.span(),
            booked_nights: r.booked,
            open_nights: r.open_nights,
            occupancy: ratio(r.booked, r.open_nights),
            adr: per(r.revenue, r.booked),
            revpar: per(r.revenue, r.open_nights),
            revenue: money(r.revenue),
            gross_booking_value: money(r.gbv),
            earnings: money(r.earnings),
            stays: r.stays,
            average_stay_nights: r.alos,
            average_lead_days: r.lead,
            cancelled: r.cancelled,
            cancellation_rate: ratio(r.cancelled, r.stays + r.cancelled),
            requests: r.requests,
            acceptance_rate: ratio(r.accepted, r.requests),
            median_answer_secs: r.median_secs,
            views: r.views,
            conversion: ratio(r.made, r.views),
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
