//! `/inbox`: the signed-in user's conversations, newest activity first; unread ones in
//! bold with their count.

use super::api::my_inbox;
use crate::app::bookings::trips::short_time;
use crate::app::components::{ErrorView, RowsSkeleton};
use crate::app::i18n::{self, DateStyle};
use crate::app::types::AppError;
use crate::app::types::message::{ConversationSummary, Inbox, Side};
use crate::tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// "Inquiry", "Request pending", … for a conversation's status.
pub(super) fn status_label(status: &str) -> String {
    match status {
        "inquiry" => tr!("messages-status-inquiry"),
        "pending" => tr!("messages-status-pending"),
        "confirmed" => tr!("messages-status-confirmed"),
        "completed" => tr!("messages-status-completed"),
        "declined" => tr!("messages-status-declined"),
        "expired" => tr!("messages-status-expired"),
        "cancelled" => tr!("messages-status-cancelled"),
        _ => tr!("messages-status-other"),
    }
}

/// "Dec 10, 2026 to Dec 12, 2026 · 2 guests", or what is known of the stay.
pub(super) fn stay_text(c: &ConversationSummary) -> String {
    let day = |iso: &str| i18n::date(iso, DateStyle::Date);
    match (&c.check_in, &c.check_out, c.guest_count) {
        (Some(i), Some(o), Some(guests)) => tr!(
            "messages-stay-dates-guests",
            check_in = day(i),
            check_out = day(o),
            guests = guests,
        ),
        (Some(i), Some(o), None) => {
            tr!("messages-stay-dates", check_in = day(i), check_out = day(o))
        }
        (_, _, Some(guests)) => tr!("messages-stay-guests", guests = guests),
        _ => tr!("messages-stay-unknown"),
    }
}

/// `/inbox`.
#[component]
pub fn InboxPage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|p| *p >= 1)
    });
    let inbox = Resource::new(move || page.get(), my_inbox);
    view! {
        <Title text=tr!("messages-inbox-title")/>
        <section class="container section host inbox">
            <h1>{tr!("messages-inbox-title")}</h1>
            <Suspense fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    match inbox.await {
                        Ok(inbox) => view! { <Conversations inbox/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/inbox"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Conversations(inbox: Inbox) -> impl IntoView {
    if inbox.items.is_empty() {
        return view! {
            <p class="empty">{tr!("messages-inbox-empty")}</p>
        }
        .into_any();
    }
    let pages = (inbox.total + inbox.per_page - 1) / inbox.per_page;
    let newer = (inbox.page > 1).then(|| {
        view! { <a href=format!("/inbox?page={}", inbox.page - 1)>{tr!("messages-inbox-newer")}</a> }
    });
    let older = (inbox.page < pages).then(|| {
        view! { <a href=format!("/inbox?page={}", inbox.page + 1)>{tr!("messages-inbox-older")}</a> }
    });
    view! {
        <ul class="host-list inbox__list" aria-label=tr!("messages-conversations")>
            {inbox.items.into_iter().map(|c| view! { <ConversationRow c/> }).collect_view()}
        </ul>
        <nav class="pager" aria-label=tr!("messages-inbox-pages")>{newer}" "{older}</nav>
    }
    .into_any()
}

#[component]
fn ConversationRow(c: ConversationSummary) -> impl IntoView {
    let unread = c.unread > 0;
    let role = match c.viewer {
        Side::Guest => tr!("messages-other-host", name = c.other_name.as_str()),
        Side::Host => tr!("messages-other-guest", name = c.other_name.as_str()),
    };
    let unread_text = (c.unread > 0).then(|| tr!("messages-unread", count = c.unread));
    let last = if c.last_message.is_empty() {
        tr!("messages-none-yet")
    } else {
        c.last_message.clone()
    };
    view! {
        <li class="host-list__item inbox__item" class:inbox__item--unread=unread data-conversation=c.id>
            <div class="host-list__body">
                <h2 class="host-list__title">
                    <a href=format!("/inbox/{}", c.id)>
                        {if unread { view! { <strong>{c.listing_title.clone()}</strong> }.into_any() } else { c.listing_title.clone().into_any() }}
                    </a>
                </h2>
                <p class="muted">{format!("{role} · {} · {}", status_label(&c.status), stay_text(&c))}</p>
                <p class="inbox__last">
                    {if unread { view! { <strong>{last}</strong> }.into_any() } else { last.into_any() }}
                </p>
                <p class="muted">
                    <time datetime=c.last_message_at.clone()>{short_time(&c.last_message_at)}</time>
                    {unread_text.map(|t| view! { " · "<span class="badge badge--wait" data-unread=c.unread>{t}</span> })}
                </p>
            </div>
        </li>
    }
}
