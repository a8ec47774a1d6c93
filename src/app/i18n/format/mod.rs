//! Numbers, amounts and dates as each language writes them. The server formats with ICU4X
//! (`icu`), the browser with its own `Intl` (`intl`): both are CLDR, so a page rendered on
//! one side reads the same when the other re-renders it, and the WASM carries no CLDR data.

#[cfg(feature = "ssr")]
mod icu;
#[cfg(not(feature = "ssr"))]
mod intl;

#[cfg(feature = "ssr")]
use icu as backend;
#[cfg(not(feature = "ssr"))]
use intl as backend;

use super::Locale;
use crate::app::types::Money;
use crate::app::types::stay::Day;

/// How much of a date to show. English examples; each language orders and abbreviates its
/// own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// "Dec 7"
    DayMonth,
    /// "Mon, Dec 7"
    WeekdayDayMonth,
    /// "Dec 7, 2026"
    Date,
    /// "Monday, December 7, 2026"
    LongDate,
    /// "December 2026"
    MonthYear,
    /// "December"
    Month,
    /// "Dec"
    ShortMonth,
    /// "Mon"
    Weekday,
}

/// A number with at most two decimals, grouped: "1,234.5" (en), "1234,5" (es), "1 234,5" (fr).
pub fn number(locale: Locale, value: f64) -> String {
    if !value.is_finite() {
        return String::new();
    }
    backend::number(locale, value)
}

/// A whole number, grouped.
pub fn integer(locale: Locale, value: i64) -> String {
    backend::number(locale, value as f64)
}

/// An amount with its currency, as the language writes it: "$1,234.50", "1234,50 US$",
/// "1 234,50 $US". Whole amounts drop their minor digits ("$120").
pub fn money(locale: Locale, money: Money) -> String {
    let digits = money.currency.minor_digits();
    let scale = 10_i64.pow(digits);
    let whole = money.amount_minor % scale == 0;
    backend::money(
        locale,
        money.amount_minor,
        digits,
        if whole { 0 } else { digits },
        money.currency,
    )
}

/// A calendar day in `style`.
pub fn day(locale: Locale, day: Day, style: DateStyle) -> String {
    backend::day(locale, day, style)
}

/// A calendar day given as `YYYY-MM-DD`; the text itself when it is not one.
pub fn iso_day(locale: Locale, iso: &str, style: DateStyle) -> String {
    match Day::parse(iso) {
        Some(d) => day(locale, d, style),
        None => iso.to_owned(),
    }
}

/// A time of day ("3:00 PM", "15:00"), from hours and minutes.
pub fn time_of_day(locale: Locale, hour: u8, minute: u8) -> String {
    backend::time_of_day(locale, hour.min(23), minute.min(59))
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
