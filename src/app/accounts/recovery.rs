//! `/forgot-password`, `/reset-password?token=…` and `/verify?token=…`: the pages e-mailed
//! links land on. Plain forms over the server functions in `recovery_api.rs`: they work
//! with JavaScript off.

use crate::app::accounts::recovery_api::{
    RequestPasswordReset, ResendVerification, ResetPassword, VerifyEmail,
};
use crate::app::components::{Field, FormAlert, busy_while, submission_error};
use crate::app::types::account::PASSWORD_MIN;
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

fn query_param(name: &'static str) -> Signal<String> {
    let query = use_query_map();
    Signal::derive(move || query.read().get(name).unwrap_or_default())
}

/// `/forgot-password`: asks for the address; then says a link is on its way (whether or
/// not an account has that address).
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let sent_param = query_param("sent");
    let error = submission_error(
        move || action.value().get().and_then(Result::err),
        RequestPasswordReset::PATH,
    );
    let sent = move || {
        error.get().is_none()
            && (matches!(action.value().get(), Some(Ok(()))) || sent_param.get() == "1")
    };
    view! {
        <Title text=tr!("account-forgot-heading")/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{tr!("account-forgot-heading")}</h1>
                <Show
                    when=sent
                    fallback=move || view! {
                        <p class="muted">{tr!("account-forgot-intro")}</p>
                        <FormAlert error/>
                        <ActionForm action attr:class="form" attr:novalidate=true>
                            <Field label=tr!("account-email-label") name="email" kind="email" autocomplete="email" error/>
                            <button type="submit" {..busy_while(action.pending())} class="button button--wide">{tr!("account-forgot-send")}</button>
                        </ActionForm>
                    }
                >
                    <p role="status">{tr!("account-forgot-sent", minutes = 30)}</p>
                </Show>
                <p class="auth-card__switch"><a href="/signin">{tr!("account-back-to-sign-in")}</a></p>
            </div>
        </section>
    }
}

/// `/reset-password?token=…`: the new password.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let token = query_param("token");
    let error = submission_error(
        move || action.value().get().and_then(Result::err),
        ResetPassword::PATH,
    );
    view! {
        <Title text=tr!("account-reset-heading")/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{tr!("account-reset-heading")}</h1>
                <p class="muted">{tr!("account-reset-intro")}</p>
                <FormAlert error/>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="token" value=token/>
                    <Field
                        label=tr!("account-new-password-label")
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint=tr!("account-new-password-hint", min = PASSWORD_MIN)
                        keep=false
                        error
                    />
                    <button type="submit" {..busy_while(action.pending())} class="button button--wide">{tr!("account-reset-save")}</button>
                </ActionForm>
                <p class="auth-card__switch"><a href="/forgot-password">{tr!("account-reset-new-link")}</a></p>
            </div>
        </section>
    }
}

/// `/verify?token=…`: one button confirms the address (a POST, so link scanners that open
/// e-mailed links verify nothing).
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let action = ServerAction::<VerifyEmail>::new();
    let token = query_param("token");
    let error = submission_error(
        move || action.value().get().and_then(Result::err),
        VerifyEmail::PATH,
    );
    view! {
        <Title text=tr!("account-verify-heading")/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>{tr!("account-verify-heading")}</h1>
                <FormAlert error/>
                <ActionForm action attr:class="form">
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" {..busy_while(action.pending())} class="button button--wide">{tr!("account-verify-button")}</button>
                </ActionForm>
            </div>
        </section>
    }
}

/// The account page's banner while the address is unverified, with a resend button.
#[component]
pub fn VerifyBanner(email: String) -> impl IntoView {
    let action = ServerAction::<ResendVerification>::new();
    let sent_param = query_param("verification");
    let error = submission_error(
        move || action.value().get().and_then(Result::err),
        ResendVerification::PATH,
    );
    let sent = move || {
        error.get().is_none()
            && (matches!(action.value().get(), Some(Ok(()))) || sent_param.get() == "sent")
    };
    view! {
        // A standing notice, not a live region: the page's own status messages (such as
        // "Your profile is saved.") stay the only `status` on the page.
        <div class="form-alert verify-banner">
            <p>
                <strong>{tr!("account-verify-banner-title")}</strong>
                " "
                {tr!("account-verify-banner-text", email = email)}
            </p>
            <FormAlert error/>
            <Show when=sent fallback=move || view! {
                <ActionForm action>
                    <button type="submit" {..busy_while(action.pending())} class="button button--quiet">{tr!("account-verify-resend")}</button>
                </ActionForm>
            }>
                <p role="status">{tr!("account-verify-resent")}</p>
            </Show>
        </div>
    }
}
