//! A listing's twelve months of free and taken nights, which are also its date picker.

use super::Loaded;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, Day, DayChoice, days_in_month};
use crate::tr;
use leptos::prelude::*;

/// Twelve months of free and taken nights; two shown, the rest behind "more". The days are
/// also the date-range picker: links that choose check-in, then check-out (so it works
/// without JavaScript; with it, the router follows them in place and the quote updates).
#[component]
pub(super) fn CalendarSection(
    availability: Loaded<Availability>,
    stay: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    view! {
        <section class="listing__section" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{tr!("catalog-calendar-heading")}</h2>
            <Suspense fallback=|| view! { <p class="muted" aria-busy="true">{tr!("catalog-calendar-loading")}</p> }>
                {move || Suspend::new(async move {
                    match availability.await {
                        Ok(Some(a)) => view! { <Months availability=a chosen=stay listing_id/> }.into_any(),
                        Ok(None) | Err(_) => view! { <p class="muted">{tr!("catalog-calendar-unavailable")}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The months; each day's link follows the stay chosen so far (`chosen`, from the URL), so
/// choosing a day updates them in place.
#[component]
fn Months(
    availability: Availability,
    chosen: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    let Some(start) = Day::parse(&availability.from) else {
        return ().into_any();
    };
    let stay_rule = match (availability.min_nights, availability.max_nights) {
        (1, max) => tr!("catalog-calendar-rule-up-to", max = max),
        (min, max) => tr!("catalog-calendar-rule", min = min, max = max),
    };
    let availability = std::sync::Arc::new(availability);
    let month = |n: u32| {
        let first = start.month_start_plus(n);
        let a = availability.clone();
        view! { <Month first availability=a chosen listing_id/> }
    };
    let hint = move || {
        let c = chosen.read();
        match (&c.check_in, &c.check_out) {
            (Some(_), None) => tr!("catalog-calendar-choose-check-out"),
            _ => tr!("catalog-calendar-choose-check-in"),
        }
    };
    view! {
        <p class="muted">{stay_rule}" "{tr!("catalog-calendar-taken")}" "{hint}</p>
        <div class="calendar">{month(0)}{month(1)}</div>
        <details class="calendar__more">
            <summary>{tr!("catalog-calendar-more")}</summary>
            <div class="calendar">{(2..12).map(month).collect_view()}</div>
        </details>
    }
    .into_any()
}

/// The listing's URL with `chosen`'s party and the given dates.
fn stay_href(
    listing_id: i64,
    chosen: &SearchParams,
    check_in: &str,
    check_out: Option<&str>,
) -> String {
    let mut href = format!("/listings/{listing_id}?check_in={check_in}");
    if let Some(co) = check_out {
        href.push_str(&format!("&check_out={co}"));
    }
    for (key, value) in [
        ("adults", &chosen.adults),
        ("children", &chosen.children),
        ("infants", &chosen.infants),
        ("pets", &chosen.pets),
    ] {
        if let Some(v) = value {
            href.push_str(&format!("&{key}={}", crate::app::types::search::encode(v)));
        }
    }
    // Back to the calendar, where the choice was made.
    href.push_str("#calendar-heading");
    href
}

#[component]
fn Month(
    first: Day,
    availability: std::sync::Arc<Availability>,
    chosen: Memo<SearchParams>,
    listing_id: i64,
) -> impl IntoView {
    let locale = i18n::locale();
    let days = days_in_month(first.year, first.month);
    let name = i18n::format::day(locale, first, DateStyle::MonthYear);
    // The weekdays' names, Monday first: 2024-01-01 was a Monday.
    let weekdays = (1..=7).map(move |day| {
        let name = i18n::format::day(
            locale,
            Day {
                year: 2024,
                month: 1,
                day,
            },
            DateStyle::Weekday,
        );
        view! { <th scope="col">{name}</th> }
    });
    let offset = first.weekday();
    let cells: Vec<Option<Day>> = (0..offset)
        .map(|_| None)
        .chain((1..=days).map(|day| Some(Day { day, ..first })))
        .collect();
    let weeks: Vec<Vec<Option<Day>>> = cells.chunks(7).map(<[_]>::to_vec).collect();
    view! {
        <table class="month">
            <caption>{name.clone()}</caption>
            <thead>
                <tr>{weekdays.collect_view()}</tr>
            </thead>
            <tbody>
                {weeks.into_iter().map(|week| view! {
                    <tr>
                        {week.into_iter().map(|cell| match cell {
                            None => view! { <td></td> }.into_any(),
                            Some(day) => {
                                let iso = day.iso();
                                let past = iso < availability.from;
                                let free = availability.is_free(&iso);
                                let state = if past { "past" } else if free { "available" } else { "unavailable" };
                                let label = tr!(
                                    "catalog-calendar-day",
                                    date = i18n::format::day(locale, day, DateStyle::DayMonth),
                                    state = state
                                );
                                if past {
                                    let class = format!("month__day month__day--{state}");
                                    return view! { <td class=class aria-label=label>{day.day}</td> }.into_any();
                                }
                                let a = availability.clone();
                                // What choosing this day does, given the stay chosen so far.
                                let pick = Memo::new(move |_| {
                                    let c = chosen.read();
                                    let long = || i18n::format::day(locale, day, DateStyle::LongDate);
                                    match a.choice(&day, c.check_in.as_deref(), c.check_out.as_deref()) {
                                        DayChoice::CheckIn(d) => Some((stay_href(listing_id, &c, &d, None), tr!("catalog-calendar-arrive", date = long()))),
                                        DayChoice::CheckOut(ci, co) => Some((stay_href(listing_id, &c, &ci, Some(&co)), tr!("catalog-calendar-leave", date = long()))),
                                        DayChoice::None => None,
                                    }
                                });
                                let iso2 = iso.clone();
                                // A night of the stay chosen so far (or its check-in day).
                                let selected = Memo::new(move |_| {
                                    let c = chosen.read();
                                    match (c.check_in.as_deref(), c.check_out.as_deref()) {
                                        (Some(a), Some(b)) => iso2.as_str() >= a && iso2.as_str() < b,
                                        (Some(a), None) => iso2 == a,
                                        _ => false,
                                    }
                                });
                                let class = move || {
                                    format!("month__day month__day--{state}{}", if selected.get() { " month__day--chosen" } else { "" })
                                };
                                // Without an href the anchor is no link: a day that cannot be chosen.
                                // The chosen days say so in words too, not only in colour.
                                view! {
                                    <td class=class aria-label=label>
                                        <a
                                            class="month__pick"
                                            href=move || pick.get().map(|(h, _)| h)
                                            aria-label=move || pick.get().map(|(_, t)| if selected.get() { tr!("catalog-calendar-selected", choice = t) } else { t })
                                        >{day.day}</a>
                                    </td>
                                }.into_any()
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
