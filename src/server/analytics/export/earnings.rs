//! `haven-earnings-….csv`: one line per booking that earned the host something in the
//! period, with its split and its share of the period in the host's currency.
//!
//! **The share adds up to the dashboard.** The dashboard's earnings are the exact sum of
//! `host_earnings × rate × nights inside ÷ nights` over these bookings, rounded once. Each
//! line's share is rounded by its running total instead of on its own: a line gets
//! `round(running total) − round(running total before it)`, so the column sums to
//! `round(exact total)`, the dashboard's figure, and no line is more than a cent from its
//! exact share. Revenue's share is rounded the same way, and the host fee's share is the
//! difference of the two, so it adds up too.

use super::{Export, SCALE, read_pool};
use crate::app::types::AppError;
use crate::server::platform::csv::{
    CsvOptions, CsvRecord, CsvRow, csv_response_with_header, spawn_rows,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use axum::response::Response;
use time::Date;

/// One booking's money. `currency`'s amounts are the whole stay's in minor units: what the
/// guest paid, Haven's guest fee, taxes, refunds; `revenue` (what the host kept of the
/// stay, less refunds and taxes) and `earnings` (that, less the 3 % host fee). The
/// `*_in_period` amounts are the period's share in the host's currency, at `rate`.
#[derive(Debug)]
pub struct EarningsLine {
    pub booking: i64,
    pub listing: i64,
    pub title: String,
    pub guest: String,
    pub check_in: Date,
    pub check_out: Date,
    pub status: String,
    pub nights: i32,
    pub inside: i32,
    pub currency: String,
    pub total: i64,
    pub guest_fee: i64,
    pub taxes: i64,
    pub refund: i64,
    pub revenue: i64,
    pub earnings: i64,
    pub rate: f64,
    pub revenue_in_period: i64,
    pub earnings_in_period: i64,
}

impl CsvRecord for EarningsLine {
    fn header() -> &'static [&'static str] {
        &[
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
            "Rate to host currency",
            "Revenue in period (host currency)",
            "Host fee in period (host currency)",
            "Earnings in period (host currency)",
        ]
    }

    fn write(&self, row: &mut CsvRow<'_>) {
        row.number(self.booking)
            .number(self.listing)
            .text(&self.title)
            .text(&self.guest)
            .text(&self.check_in.to_string())
            .text(&self.check_out.to_string())
            .text(&self.status)
            .number(self.nights)
            .number(self.inside)
            .text(&self.currency)
            .decimal(self.total, SCALE)
            .decimal(self.guest_fee, SCALE)
            .decimal(self.taxes, SCALE)
            .decimal(self.refund, SCALE)
            .decimal(self.revenue, SCALE)
            .decimal(self.revenue - self.earnings, SCALE)
            .decimal(self.earnings, SCALE)
            .number(self.rate)
            .decimal(self.revenue_in_period, SCALE)
            .decimal(self.revenue_in_period - self.earnings_in_period, SCALE)
            .decimal(self.earnings_in_period, SCALE);
    }
}

/// The earnings export, streamed. The bookings and the share are the dashboard's
/// (`figures::sums`, its `bk` and `money` parts), written out line by line.
pub async fn earnings(db: &DbScope, e: Export) -> Result<Response, AppError> {
    let pool = read_pool(db);
    let rows = spawn_rows(move |tx| async move {
        let rows = sqlx::query_as!(
            EarningsLine,
            r#"WITH bk AS (
                   SELECT b.id, b.listing_id, l.title, g.display_name, b.check_in, b.check_out,
                          b.status, (b.check_out - b.check_in) AS nights,
                          (least(b.check_out, $4) - greatest(b.check_in, $3)) AS inside,
                          b.currency, b.total_minor, b.service_fee_minor, b.taxes_minor,
                          b.refund_minor, b.host_revenue_minor, b.host_earnings_minor,
                          fx_convert(1, b.fx_rates, b.currency, $5) AS fx
                   FROM bookings b
                   JOIN listings l ON l.id = b.listing_id
                   JOIN users g ON g.id = b.guest_id
                   WHERE l.host_id = $1 AND ($2::bigint IS NULL OR l.id = $2)
                     AND b.check_in < $4 AND b.check_out > $3
                     AND b.status IN ('confirmed', 'completed', 'cancelled')),
               share AS (
                   SELECT bk.*, host_revenue_minor * fx * inside / nights AS rev,
                          host_earnings_minor * fx * inside / nights AS earn
                   FROM bk)
               SELECT id AS "booking!", listing_id AS "listing!", title AS "title!",
                      display_name AS "guest!", check_in AS "check_in!",
                      check_out AS "check_out!", status AS "status!", nights AS "nights!",
                      inside AS "inside!", currency::text AS "currency!",
                      total_minor AS "total!", service_fee_minor AS "guest_fee!",
                      taxes_minor AS "taxes!", refund_minor AS "refund!",
                      host_revenue_minor AS "revenue!", host_earnings_minor AS "earnings!",
                      fx::float8 AS "rate!",
                      (round(sum(rev) OVER (o ROWS UNBOUNDED PRECEDING))
                       - coalesce(round(sum(rev) OVER (o ROWS BETWEEN UNBOUNDED PRECEDING
                                                              AND 1 PRECEDING)), 0))::bigint
                          AS "revenue_in_period!",
                      (round(sum(earn) OVER (o ROWS UNBOUNDED PRECEDING))
                       - coalesce(round(sum(earn) OVER (o ROWS BETWEEN UNBOUNDED PRECEDING
                                                               AND 1 PRECEDING)), 0))::bigint
                          AS "earnings_in_period!"
               FROM share
               WINDOW o AS (ORDER BY check_in, id)
               ORDER BY check_in, id"#,
            e.host,
            e.listing,
            e.range.from,
            e.range.to,
            e.currency.code() as _
        )
        .fetch(&pool);
        tx.forward(rows).await;
    });
    let header = e.header(EarningsLine::header());
    csv_response_with_header(
        &e.filename("earnings"),
        &header,
        rows,
        CsvOptions::default(),
    )
    .await
    .map_err(|err| db_error(err, "earnings export"))
}
