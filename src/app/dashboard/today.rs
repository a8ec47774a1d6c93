//! The dashboard's "Today" panel: check-ins and check-outs today and tomorrow, who stays
//! tonight, requests waiting with the time left to answer, unread conversations and the
//! reviews due. Plain links only, so it reads the same without JavaScript; each list
//! shows its first few and how many more there are. Definitions:
//! `server::analytics::today`.

use super::format::duration;
use crate::app::types::AppError;
use crate::app::types::today::{RequestList, ReviewList, StayList, Today};
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

/// "1 guest", "3 guests".
fn guests(n: i32) -> String {
    if n == 1 {
        "1 guest".into()
    } else {
        format!("{n} guests")
    }
}

/// "and 12 more", linking to every reservation, when the list was cut.
fn more(total: i64, shown: usize) -> Option<impl IntoView> {
    let rest = total - i64::try_from(shown).unwrap_or(total);
    (rest > 0).then(|| {
        view! { <p class="today__more"><a href="/host/reservations">{format!("and {rest} more")}</a></p> }
    })
}

/// The host's day, at the top of the dashboard.
#[component]
pub fn TodayPanel() -> impl IntoView {
    let day = Resource::new(|| (), |_| host_today());
    view! {
        <section class="today" aria-labelledby="today-title">
            <h2 id="today-title">"Today"</h2>
            <Suspense fallback=|| view! { <p class="muted">"Looking at your day…"</p> }>
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
    view! {
        <div class="today__groups">
            <div class="today__group">
                <h3>"Check-ins"</h3>
                <Stays when="Today" label="Check-ins today" empty="No arrivals today" list=day.arrivals_today/>
                <Stays when="Tomorrow" label="Check-ins tomorrow" empty="No arrivals tomorrow" list=day.arrivals_tomorrow/>
            </div>
            <div class="today__group">
                <h3>"Check-outs"</h3>
                <Stays when="Today" label="Check-outs today" empty="No departures today" list=day.departures_today/>
                <Stays when="Tomorrow" label="Check-outs tomorrow" empty="No departures tomorrow" list=day.departures_tomorrow/>
            </div>
            <div class="today__group">
                <h3>{format!("Staying tonight ({})", day.staying_tonight.total)}</h3>
                <Stays when="" label="Staying tonight" empty="No guests staying tonight" list=day.staying_tonight/>
            </div>
            <div class="today__group">
                <h3>{format!("Requests waiting ({})", day.requests.total)}</h3>
                <Requests list=day.requests/>
            </div>
            <div class="today__group">
                <h3>"Messages"</h3>
                {if unread == 0 {
                    view! { <p class="muted">"No unread messages"</p> }.into_any()
                } else {
                    let text = if unread == 1 { "1 conversation with unread messages".to_string() } else { format!("{unread} conversations with unread messages") };
                    view! { <p><a href="/inbox">{text}</a></p> }.into_any()
                }}
            </div>
            <div class="today__group">
                <h3>{format!("Reviews due ({})", day.reviews_due.total)}</h3>
                <Reviews list=day.reviews_due/>
            </div>
        </div>
    }
}

/// One list of stays: a sub-heading (unless `when` is empty), the stays, or `empty`.
#[component]
fn Stays(
    when: &'static str,
    label: &'static str,
    empty: &'static str,
    list: StayList,
) -> impl IntoView {
    let heading =
        (!when.is_empty()).then(|| view! { <h4>{format!("{when} ({})", list.total)}</h4> });
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
                        <span class="today__detail">{format!("{} to {} · {}", s.check_in, s.check_out, guests(s.guests))}</span>
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
        return view! { <p class="muted">"No requests waiting"</p> }.into_any();
    }
    let shown = list.items.len();
    view! {
        <ul class="today__list" aria-label="Requests waiting">
            {list.items.into_iter().map(|r| view! {
                <li>
                    <a href=format!("/trips/{}", r.booking_id)>{format!("Answer {}", r.guest_name)}</a>
                    " · "{r.listing_title}
                    <span class="today__detail">{format!("{} to {} · {}", r.check_in, r.check_out, guests(r.guests))}</span>
                    <span class="today__left">
                        <time datetime=r.expires_at>{format!("{} left", duration(Some(r.seconds_left)))}</time>
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
        return view! { <p class="muted">"No reviews due"</p> }.into_any();
    }
    let shown = list.items.len();
    view! {
        <ul class="today__list" aria-label="Reviews due">
            {list.items.into_iter().map(|r| {
                let left = match r.days_left {
                    0 => "last day".to_string(),
                    1 => "1 day left".to_string(),
                    n => format!("{n} days left"),
                };
                view! {
                    <li>
                        <a href=format!("/trips/{}/review", r.booking_id)>{format!("Review {}", r.guest_name)}</a>
                        " · "{r.listing_title}
                        <span class="today__detail">{format!("Left {} · reviews close {}", r.check_out, r.closes_on)}</span>
                        <span class="today__left">{left}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        {more(list.total, shown)}
    }
    .into_any()
}
