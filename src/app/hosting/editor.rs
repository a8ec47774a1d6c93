//! The step-by-step listing editor (`/host/listings/new`, `/host/listings/:id/edit`): one
//! form per step, each saved on its own, working without JavaScript.

use super::{editing_id, loading};
use crate::app::components::map::LocationPicker;
use crate::app::components::{
    Choice, ErrorView, Field, FormAlert, FormError, busy_while, submission_error,
};
use crate::app::hosting::api::{DiscardListingDraft, SaveListingStep, listing_editor};
use crate::app::places::PlaceInput;
use crate::app::types::AppError;
use crate::app::types::catalog::PROPERTY_TYPES;
use crate::app::types::hosting::{
    AMENITY_PREFIX, CANCELLATION_POLICIES, ListingDraft, ListingForm, Step, editable_amenities,
};
use crate::app::types::places::PlaceSuggestion;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

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
                    match draft.await {
                        Ok(d) => view! { <Editor draft=d step save discard error/> }.into_any(),
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
    save: ServerAction<SaveListingStep>,
    discard: ServerAction<DiscardListingDraft>,
    error: FormError,
) -> impl IntoView {
    let ListingDraft {
        id,
        form,
        place_choices,
        ..
    } = draft;
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
        view! {
            <a class="button button--quiet" href=format!("/host/listings/{id}/photos")>"Photos"</a>
            <a class="button button--quiet" href=format!("/host/listings/{id}/guidebook")>"Guidebook"</a>
        }
    });
    let fields = move || {
        let s = step.get();
        view! {
            <h2>{format!("{}. {}", s.number(), s.title())}</h2>
            <input type="hidden" name="step" value=s.key()/>
            {step_fields(s, &form, &place_choices, error)}
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

fn step_fields(
    step: Step,
    form: &ListingForm,
    choices: &[PlaceSuggestion],
    error: FormError,
) -> AnyView {
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
            let described = move || {
                let mut ids = vec!["field-city-hint"];
                if city_error().is_some() {
                    ids.push("field-city-error");
                }
                Some(ids.join(" "))
            };
            // Without JavaScript, a name that means several towns (or none exactly) comes
            // back with them to choose from; choosing one sends its id.
            let chooser = (!choices.is_empty()).then(|| {
                let options = choices
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let input = format!("place-choice-{i}");
                        let value = p.id.map(|id| id.to_string()).unwrap_or_default();
                        view! {
                            <div class="check">
                                <input type="radio" id=input.clone() name="place_id" value=value checked=i == 0/>
                                <label for=input>{p.label.clone()}</label>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="place-choices">
                        <legend>"Which place do you mean?"</legend>
                        {options}
                    </fieldset>
                }
            });
            let id_name = choices.is_empty().then_some("place_id");
            view! {
                <div class="field" class:field--invalid=move || city_error().is_some()>
                    <label for="field-city">"Town or city"</label>
                    <PlaceInput id="field-city" name="city" id_name
                        initial=v("city") initial_id=if choices.is_empty() { v("place_id") } else { String::new() }
                        towns_only=true invalid=Signal::derive(move || city_error().is_some())
                        described_by=Signal::derive(described)/>
                    <p class="field__hint" id="field-city-hint">"Type its name and choose it from the list, e.g. “Elvas, Portalegre, Portugal”."</p>
                    {move || city_error().map(|m| view! { <p class="field__error" id="field-city-error">{m}</p> })}
                    {chooser}
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
