//! Languages: every string a person reads is a Fluent message (`locales/<tag>/*.ftl`), and
//! every number, amount and date is formatted for the reader's language.
//!
//! The server chooses the language of each request (`server::http::locale`: the `?lang=`
//! of a shared link, the account's preference, the language picker's cookie, then
//! `Accept-Language`) and renders the page in it, `<html lang dir>` included; the browser
//! reads it back from `<html lang>` when it hydrates. Changing language is a form post that
//! reloads the page, with or without JavaScript.

mod alternates;
pub mod catalog;
pub mod format;
mod locale;
mod moment;
mod picker;
mod prices;

pub use alternates::Alternates;
pub use catalog::Args;
pub use format::DateStyle;
pub use locale::{Direction, Locale};
pub use moment::{
    ReaderZone, ZoneMeta, moment, moment_in, page_zone, remember_browser_zone, valid_zone,
};
pub use picker::{LANGUAGE_ROUTE, LanguagePicker};
pub use prices::{CURRENCY_ROUTE, CurrencyPicker, PricesMeta, page_prices, price};

use leptos::prelude::*;

/// The language of what is being rendered or answered: the page's (a context the app
/// provides), else the request's (a server function's), else English.
pub fn locale() -> Locale {
    if let Some(locale) = use_context::<Locale>() {
        return locale;
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>()
        && let Some(locale) = parts.extensions.get::<Locale>()
    {
        return *locale;
    }
    Locale::En
}

/// The page's language when the app starts: the request's on the server, `<html lang>` in
/// the browser (which the server wrote).
pub fn page_locale() -> Locale {
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Locale::from_tag(&tag))
            .unwrap_or_default()
    }
    #[cfg(feature = "ssr")]
    {
        locale()
    }
}

/// A message in the current language: `tr!("nav-sign-in")`, or with arguments,
/// `tr!("search-results", count = 12, city = name)`. Keys are literals, so a test can
/// check that each one exists in every language.
#[macro_export]
macro_rules! tr {
    ($key:literal $(,)?) => {
        $crate::app::i18n::catalog::text($crate::app::i18n::locale(), $key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::app::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::app::i18n::catalog::text($crate::app::i18n::locale(), $key, Some(&args))
    }};
}

/// A message in a given language (e-mails, which go out in the recipient's):
/// `tr_in!(locale, "mail-subject", code = code)`.
#[macro_export]
macro_rules! tr_in {
    ($locale:expr, $key:literal $(,)?) => {
        $crate::app::i18n::catalog::text($locale, $key, None)
    };
    ($locale:expr, $key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::app::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::app::i18n::catalog::text($locale, $key, Some(&args))
    }};
}

/// A message whose key is chosen at run time from a fixed set (an error's, a status's):
/// the key's function returns literals, so the tests still see each one.
pub fn message(key: &'static str) -> String {
    catalog::text(locale(), key, None)
}

/// An amount in the current language.
pub fn money(m: crate::app::types::Money) -> String {
    format::money(locale(), m)
}

/// A day (`YYYY-MM-DD`) in the current language.
pub fn date(iso: &str, style: DateStyle) -> String {
    format::iso_day(locale(), iso, style)
}

/// A number in the current language.
pub fn number(n: f64) -> String {
    format::number(locale(), n)
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
