//! When an imported event happens, and which listing-local nights that blocks.
//!
//! The rule for nights (docs/ARCHITECTURE.md, "Calendar sync"):
//! - an **all-day** event (`VALUE=DATE`) blocks its dates: `[DTSTART, DTEND)`, at least one;
//! - a **timed** event is first moved to the listing's time zone (from UTC, from its
//!   `TZID`, or read as the listing's own time when it floats); it then blocks the nights
//!   from its start date up to, not including, its end date, and at least the night of its
//!   start date. So a stay from 15:00 on the 1st to 11:00 on the 3rd blocks the 1st and
//!   the 2nd, and an hour on the 5th blocks the 5th.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

/// A date or a moment, as DTSTART, DTEND, EXDATE, RDATE and RECURRENCE-ID give them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// A calendar date (all-day).
    Day(NaiveDate),
    /// An instant, in the zone it was written in (UTC, its `TZID`, or the listing's).
    At(DateTime<Tz>),
}

impl Moment {
    /// Reads one value: `20261224`, `20261224T150000Z`, or `20261224T150000` in `tzid`'s
    /// zone (the listing's when there is none, or when it is not a zone Haven knows).
    pub fn read(value: &str, tzid: Option<&str>, listing: Tz) -> Option<Self> {
        let value = value.trim();
        // Exactly `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`: four-digit years keep every later
        // sum of dates and durations far inside chrono's range.
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        let shaped = match value.len() {
            8 => digits(value),
            15 | 16 => {
                digits(&value[..8])
                    && value.as_bytes()[8] == b'T'
                    && digits(&value[9..15])
                    && (value.len() == 15 || value[15..].eq_ignore_ascii_case("z"))
            }
            _ => false,
        };
        if !shaped {
            return None;
        }
        if value.len() == 8 {
            return NaiveDate::parse_from_str(value, "%Y%m%d")
                .ok()
                .map(Self::Day);
        }
        if let Some(utc) = value.strip_suffix('Z').or_else(|| value.strip_suffix('z')) {
            let naive = NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S").ok()?;
            return Some(Self::At(Tz::UTC.from_utc_datetime(&naive)));
        }
        let naive = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()?;
        let zone = tzid.and_then(zone).unwrap_or(listing);
        Some(Self::At(local(zone, naive)))
    }

    /// The listing-local date this moment falls on.
    pub fn date_at(self, listing: Tz) -> NaiveDate {
        match self {
            Self::Day(d) => d,
            Self::At(t) => t.with_timezone(&listing).date_naive(),
        }
    }
}

/// `naive` in `zone`; in a gap (clocks moved forward) the same wall time an hour later.
pub fn local(zone: Tz, naive: NaiveDateTime) -> DateTime<Tz> {
    zone.from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(naive + Duration::hours(1)))
                .earliest()
        })
        .unwrap_or_else(|| zone.from_utc_datetime(&naive))
}

/// The zone a `TZID` names: an IANA name, also inside the prefixes some programs add
/// (`/mozilla.org/20050126_1/Europe/Berlin`). Anything else (Windows names) is `None`.
pub fn zone(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(tz) = tzid.parse::<Tz>() {
        return Some(tz);
    }
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    (1..parts.len()).find_map(|skip| parts[skip..].join("/").parse::<Tz>().ok())
}

/// How long an event lasts: whole days for all-day events, a duration for timed ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Days(i64),
    Time(Duration),
}

impl Span {
    /// From DTSTART to DTEND (or DURATION); without either, a day for an all-day event
    /// and no time at all for a timed one (RFC 5545, 3.6.1).
    pub fn between(start: Moment, end: Option<Moment>, duration: Option<Duration>) -> Self {
        match (start, end, duration) {
            (Moment::Day(s), Some(Moment::Day(e)), _) => Self::Days((e - s).num_days()),
            (Moment::Day(s), Some(Moment::At(e)), _) => Self::Days((e.date_naive() - s).num_days()),
            (Moment::At(s), Some(Moment::At(e)), _) => Self::Time(e - s),
            (Moment::At(s), Some(Moment::Day(e)), _) => {
                Self::Time(local(s.timezone(), e.and_time(chrono::NaiveTime::MIN)) - s)
            }
            (Moment::Day(_), None, Some(d)) => Self::Days(d.num_days()),
            (Moment::At(_), None, Some(d)) => Self::Time(d),
            (Moment::Day(_), None, None) => Self::Days(1),
            (Moment::At(_), None, None) => Self::Time(Duration::zero()),
        }
    }
}

/// The listing-local nights `[first, after last)` an occurrence starting at `start` and
/// lasting `span` blocks (the rule at the top of this file).
pub fn nights(start: Moment, span: Span, listing: Tz) -> (NaiveDate, NaiveDate) {
    let first = start.date_at(listing);
    let end = match (start, span) {
        (Moment::Day(s), Span::Days(d)) => s + Duration::days(d),
        (Moment::Day(s), Span::Time(t)) => s + Duration::days(t.num_days()),
        (Moment::At(s), Span::Time(t)) => (s + t).with_timezone(&listing).date_naive(),
        (Moment::At(s), Span::Days(d)) => {
            (s + Duration::days(d)).with_timezone(&listing).date_naive()
        }
    };
    (first, end.max(first + Duration::days(1)))
}

/// An RFC 5545 duration (`P2D`, `PT1H30M`, `P1W`, `-PT15M`); `None` if malformed.
pub fn duration(raw: &str) -> Option<Duration> {
    let raw = raw.trim();
    let (sign, rest) = match raw.as_bytes().first()? {
        b'-' => (-1, &raw[1..]),
        b'+' => (1, &raw[1..]),
        _ => (1, raw),
    };
    let rest = rest.strip_prefix('P')?;
    // Ten years at most: no event is longer, and sums stay far from overflowing.
    let most = Duration::days(3660);
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    let mut any = false;
    for c in rest.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() && !in_time => in_time = true,
            unit => {
                let n: i64 = number.parse().ok().filter(|n| *n <= 1_000_000)?;
                number.clear();
                any = true;
                let part = match (unit, in_time) {
                    ('W', false) => Duration::weeks(n),
                    ('D', false) => Duration::days(n),
                    ('H', true) => Duration::hours(n),
                    ('M', true) => Duration::minutes(n),
                    ('S', true) => Duration::seconds(n),
                    _ => return None,
                };
                total = total.checked_add(&part).filter(|t| *t <= most)?;
            }
        }
    }
    (any && number.is_empty()).then_some(total * sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    const LISBON: Tz = chrono_tz::Europe::Lisbon;

    fn nights_of(
        start: &str,
        end: Option<&str>,
        tzid: Option<&str>,
        listing: Tz,
    ) -> (NaiveDate, NaiveDate) {
        let s = Moment::read(start, tzid, listing).expect("start");
        let e = end.map(|e| Moment::read(e, tzid, listing).expect("end"));
        nights(s, Span::between(s, e, None), listing)
    }

    #[test]
    fn all_day_events_block_their_dates() {
        assert_eq!(
            nights_of("20261201", Some("20261204"), None, LISBON),
            (day("2026-12-01"), day("2026-12-04"))
        );
        assert_eq!(
            nights_of("20261201", None, None, LISBON),
            (day("2026-12-01"), day("2026-12-02"))
        );
        // An end before the start still blocks the first night.
        assert_eq!(
            nights_of("20261201", Some("20261201"), None, LISBON),
            (day("2026-12-01"), day("2026-12-02"))
        );
    }

    #[test]
    fn timed_events_block_the_nights_from_start_date_to_end_date() {
        // A stay: 15:00 on the 1st to 11:00 on the 3rd blocks the 1st and the 2nd.
        assert_eq!(
            nights_of(
                "20261201T150000",
                Some("20261203T110000"),
                Some("Europe/Lisbon"),
                LISBON
            ),
            (day("2026-12-01"), day("2026-12-03"))
        );
        // An hour blocks its night.
        assert_eq!(
            nights_of("20261205T100000", Some("20261205T110000"), None, LISBON),
            (day("2026-12-05"), day("2026-12-06"))
        );
        // Late evening in New York is the next morning in Lisbon.
        assert_eq!(
            nights_of(
                "20261205T220000",
                Some("20261205T230000"),
                Some("America/New_York"),
                LISBON
            ),
            (day("2026-12-06"), day("2026-12-07"))
        );
        // UTC, seen from Tokyo (UTC+9): 20:00Z on the 5th is 05:00 on the 6th.
        assert_eq!(
            nights_of(
                "20261205T200000Z",
                Some("20261207T010000Z"),
                None,
                chrono_tz::Asia::Tokyo
            ),
            (day("2026-12-06"), day("2026-12-07"))
        );
    }

    #[test]
    fn zones_are_found_inside_prefixes_and_unknown_ones_float() {
        assert_eq!(
            zone("/mozilla.org/20050126_1/Europe/Berlin"),
            Some(chrono_tz::Europe::Berlin)
        );
        assert_eq!(
            zone("America/Argentina/Buenos_Aires"),
            Some(chrono_tz::America::Argentina::Buenos_Aires)
        );
        assert_eq!(zone("W. Europe Standard Time"), None);
        let floating = Moment::read("20261205T100000", Some("W. Europe Standard Time"), LISBON);
        assert_eq!(floating.map(|m| m.date_at(LISBON)), Some(day("2026-12-05")));
    }

    #[test]
    fn a_wall_time_in_a_gap_moves_an_hour_later() {
        // 2026-03-29 01:30 does not exist in Lisbon (clocks go from 01:00 to 02:00).
        let t = local(
            LISBON,
            day("2026-03-29").and_hms_opt(1, 30, 0).expect("time"),
        );
        assert_eq!(
            t.naive_local(),
            day("2026-03-29").and_hms_opt(2, 30, 0).expect("time")
        );
    }

    #[test]
    fn durations_follow_rfc_5545() {
        assert_eq!(duration("P2D"), Some(Duration::days(2)));
        assert_eq!(duration("P1W"), Some(Duration::weeks(1)));
        assert_eq!(duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(duration("P1DT12H"), Some(Duration::hours(36)));
        assert_eq!(duration("-PT15M"), Some(Duration::minutes(-15)));
        for bad in [
            "",
            "P",
            "2D",
            "PT",
            "P1H",
            "PT1D",
            "P1D2",
            "P99999999999D",
            "P3000D3000D",
        ] {
            assert_eq!(duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn malformed_moments_are_none() {
        for bad in [
            "",
            "2026",
            "20261301",
            "20261224T250000",
            "yesterday",
            "20261224T1500",
        ] {
            assert_eq!(Moment::read(bad, None, LISBON), None, "{bad}");
        }
    }
}
