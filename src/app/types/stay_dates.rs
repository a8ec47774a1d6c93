//! The dates of a stay, parsed once where they arrive (the search's URL, a quote, a
//! booking) and trusted from then on: check-in before check-out, at most a year long.
//!
//! Plain [`Day`]s rather than `time::Date`, because the browser build has no date library;
//! the server converts with [`StayDates::to_dates`].

use super::account::FieldError;
use super::stay::Day;
use crate::tr;

/// The longest stay anyone may ask for.
pub const MAX_NIGHTS: i64 = 365;
/// How far ahead of today a stay may start.
pub const MAX_DAYS_AHEAD: i64 = 730;

/// A check-in day strictly before its check-out day, at most [`MAX_NIGHTS`] apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StayDates {
    check_in: Day,
    check_out: Day,
}

impl StayDates {
    /// The only way to a `StayDates`: fails (naming `check_out`) unless the stay lasts
    /// from one to [`MAX_NIGHTS`] nights.
    pub fn new(check_in: Day, check_out: Day) -> Result<Self, FieldError> {
        let nights = check_in.days_until(&check_out);
        if nights <= 0 {
            Err(FieldError::new("check_out", tr!("catalog-dates-order")))
        } else if nights > MAX_NIGHTS {
            Err(FieldError::new(
                "check_out",
                tr!("catalog-dates-too-long", max = MAX_NIGHTS),
            ))
        } else {
            Ok(Self {
                check_in,
                check_out,
            })
        }
    }

    /// Parses the two ISO fields (`YYYY-MM-DD`) of a stay a guest may ask for `today`: not
    /// in the past (a day's grace, since `today` is UTC and the listing's day may be
    /// earlier) and starting at most [`MAX_DAYS_AHEAD`] days ahead. `Ok(None)` when both
    /// are absent or blank; otherwise the first problem, naming its field.
    pub fn parse(
        check_in: Option<&str>,
        check_out: Option<&str>,
        today: Day,
    ) -> Result<Option<Self>, FieldError> {
        let day = |raw: Option<&str>| match raw.map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => Day::parse(s).map(Some).ok_or(()),
        };
        let (check_in, check_out) = match (day(check_in), day(check_out)) {
            (Ok(None), Ok(None)) => return Ok(None),
            (Err(()), _) => {
                return Err(FieldError::new(
                    "check_in",
                    tr!("catalog-dates-check-in-format"),
                ));
            }
            (_, Err(())) => {
                return Err(FieldError::new(
                    "check_out",
                    tr!("catalog-dates-check-out-format"),
                ));
            }
            (Ok(Some(_)), Ok(None)) => {
                return Err(FieldError::new(
                    "check_out",
                    tr!("catalog-dates-check-out-missing"),
                ));
            }
            (Ok(None), Ok(Some(_))) => {
                return Err(FieldError::new(
                    "check_in",
                    tr!("catalog-dates-check-in-missing"),
                ));
            }
            (Ok(Some(a)), Ok(Some(b))) => (a, b),
        };
        let stay = Self::new(check_in, check_out)?;
        let ahead = today.days_until(&check_in);
        if ahead < -1 {
            Err(FieldError::new("check_in", tr!("catalog-dates-past")))
        } else if ahead > MAX_DAYS_AHEAD {
            Err(FieldError::new("check_in", tr!("catalog-dates-too-far")))
        } else {
            Ok(Some(stay))
        }
    }

    pub fn check_in(&self) -> Day {
        self.check_in
    }

    pub fn check_out(&self) -> Day {
        self.check_out
    }

    pub fn nights(&self) -> i64 {
        self.check_in.days_until(&self.check_out)
    }

    /// The server's dates. Every parsed [`Day`] has a four-digit year, which `time`
    /// always represents, so the error (reported as a malformed date) cannot happen.
    #[cfg(feature = "ssr")]
    pub fn to_dates(&self) -> Result<(time::Date, time::Date), FieldError> {
        let check_in = self
            .check_in
            .to_date()
            .ok_or_else(|| FieldError::new("check_in", tr!("catalog-dates-check-in-format")))?;
        let check_out = self
            .check_out
            .to_date()
            .ok_or_else(|| FieldError::new("check_out", tr!("catalog-dates-check-out-format")))?;
        Ok((check_in, check_out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Day = Day {
        year: 2026,
        month: 11,
        day: 22,
    };

    fn parse(a: &str, b: &str) -> Result<Option<StayDates>, FieldError> {
        StayDates::parse(Some(a), Some(b), TODAY)
    }

    fn refused(a: &str, b: &str) -> (String, String) {
        let e = parse(a, b).expect_err("refused");
        (e.field, e.message)
    }

    fn day(iso: &str) -> Day {
        Day::parse(iso).expect("a day")
    }

    #[test]
    fn a_stay_is_one_to_365_nights_forward() {
        let ok = StayDates::new(day("2026-12-10"), day("2026-12-13")).expect("valid");
        assert_eq!(ok.nights(), 3);
        assert_eq!(
            (ok.check_in().iso(), ok.check_out().iso()),
            ("2026-12-10".into(), "2026-12-13".into())
        );
        assert!(StayDates::new(day("2026-12-10"), day("2026-12-10")).is_err());
        assert!(StayDates::new(day("2026-12-10"), day("2026-12-09")).is_err());
        assert!(StayDates::new(day("2026-12-10"), day("2027-12-10")).is_ok());
        assert!(StayDates::new(day("2026-12-10"), day("2027-12-11")).is_err());
    }

    #[test]
    fn absent_dates_are_no_stay_and_half_a_stay_is_named() {
        assert_eq!(StayDates::parse(None, Some(" "), TODAY), Ok(None));
        assert_eq!(
            StayDates::parse(Some("2026-12-10"), None, TODAY).map_err(|e| e.message),
            Err("Choose a check-out date too.".into())
        );
        assert_eq!(
            StayDates::parse(None, Some("2026-12-10"), TODAY).map_err(|e| e.field),
            Err("check_in".into())
        );
    }

    #[test]
    fn each_problem_names_its_field_with_the_message_guests_see() {
        let cases = [
            (
                ("2026-13-01", "2026-12-03"),
                ("check_in", "Enter the check-in date as YYYY-MM-DD."),
            ),
            (
                ("2026-12-1", "2026-12-03"),
                ("check_in", "Enter the check-in date as YYYY-MM-DD."),
            ),
            (
                ("2026-12-01", "tomorrow"),
                ("check_out", "Enter the check-out date as YYYY-MM-DD."),
            ),
            (
                ("2026-12-10", "2026-12-10"),
                ("check_out", "Check-out must be after check-in."),
            ),
            (
                ("2026-12-10", "2028-01-01"),
                ("check_out", "A stay can last at most 365 nights."),
            ),
            (
                ("2020-01-01", "2020-01-03"),
                ("check_in", "Check-in cannot be in the past."),
            ),
            (
                ("2028-11-22", "2028-11-23"),
                ("check_in", "Check-in can be at most two years ahead."),
            ),
        ];
        for ((a, b), (field, message)) in cases {
            assert_eq!(refused(a, b), (field.into(), message.into()), "{a} → {b}");
        }
    }

    #[test]
    fn yesterday_is_allowed_for_time_zones_behind_utc() {
        assert!(parse("2026-11-21", "2026-11-23").is_ok());
        assert!(parse("2026-11-20", "2026-11-23").is_err());
        assert!(
            parse(" 2028-11-21 ", "2028-11-22").is_ok(),
            "two years ahead"
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_server_gets_the_same_dates() {
        let stay = parse("2026-12-10", "2026-12-13")
            .ok()
            .flatten()
            .expect("valid");
        let (a, b) = stay.to_dates().expect("dates");
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2026-12-10".into(), "2026-12-13".into())
        );
        assert_eq!((b - a).whole_days(), stay.nights());
    }
}
