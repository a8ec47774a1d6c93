//! The dashboard's "Today" panel: check-ins and check-outs today and tomorrow, who stays
//! tonight, requests waiting with the time left to answer, unread conversations and the
//! reviews due. Plain links only, so it reads the same without JavaScript; each list
//! shows its first few and how many more there are. Definitions:
//! `server::analytics::today`.

use super::format::duration;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::AppError;
use crate::app::types::today::{RequestList, ReviewList, StayList, Today};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The signed-in host's day (the same as `GET /api/v1/host/today`).
#[server(prefix = "/api/fn", endpoint = "host_today", input = GetUrl)]
pub async fn host_today() -> Result<Today, AppError> {
    let host = crate::server::accounts::auth::require_user().await?;
    let state = crate::server::platform::request::state()?;
    let db = crate::server::platform::request::db().await?;
    crate::server::analytics::today::today(&db, host, state.clock.now()).await
}

/// A day of a stay, short: "Dec 7".
fn day(iso: &str) -> String {
    i18n::date(iso, DateStyle::DayMonth)
}

/// "Dec 7 to Dec 9 · 2 guests".
fn stay_text(check_in: &str, check_out: &str, guests: i32) -> String {
    tr!(
        "dashboard-today-stay",
        check_in = day(check_in),
        check_out = day(check_out),
        guests = guests
    )
}

/// "and 12 more", linking to every reservation, when the list was cut.
fn more(total: i64, shown: usize) -> Option<impl IntoView> {
    let rest = total - i64::try_from(shown).unwrap_or(total);
    (rest > 0).then(|| {
        view! { <p class="today__more"><a href="/host/reservations">{tr!("dashboard-today-more", count = rest)}</a></p> }
    })
}

/// The host's day, at the top of the dashboard.
#[component]
pub fn TodayPanel() -> impl IntoView {
    let day = Resource::new(|| (), |_| host_today());
    view! {
        <section class="today" aria-labelledby="today-title">
            <h2 id="today-title">{tr!("dashboard-today")}</h2>
            <Suspense fallback=|| view! { <p class="muted">{tr!("dashboard-today-loading")}</p> }>
                {move || Suspend::new(async move {
                    match day.await {
                        Ok(day) => view! { <Day day/> }.into_any(),
                        // The page itself sends a signed-out visitor to sign in.
                        Err(AppError::Unauthorized) => ().into_any(),
                        Err(error) => view! { <p class="muted" role="status">{error.to_string()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Day(day: Today) -> impl IntoView {
    let unread = day.unread_conversations;
    let when_today = |list: &StayList| Some(tr!("dashboard-today-when-today", count = list.total));
    let when_tomorrow =
        |list: &StayList| Some(tr!("dashboard-today-when-tomorrow", count = list.total));
    view! {
        <div class="today__groups">
            <div class="today__group">
                <h3>{tr!("dashboard-today-check-ins")}</h3>
                <Stays heading=when_today(&day.arrivals_today) label=tr!("dashboard-today-arrivals-today")
                    empty=tr!("dashboard-today-no-arrivals-today") list=day.arrivals_today/>
                <Stays heading=when_tomorrow(&day.arrivals_tomorrow) label=tr!("dashboard-today-arrivals-tomorrow")
                    empty=tr!("dashboard-today-no-arrivals-tomorrow") list=day.arrivals_tomorrow/>
            </div>
            <div class="today__group">
                <h3>{tr!("dashboard-today-check-outs")}</h3>
                <Stays heading=when_today(&day.departures_today) label=tr!("dashboard-today-departures-today")
                    empty=tr!("dashboard-today-no-departures-today") list=day.departures_today/>
                <Stays heading=when_tomorrow(&day.departures_tomorrow) label=tr!("dashboard-today-departures-tomorrow")
                    empty=tr!("dashboard-today-no-departures-tomorrow") list=day.departures_tomorrow/>
            </div>
            <div class="today__group">
                <h3>{tr!("dashboard-today-staying", count = day.staying_tonight.total)}</h3>
                <Stays heading=None label=tr!("dashboard-today-staying-list")
                    empty=tr!("dashboard-today-no-staying") list=day.staying_tonight/>
            </div>
            <div class="today__group">
                <h3>{tr!("dashboard-today-requests", count = day.requests.total)}</h3>
                <Requests list=day.requests/>
            </div>
            <div class="today__group">
                <h3>{tr!("dashboard-today-messages")}</h3>
                {if unread == 0 {
                    view! { <p class="muted">{tr!("dashboard-today-no-unread")}</p> }.into_any()
                } else {
                    view! { <p><a href="/inbox">{tr!("dashboard-today-unread", count = unread)}</a></p> }.into_any()
                }}
            </div>
            <div class="today__group">
                <h3>{tr!("dashboard-today-reviews", count = day.reviews_due.total)}</h3>
                <Reviews list=day.reviews_due/>
            </div>
        </div>
    }
}

/// One list of stays: a sub-heading (`heading`, with the count), the stays, or `empty`.
#[component]
fn Stays(heading: Option<String>, label: String, empty: String, list: StayList) -> impl IntoView {
    let heading = heading.map(|h| view! { <h4>{h}</h4> });
    let shown = list.items.len();
    let body = if list.items.is_empty() {
        view! { <p class="muted">{empty}</p> }.into_any()
    } else {
        view! {
            <ul class="today__list" aria-label=label>
                {list.items.into_iter().map(|s| view! {
                    <li>
                        <a href=format!("/trips/{}", s.booking_id)>{s.guest_name}</a>
                        " · "{s.listing_title}
                        <span class="today__detail">{stay_text(&s.check_in, &s.check_out, s.guests)}</span>
                    </li>
                }).collect_view()}
            </ul>
        }.into_any()
    };
    view! { {heading} {body} {more(list.total, shown)} }
}

/// Requests waiting, each linking to its page (where the host accepts or declines).
#[component]
fn Requests(list: RequestList) -> impl IntoView {
    if list.items.is_empty() {
        return view! { <p class="muted">{tr!("dashboard-today-no-requests")}</p> }.into_any();
    }
    let shown = list.items.len();
    view! {
        <ul class="today__list" aria-label=tr!("dashboard-today-requests-list")>
            {list.items.into_iter().map(|r| view! {
                <li>
                    <a href=format!("/trips/{}", r.booking_id)>{tr!("dashboard-today-answer", name = r.guest_name)}</a>
                    " · "{r.listing_title}
                    <span class="today__detail">{stay_text(&r.check_in, &r.check_out, r.guests)}</span>
                    <span class="today__left">
                        <time datetime=r.expires_at>{tr!("dashboard-today-left", duration = duration(Some(r.seconds_left)))}</time>
                    </span>
                </li>
            }).collect_view()}
        </ul>
        {more(list.total, shown)}
    }
    .into_any()
}

/// Reviews the host owes, each linking to the review form.
#[component]
fn Reviews(list: ReviewList) -> impl IntoView {
    if list.items.is_empty() {
        return view! { <p class="muted">{tr!("dashboard-today-no-reviews")}</p> }.into_any();
    }
    let shown = list.items.len();
    view! {
        <ul class="today__list" aria-label=tr!("dashboard-today-reviews-list")>
            {list.items.into_iter().map(|r| {
                let left = tr!("dashboard-today-review-left", days = r.days_left);
                let dates = tr!(
                    "dashboard-today-review-dates",
                    check_out = day(&r.check_out),
                    closes_on = day(&r.closes_on)
                );
                view! {
                    <li>
                        <a href=format!("/trips/{}/review", r.booking_id)>{tr!("dashboard-today-review", name = r.guest_name)}</a>
                        " · "{r.listing_title}
                        <span class="today__detail">{dates}</span>
                        <span class="today__left">{left}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        {more(list.total, shown)}
    }
    .into_any()
}
