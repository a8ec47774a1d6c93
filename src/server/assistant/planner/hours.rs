//! Weekly opening hours.

use serde::{Deserialize, Serialize};
use time::{Date, Weekday};

/// Minutes in a day; the latest allowed closing time.
pub const MINUTES_PER_DAY: u16 = 24 * 60;

/// Opening hours for each weekday.
///
/// `days[0]` is Monday, …, `days[6]` is Sunday. Each day holds a list of
/// `(open, close)` intervals in minutes after local midnight. `close` may be
/// at most 1440 (midnight at the end of the day); intervals never run past
/// midnight. `(0, 1440)` means open all day, an empty list means closed.
/// A visit fits only if it lies entirely inside one interval: two touching
/// intervals such as `(600, 720)` and `(720, 900)` are not merged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyHours {
    pub days: [Vec<(u16, u16)>; 7],
}

impl WeeklyHours {
    /// Closed every day.
    pub fn closed() -> Self {
        Self::default()
    }

    /// Open around the clock every day.
    pub fn always_open() -> Self {
        Self::daily(0, MINUTES_PER_DAY)
    }

    /// The same single interval every day.
    pub fn daily(open: u16, close: u16) -> Self {
        Self {
            days: std::array::from_fn(|_| vec![(open, close)]),
        }
    }

    /// Builder: replaces the intervals of one weekday.
    pub fn with_day(mut self, weekday: Weekday, intervals: Vec<(u16, u16)>) -> Self {
        self.days[weekday.number_days_from_monday() as usize] = intervals;
        self
    }

    /// The intervals for a weekday.
    pub fn intervals(&self, weekday: Weekday) -> &[(u16, u16)] {
        &self.days[weekday.number_days_from_monday() as usize]
    }

    /// True if a visit from `start_min` to `end_min` (minutes after midnight
    /// on `date`) lies inside a single opening interval of that date's
    /// weekday: `open <= start_min`, `end_min <= close`. The visit must not
    /// end before it starts or run past midnight. Malformed intervals
    /// (`open >= close`) never match.
    pub fn fits(&self, date: Date, start_min: u16, end_min: u16) -> bool {
        if start_min > end_min || end_min > MINUTES_PER_DAY {
            return false;
        }
        self.intervals(date.weekday())
            .iter()
            .any(|&(open, close)| open < close && open <= start_min && end_min <= close)
    }
}
