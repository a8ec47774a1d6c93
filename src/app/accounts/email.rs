//! The account page's e-mail section: the address, a change still waiting for its link,
//! and the form to change it (the new address and the current password). The change takes
//! effect only when the link sent to the new address is followed (`/verify`).

use crate::app::accounts::recovery_api::ChangeEmail;
use crate::app::components::{Field, FormAlert, busy_while, submission_error};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// The id tail of this form's password field (the password section has one too).
const CURRENT_PASSWORD_ID: &str = "email-current-password";

/// `change` is the page's action, so the account is read again when it succeeds.
#[component]
pub fn EmailSection(
    email: String,
    pending: Option<String>,
    change: ServerAction<ChangeEmail>,
) -> impl IntoView {
    let query = use_query_map();
    let error = submission_error(
        move || change.value().get().and_then(Result::err),
        ChangeEmail::PATH,
    );
    let sent = move || {
        error.get().is_none()
            && (matches!(change.value().get(), Some(Ok(())))
                || query.read().get_str("email") == Some("sent"))
    };
    let waiting = pending.map(|new| {
        view! {
            <p class="account__pending">
                {tr!("account-email-pending", new_email = new, email = email.clone())}
            </p>
        }
    });
    view! {
        <h2 id="email">{tr!("account-email-heading")}</h2>
        <p class="form-notice" role="status" hidden=move || !sent()>
            {tr!("account-email-sent")}
        </p>
        {waiting}
        <FormAlert error/>
        <ActionForm action=change attr:class="form account__form" attr:novalidate=true>
            <Field label=tr!("account-new-email-label") name="email" kind="email" autocomplete="email" error/>
            <Field
                label=tr!("account-current-password-label")
                name="current_password"
                html_id=CURRENT_PASSWORD_ID
                kind="password"
                autocomplete="current-password"
                keep=false
                error
            />
            <button type="submit" {..busy_while(change.pending())} class="button">{tr!("account-email-send")}</button>
        </ActionForm>
    }
}
