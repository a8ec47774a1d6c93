//! Calendar sync with other sites (`/host/listings/:id/calendar/sync`): the listing's
//! private export address, the calendars it imports with how each sync went, the form to
//! add one, and imported events that clash with bookings. Every form works without
//! JavaScript.

pub mod api;
mod export;
mod feeds;

use crate::app::components::{ErrorView, FormAlert, RowsSkeleton, submission_error};
use crate::app::types::AppError;
use crate::tr;
use api::{
    AddCalendarFeed, DismissCalendarConflict, RegenerateCalendarExport, RemoveCalendarFeed,
    SyncCalendarFeed, load_calendar_sync,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;

/// The page's actions, shared by its parts.
#[derive(Clone, Copy)]
struct Actions {
    add: ServerAction<AddCalendarFeed>,
    remove: ServerAction<RemoveCalendarFeed>,
    sync: ServerAction<SyncCalendarFeed>,
    regenerate: ServerAction<RegenerateCalendarExport>,
    dismiss: ServerAction<DismissCalendarConflict>,
}

/// `/host/listings/:id/calendar/sync`.
#[component]
pub fn CalendarSyncPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let actions = Actions {
        add: ServerAction::new(),
        remove: ServerAction::new(),
        sync: ServerAction::new(),
        regenerate: ServerAction::new(),
        dismiss: ServerAction::new(),
    };
    let data = Resource::new(
        move || {
            (
                id.get(),
                actions.add.version().get(),
                actions.remove.version().get(),
                actions.sync.version().get(),
                actions.regenerate.version().get(),
                actions.dismiss.version().get(),
            )
        },
        |(id, ..)| async move {
            match id {
                Some(id) => load_calendar_sync(id).await,
                None => Err(AppError::NotFound("Listing".into())),
            }
        },
    );
    // Errors of the buttons (a "Sync now" too soon, a feed already gone); the add form shows
    // its own next to its fields.
    let remove_error = submission_error(
        move || actions.remove.value().get().and_then(Result::err),
        RemoveCalendarFeed::PATH,
    );
    let sync_error = submission_error(
        move || actions.sync.value().get().and_then(Result::err),
        SyncCalendarFeed::PATH,
    );
    let dismiss_error = submission_error(
        move || actions.dismiss.value().get().and_then(Result::err),
        DismissCalendarConflict::PATH,
    );
    view! {
        <Title text=tr!("calendar-sync-title")/>
        <section class="container section host calendar-sync">
            <p><a href=move || format!("/host/listings/{}/calendar", id.get().unwrap_or_default())>{tr!("calendar-sync-back")}</a></p>
            <h1>{tr!("calendar-sync-heading")}</h1>
            <FormAlert error=remove_error/>
            <FormAlert error=sync_error/>
            <FormAlert error=dismiss_error/>
            <Transition fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((address, sync)) => view! {
                            <export::ExportPanel listing=sync.listing_id address regenerate=actions.regenerate/>
                            <export::Conflicts listing=sync.listing_id conflicts=sync.conflicts dismiss=actions.dismiss/>
                            <feeds::FeedList listing=sync.listing_id feeds=sync.feeds actions/>
                            <feeds::AddFeed listing=sync.listing_id add=actions.add/>
                        }
                        .into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id
                                .get_untracked()
                                .map(|i| format!("/signin?next=/host/listings/{i}/calendar/sync"))
                                .unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
