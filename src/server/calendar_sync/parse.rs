//! Reading a feed: bytes → the listing-local nights each event blocks within the window.
//! icalendar's parser does the syntax (unfolding, components, properties, parameters); the
//! meaning of dates and times is `when.rs`, repetition `recur.rs`. Anything unreadable is
//! one error for the whole feed, a message for the host (`problem.rs`; its nights then stay
//! as they were), never a panic: `tests` feeds it random bytes.

use super::problem::Problem;
use super::recur::{self, Repeat, RuleError, Window};
use super::when::{self, Moment, Span};
use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;
use icalendar::parser::{Component, Property, read_calendar, unfold};

/// At most this many events (occurrences) are imported from one feed.
pub const MAX_EVENTS: usize = 5_000;

/// One blocked stretch: an event (or one occurrence of a repeating one) as nights.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Blocked {
    pub uid: String,
    /// The first night.
    pub from: NaiveDate,
    /// The morning after the last night.
    pub to: NaiveDate,
}

/// Why a feed could not be read, as a message for the host (in English as text).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.english())]
pub struct ParseError(pub Problem);

impl ParseError {
    fn new(key: &'static str) -> Self {
        Self(Problem::new(key))
    }
}

/// The nights `bytes` blocks for a listing in `listing`'s zone, inside `window` (clipped
/// to its horizon), sorted.
pub fn blocked_nights(
    bytes: &[u8],
    listing: Tz,
    window: Window,
) -> Result<Vec<Blocked>, ParseError> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let starts_right = text
        .trim_start()
        .get(..15)
        .is_some_and(|s| s.eq_ignore_ascii_case("BEGIN:VCALENDAR"));
    if !starts_right {
        return Err(ParseError::new("calendar-sync-fail-not-ical"));
    }
    check_lines(text)?;
    let unfolded = unfold(text);
    let calendar =
        read_calendar(&unfolded).map_err(|_| ParseError::new("calendar-sync-fail-unbalanced"))?;
    let mut events = Vec::new();
    collect_events(&calendar.components, &mut events);
    let mut out = Vec::new();
    // Occurrences replaced by a RECURRENCE-ID override of the same UID.
    let overridden: Vec<(String, Moment)> = events
        .iter()
        .filter_map(|e| {
            let id = prop(e, "RECURRENCE-ID")?;
            Some((text_of(e, "UID")?, read_moment(id, listing)?))
        })
        .collect();
    for (index, event) in events.iter().enumerate() {
        let uid = text_of(event, "UID").unwrap_or_else(|| format!("event-{}", index + 1));
        let status = text_of(event, "STATUS")
            .unwrap_or_default()
            .to_ascii_uppercase();
        let transparent =
            text_of(event, "TRANSP").is_some_and(|t| t.eq_ignore_ascii_case("TRANSPARENT"));
        if status == "CANCELLED" || transparent {
            continue;
        }
        let named = |key: &'static str| ParseError(Problem::new(key).text("event", short(&uid)));
        let start = prop(event, "DTSTART")
            .ok_or_else(|| named("calendar-sync-fail-event-no-start"))
            .and_then(|p| {
                read_moment(p, listing).ok_or_else(|| named("calendar-sync-fail-event-start"))
            })?;
        let end = match prop(event, "DTEND") {
            Some(p) => {
                Some(read_moment(p, listing).ok_or_else(|| named("calendar-sync-fail-event-end"))?)
            }
            None => None,
        };
        let duration = match prop(event, "DURATION") {
            Some(p) => Some(
                when::duration(p.val.as_str())
                    .ok_or_else(|| named("calendar-sync-fail-event-duration"))?,
            ),
            None => None,
        };
        let span = Span::between(start, end, duration);
        let repeat = Repeat {
            // An override stands for one occurrence: it does not repeat itself.
            rule: prop(event, "RECURRENCE-ID")
                .is_none()
                .then(|| text_of(event, "RRULE"))
                .flatten(),
            rdates: moments(event, "RDATE", listing),
            exdates: moments(event, "EXDATE", listing),
        };
        let span_days = match span {
            Span::Days(d) => d,
            Span::Time(t) => t.num_days() + 1,
        };
        let starts = recur::occurrences(start, &repeat, span_days, &window).map_err(|why| {
            let rule = short(repeat.rule.as_deref().unwrap_or_default());
            let problem = match why {
                RuleError::Unreadable => Problem::new("calendar-sync-fail-event-rule"),
                RuleError::TooOften => Problem::new("calendar-sync-fail-event-rule-often"),
                RuleError::Until => Problem::new("calendar-sync-fail-event-rule-until"),
                RuleError::Invalid(detail) => Problem::new("calendar-sync-fail-event-rule-invalid")
                    .text("detail", short(&detail)),
            };
            ParseError(problem.text("event", short(&uid)).text("rule", rule))
        })?;
        for occurrence in starts {
            let replaced = repeat.rule.is_some()
                && overridden
                    .iter()
                    .any(|(u, at)| *u == uid && recur::same_start(occurrence, *at));
            if replaced {
                continue;
            }
            let (from, to) = when::nights(occurrence, span, listing);
            let to = to.min(window.horizon);
            if to > window.today && from < to {
                out.push(Blocked {
                    uid: uid.clone(),
                    from,
                    to,
                });
            }
            if out.len() > MAX_EVENTS {
                return Err(ParseError(
                    Problem::new("calendar-sync-fail-too-many-events")
                        .number("max", MAX_EVENTS as i64),
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Every line is `NAME[;PARAM=…]:value` (after unfolding), or the feed is not iCalendar:
/// the first one that is not is named by its line number in the file.
fn check_lines(text: &str) -> Result<(), ParseError> {
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with([' ', '\t']) {
            continue;
        }
        let name_end = line.find([':', ';']).unwrap_or(line.len());
        let name = &line[..name_end];
        let named =
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !named || !line.contains(':') {
            return Err(ParseError(
                Problem::new("calendar-sync-fail-line")
                    .number("line", number as i64 + 1)
                    .text("text", short(line)),
            ));
        }
    }
    Ok(())
}

fn collect_events<'a>(components: &'a [Component<'a>], out: &mut Vec<&'a Component<'a>>) {
    for c in components {
        if c.name.as_str().eq_ignore_ascii_case("VEVENT") {
            out.push(c);
        } else {
            collect_events(&c.components, out);
        }
    }
}

fn prop<'a>(event: &'a Component<'a>, name: &str) -> Option<&'a Property<'a>> {
    event
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn text_of(event: &Component<'_>, name: &str) -> Option<String> {
    prop(event, name)
        .map(|p| p.val.as_str().trim().to_string())
        .filter(|v| !v.is_empty())
}

fn param<'a>(p: &'a Property<'a>, key: &str) -> Option<&'a str> {
    p.params
        .iter()
        .find(|x| x.key.as_str().eq_ignore_ascii_case(key))
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str())
}

fn read_moment(p: &Property<'_>, listing: Tz) -> Option<Moment> {
    Moment::read(p.val.as_str(), param(p, "TZID"), listing)
}

/// Every value of every `name` line (EXDATE and RDATE may list several, comma-separated);
/// values that cannot be read are left out (a PERIOD, say).
fn moments(event: &Component<'_>, name: &str, listing: Tz) -> Vec<Moment> {
    event
        .properties
        .iter()
        .filter(|p| p.name.as_str().eq_ignore_ascii_case(name))
        .flat_map(|p| {
            let tzid = param(p, "TZID");
            p.val
                .as_str()
                .split(',')
                .filter_map(move |v| Moment::read(v, tzid, listing))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// At most 60 characters of `s`, for messages.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// The window for a listing whose today is `today`: two years of nights.
pub fn window(today: NaiveDate) -> Window {
    Window {
        today,
        horizon: today + Duration::days(730),
    }
}
