//! The server's formats for each shipped language (the browser's `Intl` is checked by the
//! end-to-end journeys, which read the same pages after it re-renders them).

use super::*;
use crate::app::types::Currency;

#[test]
fn numbers_group_per_language() {
    assert_eq!(number(Locale::En, 1234567.5), "1,234,567.5");
    assert_eq!(number(Locale::Es, 1234567.5), "1.234.567,5");
    assert_eq!(number(Locale::Fr, 1234.25), "1\u{202f}234,25");
    assert_eq!(number(Locale::Es, 1234.0), "1234");
    assert_eq!(integer(Locale::Ar, 1234), "1,234");
}

#[test]
fn amounts_name_their_currency_per_language() {
    let usd = |minor| Money::new(minor, Currency::Usd);
    let eur = |minor| Money::new(minor, Currency::Eur);
    assert_eq!(money(Locale::En, usd(123_450)), "$1,234.50");
    assert_eq!(money(Locale::En, usd(12_000)), "$120");
    assert_eq!(money(Locale::Es, eur(123_450)), "1234,50\u{a0}€");
    assert_eq!(money(Locale::Fr, eur(12_000)), "120\u{a0}€");
    assert_eq!(money(Locale::Fr, usd(12_000)), "120\u{a0}$US");
    assert_eq!(money(Locale::Es, usd(12_000)), "120\u{a0}US$");
    assert_eq!(money(Locale::En, usd(-2_550)), "-$25.50");
}

#[test]
fn dates_are_written_per_language() {
    let d = Day::parse("2026-12-07").expect("a day");
    assert_eq!(day(Locale::En, d, DateStyle::Date), "Dec 7, 2026");
    assert_eq!(day(Locale::Es, d, DateStyle::Date), "7 dic 2026");
    assert_eq!(day(Locale::Fr, d, DateStyle::Date), "7 déc. 2026");
    assert_eq!(day(Locale::En, d, DateStyle::DayMonth), "Dec 7");
    assert_eq!(
        day(Locale::Fr, d, DateStyle::LongDate),
        "lundi 7 décembre 2026"
    );
    assert_eq!(
        day(Locale::Es, d, DateStyle::MonthYear),
        "diciembre de 2026"
    );
    assert_eq!(day(Locale::En, d, DateStyle::Weekday), "Mon");
    assert_eq!(
        iso_day(Locale::En, "not a date", DateStyle::Date),
        "not a date"
    );
}

#[test]
fn times_of_day_follow_the_language_clock() {
    assert_eq!(time_of_day(Locale::En, 15, 0), "3:00\u{202f}PM");
    assert_eq!(time_of_day(Locale::Fr, 15, 0), "15:00");
    assert!(time_of_day(Locale::Es, 9, 30).ends_with("9:30"));
    assert_eq!(time_of_day(Locale::Fr, 9, 30), "09:30");
}
