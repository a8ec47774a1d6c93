//! The host area: "Your listings" (`/host/listings`), the step-by-step listing editor
//! (`/host/listings/new`, `/host/listings/:id/edit`) and the photo manager
//! (`/host/listings/:id/photos`). Every form works without JavaScript.

use crate::app::components::map::LocationPicker;
use crate::app::components::{
    Choice, ErrorView, Field, FormAlert, FormError, RowsSkeleton, busy_while, submission_error,
};
use crate::app::hosting::api::{
    DeleteListing, DiscardListingDraft, MoveListingPhoto, SaveListingStep, SetListingListed,
    host_cities, host_listings, listing_editor,
};
use crate::app::types::AppError;
use crate::app::types::account::PhotoProblem;
use crate::app::types::catalog::PROPERTY_TYPES;
use crate::app::types::hosting::{
    AMENITY_PREFIX, CANCELLATION_POLICIES, HostListing, HostPhoto, ListingDraft, ListingForm,
    ListingStatus, PhotoMove, Step, editable_amenities,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::{A, Redirect};
use leptos_router::hooks::{use_params_map, use_query_map};

fn loading() -> impl IntoView {
    view! { <RowsSkeleton/> }
}

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

/// The editor's listing id: `None` on `/host/listings/new`.
fn editing_id() -> Memo<Option<i64>> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("id").and_then(|s| s.parse().ok()))
}

/// `/host/listings/new` and `/host/listings/:id/edit?step=…`: one step of the editor.
#[component]
pub fn ListingEditorPage() -> impl IntoView {
    let id = editing_id();
    let save = ServerAction::<SaveListingStep>::new();
    let discard = ServerAction::<DiscardListingDraft>::new();
    let draft = Resource::new(
        move || (id.get(), save.version().get()),
        |(id, _)| listing_editor(id),
    );
    let cities = Resource::new(|| (), |_| host_cities());
    let query = use_query_map();
    let step = Memo::new(move |_| {
        query
            .read()
            .get("step")
            .and_then(|s| Step::from_key(&s))
            .unwrap_or(Step::Basics)
    });
    let error = submission_error(
        move || save.value().get().and_then(Result::err),
        SaveListingStep::PATH,
    );
    let login = move || match id.get() {
        Some(id) => format!("/signin?next=/host/listings/{id}/edit"),
        None => "/signin?next=/host/listings/new".to_string(),
    };
    view! {
        <Title text=move || if id.get().is_some() { "Edit your listing" } else { "Create a listing" }/>
        <section class="container section editor">
            <Transition fallback=loading>
                {move || Suspend::new(async move {
                    let cities = cities.await.unwrap_or_default();
                    match draft.await {
                        Ok(d) => view! { <Editor draft=d step cities save discard error/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path=login()/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Editor(
    draft: ListingDraft,
    step: Memo<Step>,
    cities: Vec<String>,
    save: ServerAction<SaveListingStep>,
    discard: ServerAction<DiscardListingDraft>,
    error: FormError,
) -> impl IntoView {
    let ListingDraft { id, form, .. } = draft;
    let base = match id {
        Some(id) => format!("/host/listings/{id}/edit"),
        None => "/host/listings/new".to_string(),
    };
    let query = use_query_map();
    let saved =
        move || error.get().is_none() && query.read().get_str("saved").is_some() && id.is_some();
    let heading = match (id, form.get("title")) {
        (Some(_), Some(t)) if !t.is_empty() => format!("Edit “{t}”"),
        (Some(_), _) => "Edit your listing".to_string(),
        (None, _) => "Create a listing".to_string(),
    };
    let nav_base = base.clone();
    let nav = move || {
        let current = step.get();
        Step::ALL
            .into_iter()
            .map(|s| {
                let href = format!("{nav_base}?step={}", s.key());
                let here = s == current;
                view! {
                    <li class:editor__step--current=here>
                        <a href=href aria-current=here.then_some("step")>
                            <span class="editor__step-number">{s.number()}</span>
                            {s.title()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let listing_value = id.map(|i| i.to_string()).unwrap_or_default();
    let photos_link = id.map(|id| {
        view! { <a class="button button--quiet" href=format!("/host/listings/{id}/photos")>"Photos"</a> }
    });
    let fields = move || {
        let s = step.get();
        view! {
            <h2>{format!("{}. {}", s.number(), s.title())}</h2>
            <input type="hidden" name="step" value=s.key()/>
            {step_fields(s, &form, &cities, error)}
        }
    };
    let submit_label = move || match (id, step.get().next()) {
        (Some(_), _) => "Save",
        (None, Some(_)) => "Save and continue",
        (None, None) => "Create listing",
    };
    let discard_listing = listing_value.clone();
    view! {
        <h1>{heading}</h1>
        <nav aria-label="Steps" class="editor__nav"><ol>{nav}</ol></nav>
        <p class="form-notice" role="status" hidden=move || !saved()>"Saved."</p>
        <FormAlert error/>
        <ActionForm action=save attr:class="form editor__form" attr:novalidate=true>
            <input type="hidden" name="listing" value=listing_value/>
            {fields}
            <div class="editor__buttons">
                <button type="submit" {..busy_while(save.pending())} class="button">{submit_label}</button>
                {photos_link}
            </div>
        </ActionForm>
        <ActionForm action=discard attr:class="editor__discard">
            <input type="hidden" name="listing" value=discard_listing/>
            <button type="submit" {..busy_while(discard.pending())} class="button button--quiet">
                {if id.is_some() { "Discard unsaved changes" } else { "Discard this draft" }}
            </button>
        </ActionForm>
    }
}

/// The value of `key` in the draft, as typed.
fn value(form: &ListingForm, key: &str) -> String {
    form.get(key).cloned().unwrap_or_default()
}

fn options(table: &[(&str, &str)]) -> Vec<(String, String)> {
    table
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect()
}

/// A labelled checkbox, ticked as in the draft.
#[component]
fn Check(label: &'static str, name: String, checked: bool) -> impl IntoView {
    let id = format!("field-{name}");
    view! {
        <div class="check">
            <input type="checkbox" id=id.clone() name=name checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

fn step_fields(step: Step, form: &ListingForm, cities: &[String], error: FormError) -> AnyView {
    let v = |k: &str| value(form, k);
    match step {
        Step::Basics => view! {
            <Field label="Title" name="title" hint="What guests see first: 5 to 120 characters." initial=v("title") error/>
            <Choice label="Property type" name="property_type"
                options=std::iter::once((String::new(), "Choose…".to_string())).chain(options(PROPERTY_TYPES)).collect()
                initial=v("property_type") error/>
            <Field label="Description" name="description" multiline=true
                hint="The space, the neighbourhood, what makes it special (at least 20 characters)."
                initial=v("description") error/>
        }
        .into_any(),
        Step::Location => {
            let city_error = move || error.get().and_then(|e| e.field_error("city"));
            let city_options = cities
                .iter()
                .map(|c| view! { <option value=c.clone()></option> })
                .collect_view();
            view! {
                <div class="field" class:field--invalid=move || city_error().is_some()>
                    <label for="field-city">"City"</label>
                    <input id="field-city" name="city" list="host-cities" autocomplete="off" value=v("city")
                        aria-invalid=move || city_error().map(|_| "true")
                        aria-describedby=move || city_error().map(|_| "field-city-error")/>
                    <datalist id="host-cities">{city_options}</datalist>
                    <p class="field__hint">"Choose from the list, e.g. “Lisbon, Portugal”."</p>
                    {move || city_error().map(|m| view! { <p class="field__error" id="field-city-error">{m}</p> })}
                </div>
                <Field label="Street address" name="address" autocomplete="street-address"
                    hint="Shared with guests once they book." initial=v("address") error/>
                <fieldset class="editor__coordinates">
                    <legend>"Where exactly"</legend>
                    <p class="field__hint">"Click the map or type decimal degrees. Leave both empty to use the city centre."</p>
                    <Field label="Latitude" name="latitude" initial=v("latitude") error/>
                    <Field label="Longitude" name="longitude" initial=v("longitude") error/>
                    <LocationPicker latitude="field-latitude" longitude="field-longitude"
                        label="Place the listing on the map"/>
                </fieldset>
            }
            .into_any()
        }
        Step::Capacity => view! {
            <Field label="Guests" name="max_guests" kind="number" hint="Adults and children; infants are a house rule." initial=v("max_guests") error/>
            <Field label="Bedrooms" name="bedrooms" kind="number" hint="0 for a studio." initial=v("bedrooms") error/>
            <Field label="Beds" name="beds" kind="number" initial=v("beds") error/>
            <Field label="Bathrooms" name="bathrooms" hint="In half steps: 1.5 is a bathroom and a powder room." initial=v("bathrooms") error/>
        }
        .into_any(),
        Step::Amenities => {
            let boxes = editable_amenities()
                .map(|(key, label)| {
                    let name = format!("{AMENITY_PREFIX}{key}");
                    let checked = form.contains_key(&name);
                    view! { <Check label=*label name checked/> }
                })
                .collect_view();
            view! {
                <fieldset class="editor__amenities">
                    <legend>"What guests can use"</legend>
                    {boxes}
                </fieldset>
            }
            .into_any()
        }
        Step::Rules => view! {
            <Field label="Check-in from" name="check_in_after" hint="Local time, like 15:00." initial=v("check_in_after") error/>
            <Field label="Check-out by" name="check_out_before" hint="Local time, like 11:00." initial=v("check_out_before") error/>
            <Field label="Infants allowed" name="max_infants" kind="number" hint="Under 2; they do not count as guests." initial=v("max_infants") error/>
            <fieldset>
                <legend>"Allowed"</legend>
                <Check label="Pets" name="pets_allowed".to_string() checked=form.contains_key("pets_allowed")/>
                <Check label="Smoking" name="smoking_allowed".to_string() checked=form.contains_key("smoking_allowed")/>
                <Check label="Events and parties" name="events_allowed".to_string() checked=form.contains_key("events_allowed")/>
            </fieldset>
            <Field label="Anything else guests should know" name="house_rules" multiline=true initial=v("house_rules") error/>
        }
        .into_any(),
        Step::Pricing => {
            let currency = form.get("currency").cloned().unwrap_or_else(|| "USD".into());
            view! {
                <Choice label="Currency" name="currency"
                    options=options(&[("USD", "US dollar (USD)"), ("EUR", "Euro (EUR)"), ("GBP", "Pound sterling (GBP)")])
                    initial=currency error/>
                <Field label="Price per night" name="price_per_night" hint="Like 120 or 120.50." initial=v("price_per_night") error/>
                <Field label="Friday and Saturday nights" name="weekend_price" hint="Optional: leave empty to use the nightly price." initial=v("weekend_price") error/>
                <Field label="Cleaning fee" name="cleaning_fee" hint="Once per stay. Optional." initial=v("cleaning_fee") error/>
                <Field label="Weekly discount (%)" name="weekly_discount_pct" kind="number" hint="For stays of 7 nights or more." initial=v("weekly_discount_pct") error/>
                <Field label="Monthly discount (%)" name="monthly_discount_pct" kind="number" hint="For stays of 28 nights or more." initial=v("monthly_discount_pct") error/>
            }
            .into_any()
        }
        Step::Booking => {
            let mode = form.get("booking_mode").cloned().unwrap_or_else(|| "request".into());
            let mode_error = move || error.get().and_then(|e| e.field_error("booking_mode"));
            let policy = form
                .get("cancellation_policy")
                .cloned()
                .unwrap_or_else(|| "moderate".into());
            view! {
                <fieldset class="field" class:field--invalid=move || mode_error().is_some()>
                    <legend>"How guests book"</legend>
                    <div class="check">
                        <input type="radio" id="mode-instant" name="booking_mode" value="instant" checked=mode == "instant"/>
                        <label for="mode-instant">"Instant book: stays are confirmed at once"</label>
                    </div>
                    <div class="check">
                        <input type="radio" id="mode-request" name="booking_mode" value="request" checked=mode != "instant"/>
                        <label for="mode-request">"Request to book: you accept each stay within 24 hours"</label>
                    </div>
                    {move || mode_error().map(|m| view! { <p class="field__error">{m}</p> })}
                </fieldset>
                <Field label="Shortest stay (nights)" name="min_nights" kind="number" initial=v("min_nights") error/>
                <Field label="Longest stay (nights)" name="max_nights" kind="number" initial=v("max_nights") error/>
                <Choice label="Cancellation policy" name="cancellation_policy" options=options(CANCELLATION_POLICIES) initial=policy error/>
                <Field label="Advance notice (days)" name="advance_notice_days" kind="number" hint="0 to 30: how soon a stay may start." initial=v("advance_notice_days") error/>
                <Field label="Preparation nights" name="preparation_nights" kind="number" hint="0 to 7 nights kept free after each stay." initial=v("preparation_nights") error/>
            }
            .into_any()
        }
    }
}

/// `/host/listings/:id/photos`: upload, order, cover, delete; list or pause.
#[component]
pub fn ListingPhotosPage() -> impl IntoView {
    let id = editing_id();
    let move_photo = ServerAction::<MoveListingPhoto>::new();
    let set_listed = ServerAction::<SetListingListed>::new();
    let draft = Resource::new(
        move || {
            (
                id.get(),
                move_photo.version().get(),
                set_listed.version().get(),
            )
        },
        |(id, _, _)| async move {
            match id {
                Some(id) => listing_editor(Some(id)).await,
                None => Err(AppError::NotFound("Listing".into())),
            }
        },
    );
    view! {
        <Title text="Photos of your listing"/>
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
            "too_many" => "That is one photo too many: a listing can have 20.".to_string(),
            code => PhotoProblem::from_code(code)
                .map(PhotoProblem::message)
                .unwrap_or("That upload did not work.")
                .to_string(),
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
    let photos = draft
        .photos
        .into_iter()
        .map(|p| view! { <PhotoTile listing=id photo=p count move_photo/> })
        .collect_view();
    view! {
        <h1>{format!("Photos of “{title}”")}</h1>
        <p class="form-notice" role="status" hidden=move || !created()>
            "Your listing is created. Add photos, then list it so guests can find it."
        </p>
        {move || added().map(|n| view! {
            <p class="form-notice" role="status">{if n == 1 { "1 photo added.".to_string() } else { format!("{n} photos added.") }}</p>
        })}
        {move || problem().map(|m| view! { <p class="form-alert" role="alert">{m}</p> })}
        <FormAlert error=move_error/>
        <FormAlert error=listed_error/>
        <div class="photos-manager__status">
            <p>
                "This listing is "
                <strong>{if listed { "listed" } else { "paused" }}</strong>
                {if listed { ": guests can find and book it." } else { ": guests cannot find it." }}
            </p>
            <ActionForm action=set_listed>
                <input type="hidden" name="listing" value=id/>
                <input type="hidden" name="listed" value=if listed { "false" } else { "true" }/>
                <input type="hidden" name="next" value="photos"/>
                <button type="submit" {..busy_while(set_listed.pending())} class="button">{if listed { "Pause listing" } else { "List it" }}</button>
            </ActionForm>
        </div>
        <form class="form photos-manager__upload" method="post" action=format!("/host/listings/{id}/photos") enctype="multipart/form-data">
            <div class="field">
                <label for="field-photos">"Add photos"</label>
                <input id="field-photos" type="file" name="photos" multiple=true accept="image/jpeg,image/png,image/webp"/>
                <p class="field__hint">"JPEG, PNG or WebP, at least 640 × 480 pixels, up to 10 MB each; up to 20 photos."</p>
            </div>
            <div class="field">
                <label for="field-alt">"Describe them (for people using screen readers)"</label>
                <input id="field-alt" type="text" name="alt" maxlength="200"/>
            </div>
            <button type="submit" class="button">"Upload"</button>
        </form>
        {if count == 0 {
            view! { <p class="empty">"No photos yet. Guests book homes they can see: add a few."</p> }.into_any()
        } else {
            view! { <ol class="photo-grid">{photos}</ol> }.into_any()
        }}
        <p class="photos-manager__links">
            <A href=format!("/host/listings/{id}/edit?step=basics")>"Edit details"</A>
            " · "
            <A href="/host/listings">"Back to your listings"</A>
            " · "
            <a href=format!("/listings/{id}")>"See it as guests do"</a>
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
    let button = move |to: PhotoMove, label: &'static str, disabled: bool| {
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
                    aria-label=format!("{label}: photo {number}")>{label}</button>
            </ActionForm>
        }
    };
    let alt = if photo.alt.is_empty() {
        format!("Photo {number}")
    } else {
        photo.alt.clone()
    };
    view! {
        <li class="photo-grid__item" data-photo=photo.id>
            <img src=photo.url alt=alt width=photo.width height=photo.height loading="lazy"/>
            <p class="photo-grid__caption">
                {if position == 0 { "Cover photo".to_string() } else { format!("Photo {number}") }}
                {(!photo.processed).then(|| view! { <span class="muted">" · resizing…"</span> })}
            </p>
            <div class="photo-grid__actions">
                {button(PhotoMove::Cover, "Make cover", position == 0)}
                {button(PhotoMove::Earlier, "Move earlier", position == 0)}
                {button(PhotoMove::Later, "Move later", position + 1 >= count)}
                {button(PhotoMove::Delete, "Delete", false)}
            </div>
        </li>
    }
}
