//! "Your listings" (`/host/listings`): each listing with its state and what to do next.

use super::loading;
use crate::app::components::{ErrorView, FormAlert, busy_while, submission_error};
use crate::app::hosting::api::{DeleteListing, SetListingListed, host_listings};
use crate::app::reviews::HostStandingSection;
use crate::app::types::AppError;
use crate::app::types::hosting::{HostListing, ListingStatus};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/host/listings`: the signed-in person's listings, with what they can do to each.
#[component]
pub fn HostListingsPage() -> impl IntoView {
    let set_listed = ServerAction::<SetListingListed>::new();
    let delete = ServerAction::<DeleteListing>::new();
    let listings = Resource::new(
        move || (set_listed.version().get(), delete.version().get()),
        |_| host_listings(),
    );
    let listed_error = submission_error(
        move || set_listed.value().get().and_then(Result::err),
        SetListingListed::PATH,
    );
    let delete_error = submission_error(
        move || delete.value().get().and_then(Result::err),
        DeleteListing::PATH,
    );
    let query = use_query_map();
    let deleted = move || query.read().get_str("deleted") == Some("1");
    view! {
        <Title text=tr!("hosting-listings-title")/>
        <section class="container section host">
            <div class="host__heading">
                <h1>{tr!("hosting-listings-title")}</h1>
                <a class="button" href="/host/listings/new?step=basics">{tr!("hosting-create")}</a>
            </div>
            <p class="form-notice" role="status" hidden=move || !deleted()>{tr!("hosting-listings-deleted")}</p>
            <FormAlert error=listed_error/>
            <FormAlert error=delete_error/>
            <HostStandingSection/>
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match listings.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty">{tr!("hosting-listings-empty")}</p>
                        }.into_any(),
                        Ok(list) => view! {
                            <ul class="host-list">
                                {list.into_iter().map(|l| view! { <HostListingRow listing=l set_listed delete/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/host/listings"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn HostListingRow(
    listing: HostListing,
    set_listed: ServerAction<SetListingListed>,
    delete: ServerAction<DeleteListing>,
) -> impl IntoView {
    let id = listing.id;
    let listed = listing.status == ListingStatus::Listed;
    let (status, status_class) = if listed {
        (tr!("hosting-status-listed"), "badge badge--ok")
    } else {
        (tr!("hosting-status-paused"), "badge")
    };
    let cover = listing.cover_photo.map(|p| {
        view! { <img src=p.url alt="" width="96" height="72" loading="lazy" class="host-list__cover"/> }
    });
    let summary = tr!(
        "hosting-listing-summary",
        city = listing.city.clone(),
        country = listing.country.clone(),
        price = crate::app::i18n::money(listing.price_per_night),
        photos = listing.photo_count,
        upcoming = listing.upcoming_stays,
    );
    let title = listing.title.clone();
    let (toggle, toggle_label) = if listed {
        (
            tr!("hosting-pause"),
            tr!("hosting-pause-named", title = title),
        )
    } else {
        (
            tr!("hosting-list"),
            tr!("hosting-list-named", title = title),
        )
    };
    view! {
        <li class="host-list__item" data-listing=id>
            {cover}
            <div class="host-list__body">
                <h2 class="host-list__title"><a href=format!("/listings/{id}")>{listing.title.clone()}</a></h2>
                <p class="muted">{summary}</p>
                <span class=status_class>{status}</span>
            </div>
            <div class="host-list__actions">
                <a class="button button--quiet" href=format!("/host/listings/{id}/edit?step=basics")>{tr!("hosting-action-edit")}</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/photos")>{tr!("hosting-action-photos")}</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/calendar")>{tr!("hosting-action-calendar")}</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/guidebook")>{tr!("hosting-action-guidebook")}</a>
                <ActionForm action=set_listed>
                    <input type="hidden" name="listing" value=id/>
                    <input type="hidden" name="listed" value=if listed { "false" } else { "true" }/>
                    <button type="submit" {..busy_while(set_listed.pending())} class="button button--quiet" aria-label=toggle_label>
                        {toggle}
                    </button>
                </ActionForm>
                <details class="host-list__delete">
                    <summary class="button button--quiet">{tr!("hosting-delete-open")}</summary>
                    <ActionForm action=delete>
                        <input type="hidden" name="listing" value=id/>
                        <p>{tr!("hosting-delete-warning")}</p>
                        <button type="submit" {..busy_while(delete.pending())} class="button button--danger">{tr!("hosting-delete-named", title = listing.title.clone())}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}
