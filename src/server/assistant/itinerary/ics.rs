//! A saved plan as an iCalendar file (RFC 5545): one event per stop, in UTC (converted
//! from the stay's zone, so no VTIMEZONE is needed), with the place, its hours that day
//! and its location.

use crate::app::types::itinerary::Itinerary;
use chrono::TimeZone;
use time::OffsetDateTime;

/// Escapes a TEXT value: backslash, `;`, `,` and line breaks.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (continuations start with a space), ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// `date` at `hhmm` in `zone`, as UTC `YYYYMMDDTHHMMSSZ`; `None` for a time the zone skips.
fn utc(date: &str, hhmm: &str, zone: &chrono_tz::Tz) -> Option<String> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let t = chrono::NaiveTime::parse_from_str(hhmm, "%H:%M").ok()?;
    let local = zone.from_local_datetime(&d.and_time(t)).earliest()?;
    Some(
        local
            .with_timezone(&chrono::Utc)
            .format("%Y%m%dT%H%M%SZ")
            .to_string(),
    )
}

/// The plan as a calendar; `domain` makes the events' UIDs unique.
pub fn calendar(plan: &Itinerary, domain: &str, now: OffsetDateTime) -> String {
    let zone: chrono_tz::Tz = plan.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Haven//Trip plan//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    for day in &plan.days {
        for stop in &day.stops {
            let (Some(start), Some(end)) = (
                utc(&day.date, &stop.start, &zone),
                utc(&day.date, &stop.end, &zone),
            ) else {
                continue;
            };
            let a = &stop.activity;
            let owner = plan.booking_id.map_or_else(
                || format!("listing-{}", plan.listing_id),
                |b| format!("booking-{b}"),
            );
            line(&mut out, "BEGIN:VEVENT");
            line(
                &mut out,
                &format!(
                    "UID:plan-{owner}-{}-{}@{domain}",
                    day.date,
                    stop.slot.as_str()
                ),
            );
            line(&mut out, &format!("DTSTAMP:{stamp}"));
            line(&mut out, &format!("DTSTART:{start}"));
            line(&mut out, &format!("DTEND:{end}"));
            line(&mut out, &format!("SUMMARY:{}", text(&a.name)));
            line(&mut out, &format!("LOCATION:{}", text(&a.name)));
            line(
                &mut out,
                &format!("GEO:{:.5};{:.5}", a.latitude, a.longitude),
            );
            let mut about = format!("{}. Open that day: {}.", a.category.label(), stop.open);
            if !a.description.is_empty() {
                about.push(' ');
                about.push_str(&a.description);
            }
            line(&mut out, &format!("DESCRIPTION:{}", text(&about)));
            line(&mut out, "END:VEVENT");
        }
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_long_lines_are_folded() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "é".repeat(60))
        );
    }

    #[test]
    fn local_times_become_utc_in_the_stays_zone() {
        let lisbon: chrono_tz::Tz = "Europe/Lisbon".parse().expect("zone");
        assert_eq!(
            utc("2027-07-01", "09:00", &lisbon).as_deref(),
            Some("20270701T080000Z")
        );
        assert_eq!(
            utc("2027-01-01", "09:00", &lisbon).as_deref(),
            Some("20270101T090000Z")
        );
        let ny: chrono_tz::Tz = "America/New_York".parse().expect("zone");
        assert_eq!(
            utc("2027-03-14", "02:30", &ny),
            None,
            "a time the clocks skip"
        );
    }
}
