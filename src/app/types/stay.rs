//! A stay's price quote and a listing's availability calendar, as they cross the wire.
//! Dates are ISO strings (`YYYY-MM-DD`): the listing's local dates.

use super::money::Money;
use serde::{Deserialize, Serialize};

/// What a stay costs, line by line. Computed on the server only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Quote {
    pub listing_id: i64,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_in: String,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_out: String,
    pub nights: i32,
    pub guests: i32,
    /// Every night and its price.
    pub nightly: Vec<NightPrice>,
    /// "3 nights", a discount (negative), cleaning fee, service fee, taxes.
    pub lines: Vec<QuoteLine>,
    pub total: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NightPrice {
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub date: String,
    pub price: Money,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct QuoteLine {
    pub label: String,
    pub amount: Money,
}

/// Which nights a listing can be booked, from `from` (inclusive) to `to` (exclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Availability {
    pub listing_id: i64,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub from: String,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub to: String,
    pub min_nights: i32,
    pub max_nights: i32,
    /// Nights no stay may include: `[from, to)` ranges, sorted, merged.
    pub unavailable: Vec<DateRange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DateRange {
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub from: String,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub to: String,
}

/// What choosing a day on the calendar does, given the stay chosen so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayChoice {
    /// Start a stay here (check-in).
    CheckIn(String),
    /// End the chosen stay here (check-out): `(check_in, check_out)`.
    CheckOut(String, String),
    /// Nothing: the night is taken, in the past, or ends a stay the rules refuse.
    None,
}

impl Availability {
    /// Whether every night of `[from, to)` is free.
    pub fn range_is_free(&self, from: &str, to: &str) -> bool {
        from >= self.from.as_str()
            && to <= self.to.as_str()
            && self
                .unavailable
                .iter()
                .all(|r| r.to.as_str() <= from || r.from.as_str() >= to)
    }

    /// The date-range picker's rule: with only a check-in chosen, a later day ends the stay
    /// when every night between is free and the length is within the listing's limits;
    /// otherwise a free day starts a new stay.
    pub fn choice(&self, day: &Day, check_in: Option<&str>, check_out: Option<&str>) -> DayChoice {
        let iso = day.iso();
        if let (Some(ci), None) = (check_in, check_out)
            && let Some(start) = Day::parse(ci)
            && iso.as_str() > ci
        {
            let nights = start.days_until(day);
            if nights >= i64::from(self.min_nights)
                && nights <= i64::from(self.max_nights)
                && self.range_is_free(ci, &iso)
            {
                return DayChoice::CheckOut(ci.to_string(), iso);
            }
        }
        if self.is_free(&iso) {
            DayChoice::CheckIn(iso)
        } else {
            DayChoice::None
        }
    }

    /// Whether the night of `date` (ISO) is free. ISO dates compare as strings.
    pub fn is_free(&self, date: &str) -> bool {
        date >= self.from.as_str()
            && date < self.to.as_str()
            && !self
                .unavailable
                .iter()
                .any(|r| date >= r.from.as_str() && date < r.to.as_str())
    }
}

/// A calendar date, enough for drawing month grids in the browser without a date library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// Parses exactly `YYYY-MM-DD`, a day that exists. The one date parser: the calendar
    /// reads the server's dates with it, and [`StayDates`](super::stay_dates::StayDates)
    /// what people type.
    pub fn parse(iso: &str) -> Option<Self> {
        let digits = |from: usize, to: usize| {
            iso.get(from..to)
                .filter(|s| s.bytes().all(|b| b.is_ascii_digit()))?
                .parse::<u32>()
                .ok()
        };
        if iso.len() != 10 || iso.get(4..5) != Some("-") || iso.get(7..8) != Some("-") {
            return None;
        }
        let year = i32::try_from(digits(0, 4)?).ok()?;
        let (month, day) = (digits(5, 7)?, digits(8, 10)?);
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Self { year, month, day })
    }

    /// The server's date of the same day.
    #[cfg(feature = "ssr")]
    pub fn from_date(date: time::Date) -> Self {
        Self {
            year: date.year(),
            month: u32::from(u8::from(date.month())),
            day: u32::from(date.day()),
        }
    }

    /// The server's date of a `YYYY-MM-DD` text (trimmed), by [`Day::parse`]: what the API
    /// and server functions use for a single date.
    #[cfg(feature = "ssr")]
    pub fn parse_date(iso: &str) -> Option<time::Date> {
        Self::parse(iso.trim())?.to_date()
    }

    /// The same day as the server's date; `None` for a day that does not exist or a year
    /// beyond ±9999.
    #[cfg(feature = "ssr")]
    pub fn to_date(self) -> Option<time::Date> {
        let month = time::Month::try_from(u8::try_from(self.month).ok()?).ok()?;
        time::Date::from_calendar_date(self.year, month, u8::try_from(self.day).ok()?).ok()
    }

    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(&self) -> u32 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse.
        let days = days_from_civil(self.year, self.month, self.day);
        (days + 3).rem_euclid(7) as u32
    }

    /// Whole days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(&self, other: &Day) -> i64 {
        days_from_civil(other.year, other.month, other.day)
            - days_from_civil(self.year, self.month, self.day)
    }

    /// The first day of the month `n` months after this day's month.
    pub fn month_start_plus(&self, n: u32) -> Self {
        let index = self.year * 12 + self.month as i32 - 1 + n as i32;
        Self {
            year: index.div_euclid(12),
            month: index.rem_euclid(12) as u32 + 1,
            day: 1,
        }
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_right() {
        assert_eq!(Day::parse("2026-11-22").map(|d| d.weekday()), Some(6)); // Sunday
        assert_eq!(Day::parse("2024-02-29").map(|d| d.weekday()), Some(3)); // Thursday
        assert_eq!(Day::parse("1970-01-01").map(|d| d.weekday()), Some(3));
        assert_eq!(Day::parse("2026-02-29"), None);
    }

    #[test]
    fn only_iso_days_parse() {
        assert_eq!(
            Day::parse("2024-02-29"),
            Some(Day {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        for bad in [
            "2026-1-05",
            "2026-01-5",
            "+2026-01-05",
            "26-01-05",
            "2026/01/05",
            "2026-01-05 ",
            "2026-00-10",
            "2026-04-31",
            "2026-+1-05",
            "",
            "tomorrow",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn days_convert_to_and_from_the_server_dates() {
        let d = time::macros::date!(2024 - 02 - 29);
        assert_eq!(Day::from_date(d).iso(), "2024-02-29");
        assert_eq!(Day::from_date(d).to_date(), Some(d));
        assert_eq!(
            Day {
                year: 2026,
                month: 2,
                day: 30
            }
            .to_date(),
            None
        );
    }

    #[test]
    fn months_roll_over_years() {
        let d = Day::parse("2026-11-22").unwrap_or(Day {
            year: 0,
            month: 1,
            day: 1,
        });
        assert_eq!(d.month_start_plus(2).iso(), "2027-01-01");
        assert_eq!(d.month_start_plus(0).iso(), "2026-11-01");
    }

    #[test]
    fn free_nights_exclude_held_ranges() {
        let a = Availability {
            listing_id: 1,
            from: "2026-11-22".into(),
            to: "2027-11-22".into(),
            min_nights: 1,
            max_nights: 30,
            unavailable: vec![DateRange {
                from: "2026-12-01".into(),
                to: "2026-12-05".into(),
            }],
        };
        assert!(a.is_free("2026-11-30"));
        assert!(!a.is_free("2026-12-01"));
        assert!(!a.is_free("2026-12-04"));
        assert!(
            a.is_free("2026-12-05"),
            "check-out day is free for the next guest"
        );
        assert!(!a.is_free("2026-11-21"), "before the window");
    }

    #[test]
    fn the_picker_starts_then_ends_a_stay_within_the_rules() {
        let a = Availability {
            listing_id: 1,
            from: "2026-12-01".into(),
            to: "2027-03-01".into(),
            min_nights: 2,
            max_nights: 5,
            unavailable: vec![DateRange {
                from: "2026-12-10".into(),
                to: "2026-12-12".into(),
            }],
        };
        let d = |s: &str| Day::parse(s).expect("day");
        assert_eq!(
            a.choice(&d("2026-12-05"), None, None),
            DayChoice::CheckIn("2026-12-05".into())
        );
        assert_eq!(a.choice(&d("2026-12-10"), None, None), DayChoice::None);
        let ci = Some("2026-12-05");
        // One night is under the minimum: that day starts a new stay instead.
        assert_eq!(
            a.choice(&d("2026-12-06"), ci, None),
            DayChoice::CheckIn("2026-12-06".into())
        );
        assert_eq!(
            a.choice(&d("2026-12-07"), ci, None),
            DayChoice::CheckOut("2026-12-05".into(), "2026-12-07".into())
        );
        // Checking out on a taken day is fine (it is a morning)...
        assert_eq!(
            a.choice(&d("2026-12-10"), ci, None),
            DayChoice::CheckOut("2026-12-05".into(), "2026-12-10".into())
        );
        // ...staying across taken nights or beyond the maximum is not.
        assert_eq!(
            a.choice(&d("2026-12-13"), ci, None),
            DayChoice::CheckIn("2026-12-13".into())
        );
        assert_eq!(a.choice(&d("2026-12-11"), ci, None), DayChoice::None);
        assert_eq!(d("2026-12-05").days_until(&d("2027-01-05")), 31);
    }
}
