//! A listing's twelve months of free and taken nights, which are also its date picker.

use super::Loaded;
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, Day, DayChoice, MONTH_NAMES, days_in_month};
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
            <h2 id="calendar-heading">"Availability"</h2>
            <Suspense fallback=|| view! { <p class="muted" aria-busy="true">"Loading the calendar…"</p> }>
                {move || Suspend::new(async move {
                    match availability.await {
                        Ok(Some(a)) => view! { <Months availability=a chosen=stay listing_id/> }.into_any(),
                        Ok(None) | Err(_) => view! { <p class="muted">"The calendar is not available right now."</p> }.into_any(),
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
        (1, max) => format!("Stays of up to {max} nights."),
        (min, max) => format!("Stays of {min} to {max} nights."),
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
            (Some(_), None) => "Now choose your check-out day.",
            _ => "Choose a day to check in.",
        }
    };
    view! {
        <p class="muted">{stay_rule}" Struck-through nights are taken. "{hint}</p>
        <div class="calendar">{month(0)}{month(1)}</div>
        <details class="calendar__more">
            <summary>"Show the next ten months"</summary>
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
    let days = days_in_month(first.year, first.month);
    let name = format!("{} {}", MONTH_NAMES[(first.month - 1) as usize], first.year);
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
                <tr>{["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map(|d| view! { <th scope="col">{d}</th> })}</tr>
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
                                let label = format!("{} {}, {state}", MONTH_NAMES[(day.month - 1) as usize], day.day);
                                if past {
                                    let class = format!("month__day month__day--{state}");
                                    return view! { <td class=class aria-label=label>{day.day}</td> }.into_any();
                                }
                                let a = availability.clone();
                                // What choosing this day does, given the stay chosen so far.
                                let pick = Memo::new(move |_| {
                                    let c = chosen.read();
                                    match a.choice(&day, c.check_in.as_deref(), c.check_out.as_deref()) {
                                        DayChoice::CheckIn(d) => Some((stay_href(listing_id, &c, &d, None), format!("Arrive on {d}"))),
                                        DayChoice::CheckOut(ci, co) => Some((stay_href(listing_id, &c, &ci, Some(&co)), format!("Leave on {co}"))),
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
                                            aria-label=move || pick.get().map(|(_, t)| if selected.get() { format!("{t}, selected") } else { t })
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
