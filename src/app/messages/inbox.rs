//! `/inbox`: the signed-in user's conversations, newest activity first; unread ones in
//! bold with their count.

use super::api::my_inbox;
use crate::app::bookings::trips::short_time;
use crate::app::components::{ErrorView, RowsSkeleton};
use crate::app::types::AppError;
use crate::app::types::message::{ConversationSummary, Inbox, Side};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// "Inquiry", "Pending", … for a conversation's status.
pub(super) fn status_label(status: &str) -> &'static str {
    match status {
        "inquiry" => "Inquiry",
        "pending" => "Request pending",
        "confirmed" => "Booked",
        "completed" => "Stay completed",
        "declined" => "Declined",
        "expired" => "Expired",
        "cancelled" => "Cancelled",
        _ => "Conversation",
    }
}

/// "2026-12-10 to 2026-12-12 · 2 guests", or what is known of the stay.
pub(super) fn stay_text(c: &ConversationSummary) -> String {
    let dates = match (&c.check_in, &c.check_out) {
        (Some(i), Some(o)) => Some(format!("{i} to {o}")),
        _ => None,
    };
    let guests = c.guest_count.map(|n| match n {
        1 => "1 guest".to_string(),
        n => format!("{n} guests"),
    });
    match (dates, guests) {
        (Some(d), Some(g)) => format!("{d} · {g}"),
        (Some(d), None) => d,
        (None, Some(g)) => g,
        (None, None) => "No dates yet".to_string(),
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
        <Title text="Inbox"/>
        <section class="container section host inbox">
            <h1>"Inbox"</h1>
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
            <p class="empty">"No messages yet. Ask a host a question from any listing page."</p>
        }
        .into_any();
    }
    let pages = (inbox.total + inbox.per_page - 1) / inbox.per_page;
    let newer = (inbox.page > 1).then(|| {
        view! { <a href=format!("/inbox?page={}", inbox.page - 1)>"Newer"</a> }
    });
    let older = (inbox.page < pages).then(|| {
        view! { <a href=format!("/inbox?page={}", inbox.page + 1)>"Older"</a> }
    });
    view! {
        <ul class="host-list inbox__list" aria-label="Conversations">
            {inbox.items.into_iter().map(|c| view! { <ConversationRow c/> }).collect_view()}
        </ul>
        <nav class="pager" aria-label="Inbox pages">{newer}" "{older}</nav>
    }
    .into_any()
}

#[component]
fn ConversationRow(c: ConversationSummary) -> impl IntoView {
    let unread = c.unread > 0;
    let role = match c.viewer {
        Side::Guest => format!("Host: {}", c.other_name),
        Side::Host => format!("Guest: {}", c.other_name),
    };
    let unread_text = match c.unread {
        0 => None,
        1 => Some("1 unread message".to_string()),
        n => Some(format!("{n} unread messages")),
    };
    let last = if c.last_message.is_empty() {
        "No messages yet".to_string()
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
