//! Server functions for "forgot password" and e-mail verification, as plain form posts
//! (they work without JavaScript: success redirects, errors come back in the URL). The
//! JSON API has the same operations under /api/v1 (`server/http/api/recovery.rs`).

use crate::app::types::AppError;
use leptos::prelude::*;

/// Asks for a password-reset link; answers the same whether or not the address has an
/// account (then shows "check your inbox").
#[server(prefix = "/api/fn", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::app::types::account::Email;
    let values = vec![("email".to_string(), email.clone())];
    let parsed = Email::parse(&email).map_err(|e| AppError::Form {
        errors: vec![e],
        values,
    })?;
    let key = format!("reset:{}", parsed.as_str().to_lowercase());
    crate::server::platform::ratelimit::guard_auth_attempt(Some(&key))?;
    let now = crate::server::platform::request::state()?.clock.now();
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::recovery::request_reset(&db, &parsed, now).await?;
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

/// Sets a new password with the token of a reset link, then goes to sign in.
#[server(prefix = "/api/fn", endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use crate::app::types::recovery::MailToken;
    use crate::server::accounts::AccountError;
    crate::server::platform::ratelimit::guard_auth_attempt(None)?;
    let token = MailToken::parse(&token).map_err(|e| AppError::BadRequest(e.message))?;
    let now = crate::server::platform::request::state()?.clock.now();
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::recovery::confirm_reset(&db, &token, &password, now)
        .await
        .map_err(|e| match e {
            // A bad link is about the page, not a field the person can fix.
            AccountError::Invalid(errors) if errors.iter().any(|f| f.field == "token") => {
                AppError::BadRequest(crate::app::types::recovery::bad_link())
            }
            other => super::api::form_error(other, Vec::new()),
        })?;
    leptos_axum::redirect("/signin?reset=1");
    Ok(())
}

/// Follows a verification link (posted from its page, so a mail scanner's GET of the link
/// verifies nothing), then goes to the account page (or to sign in).
#[server(prefix = "/api/fn", endpoint = "verify_email")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    use crate::app::types::recovery::MailToken;
    crate::server::platform::ratelimit::guard_auth_attempt(None)?;
    let token = MailToken::parse(&token).map_err(|e| AppError::BadRequest(e.message))?;
    let now = crate::server::platform::request::state()?.clock.now();
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::verification::confirm(&db, &token, now).await?;
    let session = crate::server::accounts::auth::session().await?;
    let signed_in = crate::server::accounts::auth::session_user(&session)
        .await?
        .is_some();
    leptos_axum::redirect(if signed_in {
        "/account?verified=1"
    } else {
        "/signin?verified=1"
    });
    Ok(())
}

/// E-mails the signed-in person a new verification link.
#[server(prefix = "/api/fn", endpoint = "resend_verification")]
pub async fn resend_verification() -> Result<(), AppError> {
    let id = crate::server::accounts::auth::require_user().await?;
    crate::server::platform::ratelimit::guard_auth_attempt(Some(&format!("verify:{id}")))?;
    let now = crate::server::platform::request::state()?.clock.now();
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::verification::resend(&db, id, now).await?;
    leptos_axum::redirect("/account?verification=sent");
    Ok(())
}

/// Asks to change the signed-in person's e-mail address (with their current password): a
/// link goes to the new address, and the change takes effect when it is followed.
#[server(prefix = "/api/fn", endpoint = "change_email")]
pub async fn change_email(email: String, current_password: String) -> Result<(), AppError> {
    use crate::app::types::account::Email;
    let id = crate::server::accounts::auth::require_user().await?;
    crate::server::platform::ratelimit::guard_password_attempt(id)?;
    crate::server::platform::ratelimit::guard_auth_attempt(Some(&format!("verify:{id}")))?;
    let values = vec![("email".to_string(), email.clone())];
    let parsed = Email::parse(&email).map_err(|e| AppError::Form {
        errors: vec![e],
        values: values.clone(),
    })?;
    let now = crate::server::platform::request::state()?.clock.now();
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::change_email::request_change(&db, id, &current_password, &parsed, now)
        .await
        .map_err(|e| super::api::form_error(e, values))?;
    leptos_axum::redirect("/account?email=sent#email");
    Ok(())
}
