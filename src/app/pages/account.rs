use crate::app::api::{SaveProfile, my_account};
use crate::app::components::{ErrorView, Field, FormAlert, submission_error, use_auth};
use crate::app::types::AppError;
use crate::app::types::account::Me;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

/// `/account`: the signed-in person's account and profile form. Signed-out visitors are
/// sent to sign in and brought back here afterwards.
#[component]
pub fn AccountPage() -> impl IntoView {
    let auth = use_auth();
    let account = Resource::new(move || auth.save_profile.version().get(), |_| my_account());
    view! {
        <Title text="Your account"/>
        <Suspense fallback=|| view! { <div class="container page-loading" aria-busy="true">"Loading…"</div> }>
            {move || Suspend::new(async move {
                match account.await {
                    Ok(me) => view! { <AccountView me/> }.into_any(),
                    Err(AppError::Unauthorized) => {
                        view! { <Redirect path="/signin?next=/account"/> }.into_any()
                    }
                    Err(error) => view! { <ErrorView error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountView(me: Me) -> impl IntoView {
    let auth = use_auth();
    let query = use_query_map();
    let error = submission_error(
        move || auth.save_profile.value().get().and_then(Result::err),
        SaveProfile::PATH,
    );
    let saved = move || {
        error.get().is_none()
            && (matches!(auth.save_profile.value().get(), Some(Ok(())))
                || query.read().get_str("saved") == Some("1"))
    };
    let hosting = if me.is_host {
        "You host on Haven"
    } else {
        "Not hosting yet"
    };
    view! {
        <section class="container account">
            <h1>{format!("Hi, {}", me.display_name)}</h1>
            <dl class="account__details">
                <div><dt>"Email"</dt><dd>{me.email.clone()}</dd></div>
                <div><dt>"Hosting"</dt><dd>{hosting}</dd></div>
            </dl>
            <h2>"Your profile"</h2>
            <p class="form-notice" role="status" hidden=move || !saved()>"Your profile is saved."</p>
            <FormAlert error/>
            <ActionForm action=auth.save_profile attr:class="form account__form" attr:novalidate=true>
                <Field label="Your name" name="display_name" autocomplete="name" initial=me.display_name error/>
                <Field label="About you" name="about" multiline=true initial=me.profile.about.unwrap_or_default() error/>
                <Field label="City" name="city" autocomplete="address-level2" initial=me.profile.city.unwrap_or_default() error/>
                <Field label="Country" name="country" autocomplete="country-name" initial=me.profile.country.unwrap_or_default() error/>
                <Field
                    label="Languages you speak"
                    name="languages"
                    hint="Separate them with commas."
                    initial=me.profile.languages.join(", ")
                    error
                />
                <button type="submit" class="button">"Save profile"</button>
            </ActionForm>
        </section>
    }
}
