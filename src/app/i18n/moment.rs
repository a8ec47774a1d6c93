//! Instants as a reader reads them: in their time zone, named. The server writes times in
//! UTC (RFC 3339); a page shows them in the reader's zone: the account's preference, else
//! the browser's own zone (a cookie the app sets once it runs), else UTC.

use super::format::{self, DateStyle};
use crate::app::types::stay::Day;
use crate::tr;
use leptos::prelude::*;

/// The reader's IANA time zone ("Europe/Lisbon", or "UTC").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderZone(pub String);

impl Default for ReaderZone {
    fn default() -> Self {
        Self("UTC".into())
    }
}

impl ReaderZone {
    /// The `<meta>` the shell writes it in, for the browser.
    pub const META: &'static str = "haven-time-zone";
    /// The cookie the app sets with the browser's zone.
    pub const COOKIE: &'static str = "haven.tz";
}

/// The page's reader zone when the app starts: the request's on the server, the shell's
/// `<meta>` in the browser.
pub fn page_zone() -> ReaderZone {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<ReaderZone>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .query_selector(&format!("meta[name=\"{}\"]", ReaderZone::META))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .filter(|z| !z.is_empty())
            .map(ReaderZone)
            .unwrap_or_default()
    }
}

/// The shell's `<meta>` with the reader's zone.
#[component]
pub fn ZoneMeta() -> impl IntoView {
    view! { <meta name=ReaderZone::META content=page_zone().0/> }
}

/// The browser's own zone, kept in a cookie so the next page the server renders is in it
/// (until the account chooses one). Runs once the app has hydrated.
pub fn remember_browser_zone() {
    #[cfg(not(feature = "ssr"))]
    {
        let zone = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
            .resolved_options();
        let zone = js_sys::Reflect::get(&zone, &"timeZone".into())
            .ok()
            .and_then(|z| z.as_string());
        if let Some(zone) = zone.filter(|z| valid_zone(z)) {
            let cookie = format!(
                "{}={zone}; Path=/; Max-Age=31536000; SameSite=Lax",
                ReaderZone::COOKIE
            );
            let _ = js_sys::Reflect::set(&document(), &"cookie".into(), &cookie.into());
        }
    }
}

/// An IANA zone name as the cookie and the preference may hold it: `Area/Location[/Sub]`
/// or `UTC`, letters, digits, `_`, `-`, `+`.
pub fn valid_zone(zone: &str) -> bool {
    zone == "UTC"
        || (zone.len() <= 64
            && zone.contains('/')
            && zone.split('/').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_-+".contains(c))
            }))
}

/// An RFC 3339 instant ("2026-12-07T10:15:42Z") in the reader's zone, named:
/// "Dec 7, 2026, 11:15 AM (Europe/Lisbon)". The text itself when it is not one.
pub fn moment(rfc3339: &str) -> String {
    let zone = use_context::<ReaderZone>().unwrap_or_else(page_zone);
    moment_in(rfc3339, &zone.0)
}

/// [`moment`] in a given zone.
pub fn moment_in(rfc3339: &str, zone: &str) -> String {
    let locale = super::locale();
    match local(rfc3339, zone) {
        Some((day, hour, minute, zone)) => tr!(
            "moment",
            date = format::day(locale, day, DateStyle::Date),
            time = format::time_of_day(locale, hour, minute),
            zone = zone.replace('_', " ")
        ),
        None => rfc3339.to_owned(),
    }
}

/// The instant's local day and time in `zone`, and the zone it is in (UTC when `zone` is
/// not one the clock knows).
#[cfg(feature = "ssr")]
fn local(rfc3339: &str, zone: &str) -> Option<(Day, u8, u8, String)> {
    use chrono::{Datelike, Timelike};
    let at = chrono::DateTime::parse_from_rfc3339(rfc3339.trim()).ok()?;
    let (tz, name) = match zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => (tz, zone.to_owned()),
        Err(_) => (chrono_tz::UTC, "UTC".to_owned()),
    };
    let t = at.with_timezone(&tz);
    let day = Day {
        year: t.year(),
        month: t.month(),
        day: t.day(),
    };
    Some((day, t.hour() as u8, t.minute() as u8, name))
}

#[cfg(not(feature = "ssr"))]
fn local(rfc3339: &str, zone: &str) -> Option<(Day, u8, u8, String)> {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let ms = Date::parse(rfc3339.trim());
    if ms.is_nan() {
        return None;
    }
    let parts_in = |zone: &str| {
        let options = Object::new();
        for (k, v) in [
            ("timeZone", zone),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
            ("hourCycle", "h23"),
        ] {
            let _ = Reflect::set(&options, &k.into(), &v.into());
        }
        let f = Intl::DateTimeFormat::new(&Array::of1(&"en-US".into()), &options);
        // An unknown zone throws in the constructor: JavaScript's own check.
        let parts: Array = f.format_to_parts(&Date::new(&JsValue::from_f64(ms)));
        let get = |kind: &str| {
            parts.iter().find_map(|p| {
                let t = Reflect::get(&p, &"type".into()).ok()?.as_string()?;
                (t == kind).then(|| Reflect::get(&p, &"value".into()).ok()?.as_string())?
            })
        };
        Some((
            get("year")?.parse::<i32>().ok()?,
            get("month")?.parse::<u32>().ok()?,
            get("day")?.parse::<u32>().ok()?,
            get("hour")?.parse::<u8>().ok()?,
            get("minute")?.parse::<u8>().ok()?,
        ))
    };
    let (name, (year, month, day, hour, minute)) = match parts_in(zone) {
        Some(p) if valid_zone(zone) => (zone.to_owned(), p),
        _ => ("UTC".to_owned(), parts_in("UTC")?),
    };
    Some((Day { year, month, day }, hour, minute, name))
}
