//! The browser's formatters: its own `Intl` (the same CLDR data the server's ICU4X has),
//! one formatter per language and style, made once.

use super::DateStyle;
use crate::app::i18n::Locale;
use crate::app::types::stay::Day;
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Number,
    Money(&'static str, u32),
    Day(DateStyle),
    Time,
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<(Locale, Kind), Function>> = RefCell::new(HashMap::new());
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn make(locale: Locale, kind: Kind) -> Function {
    let locales = Array::of1(&JsValue::from_str(locale.format_tag()));
    let s = |v: &str| JsValue::from_str(v);
    match kind {
        Kind::Number => Intl::NumberFormat::new(
            &locales,
            &options(&[("maximumFractionDigits", JsValue::from(2))]),
        )
        .format(),
        Kind::Money(code, shown) => Intl::NumberFormat::new(
            &locales,
            &options(&[
                ("style", s("currency")),
                ("currency", s(code)),
                ("minimumFractionDigits", JsValue::from(shown)),
                ("maximumFractionDigits", JsValue::from(shown)),
            ]),
        )
        .format(),
        Kind::Day(style) => {
            let mut pairs = vec![("timeZone", s("UTC"))];
            pairs.extend(match style {
                DateStyle::DayMonth => vec![("month", s("short")), ("day", s("numeric"))],
                DateStyle::WeekdayDayMonth => vec![
                    ("weekday", s("short")),
                    ("month", s("short")),
                    ("day", s("numeric")),
                ],
                DateStyle::Date => vec![
                    ("year", s("numeric")),
                    ("month", s("short")),
                    ("day", s("numeric")),
                ],
                DateStyle::LongDate => vec![
                    ("weekday", s("long")),
                    ("year", s("numeric")),
                    ("month", s("long")),
                    ("day", s("numeric")),
                ],
                DateStyle::MonthYear => vec![("year", s("numeric")), ("month", s("long"))],
                DateStyle::Month => vec![("month", s("long"))],
                DateStyle::ShortMonth => vec![("month", s("short"))],
                DateStyle::Weekday => vec![("weekday", s("short"))],
            });
            Intl::DateTimeFormat::new(&locales, &options(&pairs)).format()
        }
        Kind::Time => Intl::DateTimeFormat::new(
            &locales,
            &options(&[
                ("timeZone", s("UTC")),
                ("hour", s("numeric")),
                ("minute", s("2-digit")),
            ]),
        )
        .format(),
    }
}

fn format(locale: Locale, kind: Kind, value: &JsValue) -> String {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let f = cache
            .entry((locale, kind))
            .or_insert_with(|| make(locale, kind));
        f.call1(&JsValue::NULL, value)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    })
}

pub fn number(locale: Locale, value: f64) -> String {
    format(locale, Kind::Number, &JsValue::from_f64(value))
}

pub fn money(
    locale: Locale,
    minor: i64,
    digits: u32,
    shown: u32,
    currency: crate::app::types::Currency,
) -> String {
    let code = currency.code();
    let value = minor as f64 / 10_f64.powi(digits as i32);
    format(locale, Kind::Money(code, shown), &JsValue::from_f64(value))
}

pub fn day(locale: Locale, day: Day, style: DateStyle) -> String {
    let utc =
        Date::utc(day.year as f64, day.month as f64 - 1.0) + (day.day as f64 - 1.0) * 86_400_000.0;
    format(
        locale,
        Kind::Day(style),
        &Date::new(&JsValue::from_f64(utc)).into(),
    )
}

pub fn time_of_day(locale: Locale, hour: u8, minute: u8) -> String {
    let utc = (hour as f64 * 60.0 + minute as f64) * 60_000.0;
    format(
        locale,
        Kind::Time,
        &Date::new(&JsValue::from_f64(utc)).into(),
    )
}
