use crate::app::accounts::api::{SignIn, SignUp};
use crate::app::components::{Field, FormAlert, busy_while, submission_error, use_auth};
use crate::app::types::account::PASSWORD_MIN;
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `?next=` of the current URL, passed through the form; the server keeps only local paths.
fn next_param() -> Signal<String> {
    let query = use_query_map();
    Signal::derive(move || query.read().get("next").unwrap_or_default())
}

fn with_next(path: &str, next: &str) -> String {
    if next.is_empty() {
        path.to_string()
    } else {
        format!("{path}?next={}", urlencode(next))
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `/signin`
#[component]
pub fn SignInPage() -> impl IntoView {
    let auth = use_auth();
    let next = next_param();
    let query = use_query_map();
    let reset = Signal::derive(move || query.read().get("reset").unwrap_or_default());
    let verified = Signal::derive(move || query.read().get("verified").unwrap_or_default());
    let error = submission_error(
        move || auth.sign_in.value().get().and_then(Result::err),
        SignIn::PATH,
    );
    view! {
        <Title text=tr!("account-sign-in-title")/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{tr!("account-sign-in-heading")}</h1>
                <Show when=move || reset.get() == "1">
                    <p role="status">{tr!("account-reset-done")}</p>
                </Show>
                <Show when=move || verified.get() == "1">
                    <p role="status">{tr!("account-verified")}</p>
                </Show>
                <FormAlert error/>
                <ActionForm action=auth.sign_in attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="next" value=next/>
                    <Field label=tr!("account-email-label") name="email" kind="email" autocomplete="email" error/>
                    <Field
                        label=tr!("account-password-label")
                        name="password"
                        kind="password"
                        autocomplete="current-password"
                        keep=false
                        error
                    />
                    <button type="submit" {..busy_while(auth.sign_in.pending())} class="button button--wide">{tr!("account-sign-in-button")}</button>
                </ActionForm>
                <p class="auth-card__switch"><a href="/forgot-password">{tr!("account-forgot-link")}</a></p>
                <p class="auth-card__switch">
                    {tr!("account-new-to-haven")}" "
                    <a href=move || with_next("/signup", &next.get())>{tr!("account-create-link")}</a>
                </p>
            </div>
        </section>
    }
}

/// `/signup`
#[component]
pub fn SignUpPage() -> impl IntoView {
    let auth = use_auth();
    let next = next_param();
    let error = submission_error(
        move || auth.sign_up.value().get().and_then(Result::err),
        SignUp::PATH,
    );
    view! {
        <Title text=tr!("account-sign-up-heading")/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{tr!("account-sign-up-heading")}</h1>
                <p class="muted">{tr!("account-sign-up-intro")}</p>
                <FormAlert error/>
                <ActionForm action=auth.sign_up attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="next" value=next/>
                    <Field label=tr!("account-email-label") name="email" kind="email" autocomplete="email" error/>
                    <Field
                        label=tr!("account-name-label")
                        name="display_name"
                        autocomplete="name"
                        hint=tr!("account-name-hint")
                        error
                    />
                    <Field
                        label=tr!("account-password-label")
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint=tr!("account-new-password-hint", min = PASSWORD_MIN)
                        keep=false
                        error
                    />
                    <button type="submit" {..busy_while(auth.sign_up.pending())} class="button button--wide">{tr!("account-create-button")}</button>
                </ActionForm>
                <p class="auth-card__switch">
                    {tr!("account-have-account")}" "
                    <a href=move || with_next("/signin", &next.get())>{tr!("account-sign-in-link")}</a>
                </p>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_is_carried_encoded() {
        assert_eq!(with_next("/signin", ""), "/signin");
        assert_eq!(
            with_next("/signin", "/account?a=1&b"),
            "/signin?next=/account%3Fa%3D1%26b"
        );
    }
}
