//! Dates in plain words: "Dec 20–27", "for 5 nights from the 12th", "next weekend", "in
//! March", "friday to sunday", "12/20-12/27". Counted from `today`, the destination's
//! local date; the rules are written out in `tests/data/search_queries.md`.

use super::reader::Reader;
use time::{Date, Duration, Month, Weekday};

const MONTHS: [(&str, Month); 24] = [
    ("january", Month::January),
    ("february", Month::February),
    ("march", Month::March),
    ("april", Month::April),
    ("may", Month::May),
    ("june", Month::June),
    ("july", Month::July),
    ("august", Month::August),
    ("september", Month::September),
    ("october", Month::October),
    ("november", Month::November),
    ("december", Month::December),
    ("jan", Month::January),
    ("feb", Month::February),
    ("mar", Month::March),
    ("apr", Month::April),
    ("jun", Month::June),
    ("jul", Month::July),
    ("aug", Month::August),
    ("sep", Month::September),
    ("sept", Month::September),
    ("oct", Month::October),
    ("nov", Month::November),
    ("dec", Month::December),
];

const WEEKDAYS: [(&str, Weekday); 18] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("tues", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("thur", Weekday::Thursday),
    ("thurs", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
    ("weds", Weekday::Wednesday),
];

const RANGE_WORDS: [&str; 7] = ["-", "to", "until", "till", "til", "through", "thru"];

/// A start the stay can be counted from, or a whole span.
#[derive(Clone, Copy, Debug)]
enum Anchor {
    Day(Date),
    Span(Date, Date),
    /// "this weekend", "long weekend": a span, or a length when a day is also named.
    Weekend(Date, Date),
    /// A month alone: the whole month unless a length is given.
    Month(Date, Date),
}

/// What the query says about when.
#[derive(Debug, Default)]
pub struct When {
    pub stay: Option<(Date, Date)>,
    /// A length given without a start ("3 nights"), not taken: a total price may use it.
    pub nights: Option<(i64, Span)>,
}

/// Reads the stay's dates, taking the words it used.
pub fn read(r: &mut Reader, today: Date) -> When {
    let length = read_length(r);
    let first = read_anchor(r, today, None);
    let second = first
        .as_ref()
        .and_then(|(_, s)| read_anchor(r, today, Some(s)));
    // "long weekend starting next friday": the weekend gives the length, the day the start.
    let (anchor, length) = match (first, second, length) {
        (Some((Anchor::Weekend(a, b), s1)), Some((Anchor::Day(d), s2)), None)
        | (Some((Anchor::Day(d), s2)), Some((Anchor::Weekend(a, b), s1)), None) => {
            let span = s1.start.min(s2.start)..s1.end.max(s2.end);
            (Some((Anchor::Day(d), span)), Some((b - a, 0..0)))
        }
        (first, _, length) => (first, length),
    };
    let stay = match (anchor.clone(), length.clone()) {
        (Some((Anchor::Day(start), _)), Some((nights, _))) => Some((start, start + nights)),
        (Some((Anchor::Day(_), _)), None) => None,
        (Some((Anchor::Span(a, b) | Anchor::Weekend(a, b) | Anchor::Month(a, b), _)), None) => {
            Some((a, b))
        }
        (
            Some((Anchor::Span(a, _) | Anchor::Weekend(a, _) | Anchor::Month(a, _), _)),
            Some((nights, _)),
        ) => Some((a, a + nights)),
        (None, _) => None,
    };
    match stay {
        Some((a, b)) if b > a && (b - a).whole_days() <= 365 => {
            if let Some((_, span)) = anchor {
                r.take(span);
            }
            if let Some((_, span)) = length {
                r.take(span);
            }
            When {
                stay: Some((a, b)),
                nights: None,
            }
        }
        _ => When {
            stay: None,
            nights: length.map(|(d, span)| (d.whole_days(), span)),
        },
    }
}

type Span = std::ops::Range<usize>;

/// "for 5 nights", "a week", "two weeks", "a fortnight", "3 nts".
fn read_length(r: &Reader) -> Option<(Duration, Span)> {
    for i in 0..r.len() {
        let start = if r.is_any(i, &["for", "of"]) {
            i + 1
        } else {
            i
        };
        let (n, at) = match r.free(start) {
            Some(t) if t.is("a") || t.is("an") => (1, start + 1),
            Some(t) => match t.count() {
                Some(n) => (n, start + 1),
                None => (1, start),
            },
            None => continue,
        };
        let unit = if r.is_any(at, &["night", "nights", "nts", "nite", "nites", "nighter"]) {
            1
        } else if r.is_any(at, &["week", "weeks", "wk", "wks"]) {
            7
        } else if r.is(at, "fortnight") {
            14
        } else {
            continue;
        };
        if at == start && unit == 1 {
            continue; // "nights" alone is no length
        }
        let article = r.is_any(start, &["a", "an"]);
        if article && unit == 1 && start == i {
            continue; // "€150 a night" is a price; "for a night" is a length
        }
        let nights = i64::from(n) * unit;
        if (1..=365).contains(&nights) {
            return Some((Duration::days(nights), i..at + 1));
        }
    }
    None
}

fn month_at(r: &Reader, i: usize) -> Option<Month> {
    let t = r.free(i)?;
    MONTHS
        .iter()
        .find(|(name, _)| t.text == *name)
        .map(|(_, m)| *m)
}

fn weekday_at(r: &Reader, i: usize) -> Option<Weekday> {
    let t = r.free(i)?;
    WEEKDAYS
        .iter()
        .find(|(name, _)| t.text == *name)
        .map(|(_, w)| *w)
}

/// A day of the month at `i` ("20", "20th", "twentieth" is not read): its value and end.
fn day_at(r: &Reader, i: usize) -> Option<(u8, usize)> {
    let t = r.free(i)?;
    if t.kind != super::tokens::Kind::Num || t.text.contains('.') {
        return None;
    }
    let d: u8 = t.text.parse().ok().filter(|d| (1..=31).contains(d))?;
    let end = if r.is_any(i + 1, &["st", "nd", "rd", "th"]) {
        i + 2
    } else {
        i + 1
    };
    Some((d, end))
}

fn ordinal_at(r: &Reader, i: usize) -> Option<(u8, usize)> {
    let (d, end) = day_at(r, i)?;
    (end == i + 2).then_some((d, end))
}

/// The next `month`/`day` that is not before `from`.
fn upcoming(from: Date, month: Month, day: u8) -> Option<Date> {
    let this = Date::from_calendar_date(from.year(), month, day).ok();
    match this {
        Some(d) if d >= from => Some(d),
        _ => Date::from_calendar_date(from.year() + 1, month, day).ok(),
    }
}

fn next_weekday(after: Date, w: Weekday) -> Date {
    let mut d = after + Duration::days(1);
    while d.weekday() != w {
        d += Duration::days(1);
    }
    d
}

/// Monday of the week after `today`'s.
fn next_monday(today: Date) -> Date {
    today + Duration::days(7 - i64::from(today.weekday().number_days_from_monday()))
}

fn this_friday(today: Date) -> Date {
    match today.weekday() {
        Weekday::Saturday => today,
        Weekday::Sunday => today + Duration::days(5),
        w => today + Duration::days(4 - i64::from(w.number_days_from_monday())),
    }
}

fn month_span(today: Date, month: Month) -> Option<(Date, Date)> {
    let first = if today.month() == month {
        today
    } else {
        upcoming(today, month, 1)?
    };
    let next = month.next();
    let year = if next == Month::January {
        first.year() + 1
    } else {
        first.year()
    };
    Some((first, Date::from_calendar_date(year, next, 1).ok()?))
}

/// The first date expression in the query (after `after`, when given).
fn read_anchor(r: &Reader, today: Date, after: Option<&Span>) -> Option<(Anchor, Span)> {
    let from = after.map_or(0, |s| s.end);
    (from..r.len()).find_map(|i| anchor_at(r, i, today))
}

fn anchor_at(r: &Reader, i: usize, today: Date) -> Option<(Anchor, Span)> {
    let day = Duration::days(1);
    // Relative words.
    if r.is_any(i, &["tonight", "today"]) {
        return Some((Anchor::Span(today, today + day), i..i + 1));
    }
    if r.is(i, "tomorrow") || r.is(i, "tmrw") || r.is(i, "tmr") {
        let t = today + day;
        return Some((Anchor::Span(t, t + day), i..i + 1));
    }
    for (phrase, nights, next) in [
        ("this long weekend", 3, false),
        ("next long weekend", 3, true),
        ("long weekend", 3, false),
        ("this weekend", 2, false),
        ("next weekend", 2, true),
        ("the weekend", 2, false),
        ("weekend", 2, false),
    ] {
        if let Some(end) = r.phrase(i, phrase, false) {
            let fri = if next {
                next_monday(today) + Duration::days(4)
            } else {
                this_friday(today)
            };
            // On a Saturday, this weekend is what is left of it.
            let to = next_weekday(
                fri,
                if nights == 3 {
                    Weekday::Monday
                } else {
                    Weekday::Sunday
                },
            );
            return Some((Anchor::Weekend(fri, to), i..end));
        }
    }
    if let Some(end) = r.phrase(i, "next week", false) {
        let mon = next_monday(today);
        return Some((Anchor::Span(mon, mon + Duration::days(7)), i..end));
    }
    if let Some(end) = r.phrase(i, "next month", false) {
        let (a, b) = month_span(today, today.month().next())?;
        return Some((Anchor::Month(a, b), i..end));
    }
    // ISO: 2027-03-04.
    if let (Some(y), true, Some(m), true, Some(d)) = (
        r.free(i)
            .filter(|t| t.text.len() == 4)
            .and_then(|t| t.count()),
        r.is(i + 1, "-"),
        r.free(i + 2).and_then(|t| t.count()),
        r.is(i + 3, "-"),
        r.free(i + 4).and_then(|t| t.count()),
    ) {
        let date = Date::from_calendar_date(
            i32::try_from(y).ok()?,
            Month::try_from(u8::try_from(m).ok()?).ok()?,
            u8::try_from(d).ok()?,
        )
        .ok()?;
        return Some(
            with_end(r, i + 5, date, today, Some(date.month()))
                .unwrap_or((Anchor::Day(date), i..i + 5)),
        )
        .map(|(a, s)| (a, i..s.end));
    }
    // Month then day: "dec 20", "december 20th - 27th", "dec 28 to jan 3".
    if let Some(month) = month_at(r, i)
        && let Some((d, end)) = day_at(r, i + 1)
    {
        let start = upcoming(today, month, d)?;
        return Some(
            with_end(r, end, start, today, Some(month))
                .map(|(a, s)| (a, i..s.end))
                .unwrap_or((Anchor::Day(start), i..end)),
        );
    }
    // Day then month: "20 dec", "20th of december", "20-27 dec", "20 dec - 3 jan".
    if let Some((d, end)) = day_at(r, i) {
        let of = if r.is(end, "of") { end + 1 } else { end };
        if let Some(month) = month_at(r, of) {
            let start = upcoming(today, month, d)?;
            return Some(
                with_end(r, of + 1, start, today, Some(month))
                    .map(|(a, s)| (a, i..s.end))
                    .unwrap_or((Anchor::Day(start), i..of + 1)),
            );
        }
        // "20-27 dec", "20th to 27th of december"
        if let Some(sep) = range_word(r, end)
            && let Some((d2, end2)) = day_at(r, sep)
        {
            let of2 = if r.is(end2, "of") { end2 + 1 } else { end2 };
            if let Some(month) = month_at(r, of2) {
                let a = upcoming(today, month, d)?;
                let b = Date::from_calendar_date(a.year(), month, d2).ok()?;
                return Some((Anchor::Span(a, b), i..of2 + 1));
            }
        }
        // Numeric: "12/20", "20/12", optionally "-12/27".
        if r.is(end, "/")
            && end == i + 1
            && let Some((n2, end2)) = day_at(r, end + 1)
            && let Some(start) = numeric(today, d, n2)
        {
            let mut span_end = end2;
            if r.is(span_end, "/")
                && r.free(span_end + 1)
                    .is_some_and(|t| t.text.len() >= 2 && t.count().is_some())
            {
                span_end += 2; // a year: read as the next occurrence anyway
            }
            if let Some(sep) = range_word(r, span_end)
                && let Some((m2, e2)) = day_at(r, sep)
                && r.is(e2, "/")
                && let Some((d2, e3)) = day_at(r, e2 + 1)
                && let Some(end_date) = numeric(start, m2, d2)
            {
                let mut e = e3;
                if r.is(e, "/") && r.free(e + 1).is_some_and(|t| t.count().is_some()) {
                    e += 2;
                }
                return Some((Anchor::Span(start, end_date), i..e));
            }
            return Some((Anchor::Day(start), i..span_end));
        }
    }
    // "the 12th", "from the 12th to the 15th".
    let the = if r.is(i, "the") { i + 1 } else { i };
    if let Some((d, end)) = ordinal_at(r, the) {
        let start = day_of_month(today, d)?;
        if let Some(sep) = range_word(r, end) {
            let the2 = if r.is(sep, "the") { sep + 1 } else { sep };
            if let Some((d2, end2)) = day_at(r, the2) {
                let b = day_of_month(start, d2)?;
                let b = if b <= start {
                    day_of_month(start + Duration::days(1), d2)?
                } else {
                    b
                };
                return Some((Anchor::Span(start, b), i..end2));
            }
        }
        return Some((Anchor::Day(start), i..end));
    }
    // Weekdays: "friday", "this friday", "next friday", "fri-sun", "friday to monday".
    let (next, w_at) = if r.is(i, "next") {
        (true, i + 1)
    } else if r.is(i, "this") || r.is(i, "on") || r.is(i, "from") {
        (false, i + 1)
    } else {
        (false, i)
    };
    if let Some(w) = weekday_at(r, w_at)
        && (r.free(w_at).is_some_and(|t| {
            t.text.len() > 3 || !matches!(t.text.as_str(), "sat" | "sun" | "mon" | "wed")
        }) || range_word(r, w_at + 1).is_some_and(|s| weekday_at(r, s).is_some()))
    {
        let start = if next {
            let mon = next_monday(today);
            mon + Duration::days(i64::from(w.number_days_from_monday()))
        } else {
            next_weekday(today, w)
        };
        if let Some(sep) = range_word(r, w_at + 1)
            && let Some(w2) = weekday_at(r, sep)
        {
            return Some((Anchor::Span(start, next_weekday(start, w2)), i..sep + 1));
        }
        return Some((Anchor::Day(start), i..w_at + 1));
    }
    // A month alone: "in march", "march", "during april"; "may" only after "in".
    let (lead, m_at) = if r.is_any(i, &["in", "during", "for"]) {
        (true, i + 1)
    } else {
        (false, i)
    };
    if let Some(month) = month_at(r, m_at)
        && (lead
            || !matches!(
                r.free(m_at).map(|t| t.text.as_str()),
                Some("may" | "mar" | "jan" | "sun")
            ))
        && (!r.is(i, "for") || lead)
    {
        let (a, b) = month_span(today, month)?;
        return Some((Anchor::Month(a, b), i..m_at + 1));
    }
    None
}

/// After a start date: "- 27", "to jan 3", "until the 27th", "- 3 jan".
fn with_end(
    r: &Reader,
    at: usize,
    start: Date,
    _today: Date,
    month: Option<Month>,
) -> Option<(Anchor, Span)> {
    let sep = range_word(r, at)?;
    let sep = if r.is(sep, "the") { sep + 1 } else { sep };
    if let Some(m2) = month_at(r, sep)
        && let Some((d2, end)) = day_at(r, sep + 1)
    {
        return Some((Anchor::Span(start, after(start, m2, d2)?), at..end));
    }
    let (d2, end) = day_at(r, sep)?;
    let of = if r.is(end, "of") { end + 1 } else { end };
    if let Some(m2) = month_at(r, of) {
        return Some((Anchor::Span(start, after(start, m2, d2)?), at..of + 1));
    }
    let b = after(start, month?, d2)?;
    Some((Anchor::Span(start, b), at..end))
}

/// The first `month`/`day` after `start`.
fn after(start: Date, month: Month, day: u8) -> Option<Date> {
    upcoming(start + Duration::days(1), month, day)
}

fn range_word(r: &Reader, at: usize) -> Option<usize> {
    RANGE_WORDS.iter().any(|w| r.is(at, w)).then_some(at + 1)
}

/// Day `d` of `from`'s month if not before `from`, else of the next month.
fn day_of_month(from: Date, d: u8) -> Option<Date> {
    match Date::from_calendar_date(from.year(), from.month(), d) {
        Ok(date) if date >= from => Some(date),
        _ => {
            let m = from.month().next();
            let y = if m == Month::January {
                from.year() + 1
            } else {
                from.year()
            };
            Date::from_calendar_date(y, m, d).ok()
        }
    }
}

/// "12/20" is month/day; "20/12" (first number above 12) day/month.
fn numeric(from: Date, a: u8, b: u8) -> Option<Date> {
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    upcoming(from, Month::try_from(m).ok()?, d)
}
