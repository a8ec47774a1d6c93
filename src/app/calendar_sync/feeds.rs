//! The imported calendars, each with its last sync and its buttons, and the form to add one.

use super::Actions;
use super::api::AddCalendarFeed;
use crate::app::components::{Field, FormAlert, busy_while, submission_error};
use crate::app::types::calendar_sync::{CalendarFeed, FeedStatus, moment_text};
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
            <h2 id="import-heading">"Import: other sites’ calendars"</h2>
            <p>
                "Haven reads each of these every 15 minutes. Their events block nights here, so guests "
                "cannot book them; your own blocks and Haven bookings are never changed by them."
            </p>
            {empty.then(|| view! { <p class="empty">"No calendars imported yet."</p> })}
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
        .unwrap_or_else(|| "never".into());
    let sync_label = format!("Sync now: {}", feed.name);
    let remove_label = format!("Remove: {}", feed.name);
    view! {
        <li class="calendar-sync__feed" data-feed=feed.id data-status=status>
            <h3>{feed.name.clone()}</h3>
            <p class="calendar-sync__url muted">{feed.url.clone()}</p>
            <p class=format!("calendar-sync__status calendar-sync__status--{status}")>{feed.message.clone()}</p>
            <p class="muted">
                {format!("Last sync: {last}")}
                {feed.syncing.then_some(" · a sync is under way")}
            </p>
            <div class="calendar-sync__feed-actions">
                <ActionForm action=actions.sync>
                    <input type="hidden" name="listing" value=listing/>
                    <input type="hidden" name="feed" value=feed.id/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.sync.pending())}
                        aria-label=sync_label>"Sync now"</button>
                </ActionForm>
                <ActionForm action=actions.remove>
                    <input type="hidden" name="listing" value=listing/>
                    <input type="hidden" name="feed" value=feed.id/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.remove.pending())}
                        aria-label=remove_label>"Remove"</button>
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
            <h2 id="add-feed-heading">"Import a calendar"</h2>
            <ActionForm action=add attr:class="form calendar-sync__add">
                <FormAlert error/>
                <input type="hidden" name="listing" value=listing/>
                <Field label="Name" name="name" hint="What you call it, e.g. “Airbnb” or “Vrbo”." error/>
                <Field label="Calendar address" name="url" kind="url"
                    hint="The other site’s export address (iCal, .ics), starting with https://." error/>
                <button type="submit" {..busy_while(add.pending())} class="button">"Import calendar"</button>
            </ActionForm>
        </section>
    }
}
