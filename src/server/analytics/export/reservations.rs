//! `haven-reservations-….csv`: one row per booking of the period, whatever its status.

use super::{Export, SCALE, read_pool};
use crate::app::types::AppError;
use crate::app::types::booking::confirmation_code;
use crate::server::platform::csv::{
    CsvOptions, CsvRecord, CsvRow, csv_response_with_header, spawn_rows,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use axum::response::Response;
use time::Date;

/// One booking as the host sees it. Amounts in minor units: the booking's own currency,
/// and converted into the host's (rounded once, per booking). `earnings` are empty for a
/// booking that earned nothing: a request pending, declined or expired.
#[derive(Debug)]
pub struct Reservation {
    pub booking: i64,
    pub listing: i64,
    pub title: String,
    pub guest: String,
    pub check_in: Date,
    pub check_out: Date,
    pub nights: i32,
    pub inside: i32,
    pub adults: i32,
    pub children: i32,
    pub infants: i32,
    pub pets: i32,
    pub status: String,
    pub booked_at: String,
    pub currency: String,
    pub total: i64,
    pub refund: i64,
    pub earnings: Option<i64>,
    pub total_host: i64,
    pub earnings_host: Option<i64>,
}

impl CsvRecord for Reservation {
    fn header() -> &'static [&'static str] {
        &[
            "Booking",
            "Confirmation code",
            "Listing",
            "Listing title",
            "Guest",
            "Check-in",
            "Check-out",
            "Nights",
            "Nights in period",
            "Adults",
            "Children",
            "Infants",
            "Pets",
            "Status",
            "Booked at (listing time)",
            "Currency",
            "Total",
            "Refunded",
            "Host earnings",
            "Total (host currency)",
            "Host earnings (host currency)",
        ]
    }

    fn write(&self, row: &mut CsvRow<'_>) {
        row.number(self.booking)
            .text(&confirmation_code(self.booking))
            .number(self.listing)
            .text(&self.title)
            .text(&self.guest)
            .text(&self.check_in.to_string())
            .text(&self.check_out.to_string())
            .number(self.nights)
            .number(self.inside)
            .number(self.adults)
            .number(self.children)
            .number(self.infants)
            .number(self.pets)
            .text(&self.status)
            .text(&self.booked_at)
            .text(&self.currency)
            .decimal(self.total, SCALE)
            .decimal(self.refund, SCALE);
        optional(row, self.earnings);
        row.decimal(self.total_host, SCALE);
        optional(row, self.earnings_host);
    }
}

fn optional(row: &mut CsvRow<'_>, minor: Option<i64>) {
    match minor {
        Some(m) => row.decimal(m, SCALE),
        None => row.empty(),
    };
}

/// The reservations export, streamed.
pub async fn reservations(db: &DbScope, e: Export) -> Result<Response, AppError> {
    let pool = read_pool(db);
    let rows = spawn_rows(move |tx| async move {
        let rows = sqlx::query_as!(
            Reservation,
            r#"SELECT b.id AS "booking!", b.listing_id AS "listing!", l.title AS "title!",
                      g.display_name AS "guest!", b.check_in AS "check_in!",
                      b.check_out AS "check_out!", (b.check_out - b.check_in) AS "nights!",
                      (least(b.check_out, $4) - greatest(b.check_in, $3)) AS "inside!",
                      b.adults AS "adults!", b.children AS "children!", b.infants AS "infants!",
                      b.pets AS "pets!", b.status AS "status!",
                      to_char(b.created_at AT TIME ZONE b.time_zone, 'YYYY-MM-DD HH24:MI')
                          AS "booked_at!",
                      b.currency::text AS "currency!", b.total_minor AS "total!",
                      b.refund_minor AS "refund!",
                      CASE WHEN b.status IN ('confirmed', 'completed', 'cancelled')
                           THEN b.host_earnings_minor END AS "earnings?",
                      round(fx_convert(b.total_minor, b.fx_rates, b.currency, $5))::bigint
                          AS "total_host!",
                      CASE WHEN b.status IN ('confirmed', 'completed', 'cancelled')
                           THEN round(fx_convert(b.host_earnings_minor, b.fx_rates, b.currency, $5))::bigint
                      END AS "earnings_host?"
               FROM bookings b
               JOIN listings l ON l.id = b.listing_id
               JOIN users g ON g.id = b.guest_id
               WHERE l.host_id = $1 AND ($2::bigint IS NULL OR l.id = $2)
                 AND b.check_in < $4 AND b.check_out > $3
               ORDER BY b.check_in, b.id"#,
            e.host,
            e.listing,
            e.range.from,
            e.range.to,
            e.currency.code() as _
        )
        .fetch(&pool);
        tx.forward(rows).await;
    });
    let header = e.header(Reservation::header());
    csv_response_with_header(
        &e.filename("reservations"),
        &header,
        rows,
        CsvOptions::default(),
    )
    .await
    .map_err(|err| db_error(err, "reservations export"))
}
