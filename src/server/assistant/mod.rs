//! The trip assistant: plain-language search, recommendations, things to do, weather and
//! day plans. Everything here works offline, from data Haven holds; providers that need
//! the network are optional and named as such.
//!
//! - `activities/`: places to go near a stay, from the host's guidebook, Haven's place
//!   table and (when configured) OpenStreetMap, behind one `ActivitySource` interface.
//! - `itinerary/`: a stay's day-by-day plan (activities + weather + `planner`), saved
//!   with the trip, exported as `.ics`.
//! - `llm/`: a language model when one is configured (off by default): reads what the
//!   rules could not, narrates a plan; every answer checked, the deterministic one kept.
//! - `picks/`: "Picked for you" and the search history it reads.
//! - `planner/`: the day-by-day plan of a stay from activities, opening hours, distance
//!   and the weather outlook (deterministic, property-tested).
//! - `query/`: plain words → the search's filters, deterministic rules.
//! - `search.rs`: a search URL whose `q` is a sentence → the ordinary search URL.
//! - `similar.rs`: "Similar stays" on the listing page.
//! - `weather/`: the weather at a listing: a forecast within 16 days when a provider is
//!   configured, the month's typical weather otherwise.

pub mod activities;
pub mod itinerary;
pub mod llm;
pub mod picks;
pub mod planner;
pub mod query;
pub mod search;
pub mod similar;
pub mod weather;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use time::{Date, OffsetDateTime};

/// An HTTP client for a provider: `timeout` for the whole request and for connecting, no
/// redirects followed, Haven's user agent.
pub(crate) fn http_client(timeout: std::time::Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Haven/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| format!("no HTTP client: {e}"))
}

/// A provider's answer, read to the end unless it passes `max` bytes (then an error).
pub(crate) async fn read_capped(
    mut response: reqwest::Response,
    max: usize,
) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| format!("answer unreadable: {e}"))?
    {
        if body.len() + chunk.len() > max {
            return Err("answer too large".into());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A provider's client kept per base URL (its connections are reused), made by `make` the
/// first time; `None` when it cannot be made.
pub(crate) type Clients<T> = OnceLock<Mutex<HashMap<String, Arc<T>>>>;

pub(crate) fn client_for<T: Send + Sync>(
    clients: &'static Clients<T>,
    url: &str,
    make: impl FnOnce() -> Option<T>,
) -> Option<Arc<T>> {
    let mut map = clients.get_or_init(Default::default).lock().ok()?;
    if let Some(c) = map.get(url) {
        return Some(c.clone());
    }
    let c = Arc::new(make()?);
    map.insert(url.to_string(), c.clone());
    Some(c)
}

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
