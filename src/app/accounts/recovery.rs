//! `/forgot-password`, `/reset-password?token=…` and `/verify?token=…`: the pages e-mailed
//! links land on. Plain forms over the server functions in `recovery_api.rs`: they work
//! with JavaScript off.

use crate::app::accounts::recovery_api::{
    RequestPasswordReset, ResendVerification, ResetPassword, VerifyEmail,
};
use crate::app::components::{Field, FormAlert, busy_while, submission_error};
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
        <Title text="Forgot your password?"/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>"Forgot your password?"</h1>
                <Show
                    when=sent
                    fallback=move || view! {
                        <p class="muted">"Enter the e-mail address of your account and we will send you a link to choose a new password."</p>
                        <FormAlert error/>
                        <ActionForm action attr:class="form" attr:novalidate=true>
                            <Field label="Email" name="email" kind="email" autocomplete="email" error/>
                            <button type="submit" {..busy_while(action.pending())} class="button button--wide">"Send the link"</button>
                        </ActionForm>
                    }
                >
                    <p role="status">"If an account uses this address, we sent it a link to choose a new password. It works for 30 minutes."</p>
                </Show>
                <p class="auth-card__switch"><a href="/signin">"Back to sign in"</a></p>
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
        <Title text="Choose a new password"/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>"Choose a new password"</h1>
                <p class="muted">"Choosing it signs you out everywhere; then sign in with the new one."</p>
                <FormAlert error/>
                <ActionForm action attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="token" value=token/>
                    <Field
                        label="New password"
                        name="password"
                        kind="password"
                        autocomplete="new-password"
                        hint="At least 8 characters. A few unrelated words make a strong one."
                        keep=false
                        error
                    />
                    <button type="submit" {..busy_while(action.pending())} class="button button--wide">"Save the new password"</button>
                </ActionForm>
                <p class="auth-card__switch"><a href="/forgot-password">"Ask for a new link"</a></p>
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
        <Title text="Confirm your e-mail address"/>
        <section class="container auth-page">
            <div class="auth-card">
                <h1>"Confirm your e-mail address"</h1>
                <FormAlert error/>
                <ActionForm action attr:class="form">
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" {..busy_while(action.pending())} class="button button--wide">"Confirm my e-mail address"</button>
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
                <strong>"Verify your e-mail address. "</strong>
                {format!("We sent a link to {email}. Until you follow it you can browse and save stays, but not book or publish a listing.")}
            </p>
            <FormAlert error/>
            <Show when=sent fallback=move || view! {
                <ActionForm action>
                    <button type="submit" {..busy_while(action.pending())} class="button button--quiet">"Send a new link"</button>
                </ActionForm>
            }>
                <p role="status">"A new link is on its way."</p>
            </Show>
        </div>
    }
}
