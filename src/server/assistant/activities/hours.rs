//! Opening hours as people and OpenStreetMap write them, in the subset Haven reads:
//!
//! - `24/7`: always open;
//! - rules separated by `;`, each `DAYS TIMES` or just `TIMES` (every day): DAYS is a day
//!   (`Mo Tu We Th Fr Sa Su`), a range (`Mo-Fr`, or one that wraps: `Fr-Mo`) or a comma
//!   list of both (`Mo,We-Fr`); TIMES is `HH:MM-HH:MM` intervals separated by `,`, or
//!   `off`/`closed`. A later rule replaces an earlier one on the days it names, as in OSM.
//!
//! An interval closes after it opens, by `24:00`. Anything else (public holidays, months,
//! sunrise, comments) is refused rather than guessed: a place whose hours do not parse is
//! still listed, with its hours as written, but never planned.

use crate::app::i18n::{self, DateStyle, Locale};
use crate::app::types::stay::Day;
use crate::server::assistant::planner::WeeklyHours;
use crate::tr;
use time::Weekday;

/// The longest text accepted.
pub const MAX_CHARS: usize = 300;
/// Intervals on one day, at most.
const MAX_INTERVALS: usize = 6;

const DAYS: [(&str, Weekday); 7] = [
    ("mo", Weekday::Monday),
    ("tu", Weekday::Tuesday),
    ("we", Weekday::Wednesday),
    ("th", Weekday::Thursday),
    ("fr", Weekday::Friday),
    ("sa", Weekday::Saturday),
    ("su", Weekday::Sunday),
];

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct HoursError(pub String);

/// What is wrong, and how to write hours: in the language of the request.
fn err<T>(problem: String) -> Result<T, HoursError> {
    Err(HoursError(tr!("assistant-hours-error", problem = problem)))
}

/// Reads `text` into the week's opening intervals.
pub fn parse(text: &str) -> Result<WeeklyHours, HoursError> {
    let text = text.trim();
    if text.is_empty() {
        return err(tr!("assistant-hours-empty"));
    }
    if text.chars().count() > MAX_CHARS {
        return err(tr!("assistant-hours-too-long", max = MAX_CHARS));
    }
    if text == "24/7" {
        return Ok(WeeklyHours::always_open());
    }
    let mut week = WeeklyHours::closed();
    let rules: Vec<&str> = text.split(';').map(str::trim).collect();
    for (i, rule) in rules.iter().enumerate() {
        if rule.is_empty() {
            if i + 1 == rules.len() && i > 0 {
                continue; // a trailing ";"
            }
            return err(tr!("assistant-hours-empty-rule"));
        }
        let (days, times) = split_rule(rule);
        let days = match days {
            Some(d) => weekdays(d)?,
            None => (0..7).collect(),
        };
        let intervals = intervals(times)?;
        for d in days {
            week.days[d] = intervals.clone();
        }
    }
    Ok(week)
}

/// `("Mo-Fr", "09:00-17:00")`, or no days when the rule starts with a time.
fn split_rule(rule: &str) -> (Option<&str>, &str) {
    if rule.starts_with(|c: char| c.is_ascii_digit()) {
        return (None, rule);
    }
    match rule.split_once(char::is_whitespace) {
        Some((days, times)) => (Some(days.trim()), times.trim()),
        None => (Some(rule), ""),
    }
}

fn day(text: &str) -> Result<usize, HoursError> {
    let lower = text.trim().to_ascii_lowercase();
    match DAYS.iter().position(|(d, _)| *d == lower) {
        Some(i) => Ok(i),
        None => err(tr!("assistant-hours-not-a-day", text = text.trim())),
    }
}

/// Day indexes (0 = Monday) named by `Mo,We-Fr`.
fn weekdays(text: &str) -> Result<Vec<usize>, HoursError> {
    let mut out = Vec::new();
    for part in text.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    out.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => out.push(day(part)?),
        }
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

fn clock(text: &str) -> Result<u16, HoursError> {
    let t = text.trim();
    let parsed = t.split_once(':').and_then(|(h, m)| {
        let ok = (1..=2).contains(&h.len()) && m.len() == 2;
        let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
        (ok && m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
    });
    match parsed {
        Some(minutes) => Ok(minutes),
        None => err(tr!("assistant-hours-not-a-time", text = t)),
    }
}

fn intervals(text: &str) -> Result<Vec<(u16, u16)>, HoursError> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("off") || text.eq_ignore_ascii_case("closed") {
        return Ok(Vec::new());
    }
    if text.is_empty() {
        return err(tr!("assistant-hours-no-times"));
    }
    let mut out: Vec<(u16, u16)> = Vec::new();
    for part in text.split(',') {
        let Some((open, close)) = part.split_once('-') else {
            return err(tr!("assistant-hours-not-a-range", text = part.trim()));
        };
        let (open, close) = (clock(open)?, clock(close)?);
        if close <= open {
            return err(tr!(
                "assistant-hours-closes-before-opening",
                open = hhmm(open),
                close = hhmm(close)
            ));
        }
        out.push((open, close));
    }
    if out.len() > MAX_INTERVALS {
        return err(tr!("assistant-hours-too-many", max = MAX_INTERVALS));
    }
    out.sort_unstable();
    if out.windows(2).any(|w| w[1].0 < w[0].1) {
        return err(tr!("assistant-hours-overlap"));
    }
    Ok(out)
}

/// `09:00`.
pub fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One weekday's hours as a plan keeps them (pages translate the words when they show
/// them): "10:00–13:00, 14:00–18:00", "open 24 hours" or "closed".
pub fn day_line(week: &WeeklyHours, weekday: Weekday) -> String {
    let intervals = week.intervals(weekday);
    if intervals.is_empty() {
        return "closed".into();
    }
    if intervals == [(0, 24 * 60)] {
        return "open 24 hours".into();
    }
    times(intervals)
}

/// "10:00–13:00, 14:00–18:00".
fn times(intervals: &[(u16, u16)]) -> String {
    intervals
        .iter()
        .map(|&(o, c)| format!("{}–{}", hhmm(o), hhmm(c)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Day `index`'s short name (0 = Monday: "Mon") in `locale`.
fn short_day(locale: Locale, index: usize) -> String {
    // 2024-01-01 was a Monday.
    let day = Day {
        year: 2024,
        month: 1,
        day: 1 + index as u32,
    };
    i18n::format::day(locale, day, DateStyle::Weekday)
}

/// The week for people, in the language of the request, days with the same hours run
/// together: ["Mon–Fri 09:00–17:00", "Sat–Sun closed"], or ["Open 24 hours"].
pub fn week_lines(week: &WeeklyHours) -> Vec<String> {
    if week.days.iter().all(|d| d.as_slice() == [(0, 24 * 60)]) {
        return vec![tr!("assistant-hours-always-open")];
    }
    let locale = i18n::locale();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < 7 {
        let mut end = start;
        while end + 1 < 7 && week.days[end + 1] == week.days[start] {
            end += 1;
        }
        let days = if end == start {
            short_day(locale, start)
        } else {
            format!("{}–{}", short_day(locale, start), short_day(locale, end))
        };
        let intervals = week.intervals(DAYS[start].1);
        lines.push(if intervals.is_empty() {
            tr!("assistant-hours-days-closed", days = days)
        } else if intervals == [(0, 24 * 60)] {
            tr!("assistant-hours-days-all-day", days = days)
        } else {
            tr!(
                "assistant-hours-days",
                days = days,
                times = times(intervals)
            )
        });
        start = end + 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(text: &str) -> [Vec<(u16, u16)>; 7] {
        parse(text).expect(text).days
    }

    #[test]
    fn reads_the_common_forms() {
        assert_eq!(parse("24/7"), Ok(WeeklyHours::always_open()));
        let w = days("Mo-Fr 09:00-17:00; Sa 10:00-14:00");
        assert_eq!(w[0], vec![(540, 1020)]);
        assert_eq!(w[4], vec![(540, 1020)]);
        assert_eq!(w[5], vec![(600, 840)]);
        assert!(w[6].is_empty(), "days not named are closed");
        let w = days("Tu-Su 10:00-13:00,14:00-18:00");
        assert!(w[0].is_empty());
        assert_eq!(w[1], vec![(600, 780), (840, 1080)]);
        assert_eq!(days("09:00-17:00"), WeeklyHours::daily(540, 1020).days);
        assert_eq!(days("Mo,We-Th 18:00-24:00")[3], vec![(1080, 1440)]);
    }

    #[test]
    fn a_later_rule_replaces_an_earlier_one_and_ranges_may_wrap() {
        let w = days("Mo-Su 09:00-18:00; Mo off");
        assert!(w[0].is_empty());
        assert_eq!(w[1], vec![(540, 1080)]);
        let w = days("Fr-Mo 10:00-16:00");
        for d in [4, 5, 6, 0] {
            assert_eq!(w[d], vec![(600, 960)], "day {d}");
        }
        assert!(w[1].is_empty() && w[2].is_empty() && w[3].is_empty());
        assert_eq!(days("mo-fr 9:00-17:00;")[0], vec![(540, 1020)]);
    }

    #[test]
    fn refuses_what_it_cannot_read_with_a_reason() {
        for (text, says) in [
            ("", "empty"),
            ("Mo-Fr 09:00-17:00; PH off", "“PH” is not a day"),
            ("Mo-Fr 22:00-02:00", "closes before it opens"),
            ("Mo 25:00-26:00", "not a time of day"),
            ("Mo 09:60-10:00", "not a time of day"),
            ("Mo 09:00", "not a time range"),
            ("Mo-Fr", "no times"),
            ("Mo 09:00-12:00,11:00-13:00", "overlap"),
            ("Mo 09:00-10:00;; Tu 09:00-10:00", "empty rule"),
            ("sunrise-sunset", "not a day"),
            ("Jan-Mar 09:00-17:00", "not a day"),
        ] {
            let e = parse(text).expect_err(text);
            assert!(e.0.contains(says), "{text}: {}", e.0);
            assert!(e.0.contains("24/7"), "the error shows the form: {}", e.0);
        }
        assert!(parse(&"Mo 09:00-10:00;".repeat(30)).is_err(), "too long");
    }

    #[test]
    fn writes_the_week_for_people() {
        let w = parse("Mo-Fr 09:00-17:00; Sa 10:00-14:00").expect("hours");
        assert_eq!(
            week_lines(&w),
            ["Mon–Fri 09:00–17:00", "Sat 10:00–14:00", "Sun closed"]
        );
        assert_eq!(day_line(&w, Weekday::Saturday), "10:00–14:00");
        assert_eq!(week_lines(&WeeklyHours::always_open()), ["Open 24 hours"]);
        let split = parse("Tu-Su 10:00-13:00,14:00-18:00").expect("hours");
        assert_eq!(week_lines(&split)[1], "Tue–Sun 10:00–13:00, 14:00–18:00");
    }

    proptest::proptest! {
        /// Whatever the text, parsing never panics, and what it accepts reads back the same.
        #[test]
        fn never_panics_and_round_trips(text in "\\PC{0,60}") {
            if let Ok(week) = parse(&text) {
                let written: Vec<String> = (0..7)
                    .map(|d| {
                        let times = if week.days[d].is_empty() {
                            "off".to_string()
                        } else {
                            week.days[d].iter().map(|&(o, c)| format!("{}-{}", hhmm(o), hhmm(c))).collect::<Vec<_>>().join(",")
                        };
                        format!("{} {times}", DAYS[d].0)
                    })
                    .collect();
                proptest::prop_assert_eq!(parse(&written.join("; ")), Ok(week));
            }
        }
    }
}
