//! `/trips/:id/review`: the review form, for the guest (seven star ratings, a public text
//! and a private note to the host) or the host (four ratings and a text). A plain form:
//! it posts and comes back with each bad field named, with JavaScript or without.

use super::api::{WriteReview, get_stay_reviews};
use crate::app::components::{
    ErrorView, FormAlert, FormError, RowsSkeleton, busy_while, submission_error,
};
use crate::app::i18n;
use crate::app::types::AppError;
use crate::app::types::review::{
    MAX_NOTE_TEXT, MAX_REVIEW_TEXT, REVIEW_WINDOW_DAYS, ReviewerRole, StayReviews, categories,
};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ReviewFormPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let write = ServerAction::<WriteReview>::new();
    let stay = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_stay_reviews(id).await,
                None => Err(AppError::NotFound("Booking".into())),
            }
        },
    );
    let error = submission_error(
        move || write.value().get().and_then(Result::err),
        WriteReview::PATH,
    );
    view! {
        <Title text=tr!("reviews-form-title")/>
        <section class="container section review-page">
            <Suspense fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    match stay.await {
                        Ok(stay) if stay.can_review => view! { <ReviewForm stay write error/> }.into_any(),
                        Ok(stay) => view! {
                            <h1>{tr!("reviews-form-title")}</h1>
                            <p>{if stay.mine.is_some() { tr!("reviews-form-done") } else { tr!("reviews-form-closed", days = REVIEW_WINDOW_DAYS) }}</p>
                            <p><a href=format!("/trips/{}#reviews", stay.booking_id)>{tr!("reviews-form-back")}</a></p>
                        }.into_any(),
                        Err(AppError::Unauthorized) => {
                            let next = id.get_untracked().map(|i| format!("/signin?next=/trips/{i}/review")).unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ReviewForm(
    stay: StayReviews,
    write: ServerAction<WriteReview>,
    error: FormError,
) -> impl IntoView {
    let role = stay.role;
    let (title, intro) = match role {
        ReviewerRole::Guest => (
            tr!("reviews-form-guest-title"),
            tr!("reviews-form-guest-intro"),
        ),
        ReviewerRole::Host => (
            tr!("reviews-form-host-title"),
            tr!("reviews-form-host-intro"),
        ),
    };
    let text_hint = tr!("reviews-form-text-hint", max = MAX_REVIEW_TEXT);
    let note = (role == ReviewerRole::Guest).then(|| {
        view! {
            <TextArea name="private_note" label=tr!("reviews-form-note") hint=tr!("reviews-form-note-hint", max = MAX_NOTE_TEXT) max=MAX_NOTE_TEXT required=false error/>
        }
    });
    view! {
        <h1>{title}</h1>
        <p class="muted">{intro}</p>
        <FormAlert error/>
        <ActionForm action=write attr:class="review-form" attr:novalidate=true>
            <input type="hidden" name="id" value=stay.booking_id/>
            {categories(role).iter().map(|(name, key)| view! { <Stars name label=i18n::message(key) error/> }).collect_view()}
            <TextArea name="text" label=tr!("reviews-form-text") hint=text_hint max=MAX_REVIEW_TEXT required=true error/>
            {note}
            <button type="submit" class="button" {..busy_while(write.pending())}>{tr!("reviews-form-submit")}</button>
        </ActionForm>
    }
    .into_any()
}

/// One category: five radio buttons in a fieldset, keeping the choice after an error.
#[component]
fn Stars(name: &'static str, label: String, error: FormError) -> impl IntoView {
    let message = move || error.get().and_then(|e| e.field_error(name));
    let chosen = move || error.get().and_then(|e| e.typed(name));
    let error_id = format!("stars-{name}-error");
    let described = error_id.clone();
    view! {
        <fieldset class="stars" class:field--invalid=move || message().is_some() aria-describedby=move || message().map(|_| described.clone())>
            <legend>{label}</legend>
            {(1..=5).map(|n| {
                let id = format!("stars-{name}-{n}");
                let value = n.to_string();
                let checked = {
                    let value = value.clone();
                    move || chosen().as_deref() == Some(value.as_str())
                };
                view! {
                    <input type="radio" id=id.clone() name=format!("review[{name}]") value=value checked=checked/>
                    <label for=id>{tr!("reviews-form-stars", stars = n)}</label>
                }
            }).collect_view()}
            {move || message().map(|m| view! { <p class="field__error" id=error_id.clone()>{m}</p> })}
        </fieldset>
    }
}

#[component]
fn TextArea(
    name: &'static str,
    label: String,
    hint: String,
    max: usize,
    required: bool,
    error: FormError,
) -> impl IntoView {
    let id = format!("review-{name}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let message = move || error.get().and_then(|e| e.field_error(name));
    let typed = move || error.get().and_then(|e| e.typed(name)).unwrap_or_default();
    let described = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || match message() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    view! {
        <div class="field" class:field--invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <textarea id=id name=format!("review[{name}]") rows="5" maxlength=max required=required
                aria-invalid=move || message().map(|_| "true") aria-describedby=described>
                {typed}
            </textarea>
            <p class="field__hint" id=hint_id>{hint}</p>
            {move || message().map(|m| view! { <p class="field__error" id=error_id.clone()>{m}</p> })}
        </div>
    }
}
