//! The language of each request, and the language picker's form.
//!
//! A request's language is, in order: the `?lang=` of the address (the `hreflang`
//! alternates, a shared link), the signed-in account's preference, the picker's cookie,
//! then the browser's `Accept-Language`; English when none names a shipped language. It is
//! chosen here, before the page renders, so the first paint is already in it.

use crate::app::i18n::{Locale, ReaderZone, valid_zone};
use crate::app::types::account::local_path;
use crate::app::types::currency::{Currency, DisplayPrices};
use crate::server::accounts::auth::{AccountPrefs, current};
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, COOKIE, SET_COOKIE, VARY,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use serde::Deserialize;

/// The picker's cookie: a shipped language's tag.
pub const COOKIE_NAME: &str = "haven.lang";
/// The currency picker's cookie: an ISO 4217 code, or `none` (each price in its own).
pub const CURRENCY_COOKIE: &str = "haven.currency";

/// Puts the request's [`Locale`] in its extensions, where pages and server functions read
/// it, and says on an HTML answer which language it is in and what it depended on.
pub async fn negotiate(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let locale = choose(&mut parts, &state).await;
    remember(&parts, &state, locale).await;
    parts.extensions.insert(locale);
    let prices = DisplayPrices {
        currency: display_currency(&parts),
        rates: crate::server::currency::current::rates(&state).await,
    };
    parts.extensions.insert(prices);
    let zone = reader_zone(&parts);
    parts.extensions.insert(zone);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if html {
        let headers = response.headers_mut();
        headers.insert(CONTENT_LANGUAGE, HeaderValue::from_static(locale.tag()));
        headers.append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}

async fn choose(parts: &mut Parts, state: &AppState) -> Locale {
    if let Some(locale) = query_language(parts.uri.query()) {
        return locale;
    }
    if let Some(locale) = account_language(parts, state).await {
        return locale;
    }
    cookie_language(&parts.headers)
        .or_else(|| {
            parts
                .headers
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// `lang=` in a query string, when it names a shipped language.
fn query_language(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Locale::from_tag)
}

/// The signed-in caller's preference. Only a request with a session cookie can have one;
/// the caller it resolves stays in the extensions for the handler.
async fn account_language(parts: &mut Parts, state: &AppState) -> Option<Locale> {
    let has_cookie = parts
        .headers
        .get_all(COOKIE)
        .iter()
        .any(|v| v.as_bytes().windows(10).any(|w| w == b"haven.sid="));
    if !has_cookie {
        return None;
    }
    let user = current(parts, state).await.ok().flatten()?;
    parts.extensions.insert(user);
    parts.extensions.get::<AccountPrefs>()?.preferred
}

/// A signed-in person without a preference reads Haven in the language the cookie or the
/// browser chose: kept on the account when it changes (rarely: one write, not one per
/// request), so their e-mails go out in it.
async fn remember(parts: &Parts, state: &AppState, locale: Locale) {
    let (Some(user), Some(languages)) = (
        parts
            .extensions
            .get::<crate::server::accounts::auth::CurrentUser>(),
        parts.extensions.get::<AccountPrefs>(),
    ) else {
        return;
    };
    if languages.preferred.is_some() || languages.last == Some(locale) {
        return;
    }
    if let Err(e) = sqlx::query!(
        "UPDATE users SET last_language = $2 WHERE id = $1",
        user.id,
        locale.tag()
    )
    .execute(state.db.primary())
    .await
    {
        // Only the e-mails' language depends on it: the page goes on.
        tracing::warn!(error = %e, "could not remember the account's language");
    }
}

/// The value of cookie `name`.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// The picker's cookie, when it names a shipped language.
fn cookie_language(headers: &HeaderMap) -> Option<Locale> {
    cookie(headers, COOKIE_NAME).and_then(Locale::from_tag)
}

/// The zone times are shown in: the signed-in account's (when it chose one other than
/// the default UTC), else the browser's (the cookie the app sets), else UTC.
fn reader_zone(parts: &Parts) -> ReaderZone {
    let account = parts
        .extensions
        .get::<AccountPrefs>()
        .and_then(|p| p.time_zone.clone())
        .filter(|z| z != "UTC" && valid_zone(z));
    account
        .or_else(|| {
            cookie(&parts.headers, ReaderZone::COOKIE)
                .filter(|z| valid_zone(z))
                .map(str::to_owned)
        })
        .map(ReaderZone)
        .unwrap_or_default()
}

/// The currency prices are shown in: the signed-in account's choice, else the currency
/// picker's cookie; `None`: each price in its own currency.
fn display_currency(parts: &Parts) -> Option<Currency> {
    if let Some(prefs) = parts.extensions.get::<AccountPrefs>()
        && prefs.display_currency.is_some()
    {
        return prefs.display_currency;
    }
    cookie(&parts.headers, CURRENCY_COOKIE).and_then(Currency::from_code)
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(crate::app::i18n::LANGUAGE_ROUTE, post(choose_language))
        .route(crate::app::i18n::CURRENCY_ROUTE, post(choose_currency))
}

#[derive(Deserialize)]
pub struct CurrencyForm {
    #[serde(default)]
    currency: String,
    #[serde(default)]
    next: Option<String>,
}

/// The currency picker's form: `none` (each price in its own currency) or a code. Kept in
/// a cookie for a year, and as the account's display currency when signed in; then back
/// to the page (`303`). Anything else is a 400 with a message.
async fn choose_currency(
    State(state): State<AppState>,
    mut parts: Parts,
    axum::Form(form): axum::Form<CurrencyForm>,
) -> Response {
    let choice = form.currency.trim();
    let currency = match (choice, Currency::from_code(choice)) {
        ("none", _) => None,
        (_, Some(c)) => Some(c),
        _ => {
            return (
                StatusCode::BAD_REQUEST,
                "Choose one of the currencies offered (an ISO 4217 code such as EUR), or none.",
            )
                .into_response();
        }
    };
    if let Ok(Some(user)) = current(&mut parts, &state).await
        && user.via == crate::server::accounts::auth::AuthVia::Session
        && let Err(e) = sqlx::query!(
            "UPDATE users SET display_currency = $2 WHERE id = $1",
            user.id,
            currency.map(Currency::code)
        )
        .execute(state.db.primary())
        .await
    {
        return crate::server::http::early::answer(
            &parts,
            db_error(e, "display currency"),
            "Something went wrong",
        );
    }
    let value = currency.map_or("none", Currency::code);
    remember_and_return(&state, CURRENCY_COOKIE, value, form.next.as_deref())
}

/// A year-long cookie `name=value`, and a 303 back to `next` (a path on this site).
fn remember_and_return(state: &AppState, name: &str, value: &str, next: Option<&str>) -> Response {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax{secure}");
    let mut response = Redirect::to(&local_path(next)).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(SET_COOKIE, value);
    }
    response
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: Option<String>,
}

/// The picker's form: remembers the language in a cookie for a year, and as the account's
/// preference when signed in, then goes back to the page (`303`). An unknown language is a
/// 400 with a message, never a silent English.
async fn choose_language(
    State(state): State<AppState>,
    mut parts: Parts,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Response {
    let Some(locale) = Locale::from_tag(&form.lang).filter(|l| l.tag() == form.lang.trim()) else {
        return (
            StatusCode::BAD_REQUEST,
            "Choose one of the languages offered: en, es, fr or ar.",
        )
            .into_response();
    };
    if let Ok(Some(user)) = current(&mut parts, &state).await
        && user.via == crate::server::accounts::auth::AuthVia::Session
        && let Err(e) = sqlx::query!(
            "UPDATE users SET preferred_language = $2 WHERE id = $1",
            user.id,
            locale.tag()
        )
        .execute(state.db.primary())
        .await
    {
        return crate::server::http::early::answer(
            &parts,
            db_error(e, "language preference"),
            "Something went wrong",
        );
    }
    remember_and_return(&state, COOKIE_NAME, locale.tag(), form.next.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_a_language_or_nothing() {
        assert_eq!(query_language(Some("q=x&lang=fr")), Some(Locale::Fr));
        assert_eq!(query_language(Some("lang=de")), None);
        assert_eq!(query_language(Some("slang=es")), None);
        assert_eq!(query_language(None), None);
    }

    #[test]
    fn the_cookie_is_read_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, HeaderValue::from_static("a=1; haven.lang=es; b=2"));
        assert_eq!(cookie_language(&headers), Some(Locale::Es));
        headers.insert(COOKIE, HeaderValue::from_static("haven.language=es"));
        assert_eq!(cookie_language(&headers), None);
        headers.insert(COOKIE, HeaderValue::from_static("haven.lang=xx"));
        assert_eq!(cookie_language(&headers), None);
    }
}
