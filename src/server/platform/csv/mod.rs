//! CSV exports (the dashboard's reservations and earnings lines): RFC 4180, streamed from the
//! database to the client without holding the rows in memory.
//!
//! - **Format**: comma-separated, CRLF after every line (the last one too), a header row;
//!   a field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
//!   UTF-8, without a byte order mark unless [`CsvOptions::bom`] asks for one: RFC 4180
//!   readers, pandas and the `csv` crate want none; Excel on Windows needs it to read
//!   non-ASCII text (a guest called "Zoë") from a double-clicked file, so the page may offer
//!   an "for Excel" download that sets it.
//! - **Formula injection** (OWASP "CSV injection"): a *text* cell starting with `=`, `+`,
//!   `-`, `@`, tab or CR gets a leading apostrophe ([`neutralise`]), so a guest named
//!   `=HYPERLINK("http://evil","Click")` stays text. *Numbers* go through
//!   [`CsvRow::number`] and [`CsvRow::decimal`], which accept only integer and float types
//!   and are never neutralised: a refund of -12.50 stays a negative number a spreadsheet can
//!   add up. A value that is text in the database (even one that looks like "-5") is a text
//!   cell and neutralised; write it as a number only if it is one.
//! - **Streaming**: [`csv_response`] turns a `Stream` of rows into an axum response whose
//!   body is written in chunks of about [`CHUNK_BYTES`] as the rows arrive, and
//!   [`spawn_rows`] runs a query such as `sqlx::query_as!(…).fetch(&pool)` on its own task,
//!   so the stream owns what it borrows.
//!
//! ```ignore
//! struct Line { booking_id: i64, guest: String, check_in: String, payout_minor: i64 }
//!
//! impl CsvRecord for Line {
//!     fn header() -> &'static [&'static str] {
//!         &["Booking", "Guest", "Check-in", "Payout"]
//!     }
//!     fn write(&self, row: &mut CsvRow<'_>) {
//!         row.number(self.booking_id)
//!             .text(&self.guest)
//!             .text(&self.check_in)
//!             .decimal(self.payout_minor, 2);
//!     }
//! }
//!
//! async fn export(pool: PgPool, host: i64) -> Result<Response, AppError> {
//!     let rows = spawn_rows(move |tx| async move {
//!         tx.forward(sqlx::query_as!(Line, "SELECT …", host).fetch(&pool)).await;
//!     });
//!     csv_response("haven-earnings-2026.csv", rows, CsvOptions::default())
//!         .await
//!         .map_err(|e| db_error(e, "earnings export"))
//! }
//! ```

pub mod read;
mod row;
mod stream;
#[cfg(test)]
mod tests;

pub use row::{CsvNumber, CsvRow, FORMULA_TRIGGERS, neutralise};
pub use stream::{
    CHUNK_BYTES, RowSender, attachment_name, csv_response, csv_response_with_header, spawn_rows,
};

/// A row type that can be exported: its column names, and how it writes its cells.
pub trait CsvRecord {
    /// The header row's column names, in the order [`CsvRecord::write`] writes the cells.
    fn header() -> &'static [&'static str];
    /// Writes this row's cells, one call of `row.text`/`number`/`decimal`/`empty` each.
    fn write(&self, row: &mut CsvRow<'_>);
}

/// How a file is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start the file with a UTF-8 byte order mark, for Excel. Default: no.
    pub bom: bool,
}

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Lines into a buffer: the header, then records. [`csv_response`] drains it chunk by chunk;
/// a small export (or a test) can take it whole.
#[derive(Debug, Default)]
pub struct CsvWriter {
    buf: Vec<u8>,
}

impl CsvWriter {
    /// A writer that has written the BOM if asked, and `R`'s header.
    pub fn new<R: CsvRecord>(options: CsvOptions) -> Self {
        Self::with_header::<R>(R::header(), options)
    }

    /// A writer whose header row is `header` rather than `R::header()`: names that carry a
    /// value known only at run time, such as "Earnings (EUR)". It must have as many names
    /// as `R::header()` (caught by tests in debug builds); rows are padded to that count.
    pub fn with_header<R: CsvRecord>(header: &[impl AsRef<str>], options: CsvOptions) -> Self {
        debug_assert_eq!(
            header.len(),
            R::header().len(),
            "a CSV header with another number of columns than its records"
        );
        let mut buf = Vec::with_capacity(CHUNK_BYTES);
        if options.bom {
            buf.extend_from_slice(BOM);
        }
        let mut row = CsvRow::new(&mut buf);
        for name in header {
            row.text(name.as_ref());
        }
        row.end(R::header().len());
        Self { buf }
    }

    /// Writes one record. A record that writes fewer cells than the header has is padded
    /// with empty ones; one that writes more is a bug, caught by tests in debug builds.
    pub fn record<R: CsvRecord>(&mut self, record: &R) {
        let mut row = CsvRow::new(&mut self.buf);
        record.write(&mut row);
        let written = row.end(R::header().len());
        debug_assert!(
            written <= R::header().len(),
            "a CSV record wrote {written} cells for {} columns",
            R::header().len()
        );
    }

    /// Bytes written and not yet taken.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The bytes written so far, leaving the writer empty (and its capacity with it).
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK_BYTES))
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}
