//! `/host/listings/:id/guidebook`: the places a host recommends, and the form to add one.
//! Both forms work without JavaScript; errors name the field and keep what was typed.

use super::ActivityCard;
use super::api::{AddGuidebookEntry, RemoveGuidebookEntry, load_guidebook};
use crate::app::components::{
    Choice, ErrorView, Field, FormAlert, FormError, RowsSkeleton, busy_while, submission_error,
};
use crate::app::types::AppError;
use crate::app::types::activities::{ActivityCategory, GuidebookPage as Page};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn GuidebookPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let add = ServerAction::<AddGuidebookEntry>::new();
    let remove = ServerAction::<RemoveGuidebookEntry>::new();
    let data = Resource::new(
        move || (id.get(), add.version().get(), remove.version().get()),
        |(id, ..)| async move {
            match id {
                Some(id) => load_guidebook(id).await,
                None => Err(AppError::NotFound("Listing".into())),
            }
        },
    );
    let add_error = submission_error(
        move || add.value().get().and_then(Result::err),
        AddGuidebookEntry::PATH,
    );
    let remove_error = submission_error(
        move || remove.value().get().and_then(Result::err),
        RemoveGuidebookEntry::PATH,
    );
    let query = use_query_map();
    let added = move || {
        query.read().get_str("added") == Some("1") || add.value().get().is_some_and(|r| r.is_ok())
    };
    view! {
        <Title text=tr!("assistant-guidebook-title")/>
        <section class="container section host guidebook">
            <Transition fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! {
                            <p><a href=format!("/host/listings/{}/edit", page.listing_id)>{tr!("assistant-guidebook-back")}</a></p>
                            <h1>{tr!("assistant-guidebook-heading", title = page.title.clone())}</h1>
                            <p>{tr!("assistant-guidebook-about")}</p>
                            <p class="form-notice" role="status" hidden=move || !added()>{tr!("assistant-guidebook-added")}</p>
                            <FormAlert error=remove_error/>
                            <Places page=page.clone() remove/>
                            <AddPlace page add error=add_error/>
                        }
                        .into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id
                                .get_untracked()
                                .map(|i| format!("/signin?next=/host/listings/{i}/guidebook"))
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

#[component]
fn Places(page: Page, remove: ServerAction<RemoveGuidebookEntry>) -> impl IntoView {
    if page.places.is_empty() {
        return view! { <p class="empty">{tr!("assistant-guidebook-empty")}</p> }.into_any();
    }
    let listing = page.listing_id;
    view! {
        <ul class="activities guidebook__places" aria-label=tr!("assistant-guidebook-list")>
            {page.places.into_iter().map(|a| {
                let place = a.key.trim_start_matches("guidebook:").to_string();
                let label = tr!("assistant-guidebook-remove-place", name = a.name.clone());
                view! {
                    <ActivityCard activity=a>
                        <ActionForm action=remove>
                            <input type="hidden" name="listing" value=listing/>
                            <input type="hidden" name="place" value=place.clone()/>
                            <button type="submit" class="button button--quiet button--small"
                                {..busy_while(remove.pending())} aria-label=label.clone()>{tr!("assistant-guidebook-remove")}</button>
                        </ActionForm>
                    </ActivityCard>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn AddPlace(page: Page, add: ServerAction<AddGuidebookEntry>, error: FormError) -> impl IntoView {
    let categories = ActivityCategory::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), c.label()))
        .collect::<Vec<_>>();
    let prices = [
        ("0", tr!("assistant-price-free")),
        ("1", tr!("assistant-price-inexpensive")),
        ("2", "€€".to_string()),
        ("3", "€€€".to_string()),
        ("4", tr!("assistant-price-very-expensive")),
    ]
    .into_iter()
    .map(|(v, l)| (v.to_string(), l))
    .collect::<Vec<_>>();
    view! {
        <section class="guidebook__add" aria-labelledby="add-place-heading">
            <h2 id="add-place-heading">{tr!("assistant-guidebook-add-heading")}</h2>
            <ActionForm action=add attr:class="form">
                <FormAlert error/>
                <input type="hidden" name="listing" value=page.listing_id/>
                <Field label=tr!("assistant-guidebook-name") name="name" hint=tr!("assistant-guidebook-name-hint") error/>
                <Choice label=tr!("assistant-guidebook-category") name="category" options=categories initial=ActivityCategory::Food.as_str().to_string() error/>
                <Field label=tr!("assistant-guidebook-latitude") name="latitude" initial=format!("{:.5}", page.latitude)
                    hint=tr!("assistant-guidebook-latitude-hint") error/>
                <Field label=tr!("assistant-guidebook-longitude") name="longitude" initial=format!("{:.5}", page.longitude) error/>
                <Field label=tr!("assistant-guidebook-hours") name="opening_hours"
                    hint=tr!("assistant-guidebook-hours-hint") error/>
                <Field label=tr!("assistant-guidebook-duration") name="duration_min" kind="number" initial="60".to_string() error/>
                <Choice label=tr!("assistant-guidebook-price") name="price_level" options=prices initial="1".to_string() error/>
                <div class="check">
                    <input type="checkbox" id="field-indoor" name="indoor" value="true"/>
                    <label for="field-indoor">{tr!("assistant-guidebook-indoor")}</label>
                </div>
                <div class="check">
                    <input type="checkbox" id="field-kid_friendly" name="kid_friendly" value="true"/>
                    <label for="field-kid_friendly">{tr!("assistant-good-for-children")}</label>
                </div>
                <Field label=tr!("assistant-guidebook-tip") name="description" multiline=true
                    hint=tr!("assistant-guidebook-tip-hint", max = 500) error/>
                <button type="submit" {..busy_while(add.pending())} class="button">{tr!("assistant-guidebook-add")}</button>
            </ActionForm>
        </section>
    }
}
