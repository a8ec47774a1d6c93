//! The server's formatters: ICU4X with its compiled CLDR data, one formatter per language
//! and style, made once.

use super::DateStyle;
use crate::app::i18n::Locale;
use crate::app::types::stay::Day;
use fixed_decimal::Decimal;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_locale_core::Locale as IcuLocale;
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use writeable::Writeable;

fn icu_locale(locale: Locale) -> IcuLocale {
    locale.format_tag().parse().expect("shipped tags are valid")
}

/// Formatters are costly to make and cheap to use: one per language (and style), kept.
fn cached<K: std::hash::Hash + Eq + Copy, V: Send + Sync + 'static>(
    cache: &'static LazyLock<Mutex<HashMap<K, &'static V>>>,
    key: K,
    make: impl FnOnce() -> V,
) -> &'static V {
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(key)
        .or_insert_with(|| Box::leak(Box::new(make())))
}

static DECIMALS: LazyLock<Mutex<HashMap<Locale, &'static DecimalFormatter>>> =
    LazyLock::new(Default::default);
type MoneyFormatter = CurrencyFormatter<DecimalFormatter>;

static CURRENCIES: LazyLock<Mutex<HashMap<(Locale, CurrencyType), &'static MoneyFormatter>>> =
    LazyLock::new(Default::default);

fn decimals(locale: Locale) -> &'static DecimalFormatter {
    cached(&DECIMALS, locale, || {
        DecimalFormatter::try_new((&icu_locale(locale)).into(), Default::default())
            .expect("compiled data has every shipped language")
    })
}

/// `value` rounded to two decimals, without trailing zeros.
fn decimal(value: f64) -> Decimal {
    let hundredths = (value * 100.0).round() as i64;
    let mut d = Decimal::from(hundredths);
    d.multiply_pow10(-2);
    d.trim_end();
    d
}

pub fn number(locale: Locale, value: f64) -> String {
    decimals(locale)
        .format(&decimal(value))
        .write_to_string()
        .into_owned()
}

pub fn money(
    locale: Locale,
    minor: i64,
    digits: u32,
    shown: u32,
    currency: crate::app::types::Currency,
) -> String {
    let code = currency.code();
    let mut d = Decimal::from(minor);
    d.multiply_pow10(-(digits as i16));
    let Ok(currency) = CurrencyType::try_from_str(code) else {
        // Not reached with Haven's codes (all valid ISO 4217); the amount, not its minor
        // units, if it ever is.
        return format!("{} {code}", decimals(locale).format(&d).write_to_string());
    };
    let formatter = cached(&CURRENCIES, (locale, currency), || {
        CurrencyFormatter::try_new_symbol(
            (&icu_locale(locale)).into(),
            currency,
            Default::default(),
        )
        .expect("compiled data has every shipped language")
    });
    let full = formatter
        .format_fixed_decimal(&d)
        .write_to_string()
        .into_owned();
    if shown == digits {
        return full;
    }
    // ICU always writes the currency's minor digits ("$120.00"); a whole amount reads
    // better without them, as Intl's `minimumFractionDigits: 0` writes it. Put the number
    // without them in the same pattern.
    let mut padded = Decimal::from(minor.unsigned_abs());
    padded.multiply_pow10(-(digits as i16));
    padded.pad_end(-(digits as i16));
    let with_digits = decimals(locale)
        .format(&padded)
        .write_to_string()
        .into_owned();
    let mut whole = padded;
    whole.trim_end();
    let without = decimals(locale)
        .format(&whole)
        .write_to_string()
        .into_owned();
    full.replacen(&with_digits, &without, 1)
}

type DayFormatter = FixedCalendarDateTimeFormatter<Gregorian, fieldsets::enums::DateFieldSet>;
type PeriodFormatter =
    FixedCalendarDateTimeFormatter<Gregorian, fieldsets::enums::CalendarPeriodFieldSet>;

static DAYS: LazyLock<Mutex<HashMap<(Locale, DateStyle), &'static DayFormatter>>> =
    LazyLock::new(Default::default);
static PERIODS: LazyLock<Mutex<HashMap<(Locale, DateStyle), &'static PeriodFormatter>>> =
    LazyLock::new(Default::default);

pub fn day(locale: Locale, day: Day, style: DateStyle) -> String {
    use fieldsets::enums::{CalendarPeriodFieldSet as P, DateFieldSet as F};
    let Ok(date) = Date::try_new_gregorian(day.year, day.month as u8, day.day as u8) else {
        return day.iso();
    };
    let prefs = (&icu_locale(locale)).into();
    let fields = match style {
        DateStyle::DayMonth => F::MD(fieldsets::MD::medium()),
        DateStyle::WeekdayDayMonth => F::MDE(fieldsets::MDE::medium()),
        DateStyle::Date => F::YMD(fieldsets::YMD::medium()),
        DateStyle::LongDate => F::YMDE(fieldsets::YMDE::long()),
        DateStyle::Weekday => F::E(fieldsets::E::short()),
        DateStyle::MonthYear | DateStyle::Month | DateStyle::ShortMonth => {
            let period = match style {
                DateStyle::MonthYear => P::YM(fieldsets::YM::long()),
                DateStyle::Month => P::M(fieldsets::M::long()),
                _ => P::M(fieldsets::M::medium()),
            };
            let formatter = cached(&PERIODS, (locale, style), || {
                FixedCalendarDateTimeFormatter::try_new(prefs, period)
                    .expect("compiled data has every shipped language")
            });
            return formatter.format(&date).write_to_string().into_owned();
        }
    };
    let formatter = cached(&DAYS, (locale, style), || {
        FixedCalendarDateTimeFormatter::try_new(prefs, fields)
            .expect("compiled data has every shipped language")
    });
    formatter.format(&date).write_to_string().into_owned()
}
static TIMES: LazyLock<
    Mutex<HashMap<Locale, &'static FixedCalendarDateTimeFormatter<(), fieldsets::T>>>,
> = LazyLock::new(Default::default);

pub fn time_of_day(locale: Locale, hour: u8, minute: u8) -> String {
    let Ok(time) = icu_datetime::input::Time::try_new(hour, minute, 0, 0) else {
        return format!("{hour:02}:{minute:02}");
    };
    let formatter = cached(&TIMES, locale, || {
        FixedCalendarDateTimeFormatter::try_new((&icu_locale(locale)).into(), fieldsets::T::hm())
            .expect("compiled data has every shipped language")
    });
    formatter.format(&time).write_to_string().into_owned()
}
