//! Sign-up, sign-in, sign-out and the current user, for the browser. Each works as a plain
//! HTML form post (no JavaScript): errors come back in the URL and render next to the
//! fields, success redirects.

use crate::app::types::AppError;
use crate::app::types::account::{Me, SessionUser};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Who is signed in on this browser, if anyone.
#[server(prefix = "/api/fn", endpoint = "current_user", input = GetUrl)]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    use crate::server::accounts::auth;
    let session = auth::session().await?;
    let Some(id) = auth::session_user(&session).await? else {
        return Ok(None);
    };
    let db = crate::server::platform::request::db().await?;
    // No row means the account is gone: the session is stale.
    crate::server::accounts::session_user(&db, id).await
}

/// The signed-in person's own account; `Unauthorized` when signed out.
#[server(prefix = "/api/fn", endpoint = "my_account", input = GetUrl)]
pub async fn my_account() -> Result<Me, AppError> {
    let id = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::accounts::me(&db, id).await
}

/// Creates an account, signs it in, and goes to `next` (a local path) or home.
#[server(prefix = "/api/fn", endpoint = "sign_up")]
pub async fn sign_up(
    email: String,
    display_name: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::server::accounts::{self, Registration};
    crate::server::platform::ratelimit::guard_auth_attempt(None)?;
    let echo = vec![
        ("email".to_string(), email.clone()),
        ("display_name".to_string(), display_name.clone()),
    ];
    let db = crate::server::platform::request::db().await?;
    let result = match Registration::parse(&email, &display_name, &password) {
        Ok(registration) => {
            let now = crate::server::platform::request::state()?.clock.now();
            accounts::register(&db, registration, now).await
        }
        Err(e) => Err(e),
    };
    let account = result.map_err(|e| form_error(e, echo))?;
    finish_sign_in(&db, account, next).await
}

/// Checks the credentials, signs in under a new session id, and goes to `next` or home.
#[server(prefix = "/api/fn", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    crate::server::platform::ratelimit::guard_auth_attempt(Some(&email))?;
    let echo = vec![("email".to_string(), email.clone())];
    let db = crate::server::platform::request::db().await?;
    let account = crate::server::accounts::authenticate(&db, &email, &password)
        .await
        .map_err(|e| form_error(e, echo))?;
    finish_sign_in(&db, account, next).await
}

/// Saves the signed-in person's profile. `languages` is a comma-separated list.
#[server(prefix = "/api/fn", endpoint = "save_profile")]
pub async fn save_profile(
    display_name: String,
    about: String,
    city: String,
    country: String,
    languages: String,
) -> Result<(), AppError> {
    use crate::server::accounts::{self, ProfileUpdate};
    let id = crate::server::accounts::auth::require_user().await?;
    let echo = vec![
        ("display_name".to_string(), display_name.clone()),
        ("about".to_string(), about.clone()),
        ("city".to_string(), city.clone()),
        ("country".to_string(), country.clone()),
        ("languages".to_string(), languages.clone()),
    ];
    let update = ProfileUpdate {
        display_name: Some(display_name),
        about: Some(about),
        city: Some(city),
        country: Some(country),
        languages: Some(
            languages
                .split(',')
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        ..Default::default()
    };
    let db = crate::server::platform::request::db().await?;
    accounts::update_profile(&db, id, update)
        .await
        .map_err(|e| form_error(e, echo))?;
    leptos_axum::redirect("/account?saved=1");
    Ok(())
}

/// Saves the signed-in person's preferences. A checkbox that is not ticked is not sent.
#[server(prefix = "/api/fn", endpoint = "save_preferences")]
pub async fn save_preferences(
    language: String,
    currency: String,
    display_currency: Option<String>,
    time_zone: String,
    booking_updates: Option<String>,
    messages: Option<String>,
    marketing: Option<String>,
) -> Result<(), AppError> {
    use crate::app::types::account::Notifications;
    use crate::server::accounts::{self, ProfileUpdate};
    let id = crate::server::accounts::auth::require_user().await?;
    let echo = vec![
        ("language".to_string(), language.clone()),
        ("currency".to_string(), currency.clone()),
        (
            "display_currency".to_string(),
            display_currency.clone().unwrap_or_default(),
        ),
        ("time_zone".to_string(), time_zone.clone()),
    ];
    let update = ProfileUpdate {
        language: Some(language.trim().to_owned()),
        currency: Some(currency.trim().to_owned()),
        display_currency,
        time_zone: Some(time_zone.trim().to_owned()),
        notifications: Some(Notifications {
            booking_updates: booking_updates.is_some(),
            messages: messages.is_some(),
            marketing: marketing.is_some(),
        }),
        ..Default::default()
    };
    let db = crate::server::platform::request::db().await?;
    accounts::update_profile(&db, id, update)
        .await
        .map_err(|e| form_error(e, echo))?;
    leptos_axum::redirect("/account?preferences=saved#preferences");
    Ok(())
}

/// Changes the signed-in person's password. Every other session and API token of the
/// account is signed out; this browser stays signed in under a new session id.
#[server(prefix = "/api/fn", endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    let id = crate::server::accounts::auth::require_user().await?;
    crate::server::platform::ratelimit::guard_password_attempt(id)?;
    let db = crate::server::platform::request::db().await?;
    let account =
        crate::server::accounts::change_password(&db, id, &current_password, &new_password, None)
            .await
            .map_err(|e| form_error(e, Vec::new()))?;
    start_session(account).await?;
    leptos_axum::redirect("/account?password=changed");
    Ok(())
}

/// Ends the session on the server and goes home.
#[server(prefix = "/api/fn", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = crate::server::accounts::auth::session().await?;
    crate::server::accounts::auth::sign_out(&session)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "sign-out failed");
            AppError::Internal
        })?;
    leptos_axum::redirect("/");
    Ok(())
}

#[cfg(feature = "ssr")]
async fn finish_sign_in(
    db: &crate::server::platform::db::DbScope,
    account: crate::server::accounts::Credentials,
    next: Option<String>,
) -> Result<(), AppError> {
    let session = start_session(account).await?;
    // A heart tapped while signed out: saved now.
    crate::server::favorites::finish_pending(db, &session, account.id).await?;
    let target = crate::app::types::account::local_path(next.as_deref());
    leptos_axum::redirect(&target);
    Ok(())
}

/// Signs `account` in on this request's session, under a new session id.
#[cfg(feature = "ssr")]
async fn start_session(
    account: crate::server::accounts::Credentials,
) -> Result<tower_sessions::Session, AppError> {
    let session = crate::server::accounts::auth::session().await?;
    crate::server::accounts::auth::sign_in(&session, account.id, account.epoch)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "could not start the session");
            AppError::Internal
        })?;
    Ok(session)
}

#[cfg(feature = "ssr")]
pub(super) fn form_error(
    e: crate::server::accounts::AccountError,
    values: Vec<(String, String)>,
) -> AppError {
    use crate::app::types::account::FieldError;
    use crate::server::accounts::AccountError;
    let errors = match e {
        AccountError::Invalid(errors) => errors,
        AccountError::EmailTaken => vec![FieldError::new("email", e.to_string())],
        AccountError::InvalidCredentials => vec![FieldError::new("form", e.to_string())],
        AccountError::App(app) => return app,
    };
    AppError::Form { errors, values }
}
