//! The stay on a listing page: dates and guests in the URL, the server's quote for them,
//! and the reserve form.

use super::StayState;
use crate::app::bookings::api::ReserveStay;
use crate::app::components::{ErrorView, FormAlert, FormError, submission_error, use_auth};
use crate::app::i18n::{self, DateStyle};
use crate::app::types::AppError;
use crate::app::types::search::SearchParams;
use crate::app::types::stay::Quote;
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::Form;

/// Dates and guests, and the server's price for them. A GET form on this page: the stay
/// lives in the URL, so the quote works without JavaScript and can be shared.
#[component]
pub(super) fn StayQuote(
    state: StayState,
    path: String,
    listing_id: i64,
    instant: bool,
) -> impl IntoView {
    let StayState { stay, quote } = state;
    let auth = use_auth();
    let reserve = ServerAction::<ReserveStay>::new();
    let reserve_error = submission_error(
        move || reserve.value().get().and_then(Result::err),
        ReserveStay::PATH,
    );
    let value =
        move |f: fn(&SearchParams) -> Option<String>| move || f(&stay.read()).unwrap_or_default();
    view! {
        <Form method="GET" action=path attr:class="stay-form" attr:aria-label=tr!("catalog-stay-label")>
            <div class="stay-form__dates">
                <div class="field">
                    <label for="stay-check-in">{tr!("catalog-check-in")}</label>
                    <input id="stay-check-in" name="check_in" type="date" value=value(|s| s.check_in.clone())/>
                </div>
                <div class="field">
                    <label for="stay-check-out">{tr!("catalog-check-out")}</label>
                    <input id="stay-check-out" name="check_out" type="date" value=value(|s| s.check_out.clone())/>
                </div>
                <div class="field">
                    <label for="stay-adults">{tr!("catalog-adults")}</label>
                    <input id="stay-adults" name="adults" type="number" min="1" max="50" value=move || stay.read().adults.clone().unwrap_or_else(|| "1".into())/>
                </div>
                <div class="field">
                    <label for="stay-children">{tr!("catalog-children")}</label>
                    <input id="stay-children" name="children" type="number" min="0" max="50" value=value(|s| s.children.clone())/>
                </div>
            </div>
            <button type="submit" class="button button--wide">{tr!("catalog-stay-check-price")}</button>
        </Form>
        <Suspense fallback=|| view! { <p class="muted" aria-busy="true">{tr!("catalog-stay-pricing")}</p> }>
            {move || Suspend::new(async move {
                let quoted = quote.await;
                let signed_in = matches!(auth.user.await, Ok(Some(_)));
                match quoted {
                    Ok(None) => view! { <p class="muted">{tr!("catalog-stay-choose-dates")}</p> }.into_any(),
                    Ok(Some(q)) => view! {
                        <QuoteView quote=q/>
                        <Reserve stay=stay.get_untracked() listing_id instant signed_in action=reserve error=reserve_error/>
                    }.into_any(),
                    Err(AppError::Form { errors, .. }) => view! {
                        <p class="form-alert" role="alert">{errors.into_iter().next().map(|e| e.message)}</p>
                    }.into_any(),
                    Err(e @ (AppError::Conflict(_) | AppError::Unprocessable(_) | AppError::NotFound(_))) => view! {
                        <p class="form-alert" role="alert">{e.to_string()}</p>
                    }.into_any(),
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// "Reserve" (instant book) or "Request to book" for the quoted stay: a plain form, so it
/// works without JavaScript; the server prices and books it again from scratch.
#[component]
fn Reserve(
    stay: SearchParams,
    listing_id: i64,
    instant: bool,
    signed_in: bool,
    action: ServerAction<ReserveStay>,
    error: FormError,
) -> impl IntoView {
    let hidden = |name: &'static str, value: Option<String>| {
        value.map(|v| view! { <input type="hidden" name=name value=v/> })
    };
    let here = format!(
        "/listings/{listing_id}?check_in={}&check_out={}",
        stay.check_in.clone().unwrap_or_default(),
        stay.check_out.clone().unwrap_or_default()
    );
    let sign_in = format!("/signin?next={}", crate::app::types::search::encode(&here));
    let sign_in_link = tr!("catalog-reserve-sign-in-link");
    let (before_link, after_link) = super::around(
        &tr!("catalog-reserve-sign-in", link = sign_in_link.clone()),
        &sign_in_link,
    );
    view! {
        <ActionForm action attr:class="reserve-form" attr:aria-label=tr!("catalog-reserve-label")>
            <input type="hidden" name="listing_id" value=listing_id.to_string()/>
            <input type="hidden" name="attempt" value=attempt_key()/>
            {hidden("check_in", stay.check_in.clone())}
            {hidden("check_out", stay.check_out.clone())}
            {hidden("adults", stay.adults.clone())}
            {hidden("children", stay.children.clone())}
            {hidden("infants", stay.infants.clone())}
            {hidden("pets", stay.pets.clone())}
            <div class="field">
                <label for="reserve-requests">{tr!("catalog-reserve-message")}</label>
                <textarea id="reserve-requests" name="special_requests" rows="2" maxlength="2000"></textarea>
            </div>
            <FormAlert error/>
            {(!signed_in).then(|| view! {
                <p class="muted">{before_link}<a href=sign_in>{sign_in_link}</a>{after_link}</p>
            })}
            <button type="submit" class="button button--wide" disabled=move || action.pending().get()>
                {if instant { tr!("catalog-reserve-instant") } else { tr!("catalog-reserve-request") }}
            </button>
            <p class="muted reserve-form__note">
                {if instant {
                    tr!("catalog-reserve-instant-note")
                } else {
                    tr!("catalog-reserve-request-note")
                }}
            </p>
        </ActionForm>
    }
}

/// A fresh idempotency key for one booking attempt: a retried submission of the same form
/// books once.
fn attempt_key() -> String {
    #[cfg(feature = "ssr")]
    {
        uuid::Uuid::new_v4().to_string()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let part = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
        format!("{:08x}{:08x}{:08x}{:08x}", part(), part(), part(), part())
    }
}

#[component]
fn QuoteView(quote: Quote) -> impl IntoView {
    // Nights at differing prices are listed one by one; otherwise "n × price".
    let same_price = quote.nightly.windows(2).all(|w| w[0].price == w[1].price);
    let first = quote
        .nightly
        .first()
        .map(|n| i18n::price(n.price))
        .unwrap_or_default();
    let nights = quote.nights;
    // What is charged: the listing's own currency, named, whatever the prices are shown in.
    let charged = tr!(
        "catalog-quote-charged",
        amount = i18n::money(quote.total),
        currency = quote.total.currency.code()
    );
    view! {
        <section class="quote" aria-label=tr!("catalog-quote-label")>
            <dl class="quote__lines">
                {quote.lines.into_iter().enumerate().map(|(i, line)| {
                    let label = if i == 0 && same_price {
                        tr!("catalog-quote-nights-at", price = first.clone(), nights = nights)
                    } else {
                        line.label
                    };
                    view! { <div><dt>{label}</dt><dd>{i18n::price(line.amount)}</dd></div> }
                }).collect_view()}
                <div class="quote__total"><dt>{tr!("catalog-quote-total")}</dt><dd>{i18n::price(quote.total)}</dd></div>
            </dl>
            <p class="quote__charged muted" data-charged=quote.total.currency.code()>{charged}</p>
            {(!same_price).then(|| view! {
                <details class="quote__nights">
                    <summary>{tr!("catalog-quote-per-night")}</summary>
                    <ul>
                        {quote.nightly.into_iter().map(|n| view! {
                            <li><span>{i18n::date(&n.date, DateStyle::WeekdayDayMonth)}</span><span>{i18n::price(n.price)}</span></li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </section>
    }
}
