//! The step-by-step listing editor (`/host/listings/new`, `/host/listings/:id/edit`): one
//! form per step, each saved on its own, working without JavaScript.

use super::{editing_id, loading, step_title};
use crate::app::components::map::LocationPicker;
use crate::app::components::{
    Choice, ErrorView, Field, FormAlert, FormError, busy_while, submission_error,
};
use crate::app::hosting::api::{DiscardListingDraft, SaveListingStep, listing_editor};
use crate::app::places::PlaceInput;
use crate::app::types::AppError;
use crate::app::types::catalog::{PROPERTY_TYPES, amenity_name, property_type_name};
use crate::app::types::hosting::{
    AMENITY_PREFIX, CANCELLATION_POLICIES, ListingDraft, ListingForm, Step, editable_amenities,
};
use crate::app::types::places::PlaceSuggestion;
use crate::tr;
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
        <Title text=move || if id.get().is_some() { tr!("hosting-edit-title") } else { tr!("hosting-create") }/>
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
        (Some(_), Some(t)) if !t.is_empty() => tr!("hosting-edit-named", title = t.clone()),
        (Some(_), _) => tr!("hosting-edit-title"),
        (None, _) => tr!("hosting-create"),
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
                            <span class="editor__step-number">{crate::app::i18n::number(s.number() as f64)}</span>
                            {step_title(s)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    let listing_value = id.map(|i| i.to_string()).unwrap_or_default();
    let photos_link = id.map(|id| {
        view! {
            <a class="button button--quiet" href=format!("/host/listings/{id}/photos")>{tr!("hosting-action-photos")}</a>
            <a class="button button--quiet" href=format!("/host/listings/{id}/guidebook")>{tr!("hosting-action-guidebook")}</a>
        }
    });
    let fields = move || {
        let s = step.get();
        view! {
            <h2>{tr!("hosting-step-heading", number = s.number(), title = step_title(s))}</h2>
            <input type="hidden" name="step" value=s.key()/>
            {step_fields(s, &form, &place_choices, error)}
        }
    };
    let submit_label = move || match (id, step.get().next()) {
        (Some(_), _) => tr!("hosting-save"),
        (None, Some(_)) => tr!("hosting-save-continue"),
        (None, None) => tr!("hosting-create-listing"),
    };
    let discard_listing = listing_value.clone();
    view! {
        <h1>{heading}</h1>
        <nav aria-label=tr!("hosting-steps") class="editor__nav"><ol>{nav}</ol></nav>
        <p class="form-notice" role="status" hidden=move || !saved()>{tr!("hosting-saved")}</p>
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
                {if id.is_some() { tr!("hosting-discard-changes") } else { tr!("hosting-discard-draft") }}
            </button>
        </ActionForm>
    }
}

/// The value of `key` in the draft, as typed.
fn value(form: &ListingForm, key: &str) -> String {
    form.get(key).cloned().unwrap_or_default()
}

/// The choices of a `<select>`: each key with its label in the reader's language.
fn options(table: &[(&str, &str)], label: impl Fn(&str) -> String) -> Vec<(String, String)> {
    table
        .iter()
        .map(|(k, _)| (k.to_string(), label(k)))
        .collect()
}

/// The coordinates' text boxes, which the map fills in.
const LATITUDE_FIELD: &str = "field-latitude";
const LONGITUDE_FIELD: &str = "field-longitude";

/// The currencies a listing may be priced in (their labels come from [`currency_label`]).
const CURRENCIES: &[(&str, &str)] = &[("USD", ""), ("EUR", ""), ("GBP", "")];

/// How the editor describes a cancellation policy.
fn policy_label(key: &str) -> String {
    match key {
        "flexible" => tr!("hosting-policy-flexible"),
        "strict" => tr!("hosting-policy-strict"),
        _ => tr!("hosting-policy-moderate"),
    }
}

/// A currency's name and code.
fn currency_label(code: &str) -> String {
    match code {
        "EUR" => tr!("hosting-currency-eur"),
        "GBP" => tr!("hosting-currency-gbp"),
        _ => tr!("hosting-currency-usd"),
    }
}

/// A labelled checkbox, ticked as in the draft.
#[component]
fn Check(label: String, name: String, checked: bool) -> impl IntoView {
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
            <Field label=tr!("hosting-field-title") name="title" hint=tr!("hosting-field-title-hint") initial=v("title") error/>
            <Choice label=tr!("hosting-field-property-type") name="property_type"
                options=std::iter::once((String::new(), tr!("hosting-choose"))).chain(options(PROPERTY_TYPES, property_type_name)).collect()
                initial=v("property_type") error/>
            <Field label=tr!("hosting-field-description") name="description" multiline=true
                hint=tr!("hosting-field-description-hint")
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
                        <legend>{tr!("hosting-place-choices")}</legend>
                        {options}
                    </fieldset>
                }
            });
            let id_name = choices.is_empty().then_some("place_id");
            view! {
                <div class="field" class:field--invalid=move || city_error().is_some()>
                    <label for="field-city">{tr!("hosting-field-city")}</label>
                    <PlaceInput id="field-city" name="city" id_name
                        initial=v("city") initial_id=if choices.is_empty() { v("place_id") } else { String::new() }
                        towns_only=true invalid=Signal::derive(move || city_error().is_some())
                        described_by=Signal::derive(described)/>
                    <p class="field__hint" id="field-city-hint">{tr!("hosting-field-city-hint")}</p>
                    {move || city_error().map(|m| view! { <p class="field__error" id="field-city-error">{m}</p> })}
                    {chooser}
                </div>
                <Field label=tr!("hosting-field-address") name="address" autocomplete="street-address"
                    hint=tr!("hosting-field-address-hint") initial=v("address") error/>
                <fieldset class="editor__coordinates">
                    <legend>{tr!("hosting-where-exactly")}</legend>
                    <p class="field__hint">{tr!("hosting-where-exactly-hint")}</p>
                    <Field label=tr!("hosting-field-latitude") name="latitude" initial=v("latitude") error/>
                    <Field label=tr!("hosting-field-longitude") name="longitude" initial=v("longitude") error/>
                    <LocationPicker latitude=LATITUDE_FIELD longitude=LONGITUDE_FIELD
                        label=tr!("hosting-map-label")/>
                </fieldset>
            }
            .into_any()
        }
        Step::Capacity => view! {
            <Field label=tr!("hosting-field-guests") name="max_guests" kind="number" hint=tr!("hosting-field-guests-hint") initial=v("max_guests") error/>
            <Field label=tr!("hosting-field-bedrooms") name="bedrooms" kind="number" hint=tr!("hosting-field-bedrooms-hint") initial=v("bedrooms") error/>
            <Field label=tr!("hosting-field-beds") name="beds" kind="number" initial=v("beds") error/>
            <Field label=tr!("hosting-field-bathrooms") name="bathrooms" hint=tr!("hosting-field-bathrooms-hint") initial=v("bathrooms") error/>
        }
        .into_any(),
        Step::Amenities => {
            let boxes = editable_amenities()
                .map(|(key, _)| {
                    let name = format!("{AMENITY_PREFIX}{key}");
                    let checked = form.contains_key(&name);
                    view! { <Check label=amenity_name(key).unwrap_or_default() name checked/> }
                })
                .collect_view();
            view! {
                <fieldset class="editor__amenities">
                    <legend>{tr!("hosting-amenities-legend")}</legend>
                    {boxes}
                </fieldset>
            }
            .into_any()
        }
        Step::Rules => view! {
            <Field label=tr!("hosting-field-check-in") name="check_in_after" hint=tr!("hosting-field-check-in-hint") initial=v("check_in_after") error/>
            <Field label=tr!("hosting-field-check-out") name="check_out_before" hint=tr!("hosting-field-check-out-hint") initial=v("check_out_before") error/>
            <Field label=tr!("hosting-field-infants") name="max_infants" kind="number" hint=tr!("hosting-field-infants-hint") initial=v("max_infants") error/>
            <fieldset>
                <legend>{tr!("hosting-allowed")}</legend>
                <Check label=tr!("hosting-allowed-pets") name="pets_allowed".to_string() checked=form.contains_key("pets_allowed")/>
                <Check label=tr!("hosting-allowed-smoking") name="smoking_allowed".to_string() checked=form.contains_key("smoking_allowed")/>
                <Check label=tr!("hosting-allowed-events") name="events_allowed".to_string() checked=form.contains_key("events_allowed")/>
            </fieldset>
            <Field label=tr!("hosting-field-house-rules") name="house_rules" multiline=true initial=v("house_rules") error/>
        }
        .into_any(),
        Step::Pricing => {
            let currency = form.get("currency").cloned().unwrap_or_else(|| "USD".into());
            view! {
                <Choice label=tr!("hosting-field-currency") name="currency"
                    options=options(CURRENCIES, currency_label)
                    initial=currency error/>
                <Field label=tr!("hosting-field-price") name="price_per_night" hint=tr!("hosting-field-price-hint") initial=v("price_per_night") error/>
                <Field label=tr!("hosting-field-weekend-price") name="weekend_price" hint=tr!("hosting-field-weekend-price-hint") initial=v("weekend_price") error/>
                <Field label=tr!("hosting-field-cleaning-fee") name="cleaning_fee" hint=tr!("hosting-field-cleaning-fee-hint") initial=v("cleaning_fee") error/>
                <Field label=tr!("hosting-field-weekly-discount") name="weekly_discount_pct" kind="number" hint=tr!("hosting-field-weekly-discount-hint") initial=v("weekly_discount_pct") error/>
                <Field label=tr!("hosting-field-monthly-discount") name="monthly_discount_pct" kind="number" hint=tr!("hosting-field-monthly-discount-hint") initial=v("monthly_discount_pct") error/>
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
            let instant = mode == "instant";
            view! {
                <fieldset class="field" class:field--invalid=move || mode_error().is_some()>
                    <legend>{tr!("hosting-booking-mode")}</legend>
                    <div class="check">
                        <input type="radio" id="mode-instant" name="booking_mode" value="instant" checked=instant/>
                        <label for="mode-instant">{tr!("hosting-booking-mode-instant")}</label>
                    </div>
                    <div class="check">
                        <input type="radio" id="mode-request" name="booking_mode" value="request" checked=!instant/>
                        <label for="mode-request">{tr!("hosting-booking-mode-request")}</label>
                    </div>
                    {move || mode_error().map(|m| view! { <p class="field__error">{m}</p> })}
                </fieldset>
                <Field label=tr!("hosting-field-min-nights") name="min_nights" kind="number" initial=v("min_nights") error/>
                <Field label=tr!("hosting-field-max-nights") name="max_nights" kind="number" initial=v("max_nights") error/>
                <Choice label=tr!("hosting-field-cancellation") name="cancellation_policy" options=options(CANCELLATION_POLICIES, policy_label) initial=policy error/>
                <Field label=tr!("hosting-field-advance-notice") name="advance_notice_days" kind="number" hint=tr!("hosting-field-advance-notice-hint") initial=v("advance_notice_days") error/>
                <Field label=tr!("hosting-field-preparation") name="preparation_nights" kind="number" hint=tr!("hosting-field-preparation-hint") initial=v("preparation_nights") error/>
            }
            .into_any()
        }
    }
}
