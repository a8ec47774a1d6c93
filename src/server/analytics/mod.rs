//! The owner's dashboard: a host's figures over a period, compared with the period before
//! and the same period a year earlier.
//!
//! Definitions (the reference is the brute force in `tests/analytics`):
//! - **Nights** are the listing's local dates; a period is a run of them. A stay that
//!   crosses the period's edge counts only its nights inside.
//! - **Open nights**: the nights a listing existed (from its creation to its deletion, in
//!   its time zone) in the period, less the nights the host blocked (`listing_holds`
//!   without a booking, imported calendars included).
//! - **Booked nights**: nights of confirmed and completed stays. **Occupancy** = booked ÷
//!   open.
//! - **Revenue**: what guests paid for the stay (nights and cleaning), less refunds, taxes
//!   and Haven's guest fee (`bookings.host_revenue_minor`, the split of
//!   `bookings::money::settle`), spread evenly over the stay's nights; a cancelled stay
//!   counts what the host kept, over the nights it would have had. **ADR** = revenue ÷
//!   booked nights, **RevPAR** = revenue ÷ open nights (so RevPAR = occupancy × ADR).
//!   **Earnings**: the host's payout (`host_earnings_minor`, after the 3 % host fee),
//!   spread the same way; **gross booking value**: all the guest paid, less refunds.
//! - **Currency**: the host's preferred currency; each booking converts at the rates of
//!   the day it was made (`bookings.fx_rates`), whatever the rates do later. Amounts are
//!   summed exactly (numeric) and rounded to minor units once.
//! - **Stays**, average length and lead time (check-in less the local day it was booked):
//!   confirmed and completed stays checking in within the period. **Cancellation rate**:
//!   cancelled ÷ (stays + cancelled), of those checking in within the period.
//! - **Requests**: booking requests made in the period that the host answered or let
//!   expire; **acceptance rate** = accepted ÷ requests; **median time to answer** over the
//!   host's answers.
//! - **Views**: listing page views counted per listing and local day; **conversion** =
//!   bookings and requests made in the period ÷ views.

pub mod cache;
pub mod export;
pub mod figures;
pub mod period;
pub mod report;
pub mod rollup;
pub mod today;
pub mod views;

use crate::app::types::account::FieldError;
use crate::app::types::analytics::{Granularity, Report, ReportQuery};
use crate::app::types::{AppError, Currency};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use figures::Scope;
use period::Choice;
use time::OffsetDateTime;
use uuid::Uuid;

/// Parses what the dashboard asks for, once: the period, the listing, the granularity;
/// every problem named by its field.
pub fn parse(q: &ReportQuery) -> Result<(Choice, Option<i64>, Granularity), Vec<FieldError>> {
    let choice = Choice::parse(q.period.as_deref(), q.from.as_deref(), q.to.as_deref());
    let nonblank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let listing = match nonblank(&q.listing_id) {
        None => Ok(None),
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(Some)
            .ok_or_else(|| FieldError::new("listing_id", crate::tr!("dashboard-error-listing"))),
    };
    let granularity = match nonblank(&q.granularity) {
        None => Ok(Granularity::default()),
        Some(raw) => Granularity::parse(&raw).ok_or_else(|| {
            FieldError::new("granularity", crate::tr!("dashboard-error-granularity"))
        }),
    };
    match (choice, listing, granularity) {
        (Ok(c), Ok(l), Ok(g)) => Ok((c, l, g)),
        (c, l, g) => Err([c.err(), l.err(), g.err()].into_iter().flatten().collect()),
    }
}

/// The host's currency and local date at `now`. `None` when the account is gone.
pub async fn host_context(
    db: &DbScope,
    host: Uuid,
    now: OffsetDateTime,
) -> Result<(Currency, time::Date), AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT preferred_currency AS "currency!",
                          ($2::timestamptz AT TIME ZONE time_zone)::date AS "today!"
                   FROM users WHERE id = $1"#,
                host,
                now
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "host context"))?
        .ok_or(AppError::Unauthorized)?;
    let currency = Currency::from_code(row.currency.trim()).unwrap_or(Currency::Usd);
    Ok((currency, row.today))
}

/// Refuses a listing that is not `host`'s (404, as if it did not exist).
pub async fn own_listing(db: &DbScope, host: Uuid, listing: i64) -> Result<(), AppError> {
    let found = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                "SELECT 1 AS one FROM listings WHERE id = $1 AND host_id = $2",
                listing,
                host
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "own listing"))?;
    found
        .map(|_| ())
        .ok_or(AppError::NotFound("Listing".into()))
}

/// The report of `host` (or one of their listings) for `choice`, in `granularity`.
pub async fn host_report(
    db: &DbScope,
    host: Uuid,
    listing: Option<i64>,
    choice: Choice,
    granularity: Granularity,
    now: OffsetDateTime,
) -> Result<Report, AppError> {
    if let Some(id) = listing {
        own_listing(db, host, id).await?;
    }
    let (currency, today) = host_context(db, host, now).await?;
    let range = choice.range(today);
    let scope = Scope {
        host,
        listing,
        currency,
    };
    // Changes not yet in the roll-ups are added first (read on the primary; the drain's
    // write makes the read below wait for a replica that has it, or use the primary).
    let primary = db.db().primary().clone();
    if rollup::waiting(&primary, host)
        .await
        .map_err(|e| db_error(e, "analytics"))?
    {
        db.write(|pool| async move { rollup::drain(&pool).await })
            .await
            .map_err(|e| db_error(e, "analytics roll-ups"))?;
    }
    // The version first, then the report (computed, or already computed at that version).
    let report = db
        .read(|pool| async move {
            let key = cache::Key {
                host,
                listing,
                from: range.from,
                to: range.to,
                granularity,
                currency,
                today,
                version: cache::version(&pool, host).await?,
            };
            cache::REPORTS
                .get_or_compute(key, || {
                    report::report(&pool, scope, range, granularity, today)
                })
                .await
        })
        .await
        .map_err(|e| db_error(e, "analytics"))?;
    Ok(Report::clone(&report))
}
