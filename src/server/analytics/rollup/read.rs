//! A report's sums from the roll-ups, in the shape `figures::sums` gives them: for the
//! first range (the period) one `Sums` per listing (for the listings table; they add up to
//! the period), and for every other range one `Sums` over all of them (`listing` 0). A
//! host's per-listing sums over the period read whole months from `listing_months` and the
//! days at its edges from `listing_days` ([`Cover`]); every other range (and one listing's
//! period) adds up the day sums of
//! `host_days` (or, for one listing, `listing_days`), read once for the span of all the
//! ranges through covering indexes (migration `…22`). Open nights are the listing's days
//! in the range less `blocked`. The medians and the lead times come from the days' arrays,
//! read only for the ranges that show them.

use super::cover::Cover;
use crate::server::analytics::figures::{Scope, Sums};
use crate::server::analytics::period::Range;
use sqlx::PgPool;
use time::Date;

/// A listing's life: from its local creation date to its local deletion date (excluded).
struct Life {
    id: i64,
    opened: Date,
    closed: Option<Date>,
}

impl Life {
    fn nights_in(&self, r: Range) -> i64 {
        let from = r.from.max(self.opened);
        let to = self.closed.map_or(r.to, |c| r.to.min(c));
        (to - from).whole_days().max(0)
    }
}

/// One row of roll-up sums (a day, or a listing over the period).
#[derive(Clone, Copy, Default)]
struct Row {
    /// The listing (a listing's sums), or the day (a day's).
    listing: i64,
    day: Option<Date>,
    blocked: i64,
    booked: i64,
    revenue: f64,
    earnings: f64,
    gbv: f64,
    stays: i64,
    stay_nights: i64,
    lead_days: i64,
    cancelled: i64,
    requests: i64,
    accepted: i64,
    made: i64,
    views: i64,
}

impl Row {
    fn add(&mut self, o: &Row) {
        self.blocked += o.blocked;
        self.booked += o.booked;
        self.revenue += o.revenue;
        self.earnings += o.earnings;
        self.gbv += o.gbv;
        self.stays += o.stays;
        self.stay_nights += o.stay_nights;
        self.lead_days += o.lead_days;
        self.cancelled += o.cancelled;
        self.requests += o.requests;
        self.accepted += o.accepted;
        self.made += o.made;
        self.views += o.views;
    }

    fn sums(&self, k: usize, listing: i64, open_days: i64) -> Sums {
        Sums {
            k,
            listing,
            open_nights: open_days - self.blocked,
            booked: self.booked,
            revenue: self.revenue,
            earnings: self.earnings,
            gbv: self.gbv,
            stays: self.stays,
            stay_nights: self.stay_nights,
            lead_days: self.lead_days,
            cancelled: self.cancelled,
            requests: self.requests,
            accepted: self.accepted,
            views: self.views,
            made: self.made,
        }
    }
}

/// What a report reads from the roll-ups.
#[derive(Debug, Default)]
pub struct Rolled {
    /// As `figures::sums` gives them, but per listing only for the first range.
    pub sums: Vec<Sums>,
    /// The median time to answer over each of the first ranges asked for, as
    /// `figures::median_answers`.
    pub medians: Vec<Option<i64>>,
    /// The lead time in days of each stay checking in within the first range.
    pub leads: Vec<i32>,
}

/// The median as PostgreSQL's `percentile_cont(0.5)`, rounded half to even as its
/// `round(double precision)`.
pub fn median(values: &mut [f64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let at = (values.len() - 1) as f64 * 0.5;
    let (lo, hi) = (values[at.floor() as usize], values[at.ceil() as usize]);
    Some((lo + (hi - lo) * (at - at.floor())).round_ties_even() as i64)
}

/// The sums of `scope` over `ranges` (the first is the period), from the roll-ups, with
/// the medians of the first `medians` ranges.
pub async fn sums(
    pool: &PgPool,
    scope: Scope,
    ranges: &[Range],
    medians: usize,
) -> Result<Rolled, sqlx::Error> {
    let Some(period) = ranges.first().copied() else {
        return Ok(Rolled::default());
    };
    let lives: Vec<Life> = sqlx::query!(
        r#"SELECT id, (created_at AT TIME ZONE time_zone)::date AS "opened!",
                  (deleted_at AT TIME ZONE time_zone)::date AS closed
           FROM listings WHERE host_id = $1 AND ($2::bigint IS NULL OR id = $2) ORDER BY id"#,
        scope.host,
        scope.listing
    )
    .fetch_all(pool)
    .await?
    .into_iter()
    .map(|r| Life {
        id: r.id,
        opened: r.opened,
        closed: r.closed,
    })
    .collect();
    let span = |list: &[Range]| Range {
        from: list.iter().map(|r| r.from).min().unwrap_or(period.from),
        to: list.iter().map(|r| r.to).max().unwrap_or(period.to),
    };
    let days = days(pool, scope, span(ranges)).await?;
    let total = |r: &Range| {
        let a = days.partition_point(|d| d.day < Some(r.from));
        let b = days.partition_point(|d| d.day < Some(r.to));
        let mut total = Row::default();
        for day in &days[a..b.max(a)] {
            total.add(day);
        }
        total
    };
    let mut out = Rolled {
        // The period per listing: one listing's is its days; a host's, months and edges.
        sums: match (scope.listing, lives.first()) {
            (Some(_), Some(l)) => vec![total(&period).sums(0, l.id, l.nights_in(period))],
            (Some(_), None) => Vec::new(),
            (None, _) => per_listing(pool, scope.host, period, &lives).await?,
        },
        ..Rolled::default()
    };
    for (k, r) in ranges.iter().enumerate().skip(1) {
        let open: i64 = lives.iter().map(|l| l.nights_in(*r)).sum();
        out.sums.push(total(r).sums(k, 0, open));
    }
    let shown = &ranges[..medians.min(ranges.len())];
    let samples = samples(pool, scope, span(shown)).await?;
    for r in shown {
        let mut answers: Vec<f64> = samples
            .iter()
            .filter(|s| s.day >= r.from && s.day < r.to)
            .flat_map(|s| s.answers.iter().copied())
            .collect();
        out.medians.push(median(&mut answers));
    }
    out.leads = samples
        .iter()
        .filter(|s| s.day >= period.from && s.day < period.to)
        .flat_map(|s| s.leads.iter().copied())
        .collect();
    Ok(out)
}

/// Each of the host's listings' sums over the period: whole months, and the days that
/// finish each edge (added, or subtracted from a whole month).
async fn per_listing(
    pool: &PgPool,
    host: uuid::Uuid,
    period: Range,
    lives: &[Life],
) -> Result<Vec<Sums>, sqlx::Error> {
    let c = Cover::of(period);
    let rows = sqlx::query_as!(
        Row,
        r#"SELECT listing_id AS "listing!", NULL::date AS "day?",
                  sum(blocked)::bigint AS "blocked!", sum(booked)::bigint AS "booked!",
                  sum(revenue) AS "revenue!", sum(earnings) AS "earnings!", sum(gbv) AS "gbv!",
                  sum(stays)::bigint AS "stays!", sum(stay_nights)::bigint AS "stay_nights!",
                  sum(lead_days)::bigint AS "lead_days!", sum(cancelled)::bigint AS "cancelled!",
                  sum(requests)::bigint AS "requests!", sum(accepted)::bigint AS "accepted!",
                  sum(made)::bigint AS "made!", sum(views)::bigint AS "views!"
           FROM (SELECT listing_id, blocked, booked, revenue, earnings, gbv, stays, stay_nights,
                        lead_days, cancelled, requests, accepted, made, views
                 FROM listing_months
                 WHERE host_id = $1 AND day >= $2 AND day < $3
                 UNION ALL
                 SELECT listing_id, blocked, booked, revenue, earnings, gbv, stays, stay_nights,
                        lead_days, cancelled, requests, accepted, made, views
                 FROM listing_days
                 WHERE host_id = $1 AND day >= $4 AND day < $5
                 UNION ALL
                 SELECT listing_id, blocked, booked, revenue, earnings, gbv, stays, stay_nights,
                        lead_days, cancelled, requests, accepted, made, views
                 FROM listing_days
                 WHERE host_id = $1 AND day >= $6 AND day < $7
                 UNION ALL
                 SELECT listing_id, -blocked, -booked, -revenue, -earnings, -gbv, -stays, -stay_nights,
                        -lead_days, -cancelled, -requests, -accepted, -made, -views
                 FROM listing_days
                 WHERE host_id = $1 AND day >= $8 AND day < $9
                 UNION ALL
                 SELECT listing_id, -blocked, -booked, -revenue, -earnings, -gbv, -stays, -stay_nights,
                        -lead_days, -cancelled, -requests, -accepted, -made, -views
                 FROM listing_days
                 WHERE host_id = $1 AND day >= $10 AND day < $11) r
           GROUP BY listing_id ORDER BY listing_id"#,
        host,
        c.months.from,
        c.months.to,
        c.add[0].from,
        c.add[0].to,
        c.add[1].from,
        c.add[1].to,
        c.subtract[0].from,
        c.subtract[0].to,
        c.subtract[1].from,
        c.subtract[1].to
    )
    .fetch_all(pool)
    .await?;
    // Both in listing order (a row of a listing no longer the host's is passed over).
    let mut rows = rows.into_iter().peekable();
    Ok(lives
        .iter()
        .map(|l| {
            while rows.next_if(|r| r.listing < l.id).is_some() {}
            let row = rows.next_if(|r| r.listing == l.id).unwrap_or_default();
            row.sums(0, l.id, l.nights_in(period))
        })
        .collect())
}

/// The day sums of `scope` over `span`, in day order: the host's, or the one listing's.
/// Two statements, not one with a branch per scope, so each plan uses its own index; the
/// listing's reads by the primary key alone (with `host_id` too, the planner chose the
/// host's covering index and read all of the host's days: 11 ms instead of 0.1). That the
/// listing is the host's is checked before (`analytics::own_listing`), and its roll-ups
/// are under its current host once drained, which a report does first.
async fn days(pool: &PgPool, scope: Scope, span: Range) -> Result<Vec<Row>, sqlx::Error> {
    match scope.listing {
        None => {
            sqlx::query_as!(
                Row,
                r#"SELECT 0::bigint AS "listing!", day AS "day?", blocked::bigint AS "blocked!",
                          booked::bigint AS "booked!", revenue AS "revenue!", earnings AS "earnings!",
                          gbv AS "gbv!", stays::bigint AS "stays!", stay_nights::bigint AS "stay_nights!",
                          lead_days::bigint AS "lead_days!", cancelled::bigint AS "cancelled!",
                          requests::bigint AS "requests!", accepted::bigint AS "accepted!",
                          made::bigint AS "made!", views::bigint AS "views!"
                   FROM host_days WHERE host_id = $1 AND day >= $2 AND day < $3 ORDER BY day"#,
                scope.host,
                span.from,
                span.to
            )
            .fetch_all(pool)
            .await
        }
        Some(listing) => {
            sqlx::query_as!(
                Row,
                r#"SELECT listing_id AS "listing!", day AS "day?", blocked::bigint AS "blocked!",
                          booked::bigint AS "booked!", revenue AS "revenue!", earnings AS "earnings!",
                          gbv AS "gbv!", stays::bigint AS "stays!", stay_nights::bigint AS "stay_nights!",
                          lead_days::bigint AS "lead_days!", cancelled::bigint AS "cancelled!",
                          requests::bigint AS "requests!", accepted::bigint AS "accepted!",
                          made::bigint AS "made!", views::bigint AS "views!"
                   FROM listing_days WHERE listing_id = $1 AND day >= $2 AND day < $3
                   ORDER BY day"#,
                listing,
                span.from,
                span.to
            )
            .fetch_all(pool)
            .await
        }
    }
}

/// A day's answer times and lead times.
struct Sample {
    day: Date,
    answers: Vec<f64>,
    leads: Vec<i32>,
}

/// The days of `scope` in `span` that have answer or lead times.
async fn samples(pool: &PgPool, scope: Scope, span: Range) -> Result<Vec<Sample>, sqlx::Error> {
    match scope.listing {
        None => {
            sqlx::query_as!(
                Sample,
                r#"SELECT day, answers, leads FROM host_days
                   WHERE host_id = $1 AND day >= $2 AND day < $3
                     AND (answers <> '{}' OR leads <> '{}')"#,
                scope.host,
                span.from,
                span.to
            )
            .fetch_all(pool)
            .await
        }
        Some(listing) => {
            sqlx::query_as!(
                Sample,
                r#"SELECT day, answers, leads FROM listing_days
                   WHERE listing_id = $1 AND day >= $2 AND day < $3
                     AND (answers <> '{}' OR leads <> '{}')"#,
                listing,
                span.from,
                span.to
            )
            .fetch_all(pool)
            .await
        }
    }
}
