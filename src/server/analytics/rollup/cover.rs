//! How a period is read from the roll-ups with the fewest rows: the whole calendar months
//! in it (`listing_months`), then at each edge the nearer of the two ways to finish it in
//! days (`listing_days`): add the days of a month the period only partly covers, or take
//! that whole month and subtract the days outside the period. A year ending on the 7th
//! reads 7 days at each end, not 24 and 7.

use super::refresh::{first_of_month, next_month};
use crate::server::analytics::period::Range;

/// A period as whole months plus days added and days subtracted (each a run of days,
/// possibly empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cover {
    /// First days of the months `from` (included) to `to` (excluded).
    pub months: Range,
    pub add: [Range; 2],
    pub subtract: [Range; 2],
}

impl Cover {
    pub fn of(period: Range) -> Self {
        let empty = Range {
            from: period.from,
            to: period.from,
        };
        let run = |from, to| Range { from, to };
        let (first, last) = (first_of_month(period.from), first_of_month(period.to));
        if first == last || period.from >= period.to {
            // Within one month: its days, unless that month less the days outside is fewer.
            let whole = next_month(first);
            let outside = (period.from - first) + (whole - period.to);
            return if period.from < period.to && outside < period.to - period.from {
                Self {
                    months: run(first, whole),
                    add: [empty; 2],
                    subtract: [run(first, period.from), run(period.to, whole)],
                }
            } else {
                Self {
                    months: run(first, first),
                    add: [period, empty],
                    subtract: [empty; 2],
                }
            };
        }
        let (mut months, mut add, mut subtract) = (run(first, last), [empty; 2], [empty; 2]);
        if period.from != first {
            let (before, after) = (period.from - first, next_month(first) - period.from);
            if before < after {
                subtract[0] = run(first, period.from);
            } else {
                months.from = next_month(first);
                add[0] = run(period.from, months.from);
            }
        }
        if period.to != last {
            let (inside, beyond) = (period.to - last, next_month(last) - period.to);
            if beyond < inside {
                months.to = next_month(last);
                subtract[1] = run(period.to, months.to);
            } else {
                add[1] = run(last, period.to);
            }
        }
        Self {
            months,
            add,
            subtract,
        }
    }

    /// Days read: those in the runs, and a month row counted as one.
    #[cfg(test)]
    fn rows(&self) -> i64 {
        let days = |r: &Range| r.nights().max(0);
        let mut months = 0;
        let mut m = self.months.from;
        while m < self.months.to {
            months += 1;
            m = next_month(m);
        }
        self.add.iter().chain(&self.subtract).map(days).sum::<i64>() + months
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::{Date, Duration, macros::date};

    /// How many times the cover counts `day`: months and added days once, subtracted days
    /// minus once.
    fn counted(c: &Cover, day: Date) -> i64 {
        let inside = |r: &Range| i64::from(r.from <= day && day < r.to);
        let month = Range {
            from: first_of_month(day),
            to: next_month(first_of_month(day)),
        };
        let whole = i64::from(c.months.from <= month.from && month.from < c.months.to);
        whole + c.add.iter().map(inside).sum::<i64>() - c.subtract.iter().map(inside).sum::<i64>()
    }

    #[test]
    fn every_period_is_counted_exactly_once_and_nothing_else() {
        let start = date!(2024 - 01 - 01);
        for a in (0..800).step_by(7) {
            for len in [
                0, 1, 2, 6, 7, 13, 27, 28, 30, 31, 45, 89, 90, 364, 365, 366, 400,
            ] {
                for shift in [0, 3] {
                    let from = start + Duration::days(a + shift);
                    let period = Range {
                        from,
                        to: from + Duration::days(len),
                    };
                    let c = Cover::of(period);
                    let around = Range {
                        from: period.from - Duration::days(40),
                        to: period.to + Duration::days(40),
                    };
                    let mut day = around.from;
                    while day < around.to {
                        let want = i64::from(period.from <= day && day < period.to);
                        assert_eq!(counted(&c, day), want, "{period:?} {c:?} {day}");
                        day += Duration::days(1);
                    }
                    assert!(c.months.from <= c.months.to, "{period:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn the_nearer_side_is_read() {
        // A year to 7 December: 7 days subtracted at the start, 7 added at the end.
        let c = Cover::of(Range {
            from: date!(2025 - 12 - 08),
            to: date!(2026 - 12 - 08),
        });
        assert_eq!(c.months.from, date!(2025 - 12 - 01));
        assert_eq!(c.months.to, date!(2026 - 12 - 01));
        assert_eq!(c.rows(), 12 + 7 + 7);
        // A month and a day: the month and the day.
        let c = Cover::of(Range {
            from: date!(2026 - 03 - 01),
            to: date!(2026 - 04 - 02),
        });
        assert_eq!(c.rows(), 2);
        // Most of one month: the month less three days.
        let c = Cover::of(Range {
            from: date!(2026 - 03 - 02),
            to: date!(2026 - 03 - 30),
        });
        assert_eq!(c.rows(), 1 + 3);
    }
}
