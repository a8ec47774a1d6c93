//! Writing iCalendar (RFC 5545): content lines folded at 75 octets (never inside a UTF-8
//! character), TEXT values escaped, CRLF line ends.

use std::fmt::Write;
use time::Date;

/// A calendar being written.
#[derive(Default)]
pub struct Ics(String);

/// One all-day event of the export.
pub struct AllDay<'a> {
    pub uid: &'a str,
    /// `DTSTAMP`, UTC, `YYYYMMDDTHHMMSSZ`.
    pub stamp: &'a str,
    pub from: Date,
    /// Exclusive: the morning after the last night.
    pub to: Date,
    pub summary: &'a str,
}

impl Ics {
    /// `BEGIN:VCALENDAR` and the calendar's own properties.
    pub fn begin(name: &str) -> Self {
        let mut ics = Self::default();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:-//Haven//Calendar sync//EN");
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:PUBLISH");
        ics.line(&format!("X-WR-CALNAME:{}", escape(name)));
        // How often importers should look again (Google and Apple read these).
        ics.line("X-PUBLISHED-TTL:PT15M");
        ics.line("REFRESH-INTERVAL;VALUE=DURATION:PT15M");
        ics
    }

    pub fn event(&mut self, e: &AllDay<'_>) {
        self.line("BEGIN:VEVENT");
        self.line(&format!("UID:{}", escape(e.uid)));
        self.line(&format!("DTSTAMP:{}", e.stamp));
        self.line(&format!("DTSTART;VALUE=DATE:{}", compact(e.from)));
        self.line(&format!("DTEND;VALUE=DATE:{}", compact(e.to)));
        self.line(&format!("SUMMARY:{}", escape(e.summary)));
        self.line("TRANSP:OPAQUE");
        self.line("END:VEVENT");
    }

    /// `END:VCALENDAR`, and the text.
    pub fn end(mut self) -> String {
        self.line("END:VCALENDAR");
        self.0
    }

    fn line(&mut self, content: &str) {
        self.0.push_str(&fold(content));
        self.0.push_str("\r\n");
    }
}

/// `20261224`.
pub fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control
/// characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line as physical lines of at most 75 octets each (a continuation starts
/// with a space, which counts), split only between characters.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > 75 {
            let _ = write!(out, "\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("X-WR-CALNAME:{}", "é".repeat(80));
        let folded = fold(&line);
        for physical in folded.split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
        assert_eq!(fold("SUMMARY:Reserved"), "SUMMARY:Reserved");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("Loft; sea view, 2\\3\nnew\u{7}"),
            "Loft\\; sea view\\, 2\\\\3\\nnew"
        );
    }

    #[test]
    fn an_export_is_crlf_lines_with_all_day_events() {
        let mut ics = Ics::begin("Haven: Loft");
        ics.event(&AllDay {
            uid: "booking-1@haven",
            stamp: "20261201T100000Z",
            from: date!(2026 - 12 - 24),
            to: date!(2026 - 12 - 27),
            summary: "Reserved",
        });
        let text = ics.end();
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.contains("\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }
}
