//! Recomputes roll-up rows from the raw ones: a listing's days (`listing_days`), then its
//! months (`listing_months`), then its hosts' days (`host_days`). Each statement is the
//! definition of `figures::sums` cut into single days; `tests/analytics` proves the sums
//! of these rows equal it.

use sqlx::PgConnection;
use time::{Date, Duration, Month};
use uuid::Uuid;

/// A run of days `from` (included) to `to` (excluded); `None`: unbounded on that side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Days {
    pub const ALL: Self = Self {
        from: None,
        to: None,
    };

    /// The whole calendar months these days touch.
    pub fn months(self) -> Self {
        Self {
            from: self.from.map(first_of_month),
            to: self
                .to
                .map(|t| next_month(first_of_month(t - Duration::days(1)))),
        }
    }
}

/// `runs` made disjoint per key: overlapping or touching runs of one key become one, so a
/// statement joining them never counts a day twice.
pub fn disjoint<K: Ord + Copy>(mut runs: Vec<(K, Days)>) -> Vec<(K, Days)> {
    // Unbounded starts sort first (`None` < `Some`).
    runs.sort_by_key(|(k, d)| (*k, d.from));
    let mut out: Vec<(K, Days)> = Vec::with_capacity(runs.len());
    for (key, days) in runs {
        match out.last_mut() {
            Some((k, last))
                if *k == key && last.to.is_none_or(|to| days.from.is_none_or(|f| f <= to)) =>
            {
                last.to = last.to.zip(days.to).map(|(a, b)| a.max(b));
            }
            _ => out.push((key, days)),
        }
    }
    out
}

/// `runs` as the three arrays a statement unnests: keys, starts, ends.
fn columns<K: Copy>(runs: &[(K, Days)]) -> (Vec<K>, Vec<Option<Date>>, Vec<Option<Date>>) {
    (
        runs.iter().map(|(k, _)| *k).collect(),
        runs.iter().map(|(_, d)| d.from).collect(),
        runs.iter().map(|(_, d)| d.to).collect(),
    )
}

pub fn first_of_month(d: Date) -> Date {
    d.replace_day(1).unwrap_or(d)
}

pub fn next_month(d: Date) -> Date {
    let (y, m) = if d.month() == Month::December {
        (d.year() + 1, Month::January)
    } else {
        (d.year(), d.month().next())
    };
    Date::from_calendar_date(y, m, 1).unwrap_or(d)
}

/// Recomputes `listings`' runs of days (disjoint: see [`disjoint`]) and returns the hosts whose days need
/// recomputing with them: the hosts of the rows replaced (a listing that changed hands).
pub async fn listing_days(
    tx: &mut PgConnection,
    listings: &[(i64, Days)],
) -> Result<Vec<(Uuid, Days)>, sqlx::Error> {
    let (ids, froms, tos) = columns(listings);
    let replaced = sqlx::query!(
        r#"WITH x AS (SELECT * FROM unnest($1::bigint[], $2::date[], $3::date[]) AS x(id, f, t)),
           gone AS (
               DELETE FROM listing_days d USING x
               WHERE d.listing_id = x.id AND d.day >= coalesce(x.f, '-infinity') AND d.day < coalesce(x.t, 'infinity')
               RETURNING d.host_id, x.f, x.t)
           SELECT DISTINCT host_id AS "host!", f, t FROM gone"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .fetch_all(&mut *tx)
    .await?;
    sqlx::query!(
        r#"WITH x AS (SELECT id, coalesce(f, '-infinity') AS f, coalesce(t, 'infinity') AS t
                      FROM unnest($1::bigint[], $2::date[], $3::date[]) AS x(id, f, t)),
           ls AS (
               SELECT l.id, l.host_id, u.preferred_currency AS cur, x.f, x.t,
                      (l.created_at AT TIME ZONE l.time_zone)::date AS opened,
                      coalesce((l.deleted_at AT TIME ZONE l.time_zone)::date, 'infinity') AS closed
               FROM x JOIN listings l ON l.id = x.id JOIN users u ON u.id = l.host_id),
           blk AS (
               SELECT ls.id, n::date AS day
               FROM ls JOIN listing_holds h ON h.listing_id = ls.id AND h.booking_id IS NULL
                    AND lower(h.nights) < least(ls.t, ls.closed) AND upper(h.nights) > greatest(ls.f, ls.opened)
               CROSS JOIN generate_series(greatest(lower(h.nights), ls.f, ls.opened)::timestamp,
                                          (least(upper(h.nights), ls.t, ls.closed) - 1)::timestamp,
                                          interval '1 day') AS n),
           bn AS (
               SELECT b.listing_id AS id, n::date AS day, (b.status <> 'cancelled')::int AS booked,
                      (b.host_revenue_minor * fx.r / (b.check_out - b.check_in))::float8 AS revenue,
                      (b.host_earnings_minor * fx.r / (b.check_out - b.check_in))::float8 AS earnings,
                      ((b.total_minor - b.refund_minor) * fx.r / (b.check_out - b.check_in))::float8 AS gbv
               FROM ls JOIN bookings b ON b.listing_id = ls.id AND b.check_in < ls.t AND b.check_out > ls.f
                    AND b.status IN ('confirmed', 'completed', 'cancelled')
               CROSS JOIN LATERAL (SELECT fx_convert(1, b.fx_rates, b.currency, ls.cur) AS r) fx
               CROSS JOIN generate_series(greatest(b.check_in, ls.f)::timestamp,
                                          (least(b.check_out, ls.t) - 1)::timestamp, interval '1 day') AS n),
           ci AS (
               SELECT b.listing_id AS id, b.check_in AS day,
                      count(*) FILTER (WHERE b.status <> 'cancelled')::int AS stays,
                      count(*) FILTER (WHERE b.status = 'cancelled')::int AS cancelled,
                      coalesce(sum(b.check_out - b.check_in) FILTER (WHERE b.status <> 'cancelled'), 0)::int AS nights,
                      coalesce(sum(b.check_in - (b.created_at AT TIME ZONE b.time_zone)::date)
                               FILTER (WHERE b.status <> 'cancelled'), 0)::int AS lead,
                      coalesce(array_agg(b.check_in - (b.created_at AT TIME ZONE b.time_zone)::date)
                               FILTER (WHERE b.status <> 'cancelled'), '{}') AS leads
               FROM ls JOIN bookings b ON b.listing_id = ls.id AND b.check_in >= ls.f AND b.check_in < ls.t
                    AND b.status IN ('confirmed', 'completed', 'cancelled')
               GROUP BY b.listing_id, b.check_in),
           mk AS (
               SELECT b.id AS bid, b.listing_id AS id, m.day, b.created_at
               FROM ls JOIN bookings b ON b.listing_id = ls.id
               CROSS JOIN LATERAL (SELECT (b.created_at AT TIME ZONE b.time_zone)::date AS day) m
               WHERE m.day >= ls.f AND m.day < ls.t),
           rq AS (
               SELECT mk.id, mk.day,
                      count(*) FILTER (WHERE d.actor_role = 'host' OR d.to_status = 'expired')::int AS requests,
                      count(*) FILTER (WHERE d.actor_role = 'host' AND d.to_status = 'confirmed')::int AS accepted,
                      coalesce(array_agg(extract(epoch FROM d.at - mk.created_at)::float8)
                               FILTER (WHERE d.actor_role = 'host'), '{}') AS answers
               FROM mk
               -- Lateral, so each request is an index probe whatever the estimates say.
               JOIN LATERAL (SELECT 1 FROM booking_transitions t0
                             WHERE t0.booking_id = mk.bid AND t0.from_status IS NULL
                               AND t0.to_status = 'pending' LIMIT 1) t0 ON true
               JOIN LATERAL (SELECT t.actor_role, t.to_status, t.at FROM booking_transitions t
                             WHERE t.booking_id = mk.bid AND t.from_status = 'pending'
                             ORDER BY t.id LIMIT 1) d ON true
               GROUP BY mk.id, mk.day),
           rows AS (
               SELECT id, day, 1 AS blocked, 0 AS booked, 0::float8 AS revenue, 0::float8 AS earnings,
                      0::float8 AS gbv, 0 AS stays, 0 AS nights, 0 AS lead, 0 AS cancelled, 0 AS requests,
                      0 AS accepted, 0 AS made, 0 AS views, '{}'::float8[] AS answers, '{}'::int[] AS leads
               FROM blk
               UNION ALL SELECT id, day, 0, booked, revenue, earnings, gbv, 0, 0, 0, 0, 0, 0, 0, 0, '{}', '{}'
                         FROM bn
               UNION ALL SELECT id, day, 0, 0, 0, 0, 0, stays, nights, lead, cancelled, 0, 0, 0, 0, '{}', leads
                         FROM ci
               UNION ALL SELECT id, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, requests, accepted, 0, 0, answers, '{}'
                         FROM rq
               UNION ALL SELECT id, day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, '{}', '{}' FROM mk
               UNION ALL SELECT v.listing_id, v.day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, v.views, '{}', '{}'
                         FROM ls JOIN listing_views v ON v.listing_id = ls.id AND v.day >= ls.f AND v.day < ls.t)
           INSERT INTO listing_days (listing_id, day, host_id, currency, blocked, booked, revenue, earnings,
                                     gbv, stays, stay_nights, lead_days, cancelled, requests, accepted, made, views,
                                     answers, leads)
           SELECT r.id, r.day, o.host_id, o.cur, sum(r.blocked), sum(r.booked), sum(r.revenue),
                  sum(r.earnings), sum(r.gbv), sum(r.stays), sum(r.nights), sum(r.lead), sum(r.cancelled),
                  sum(r.requests), sum(r.accepted), sum(r.made), sum(r.views),
                  array_concat_agg(r.answers), array_concat_agg(r.leads)
           FROM rows r JOIN (SELECT DISTINCT id, host_id, cur FROM ls) o ON o.id = r.id
           GROUP BY r.id, r.day, o.host_id, o.cur"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .execute(&mut *tx)
    .await?;
    Ok(replaced
        .into_iter()
        .map(|r| (r.host, Days { from: r.f, to: r.t }))
        .collect())
}

/// Recomputes the months `listings`' runs of days touch.
pub async fn listing_months(
    tx: &mut PgConnection,
    listings: &[(i64, Days)],
) -> Result<(), sqlx::Error> {
    let months = disjoint(listings.iter().map(|(id, d)| (*id, d.months())).collect());
    let (ids, froms, tos) = columns(&months);
    // Two statements: a data-modifying WITH may run after the INSERT it sits beside.
    sqlx::query!(
        r#"DELETE FROM listing_months m
           USING unnest($1::bigint[], $2::date[], $3::date[]) AS x(id, f, t)
           WHERE m.listing_id = x.id AND m.day >= coalesce(x.f, '-infinity')
             AND m.day < coalesce(x.t, 'infinity')"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        r#"WITH x AS (SELECT id, coalesce(f, '-infinity') AS f, coalesce(t, 'infinity') AS t
                      FROM unnest($1::bigint[], $2::date[], $3::date[]) AS x(id, f, t))
           INSERT INTO listing_months (listing_id, day, host_id, currency, blocked, booked, revenue,
                                       earnings, gbv, stays, stay_nights, lead_days, cancelled, requests,
                                       accepted, made, views, answers, leads)
           SELECT d.listing_id, date_trunc('month', d.day)::date, min(d.host_id::text)::uuid, min(d.currency),
                  sum(d.blocked), sum(d.booked), sum(d.revenue), sum(d.earnings), sum(d.gbv), sum(d.stays),
                  sum(d.stay_nights), sum(d.lead_days), sum(d.cancelled), sum(d.requests), sum(d.accepted),
                  sum(d.made), sum(d.views), array_concat_agg(d.answers), array_concat_agg(d.leads)
           FROM listing_days d JOIN x ON d.listing_id = x.id AND d.day >= x.f AND d.day < x.t
           GROUP BY d.listing_id, date_trunc('month', d.day)"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Recomputes `hosts`' runs of days (disjoint) from their listings' days, and moves their
/// versions on.
pub async fn host_days(tx: &mut PgConnection, hosts: &[(Uuid, Days)]) -> Result<(), sqlx::Error> {
    let (ids, froms, tos) = columns(hosts);
    sqlx::query!(
        r#"DELETE FROM host_days h
           USING unnest($1::uuid[], $2::date[], $3::date[]) AS x(id, f, t)
           WHERE h.host_id = x.id AND h.day >= coalesce(x.f, '-infinity')
             AND h.day < coalesce(x.t, 'infinity')"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        r#"WITH x AS (SELECT id, coalesce(f, '-infinity') AS f, coalesce(t, 'infinity') AS t
                      FROM unnest($1::uuid[], $2::date[], $3::date[]) AS x(id, f, t))
           INSERT INTO host_days (host_id, day, currency, blocked, booked, revenue, earnings, gbv, stays,
                                  stay_nights, lead_days, cancelled, requests, accepted, made, views,
                                  answers, leads)
           SELECT d.host_id, d.day, min(d.currency), sum(d.blocked), sum(d.booked), sum(d.revenue),
                  sum(d.earnings), sum(d.gbv), sum(d.stays), sum(d.stay_nights), sum(d.lead_days),
                  sum(d.cancelled), sum(d.requests), sum(d.accepted), sum(d.made), sum(d.views),
                  array_concat_agg(d.answers), array_concat_agg(d.leads)
           FROM listing_days d JOIN x ON d.host_id = x.id AND d.day >= x.f AND d.day < x.t
           GROUP BY d.host_id, d.day"#,
        &ids,
        &froms as &[Option<Date>],
        &tos as &[Option<Date>]
    )
    .execute(&mut *tx)
    .await?;
    // Reports kept at the old version are not served again (analytics::cache).
    sqlx::query!(
        r#"INSERT INTO analytics_versions AS v (host_id)
           SELECT DISTINCT id FROM unnest($1::uuid[]) AS x(id)
           ON CONFLICT (host_id) DO UPDATE SET version = v.version + 1"#,
        &ids
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn days_cover_their_months() {
        let d = Days {
            from: Some(date!(2026 - 01 - 15)),
            to: Some(date!(2026 - 03 - 01)),
        };
        let m = d.months();
        assert_eq!(m.from, Some(date!(2026 - 01 - 01)));
        assert_eq!(m.to, Some(date!(2026 - 03 - 01)));
        let december = Days {
            from: Some(date!(2026 - 12 - 31)),
            to: Some(date!(2027 - 01 - 01)),
        };
        assert_eq!(december.months().to, Some(date!(2027 - 01 - 01)));
        assert_eq!(Days::ALL.months(), Days::ALL);
    }

    #[test]
    fn runs_merge_when_they_overlap_or_touch_and_stay_apart_otherwise() {
        let run = |f: Option<Date>, t: Option<Date>| Days { from: f, to: t };
        let (a, b, c, d) = (
            date!(2026 - 01 - 01),
            date!(2026 - 01 - 10),
            date!(2026 - 02 - 01),
            date!(2026 - 02 - 05),
        );
        let got = disjoint(vec![
            (1, run(Some(c), Some(d))),
            (1, run(Some(a), Some(b))),
            (1, run(Some(b), Some(c))),
            (2, run(Some(c), Some(d))),
            (2, run(Some(a), Some(b))),
            (3, run(Some(c), Some(d))),
            (3, Days::ALL),
            (4, run(None, Some(a))),
            (4, run(None, Some(c))),
        ]);
        assert_eq!(
            got,
            vec![
                (1, run(Some(a), Some(d))),
                (2, run(Some(a), Some(b))),
                (2, run(Some(c), Some(d))),
                (3, Days::ALL),
                (4, run(None, Some(c))),
            ]
        );
    }
}
