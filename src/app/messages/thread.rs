//! `/inbox/:id`: one conversation with its listing and stay, the messages, a read
//! receipt, and the reply form (which posts without JavaScript and comes back here).
//! With JavaScript a new message appears without reloading: the page keeps one long
//! poll open (`wait_messages`) and appends what it answers below the thread (marking it
//! read), without rendering the page again, so a reply being typed keeps its text and
//! focus. Sending refetches the whole thread.

use super::MessageBody;
use super::api::{SendMessage, mark_conversation_read, open_conversation, wait_messages};
use super::inbox::{status_label, stay_text};
use crate::app::bookings::trips::short_time;
use crate::app::components::{
    ErrorView, Field, FormAlert, RowsSkeleton, busy_while, submission_error,
};
use crate::app::types::AppError;
use crate::app::types::message::{Message, Side, Thread};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// `/inbox/:id`.
#[component]
pub fn ThreadPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let send = ServerAction::<SendMessage>::new();
    // What the long poll brought since the thread was loaded (shown after it, without
    // those it already has).
    let arrived = RwSignal::new(Vec::<Message>::new());
    let thread = Resource::new(
        move || (id.get(), send.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => open_conversation(id).await,
                None => Err(AppError::NotFound("Conversation".into())),
            }
        },
    );
    live_updates(id, thread, arrived);
    let error = submission_error(
        move || send.value().get().and_then(Result::err),
        SendMessage::PATH,
    );
    view! {
        <Title text=tr!("messages-thread-title")/>
        <section class="container section thread-page">
            <Transition fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    match thread.await {
                        Ok(t) => view! { <ThreadView t send error arrived/> }.into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id.get_untracked().map(|i| format!("/signin?next=/inbox/{i}")).unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// In the browser only (an effect): waits for messages after the newest one shown,
/// appends them to `arrived` and marks the conversation read; stops when the page goes
/// away.
fn live_updates(
    id: Memo<Option<i64>>,
    thread: Resource<Result<Thread, AppError>>,
    arrived: RwSignal<Vec<Message>>,
) {
    let running = Arc::new(AtomicBool::new(false));
    let alive = Arc::new(AtomicBool::new(true));
    {
        let alive = alive.clone();
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }
    Effect::new(move |_| {
        let Some(Ok(t)) = thread.get() else {
            return;
        };
        let Some(conversation) = id.get_untracked() else {
            return;
        };
        // One poll at a time; it follows the newest message itself.
        if running.swap(true, Ordering::Relaxed) {
            return;
        }
        let after = t.messages.last().map_or(0, |m| m.id);
        let (alive, running) = (alive.clone(), running.clone());
        leptos::task::spawn_local(async move {
            let mut after = after;
            let mut failures = 0u32;
            while alive.load(Ordering::Relaxed) && failures < 5 {
                match wait_messages(conversation, after).await {
                    Ok(new) => {
                        failures = 0;
                        if let Some(last) = new.last() {
                            after = last.id;
                            if alive.load(Ordering::Relaxed) {
                                arrived.update(|shown| shown.extend(new));
                                // Seen as it arrives; a failure only leaves it unread.
                                let _ = mark_conversation_read(conversation).await;
                            }
                        }
                    }
                    // The network or the server is away: give up after a few tries in a
                    // row; a reload starts again.
                    Err(_) => failures += 1,
                }
            }
            running.store(false, Ordering::Relaxed);
        });
    });
}

#[component]
fn ThreadView(
    t: Thread,
    send: ServerAction<SendMessage>,
    error: crate::app::components::FormError,
    arrived: RwSignal<Vec<Message>>,
) -> impl IntoView {
    let c = t.conversation;
    let other = match c.viewer {
        Side::Guest => tr!("messages-other-host", name = c.other_name.as_str()),
        Side::Host => tr!("messages-other-guest", name = c.other_name.as_str()),
    };
    let booking_link = c.booking_id.map(|b| {
        view! { " · "<a href=format!("/trips/{b}")>{tr!("messages-view-booking")}</a> }
    });
    // The read receipt: under the viewer's newest message, once the other person saw it.
    let my_last = t.messages.iter().rev().find(|m| m.mine).map(|m| m.id);
    let seen = my_last
        .filter(|id| *id <= t.other_read_id)
        .and(t.other_read_at.clone());
    let count = t.messages.len();
    // The newest message loaded: anything the long poll brought up to it is shown already.
    let loaded = t.messages.last().map_or(0, |m| m.id);
    let later = move || {
        arrived
            .get()
            .into_iter()
            .filter(|m| m.id > loaded)
            .collect::<Vec<_>>()
    };
    let conversation = c.id;
    view! {
        <header class="trip-page__header">
            <h1>{c.listing_title.clone()}</h1>
            <p class="muted">{format!("{other} · {} · {}", status_label(&c.status), stay_text(&c))}</p>
            <p>
                <a href=format!("/listings/{}", c.listing_id)>{tr!("messages-view-listing")}</a>
                {booking_link}
                " · "<a href="/inbox">{tr!("messages-all")}</a>
            </p>
        </header>
        <section class="listing__section" aria-labelledby="messages-heading">
            <h2 id="messages-heading">{tr!("messages-heading")}</h2>
            {(count == 0).then(|| view! { <p class="empty">{tr!("messages-thread-empty")}</p> })}
            <ol class="thread" aria-labelledby="messages-heading" aria-live="polite" data-count=count>
                {t.messages.into_iter().map(|m| {
                    let receipt = (Some(m.id) == my_last).then(|| seen.clone()).flatten();
                    view! { <MessageItem m receipt/> }
                }).collect_view()}
                <For each=later key=|m| m.id let:m>
                    <MessageItem m receipt=None/>
                </For>
            </ol>
        </section>
        <section class="listing__section" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{tr!("messages-reply")}</h2>
            <ActionForm action=send>
                <FormAlert error/>
                <input type="hidden" name="conversation" value=conversation/>
                <Field label=tr!("messages-message") name="body" multiline=true keep=true error/>
                <button type="submit" class="button" {..busy_while(send.pending())}>{tr!("messages-send")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MessageItem(m: Message, receipt: Option<String>) -> impl IntoView {
    let who = if m.mine {
        tr!("messages-you")
    } else {
        m.sender_name.clone()
    };
    view! {
        <li class="message" class:message--mine=m.mine data-message=m.id>
            <p class="message__meta">
                <strong>{who}</strong>" · "
                <time datetime=m.sent_at.clone()>{short_time(&m.sent_at)}</time>
            </p>
            <MessageBody text=m.body/>
            {receipt.map(|at| view! { <p class="message__receipt muted">{tr!("messages-seen", time = short_time(&at))}</p> })}
        </li>
    }
}
