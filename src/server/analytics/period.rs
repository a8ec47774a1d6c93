//! The period a host asks about, parsed once: a preset (`7d`, `30d`, `90d`, `365d`,
//! `next30`, `next90`), a month (`2026-11`) or a custom run of dates, and the two periods
//! it is compared with: the one just before, of the same length, and the same dates a year
//! earlier. Dates are listing-local nights; `to` is exclusive inside the server.

use crate::app::types::account::FieldError;
use crate::app::types::analytics::DateSpan;
use crate::app::types::stay::Day;
use time::{Date, Duration, Month};

/// The longest period asked about at once: two years of nights.
pub const MAX_NIGHTS: i64 = 731;

/// Nights `from` (included) to `to` (excluded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: Date,
    pub to: Date,
}

impl Range {
    pub fn nights(self) -> i64 {
        (self.to - self.from).whole_days()
    }

    /// The same length, just before.
    pub fn previous(self) -> Self {
        let len = self.to - self.from;
        Self {
            from: self.from - len,
            to: self.from,
        }
    }

    /// The same dates a year earlier (29 February becomes the 28th).
    pub fn year_earlier(self) -> Self {
        Self {
            from: year_back(self.from),
            to: year_back(self.to),
        }
    }

    /// The wire form: both dates included.
    pub fn span(self) -> DateSpan {
        DateSpan {
            from: self.from.to_string(),
            to: (self.to - Duration::days(1)).to_string(),
        }
    }
}

fn year_back(d: Date) -> Date {
    let year = d.year() - 1;
    Date::from_calendar_date(year, d.month(), d.day())
        .or_else(|_| Date::from_calendar_date(year, d.month(), d.day() - 1))
        .unwrap_or(d)
}

/// What the host chose, before it is placed around today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The last `n` nights, today's included.
    Last(i64),
    /// The next `n` nights from today: what is already booked.
    Next(i64),
    /// One calendar month.
    Month(i32, Month),
    Custom(Range),
}

impl Choice {
    /// Parses `period` (a preset or `YYYY-MM`), or else `from`/`to` (both included). With
    /// none of them, the last 30 days.
    pub fn parse(
        period: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Self, FieldError> {
        let period = period.map(str::trim).filter(|p| !p.is_empty());
        let from = from.map(str::trim).filter(|p| !p.is_empty());
        let to = to.map(str::trim).filter(|p| !p.is_empty());
        if let Some(p) = period {
            return Self::preset(p)
                .ok_or_else(|| FieldError::new("period", crate::tr!("dashboard-error-period")));
        }
        match (from, to) {
            (None, None) => Ok(Self::Last(30)),
            (Some(f), Some(t)) => {
                let bad = |field: &str| FieldError::new(field, crate::tr!("dashboard-error-date"));
                let from = Day::parse_date(f).ok_or_else(|| bad("from"))?;
                let last = Day::parse_date(t).ok_or_else(|| bad("to"))?;
                if last < from {
                    return Err(FieldError::new(
                        "to",
                        crate::tr!("dashboard-error-end-before-start"),
                    ));
                }
                let to = last + Duration::days(1);
                let range = Range { from, to };
                if range.nights() > MAX_NIGHTS {
                    return Err(FieldError::new(
                        "to",
                        crate::tr!("dashboard-error-too-long", days = MAX_NIGHTS),
                    ));
                }
                Ok(Self::Custom(range))
            }
            (None, Some(_)) => Err(FieldError::new(
                "from",
                crate::tr!("dashboard-error-first-date"),
            )),
            (Some(_), None) => Err(FieldError::new(
                "to",
                crate::tr!("dashboard-error-last-date"),
            )),
        }
    }

    fn preset(p: &str) -> Option<Self> {
        match p {
            "7d" => Some(Self::Last(7)),
            "30d" => Some(Self::Last(30)),
            "90d" => Some(Self::Last(90)),
            "365d" => Some(Self::Last(365)),
            "next30" => Some(Self::Next(30)),
            "next90" => Some(Self::Next(90)),
            month => {
                let first = Day::parse_date(&format!("{month}-01"))?;
                (month.len() == 7).then_some(Self::Month(first.year(), first.month()))
            }
        }
    }

    /// The nights it covers, with `today` the host's local date.
    pub fn range(self, today: Date) -> Range {
        match self {
            Self::Last(n) => Range {
                from: today - Duration::days(n - 1),
                to: today + Duration::days(1),
            },
            Self::Next(n) => Range {
                from: today,
                to: today + Duration::days(n),
            },
            Self::Month(year, month) => {
                let from = Date::from_calendar_date(year, month, 1).unwrap_or(today);
                let (ny, nm) = if month == Month::December {
                    (year + 1, Month::January)
                } else {
                    (year, month.next())
                };
                let to = Date::from_calendar_date(ny, nm, 1).unwrap_or(today);
                Range { from, to }
            }
            Self::Custom(r) => r,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn presets_and_months_place_around_today() {
        let today = date!(2026 - 12 - 06);
        let r = |p: &str| Choice::parse(Some(p), None, None).expect(p).range(today);
        assert_eq!(r("7d").nights(), 7);
        assert_eq!(r("7d").to, date!(2026 - 12 - 07), "today included");
        assert_eq!(r("next30").from, today);
        assert_eq!(r("next30").nights(), 30);
        let feb = r("2028-02");
        assert_eq!(
            (feb.from, feb.to),
            (date!(2028 - 02 - 01), date!(2028 - 03 - 01))
        );
        assert_eq!(r("2026-12").to, date!(2027 - 01 - 01));
        for bad in ["", "31d", "2026-13", "2026-1", "2026-11-01", "x"] {
            if bad.is_empty() {
                continue;
            }
            assert!(Choice::parse(Some(bad), None, None).is_err(), "{bad}");
        }
    }

    #[test]
    fn custom_ranges_include_both_ends_and_are_bounded() {
        let c = Choice::parse(None, Some("2026-11-01"), Some("2026-11-30")).expect("ok");
        let r = c.range(date!(2026 - 12 - 06));
        assert_eq!(r.nights(), 30);
        assert_eq!(r.span().to, "2026-11-30");
        let field = |f: Option<&str>, t: Option<&str>| {
            Choice::parse(None, f, t).expect_err("refused").field
        };
        assert_eq!(field(Some("2026-11-30"), Some("2026-11-01")), "to");
        assert_eq!(field(Some("2026-02-30"), Some("2026-03-01")), "from");
        assert_eq!(field(None, Some("2026-03-01")), "from");
        assert_eq!(field(Some("2020-01-01"), Some("2026-03-01")), "to");
        assert_eq!(Choice::parse(None, None, None), Ok(Choice::Last(30)));
    }

    #[test]
    fn comparisons_are_the_period_before_and_a_year_earlier() {
        let r = Range {
            from: date!(2028 - 02 - 01),
            to: date!(2028 - 03 - 01),
        };
        assert_eq!(
            r.previous(),
            Range {
                from: date!(2028 - 01 - 03),
                to: date!(2028 - 02 - 01)
            }
        );
        assert_eq!(r.year_earlier().from, date!(2027 - 02 - 01));
        let leap = Range {
            from: date!(2028 - 02 - 29),
            to: date!(2028 - 03 - 01),
        };
        assert_eq!(leap.year_earlier().from, date!(2027 - 02 - 28));
    }
}
