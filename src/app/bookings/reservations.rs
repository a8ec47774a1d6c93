//! The host's side of booking: "Reservations" (`/host/reservations`: requests to answer,
//! stays to come) and a listing's calendar (`/host/listings/:id/calendar`: block, open and
//! price nights). Every form works without JavaScript.

use crate::app::bookings::api::{
    ChangeBooking, ChangeCalendar, host_reservations, listing_calendar,
};
use crate::app::bookings::trips::{BookingRow, short_time};
use crate::app::components::{
    ErrorView, FormAlert, RowsSkeleton, booking_changed, busy_while, submission_error,
    toast_on_success,
};
use crate::app::i18n::{self, DateStyle, format};
use crate::app::types::AppError;
use crate::app::types::booking::{Booking, BookingStatus, HostCalendar};
use crate::app::types::stay::{Day, days_in_month};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

fn loading() -> impl IntoView {
    view! { <RowsSkeleton/> }
}

/// `/host/reservations`: requests waiting for an answer, then stays to come, then the rest.
#[component]
pub fn ReservationsPage() -> impl IntoView {
    let change = ServerAction::<ChangeBooking>::new();
    toast_on_success(change, booking_changed);
    let list = Resource::new(move || change.version().get(), |_| host_reservations());
    let error = submission_error(
        move || change.value().get().and_then(Result::err),
        ChangeBooking::PATH,
    );
    view! {
        <Title text=tr!("booking-reservations-title")/>
        <section class="container section host">
            <h1>{tr!("booking-reservations-title")}</h1>
            <FormAlert error/>
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty">{tr!("booking-reservations-empty")}</p>
                        }.into_any(),
                        Ok(list) => view! { <ReservationGroups list change/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/host/reservations"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn ReservationGroups(list: Vec<Booking>, change: ServerAction<ChangeBooking>) -> impl IntoView {
    let of = |wanted: &[BookingStatus]| -> Vec<Booking> {
        let mut v: Vec<Booking> = list
            .iter()
            .filter(|b| wanted.contains(&b.status))
            .cloned()
            .collect();
        v.reverse();
        v
    };
    let requests = of(&[BookingStatus::Pending]);
    let upcoming = of(&[BookingStatus::Confirmed]);
    let mut rest = of(&[
        BookingStatus::Completed,
        BookingStatus::Cancelled,
        BookingStatus::Declined,
        BookingStatus::Expired,
    ]);
    rest.reverse();
    let answer = move |b: &Booking| {
        let id = b.id;
        let title = b.listing_title.clone();
        let until = b.expires_at.as_deref().map(short_time).unwrap_or_default();
        view! {
            <p class="muted">{tr!("booking-answer-by", time = until)}</p>
            <ActionForm action=change>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="action" value="accept"/>
                <input type="hidden" name="next" value="reservations"/>
                <button type="submit" {..busy_while(change.pending())} class="button" aria-label=tr!("booking-accept-request", listing = title)>{tr!("booking-accept")}</button>
            </ActionForm>
            <ActionForm action=change>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="action" value="decline"/>
                <input type="hidden" name="next" value="reservations"/>
                <button type="submit" {..busy_while(change.pending())} class="button button--quiet">{tr!("booking-decline")}</button>
            </ActionForm>
        }
    };
    view! {
        <h2 class="section__title">{tr!("booking-requests")}</h2>
        {if requests.is_empty() {
            view! { <p class="muted">{tr!("booking-requests-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="host-list" aria-label=tr!("booking-requests")>
                    {requests.into_iter().map(|b| {
                        let actions = answer(&b);
                        view! { <BookingRow booking=b>{actions}</BookingRow> }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(!upcoming.is_empty()).then(|| view! {
            <h2 class="section__title">{tr!("booking-upcoming-stays")}</h2>
            <ul class="host-list" aria-label=tr!("booking-upcoming-stays")>
                {upcoming.into_iter().map(|b| view! { <BookingRow booking=b/> }).collect_view()}
            </ul>
        })}
        {(!rest.is_empty()).then(|| view! {
            <h2 class="section__title">{tr!("booking-past-and-cancelled")}</h2>
            <ul class="host-list" aria-label=tr!("booking-past-and-cancelled")>
                {rest.into_iter().map(|b| view! { <BookingRow booking=b/> }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

/// `/host/listings/:id/calendar?from=YYYY-MM-DD`: six weeks of nights with their prices,
/// blocks and bookings, and a form to change a range of them.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let from = Memo::new(move |_| query.read().get("from"));
    let change = ServerAction::<ChangeCalendar>::new();
    toast_on_success(change, |_| Some(tr!("booking-calendar-updated")));
    let calendar = Resource::new(
        move || (id.get(), from.get(), change.version().get()),
        |(id, from, _)| async move {
            match id {
                Some(id) => listing_calendar(id, from).await,
                None => Err(AppError::NotFound("Listing".into())),
            }
        },
    );
    let error = submission_error(
        move || change.value().get().and_then(Result::err),
        ChangeCalendar::PATH,
    );
    view! {
        <Title text=tr!("booking-calendar-title")/>
        <section class="container section host">
            <p><a href="/host/listings">{tr!("booking-calendar-back")}</a></p>
            <h1>{tr!("booking-calendar-title")}</h1>
            <p><a href=move || format!("/host/listings/{}/calendar/sync", id.get().unwrap_or_default())>{tr!("booking-calendar-sync")}</a></p>
            <FormAlert error/>
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match calendar.await {
                        Ok(c) => view! { <MonthGrid calendar=c change/> }.into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id.get_untracked().map(|i| format!("/signin?next=/host/listings/{i}/calendar")).unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn MonthGrid(calendar: HostCalendar, change: ServerAction<ChangeCalendar>) -> impl IntoView {
    let listing = calendar.listing_id;
    let Some(first) = calendar.nights.first().and_then(|n| Day::parse(&n.date)) else {
        return view! { <p class="muted">{tr!("booking-calendar-no-nights")}</p> }.into_any();
    };
    let locale = i18n::locale();
    let month_name = format::day(locale, first, DateStyle::MonthYear);
    // The weekdays' short names, Monday first: those of a week that starts on a Monday.
    let weekdays: Vec<String> = (1..=7)
        .filter_map(|d| Day::parse(&format!("2024-01-{d:02}")))
        .map(|d| format::day(locale, d, DateStyle::Weekday))
        .collect();
    let prev = first_of_month(first, -1);
    let next = first_of_month(first, 1);
    let offset = first.weekday();
    let cells: Vec<_> = (0..offset)
        .map(|_| view! { <li class="host-cal__blank" aria-hidden="true"></li> }.into_any())
        .chain(calendar.nights.iter().take(days_in_month(first.year, first.month) as usize).map(|n| {
            let state = if n.booking_id.is_some() {
                "booked"
            } else if n.blocked {
                "blocked"
            } else {
                "open"
            };
            let day = n.date.get(8..10).unwrap_or("").trim_start_matches('0').to_string();
            let price = i18n::money(n.price);
            let label = tr!(
                "booking-calendar-night",
                date = i18n::date(&n.date, DateStyle::Date),
                state = state,
                price = price.clone(),
            );
            view! {
                <li class=format!("host-cal__night host-cal__night--{state}") data-date=n.date.clone() data-state=state aria-label=label>
                    <span class="host-cal__day">{day}</span>
                    <span class="host-cal__price" class:host-cal__price--own=n.custom_price>{price}</span>
                    {n.booking_id.map(|b| view! { <a class="host-cal__booking" href=format!("/trips/{b}")>{tr!("booking-calendar-booked-link")}</a> })}
                </li>
            }
            .into_any()
        }))
        .collect();
    view! {
        <div class="host-cal">
            <div class="host-cal__nav">
                <a href=format!("/host/listings/{listing}/calendar?from={prev}")>{tr!("booking-calendar-previous")}</a>
                <h2>{month_name}</h2>
                <a href=format!("/host/listings/{listing}/calendar?from={next}")>{tr!("booking-calendar-next")}</a>
            </div>
            <ol class="host-cal__grid" aria-label=tr!("booking-calendar-nights")>
                {weekdays.into_iter().map(|d| view! { <li class="host-cal__head" aria-hidden="true">{d}</li> }).collect_view()}
                {cells}
            </ol>
            <ActionForm action=change attr:class="host-cal__form" attr:aria-label=tr!("booking-calendar-change-nights")>
                <input type="hidden" name="listing" value=listing/>
                <div class="field">
                    <label for="cal-from">{tr!("booking-calendar-first-night")}</label>
                    <input id="cal-from" name="from" type="date" required value=first.iso()/>
                </div>
                <div class="field">
                    <label for="cal-to">{tr!("booking-calendar-until")}</label>
                    <input id="cal-to" name="to" type="date" required/>
                </div>
                <div class="field">
                    <label for="cal-change">{tr!("booking-calendar-change")}</label>
                    <select id="cal-change" name="change">
                        <option value="block">{tr!("booking-calendar-block")}</option>
                        <option value="open">{tr!("booking-calendar-open")}</option>
                        <option value="price">{tr!("booking-calendar-set-price")}</option>
                        <option value="reset_price">{tr!("booking-calendar-reset-price")}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="cal-price">{tr!("booking-calendar-price")}</label>
                    <input id="cal-price" name="price" inputmode="decimal"/>
                </div>
                <button type="submit" {..busy_while(change.pending())} class="button">{tr!("booking-calendar-save")}</button>
            </ActionForm>
        </div>
    }
    .into_any()
}

/// The first of the month `delta` months from `day`'s, as `YYYY-MM-DD`.
fn first_of_month(day: Day, delta: i32) -> String {
    let months = day.year * 12 + day.month as i32 - 1 + delta;
    format!(
        "{:04}-{:02}-01",
        months.div_euclid(12),
        months.rem_euclid(12) + 1
    )
}
