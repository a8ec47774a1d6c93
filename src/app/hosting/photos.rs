//! The photo manager (`/host/listings/:id/photos`): upload, order, caption and remove.

use super::{editing_id, loading};
use crate::app::components::{ErrorView, FormAlert, busy_while, submission_error};
use crate::app::hosting::api::{MoveListingPhoto, SetListingListed, listing_editor};
use crate::app::types::AppError;
use crate::app::types::account::PhotoProblem;
use crate::app::types::hosting::{HostPhoto, ListingDraft, ListingStatus, PhotoMove};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::{A, Redirect};
use leptos_router::hooks::use_query_map;

/// `/host/listings/:id/photos`: upload, order, cover, delete; list or pause.
#[component]
pub fn ListingPhotosPage() -> impl IntoView {
    let id = editing_id();
    let move_photo = ServerAction::<MoveListingPhoto>::new();
    let set_listed = ServerAction::<SetListingListed>::new();
    // Said here: the fetcher below runs detached from the page's language.
    let not_found = tr!("hosting-not-found-listing");
    let draft = Resource::new(
        move || {
            (
                id.get(),
                move_photo.version().get(),
                set_listed.version().get(),
            )
        },
        move |(id, _, _)| {
            let not_found = not_found.clone();
            async move {
                match id {
                    Some(id) => listing_editor(Some(id)).await,
                    None => Err(AppError::NotFound(not_found)),
                }
            }
        },
    );
    view! {
        <Title text=tr!("hosting-photos-title")/>
        <section class="container section photos-manager">
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    match draft.await {
                        Ok(d) => view! { <PhotoManager draft=d move_photo set_listed/> }.into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id.get().map(|i| format!("/signin?next=/host/listings/{i}/photos")).unwrap_or_else(|| "/signin".into());
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
fn PhotoManager(
    draft: ListingDraft,
    move_photo: ServerAction<MoveListingPhoto>,
    set_listed: ServerAction<SetListingListed>,
) -> impl IntoView {
    let id = draft.id.unwrap_or_default();
    let query = use_query_map();
    let created = move || query.read().get_str("created") == Some("1");
    let added = move || {
        query
            .read()
            .get("added")
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| *n > 0)
    };
    let problem = move || {
        query.read().get_str("photo_error").map(|code| match code {
            "too_many" => tr!("hosting-photos-too-many"),
            code => PhotoProblem::from_code(code)
                .map(PhotoProblem::message)
                .unwrap_or_else(|| tr!("hosting-photos-upload-failed")),
        })
    };
    let move_error = submission_error(
        move || move_photo.value().get().and_then(Result::err),
        MoveListingPhoto::PATH,
    );
    let listed_error = submission_error(
        move || set_listed.value().get().and_then(Result::err),
        SetListingListed::PATH,
    );
    let title = draft.form.get("title").cloned().unwrap_or_default();
    let listed = draft.status == Some(ListingStatus::Listed);
    let count = draft.photos.len();
    let status = emphasised(if listed {
        tr!("hosting-photos-status-listed")
    } else {
        tr!("hosting-photos-status-paused")
    });
    let photos = draft
        .photos
        .into_iter()
        .map(|p| view! { <PhotoTile listing=id photo=p count move_photo/> })
        .collect_view();
    view! {
        <h1>{tr!("hosting-photos-heading", title = title)}</h1>
        <p class="form-notice" role="status" hidden=move || !created()>
            {tr!("hosting-photos-created")}
        </p>
        {move || added().map(|n| view! {
            <p class="form-notice" role="status">{tr!("hosting-photos-added", count = n)}</p>
        })}
        {move || problem().map(|m| view! { <p class="form-alert" role="alert">{m}</p> })}
        <FormAlert error=move_error/>
        <FormAlert error=listed_error/>
        <div class="photos-manager__status">
            <p>{status}</p>
            <ActionForm action=set_listed>
                <input type="hidden" name="listing" value=id/>
                <input type="hidden" name="listed" value=if listed { "false" } else { "true" }/>
                <input type="hidden" name="next" value="photos"/>
                <button type="submit" {..busy_while(set_listed.pending())} class="button">{if listed { tr!("hosting-photos-pause") } else { tr!("hosting-photos-list") }}</button>
            </ActionForm>
        </div>
        <form class="form photos-manager__upload" method="post" action=format!("/host/listings/{id}/photos") enctype="multipart/form-data">
            <div class="field">
                <label for="field-photos">{tr!("hosting-photos-add")}</label>
                <input id="field-photos" type="file" name="photos" multiple=true accept="image/jpeg,image/png,image/webp"/>
                <p class="field__hint">{tr!("hosting-photos-add-hint")}</p>
            </div>
            <div class="field">
                <label for="field-alt">{tr!("hosting-photos-alt")}</label>
                <input id="field-alt" type="text" name="alt" maxlength="200"/>
            </div>
            <button type="submit" class="button">{tr!("hosting-photos-upload")}</button>
        </form>
        {if count == 0 {
            view! { <p class="empty">{tr!("hosting-photos-empty")}</p> }.into_any()
        } else {
            view! { <ol class="photo-grid">{photos}</ol> }.into_any()
        }}
        <p class="photos-manager__links">
            <A href=format!("/host/listings/{id}/edit?step=basics")>{tr!("hosting-photos-edit-details")}</A>
            " · "
            <A href="/host/listings">{tr!("hosting-photos-back")}</A>
            " · "
            <a href=format!("/listings/{id}")>{tr!("hosting-photos-preview")}</a>
        </p>
    }
}

#[component]
fn PhotoTile(
    listing: i64,
    photo: HostPhoto,
    count: usize,
    move_photo: ServerAction<MoveListingPhoto>,
) -> impl IntoView {
    let position = photo.position as usize;
    let number = position + 1;
    let button = move |to: PhotoMove, disabled: bool| {
        let (label, aria_label) = match to {
            PhotoMove::Cover => (
                tr!("hosting-photo-make-cover"),
                tr!("hosting-photo-make-cover-named", number = number),
            ),
            PhotoMove::Earlier => (
                tr!("hosting-photo-move-earlier"),
                tr!("hosting-photo-move-earlier-named", number = number),
            ),
            PhotoMove::Later => (
                tr!("hosting-photo-move-later"),
                tr!("hosting-photo-move-later-named", number = number),
            ),
            PhotoMove::Delete => (
                tr!("hosting-photo-delete"),
                tr!("hosting-photo-delete-named", number = number),
            ),
        };
        let to = match to {
            PhotoMove::Cover => "cover",
            PhotoMove::Earlier => "earlier",
            PhotoMove::Later => "later",
            PhotoMove::Delete => "delete",
        };
        view! {
            <ActionForm action=move_photo>
                <input type="hidden" name="listing" value=listing/>
                <input type="hidden" name="photo" value=photo.id/>
                <input type="hidden" name="to" value=to/>
                <button type="submit" class="button button--quiet button--small" disabled=disabled
                    aria-label=aria_label>{label}</button>
            </ActionForm>
        }
    };
    let alt = if photo.alt.is_empty() {
        tr!("hosting-photo-number", number = number)
    } else {
        photo.alt.clone()
    };
    view! {
        <li class="photo-grid__item" data-photo=photo.id>
            <img src=photo.url alt=alt width=photo.width height=photo.height loading="lazy"/>
            <p class="photo-grid__caption">
                {if position == 0 { tr!("hosting-photo-cover") } else { tr!("hosting-photo-number", number = number) }}
                {(!photo.processed).then(|| view! { <span class="muted">{tr!("hosting-photo-resizing")}</span> })}
            </p>
            <div class="photo-grid__actions">
                {button(PhotoMove::Cover, position == 0)}
                {button(PhotoMove::Earlier, position == 0)}
                {button(PhotoMove::Later, position + 1 >= count)}
                {button(PhotoMove::Delete, false)}
            </div>
        </li>
    }
}

/// A message with one `<strong>…</strong>` span in it, rendered as such (the rest is
/// text, so a translation cannot inject other markup).
fn emphasised(message: String) -> impl IntoView {
    let (before, rest) = message
        .split_once("<strong>")
        .map_or((message.as_str(), ""), |(b, r)| (b, r));
    let (strong, after) = rest.split_once("</strong>").unwrap_or((rest, ""));
    let (before, strong, after) = (before.to_string(), strong.to_string(), after.to_string());
    view! { {before}<strong>{strong}</strong>{after} }
}
