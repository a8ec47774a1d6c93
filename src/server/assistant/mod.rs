//! The trip assistant: plain-language search today; recommendations, things to do,
//! weather and day plans as they land (issue 19). Everything here works offline, from
//! data Haven holds; providers that need the network are optional and named as such.
//!
//! - `planner/`: the day-by-day plan of a stay from activities, opening hours, distance
//!   and the weather outlook (deterministic, property-tested); not yet behind an endpoint.
//! - `query/`: plain words → the search's filters, deterministic rules.
//! - `search.rs`: a search URL whose `q` is a sentence → the ordinary search URL.
//! - `weather/`: the weather at a listing: a forecast within 16 days when a provider is
//!   configured, the month's typical weather otherwise.

pub mod planner;
pub mod query;
pub mod search;
pub mod similar;
pub mod weather;

use time::{Date, OffsetDateTime};

/// The date at `now` in `zone` (UTC when unknown).
pub fn local_date(now: OffsetDateTime, zone: Option<&str>) -> Date {
    let utc = now.date();
    let Some(tz) = zone.and_then(|z| z.parse::<chrono_tz::Tz>().ok()) else {
        return utc;
    };
    use chrono::{Offset, TimeZone};
    let offset = tz
        .offset_from_utc_datetime(
            &chrono::DateTime::from_timestamp(now.unix_timestamp(), 0)
                .unwrap_or_default()
                .naive_utc(),
        )
        .fix()
        .local_minus_utc();
    (now + time::Duration::seconds(i64::from(offset))).date()
}
