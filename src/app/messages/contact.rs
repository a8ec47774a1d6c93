//! `/listings/:id/contact`: a question to the host before booking, with the dates and
//! party it is about (both optional). Posts without JavaScript too, and opens the
//! conversation.

use super::api::ContactHost;
use crate::app::catalog::api::get_listing;
use crate::app::components::{
    ErrorView, Field, FormAlert, RowsSkeleton, busy_while, submission_error,
};
use crate::app::types::message::MAX_MESSAGE_CHARS;
use crate::app::types::{AppError, ListingDetail};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/listings/:id/contact`.
#[component]
pub fn ContactHostPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|id| *id > 0)
    });
    let auth = crate::app::components::use_auth();
    let listing = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_listing(id).await,
                None => Err(AppError::NotFound("Listing".into())),
            }
        },
    );
    let contact = ServerAction::<ContactHost>::new();
    let error = submission_error(
        move || contact.value().get().and_then(Result::err),
        ContactHost::PATH,
    );
    view! {
        <Title text=tr!("messages-contact-title")/>
        <section class="container section contact-page">
            <Suspense fallback=|| view! { <RowsSkeleton/> }>
                {move || Suspend::new(async move {
                    let user = auth.user.await;
                    match (user, listing.await) {
                        (Ok(None), _) | (_, Err(AppError::Unauthorized)) => {
                            let next = id.get_untracked().map(|i| format!("/signin?next=/listings/{i}/contact")).unwrap_or_else(|| "/signin".into());
                            view! { <Redirect path=next/> }.into_any()
                        }
                        (_, Ok(detail)) => view! { <ContactForm detail contact error/> }.into_any(),
                        (_, Err(error)) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ContactForm(
    detail: ListingDetail,
    contact: ServerAction<ContactHost>,
    error: crate::app::components::FormError,
) -> impl IntoView {
    // Dates and party carried over from the listing page's URL, when there.
    let query = use_query_map();
    let from_url = move |key: &str| query.read_untracked().get(key).unwrap_or_default();
    view! {
        <h1>{tr!("messages-contact-heading", name = detail.host.display_name.as_str())}</h1>
        <p class="muted">
            {tr!("messages-contact-about")}" "<a href=format!("/listings/{}", detail.id)>{detail.title.clone()}</a>
            ". "{tr!("messages-contact-intro")}
        </p>
        <ActionForm action=contact>
            <FormAlert error/>
            <input type="hidden" name="listing" value=detail.id/>
            <div class="field-row">
                <Field label=tr!("messages-check-in") name="check_in" kind="date" initial=from_url("check_in") error/>
                <Field label=tr!("messages-check-out") name="check_out" kind="date" initial=from_url("check_out") error/>
                <Field label=tr!("messages-guests") name="guests" kind="number" initial=from_url("guests") error/>
            </div>
            <Field label=tr!("messages-message") name="body" multiline=true hint=tr!("messages-hint", max = MAX_MESSAGE_CHARS) error/>
            <button type="submit" class="button" {..busy_while(contact.pending())}>{tr!("messages-send-message")}</button>
        </ActionForm>
    }
}
