//! "Your listings" (`/host/listings`): each listing with its state and what to do next.

use super::loading;
use crate::app::components::{ErrorView, FormAlert, busy_while, submission_error};
use crate::app::hosting::api::{DeleteListing, SetListingListed, host_listings};
use crate::app::reviews::HostStandingSection;
use crate::app::types::AppError;
use crate::app::types::hosting::{HostListing, ListingStatus};
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
        <Title text="Your listings"/>
        <section class="container section host">
            <div class="host__heading">
                <h1>"Your listings"</h1>
                <a class="button" href="/host/listings/new?step=basics">"Create a listing"</a>
            </div>
            <p class="form-notice" role="status" hidden=move || !deleted()>"The listing is deleted."</p>
            <FormAlert error=listed_error/>
            <FormAlert error=delete_error/>
            <HostStandingSection/>
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match listings.await {
                        Ok(list) if list.is_empty() => view! {
                            <p class="empty">"You have no listings yet. Create one: it takes a few minutes."</p>
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
        ("Listed", "badge badge--ok")
    } else {
        ("Paused", "badge")
    };
    let cover = listing.cover_photo.map(|p| {
        view! { <img src=p.url alt="" width="96" height="72" loading="lazy" class="host-list__cover"/> }
    });
    let photos = match listing.photo_count {
        1 => "1 photo".to_string(),
        n => format!("{n} photos"),
    };
    let upcoming = match listing.upcoming_stays {
        0 => None,
        1 => Some("1 upcoming stay".to_string()),
        n => Some(format!("{n} upcoming stays")),
    };
    let title = listing.title.clone();
    view! {
        <li class="host-list__item" data-listing=id>
            {cover}
            <div class="host-list__body">
                <h2 class="host-list__title"><a href=format!("/listings/{id}")>{listing.title.clone()}</a></h2>
                <p class="muted">
                    {format!("{}, {} · {} a night · {photos}", listing.city, listing.country, listing.price_per_night.display())}
                    {upcoming.map(|u| format!(" · {u}"))}
                </p>
                <span class=status_class>{status}</span>
            </div>
            <div class="host-list__actions">
                <a class="button button--quiet" href=format!("/host/listings/{id}/edit?step=basics")>"Edit"</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/photos")>"Photos"</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/calendar")>"Calendar"</a>
                <a class="button button--quiet" href=format!("/host/listings/{id}/guidebook")>"Guidebook"</a>
                <ActionForm action=set_listed>
                    <input type="hidden" name="listing" value=id/>
                    <input type="hidden" name="listed" value=if listed { "false" } else { "true" }/>
                    <button type="submit" {..busy_while(set_listed.pending())} class="button button--quiet" aria-label=format!("{} {title}", if listed { "Pause" } else { "List" })>
                        {if listed { "Pause" } else { "List" }}
                    </button>
                </ActionForm>
                <details class="host-list__delete">
                    <summary class="button button--quiet">"Delete…"</summary>
                    <ActionForm action=delete>
                        <input type="hidden" name="listing" value=id/>
                        <p>"Guests will no longer find it. Past stays keep their records."</p>
                        <button type="submit" {..busy_while(delete.pending())} class="button button--danger">{format!("Delete {}", listing.title)}</button>
                    </ActionForm>
                </details>
            </div>
        </li>
    }
}
