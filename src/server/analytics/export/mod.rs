//! The dashboard's CSV exports: the host's reservations, and their earnings lines, for the
//! period and listing the dashboard shows (the same query, parsed by [`super::parse`]).
//!
//! - **Which bookings**: those of the host's listings (or the one asked about) whose stay
//!   overlaps the period's nights: check-in before the period's end and check-out after its
//!   start, so a stay crossing an edge is in the file whole, with its nights inside the
//!   period in a column of their own. Ordered by check-in, then booking id.
//! - **Reservations** ([`reservations`]): every status, requests that never became stays
//!   (pending, declined, expired) included, so the file is the period's whole record; the
//!   `Status` column tells them apart, and their earnings cells are empty.
//! - **Earnings lines** ([`earnings`]): the bookings the dashboard's earnings count
//!   (confirmed, completed and cancelled: what the host kept), each with its money split in
//!   the booking's currency and its share of the period in the host's, spread evenly over
//!   the stay's nights as the dashboard does. The share column adds up to the dashboard's
//!   earnings figure exactly (see `earnings.rs` for the rounding).
//! - **Money**: decimal numbers with two places (USD, EUR and GBP all have cents), never
//!   neutralised; host-currency columns name the currency in the header, each booking
//!   converted at the rates of the day it was made (`bookings.fx_rates`), as on the
//!   dashboard. Dates are the listing's local dates, `YYYY-MM-DD`; "booked at" is the
//!   listing's local time, `YYYY-MM-DD HH:MM`.
//! - **Streaming**: the rows come from `fetch` on a task of their own
//!   ([`spawn_rows`](crate::server::platform::csv::spawn_rows)); memory stays at one
//!   chunk whatever the period. The read goes where any read of the request would (the
//!   replica when it may serve it), without the retry a whole-result read gets: a
//!   failure before the first row is an error status, one after it a cut-off download.

mod earnings;
mod reservations;

pub use earnings::{EarningsLine, earnings};
pub use reservations::{Reservation, reservations};

use super::period::{Choice, Range};
use super::{host_context, own_listing};
use crate::app::types::{AppError, Currency};
use crate::server::platform::db::{DbScope, PoolKind};
use sqlx::PgPool;
use time::OffsetDateTime;
use uuid::Uuid;

/// Decimal places of the amounts (all of Haven's currencies have cents).
const SCALE: u32 = 2;

/// What an export covers, resolved once: whose listings, which nights, which currency.
#[derive(Clone, Copy, Debug)]
pub struct Export {
    pub host: Uuid,
    pub listing: Option<i64>,
    pub range: Range,
    pub currency: Currency,
}

impl Export {
    /// The export of `host`'s listings (or `listing`, which must be theirs: another's is a
    /// 404) over `choice`, placed around the host's today as the dashboard places it.
    pub async fn resolve(
        db: &DbScope,
        host: Uuid,
        listing: Option<i64>,
        choice: Choice,
        now: OffsetDateTime,
    ) -> Result<Self, AppError> {
        if let Some(id) = listing {
            own_listing(db, host, id).await?;
        }
        let (currency, today) = host_context(db, host, now).await?;
        Ok(Self {
            host,
            listing,
            range: choice.range(today),
            currency,
        })
    }

    /// `haven-<what>-<first night>-<last night>.csv`, both nights included.
    pub fn filename(&self, what: &str) -> String {
        let span = self.range.span();
        format!("haven-{what}-{}-{}.csv", span.from, span.to)
    }

    /// `names` with "host currency" replaced by the host's currency code.
    fn header(&self, names: &[&str]) -> Vec<String> {
        names
            .iter()
            .map(|n| n.replace("host currency", self.currency.code()))
            .collect()
    }
}

/// The pool a streamed read uses: where `DbScope::read` would send it now.
fn read_pool(db: &DbScope) -> PgPool {
    match (db.db().choose(db.floor()), db.db().replica()) {
        (PoolKind::Replica, Some(replica)) => replica.clone(),
        _ => db.db().primary().clone(),
    }
}
