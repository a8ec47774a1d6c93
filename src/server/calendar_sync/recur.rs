//! The occurrences of a repeating event: its `RRULE` expanded by the rrule crate in the
//! event's own zone (so "every Monday at 10:00 Berlin time" stays at 10:00 across clock
//! changes), plus its `RDATE`s, less its `EXDATE`s, only as far as the booking window.

use super::when::Moment;
use chrono::{Duration, NaiveDate, TimeZone};
use rrule::{RRule, Unvalidated};

/// At most this many occurrences of one event are read.
pub const MAX_OCCURRENCES: u16 = 2_000;

/// The nights that matter: from the listing's today to the end of the booking window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub today: NaiveDate,
    pub horizon: NaiveDate,
}

/// How an event repeats.
#[derive(Clone, Debug, Default)]
pub struct Repeat {
    pub rule: Option<String>,
    pub rdates: Vec<Moment>,
    pub exdates: Vec<Moment>,
}

/// Why an event's repeat rule cannot be used (its message names the event and the rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleError {
    Unreadable,
    /// More often than once a day (`FREQ=HOURLY`…).
    TooOften,
    /// An `UNTIL` that is not a date or a time.
    Until,
    /// Refused by the rrule crate, with its words.
    Invalid(String),
}

/// Every start of the event that may reach into `window` (`span_days`: how many days an
/// occurrence lasts, at least), DTSTART first.
pub fn occurrences(
    start: Moment,
    repeat: &Repeat,
    span_days: i64,
    window: &Window,
) -> Result<Vec<Moment>, RuleError> {
    let mut starts = vec![start];
    if let Some(rule) = &repeat.rule {
        starts.extend(expand(start, rule, span_days, window)?);
    }
    starts.extend(repeat.rdates.iter().copied());
    starts.retain(|s| !repeat.exdates.iter().any(|x| same_start(*s, *x)));
    starts.sort_by_key(|s| sort_key(*s));
    starts.dedup();
    Ok(starts)
}

fn sort_key(m: Moment) -> chrono::NaiveDateTime {
    match m {
        Moment::Day(d) => d.and_time(chrono::NaiveTime::MIN),
        Moment::At(t) => t.naive_utc(),
    }
}

/// Whether an EXDATE (or RECURRENCE-ID) names the occurrence starting at `occurrence`.
pub fn same_start(occurrence: Moment, named: Moment) -> bool {
    match (occurrence, named) {
        (Moment::Day(a), Moment::Day(b)) => a == b,
        (Moment::At(a), Moment::At(b)) => a == b,
        (Moment::At(a), Moment::Day(b)) => a.date_naive() == b,
        (Moment::Day(a), Moment::At(b)) => a == b.date_naive(),
    }
}

fn expand(
    start: Moment,
    rule: &str,
    span_days: i64,
    window: &Window,
) -> Result<Vec<Moment>, RuleError> {
    let mut parts = Vec::new();
    for part in rule.trim().split(';').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').ok_or(RuleError::Unreadable)?;
        let key = key.trim().to_ascii_uppercase();
        if key == "FREQ"
            && matches!(
                value.trim().to_ascii_uppercase().as_str(),
                "SECONDLY" | "MINUTELY" | "HOURLY"
            )
        {
            return Err(RuleError::TooOften);
        }
        let value = if key == "UNTIL" {
            until_utc(start, value).ok_or(RuleError::Until)?
        } else {
            value.trim().to_string()
        };
        parts.push(format!("{key}={value}"));
    }
    let parsed: RRule<Unvalidated> = parts.join(";").parse().map_err(|_| RuleError::Unreadable)?;
    let utc = rrule::Tz::UTC;
    let (dt_start, zone) = match start {
        Moment::Day(d) => (
            utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN)),
            None,
        ),
        Moment::At(t) => {
            let zone = rrule::Tz::Tz(t.timezone());
            (t.with_timezone(&zone), Some(t.timezone()))
        }
    };
    let from = window.today - Duration::days(span_days.clamp(0, 3660) + 2);
    let until = window.horizon + Duration::days(1);
    let midnight = |d: NaiveDate| utc.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN));
    let set = parsed
        .build(dt_start)
        .map_err(|e| RuleError::Invalid(e.to_string()))?
        .after(midnight(from))
        .before(midnight(until));
    let found = set.all(MAX_OCCURRENCES).dates;
    Ok(found
        .into_iter()
        .map(|dt| match zone {
            None => Moment::Day(dt.date_naive()),
            Some(z) => Moment::At(dt.with_timezone(&z)),
        })
        .collect())
}

/// UNTIL as rrule wants it beside a DTSTART with a zone: a UTC time. A date means the end
/// of that day (inclusive), a time without `Z` is in DTSTART's zone.
fn until_utc(start: Moment, value: &str) -> Option<String> {
    let value = value.trim();
    let instant = match (start, Moment::read(value, None, chrono_tz::UTC)?) {
        (Moment::Day(_), Moment::Day(d)) => d.and_time(chrono::NaiveTime::MIN),
        (Moment::At(s), Moment::Day(d)) => {
            super::when::local(s.timezone(), d.and_hms_opt(23, 59, 59)?).naive_utc()
        }
        (Moment::At(s), Moment::At(_)) if !value.ends_with(['Z', 'z']) => {
            let naive = chrono::NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()?;
            super::when::local(s.timezone(), naive).naive_utc()
        }
        (_, Moment::At(t)) => t.naive_utc(),
    };
    Some(instant.format("%Y%m%dT%H%M%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn window() -> Window {
        Window {
            today: day("2026-12-01"),
            horizon: day("2028-12-01"),
        }
    }

    #[test]
    fn weekly_all_day_events_repeat_within_the_window() {
        let start = Moment::Day(day("2026-12-07"));
        let repeat = Repeat {
            rule: Some("FREQ=WEEKLY;COUNT=4".into()),
            exdates: vec![Moment::Day(day("2026-12-14"))],
            ..Repeat::default()
        };
        let got = occurrences(start, &repeat, 1, &window()).expect("expands");
        let days: Vec<_> = got.iter().map(|m| m.date_at(chrono_tz::UTC)).collect();
        assert_eq!(
            days,
            [day("2026-12-07"), day("2026-12-21"), day("2026-12-28")]
        );
    }

    #[test]
    fn until_as_a_date_includes_that_day_and_endless_rules_stop_at_the_horizon() {
        let start = Moment::Day(day("2026-12-01"));
        let until = Repeat {
            rule: Some("FREQ=DAILY;UNTIL=20261203".into()),
            ..Repeat::default()
        };
        assert_eq!(
            occurrences(start, &until, 1, &window())
                .expect("expands")
                .len(),
            3
        );
        let endless = Repeat {
            rule: Some("FREQ=MONTHLY".into()),
            ..Repeat::default()
        };
        let got = occurrences(start, &endless, 1, &window()).expect("expands");
        assert_eq!(got.len(), 25, "2026-12 .. 2028-12: {got:?}");
    }

    #[test]
    fn timed_rules_keep_their_wall_time_across_clock_changes() {
        let berlin = chrono_tz::Europe::Berlin;
        let start = Moment::read("20270322T100000", Some("Europe/Berlin"), berlin).expect("start");
        let repeat = Repeat {
            rule: Some("FREQ=WEEKLY;UNTIL=20270405T080000Z".into()),
            ..Repeat::default()
        };
        let got = occurrences(start, &repeat, 0, &window()).expect("expands");
        let hours: Vec<_> = got
            .iter()
            .map(|m| match m {
                Moment::At(t) => t.with_timezone(&berlin).format("%m-%d %H:%M").to_string(),
                Moment::Day(d) => d.to_string(),
            })
            .collect();
        assert_eq!(hours, ["03-22 10:00", "03-29 10:00", "04-05 10:00"]);
    }

    #[test]
    fn bad_rules_are_errors_not_panics() {
        let start = Moment::Day(day("2026-12-01"));
        for (rule, expected) in [
            ("FREQ=SECONDLY", RuleError::TooOften),
            ("FREQ=HOURLY;COUNT=2", RuleError::TooOften),
            ("nonsense", RuleError::Unreadable),
            ("FREQ=DAILY;UNTIL=tomorrow", RuleError::Until),
            ("FREQ=YEARLY;BYMONTH=13", RuleError::Unreadable),
        ] {
            let repeat = Repeat {
                rule: Some(rule.into()),
                ..Repeat::default()
            };
            let e = occurrences(start, &repeat, 1, &window()).expect_err(rule);
            assert_eq!(e, expected, "{rule}");
        }
    }
}
