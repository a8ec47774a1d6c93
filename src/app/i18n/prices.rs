//! Prices in the reader's display currency: converted at the day's rates and marked
//! approximate ("≈ €112"), while what is charged stays in the listing's currency. The
//! server chooses the currency and the rates for each request (`server::http::locale`);
//! the shell writes both into `<meta>`s the browser reads back when it hydrates.

use crate::app::types::Money;
use crate::app::types::currency::{Currency, DisplayPrices, RateSource};
use crate::tr;
use leptos::prelude::*;

/// Where the currency picker posts: `server::http::locale::choose_currency`.
pub const CURRENCY_ROUTE: &str = "/currency";

/// The page's display prices when the app starts: the request's on the server, the
/// shell's `<meta>`s in the browser.
pub fn page_prices() -> DisplayPrices {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|p| p.extensions.get::<DisplayPrices>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let meta = |name: &str| {
            document()
                .query_selector(&format!("meta[name=\"{name}\"]"))
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
        };
        DisplayPrices {
            currency: meta(DisplayPrices::CURRENCY_META).and_then(|c| Currency::from_code(&c)),
            rates: meta(DisplayPrices::RATES_META)
                .and_then(|r| crate::app::types::currency::Rates::parse(&r))
                .map(std::sync::Arc::new),
        }
    }
}

fn prices() -> DisplayPrices {
    use_context::<DisplayPrices>().unwrap_or_else(page_prices)
}

/// A price as a guest reads it: in their display currency, approximately ("≈ €112"), when
/// they chose one other than the amount's; else exactly, in its own currency.
pub fn price(m: Money) -> String {
    match prices().convert(m.amount_minor, m.currency) {
        Some((amount, currency)) => tr!(
            "price-approx",
            amount = super::money(Money::new(amount, currency))
        ),
        None => super::money(m),
    }
}

/// The `<meta>`s the browser reads the display prices from (the shell's `<head>`).
#[component]
pub fn PricesMeta() -> impl IntoView {
    let prices = page_prices();
    view! {
        <meta
            name=DisplayPrices::CURRENCY_META
            content=prices.currency.map(Currency::code).unwrap_or_default()
        />
        <meta name=DisplayPrices::RATES_META content=prices.rates.map(|r| r.encode()).unwrap_or_default()/>
    }
}

/// The footer's currency picker (a plain form, like the language picker), and which rates
/// converted prices use when a currency is chosen.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let prices = prices();
    let chosen = prices.currency;
    let next = super::picker::return_path();
    let note = chosen.and(prices.rates).map(|rates| {
        let date = super::date(&rates.date, super::DateStyle::Date);
        match rates.source {
            RateSource::Bundled => tr!("footer-rates-bundled", date = date),
            RateSource::Ecb => tr!("footer-rates-ecb", date = date),
        }
    });
    view! {
        <form class="currency-picker" method="post" action=CURRENCY_ROUTE>
            <label for="currency-picker-select">{tr!("footer-currency")}</label>
            <select id="currency-picker-select" name="currency">
                <option value="none" selected=chosen.is_none()>{tr!("footer-currency-own")}</option>
                {Currency::ALL
                    .iter()
                    .map(|c| {
                        view! { <option value=c.code() selected=chosen == Some(*c)>{c.code()}</option> }
                    })
                    .collect_view()}
            </select>
            <input type="hidden" name="next" value=next/>
            <button type="submit" class="button button--small">{tr!("footer-language-apply")}</button>
        </form>
        {note.map(|n| view! { <p class="muted rates-note">{n}</p> })}
    }
}
