//! The imported calendars, each with its last sync and its buttons, and the form to add one.

use super::Actions;
use super::api::AddCalendarFeed;
use crate::app::components::{Field, FormAlert, busy_while, submission_error};
use crate::app::types::calendar_sync::{CalendarFeed, FeedStatus, moment_text};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// "Import": the calendars this listing imports.
#[component]
pub fn FeedList(listing: i64, feeds: Vec<CalendarFeed>, actions: Actions) -> impl IntoView {
    let empty = feeds.is_empty();
    let items = feeds
        .into_iter()
        .map(|f| view! { <FeedItem listing feed=f actions/> })
        .collect_view();
    view! {
        <section class="calendar-sync__part" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr!("calendar-sync-import-heading")}</h2>
            <p>{tr!("calendar-sync-import-intro")}</p>
            {empty.then(|| view! { <p class="empty">{tr!("calendar-sync-import-empty")}</p> })}
            <ul class="calendar-sync__feeds">{items}</ul>
        </section>
    }
}

#[component]
fn FeedItem(listing: i64, feed: CalendarFeed, actions: Actions) -> impl IntoView {
    let status = match feed.status {
        FeedStatus::Pending => "pending",
        FeedStatus::Updated | FeedStatus::Unchanged => "ok",
        FeedStatus::Failed => "failed",
    };
    let last = feed
        .last_attempt_at
        .as_deref()
        .map(moment_text)
        .unwrap_or_else(|| tr!("calendar-sync-never"));
    let last = if feed.syncing {
        tr!("calendar-sync-last-sync-syncing", when = last)
    } else {
        tr!("calendar-sync-last-sync", when = last)
    };
    let sync_label = tr!("calendar-sync-sync-now-label", name = feed.name.as_str());
    let remove_label = tr!("calendar-sync-remove-label", name = feed.name.as_str());
    view! {
        <li class="calendar-sync__feed" data-feed=feed.id data-status=status>
            <h3>{feed.name.clone()}</h3>
            <p class="calendar-sync__url muted">{feed.url.clone()}</p>
            <p class=format!("calendar-sync__status calendar-sync__status--{status}")>{feed.message.clone()}</p>
            <p class="muted">{last}</p>
            <div class="calendar-sync__feed-actions">
                <ActionForm action=actions.sync>
                    <input type="hidden" name="listing" value=listing/>
                    <input type="hidden" name="feed" value=feed.id/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.sync.pending())}
                        aria-label=sync_label>{tr!("calendar-sync-sync-now")}</button>
                </ActionForm>
                <ActionForm action=actions.remove>
                    <input type="hidden" name="listing" value=listing/>
                    <input type="hidden" name="feed" value=feed.id/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.remove.pending())}
                        aria-label=remove_label>{tr!("calendar-sync-remove")}</button>
                </ActionForm>
            </div>
        </li>
    }
}

/// The form to import a calendar.
#[component]
pub fn AddFeed(listing: i64, add: ServerAction<AddCalendarFeed>) -> impl IntoView {
    let error = submission_error(
        move || add.value().get().and_then(Result::err),
        AddCalendarFeed::PATH,
    );
    view! {
        <section class="calendar-sync__part" aria-labelledby="add-feed-heading">
            <h2 id="add-feed-heading">{tr!("calendar-sync-add-heading")}</h2>
            <ActionForm action=add attr:class="form calendar-sync__add">
                <FormAlert error/>
                <input type="hidden" name="listing" value=listing/>
                <Field label=tr!("calendar-sync-field-name") name="name" hint=tr!("calendar-sync-field-name-hint") error/>
                <Field label=tr!("calendar-sync-field-url") name="url" kind="url"
                    hint=tr!("calendar-sync-field-url-hint") error/>
                <button type="submit" {..busy_while(add.pending())} class="button">{tr!("calendar-sync-add")}</button>
            </ActionForm>
        </section>
    }
}
