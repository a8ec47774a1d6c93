use crate::app::api::my_account;
use crate::app::components::ErrorView;
use crate::app::types::AppError;
use crate::app::types::account::Me;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// `/account`: the signed-in person's account. Signed-out visitors are sent to sign in
/// and brought back here afterwards.
#[component]
pub fn AccountPage() -> impl IntoView {
    let account = Resource::new(|| (), |_| my_account());
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
    let or_dash = |v: Option<String>| v.filter(|s| !s.is_empty()).unwrap_or_else(|| "—".into());
    let languages = if me.profile.languages.is_empty() {
        "—".to_string()
    } else {
        me.profile.languages.join(", ")
    };
    view! {
        <section class="container account">
            <h1>{format!("Hi, {}", me.display_name)}</h1>
            <dl class="account__details">
                <div><dt>"Email"</dt><dd>{me.email}</dd></div>
                <div><dt>"Name"</dt><dd>{me.display_name.clone()}</dd></div>
                <div><dt>"About"</dt><dd>{or_dash(me.profile.about)}</dd></div>
                <div><dt>"City"</dt><dd>{or_dash(me.profile.city)}</dd></div>
                <div><dt>"Country"</dt><dd>{or_dash(me.profile.country)}</dd></div>
                <div><dt>"Languages"</dt><dd>{languages}</dd></div>
                <div><dt>"Hosting"</dt><dd>{if me.is_host { "You host on Haven" } else { "Not hosting yet" }}</dd></div>
            </dl>
        </section>
    }
}
