//! Server functions of messaging. Each one requires a signed-in user (but the unread
//! count, which is 0 signed out); the domain checks that they are a party of the
//! conversation, and answers 404 otherwise.

use crate::app::types::AppError;
use crate::app::types::message::{Inbox, Message, ResponseStats, Thread};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The signed-in user's conversations, newest activity first (`page` from 1).
#[server(prefix = "/api/fn", endpoint = "my_inbox", input = GetUrl)]
pub async fn my_inbox(page: Option<i64>) -> Result<Inbox, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::messages::inbox(&db, user, page.unwrap_or(1), 20).await
}

/// How many conversations have messages the signed-in user has not read (0 signed out).
#[server(prefix = "/api/fn", endpoint = "unread_messages", input = GetUrl)]
pub async fn unread_messages() -> Result<i64, AppError> {
    let session = crate::server::accounts::auth::session().await?;
    let Some(user) = crate::server::accounts::auth::session_user(&session).await? else {
        return Ok(0);
    };
    let db = crate::server::platform::request::db().await?;
    crate::server::messages::unread(&db, user).await
}

/// One conversation of the signed-in user, marked read as they open it.
#[server(prefix = "/api/fn", endpoint = "open_conversation", input = GetUrl)]
pub async fn open_conversation(id: i64) -> Result<Thread, AppError> {
    use crate::server::messages;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    messages::mark_read(&state, &db, user, id).await?;
    messages::thread(&db, user, id).await
}

/// The conversation of booking `booking` (none for someone else's booking).
#[server(prefix = "/api/fn", endpoint = "booking_conversation", input = GetUrl)]
pub async fn booking_conversation(booking: i64) -> Result<Option<i64>, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::messages::for_booking(&db, user, booking).await
}

/// Marks conversation `id` read by the signed-in user (messages that arrived while it was
/// open).
#[server(prefix = "/api/fn", endpoint = "mark_conversation_read")]
pub async fn mark_conversation_read(id: i64) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::messages::mark_read(&state, &db, user, id).await
}

/// Sends a message in conversation `conversation`, then shows the thread again.
#[server(prefix = "/api/fn", endpoint = "send_message")]
pub async fn send_message(conversation: i64, body: String) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::messages::send(&state, &db, user, conversation, &body)
        .await
        .map_err(|e| with_values(e, &[("body", &body)]))?;
    leptos_axum::redirect(&format!("/inbox/{conversation}"));
    Ok(())
}

/// Asks the host of `listing` a question (dates and party optional), then opens the
/// conversation.
#[server(prefix = "/api/fn", endpoint = "contact_host")]
pub async fn contact_host(
    listing: i64,
    check_in: Option<String>,
    check_out: Option<String>,
    guests: Option<String>,
    body: String,
) -> Result<(), AppError> {
    use crate::app::types::account::FieldError;
    use crate::app::types::message::NewInquiry;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let typed = |e: AppError| {
        with_values(
            e,
            &[
                ("check_in", check_in.as_deref().unwrap_or_default()),
                ("check_out", check_out.as_deref().unwrap_or_default()),
                ("guests", guests.as_deref().unwrap_or_default()),
                ("body", &body),
            ],
        )
    };
    let guest_count = match guests.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
        None => None,
        Some(g) => Some(g.parse::<i64>().map_err(|_| {
            typed(AppError::Form {
                errors: vec![FieldError::new(
                    "guests",
                    crate::tr!("messages-error-guest-count"),
                )],
                values: Vec::new(),
            })
        })?),
    };
    let input = NewInquiry {
        check_in: check_in.clone(),
        check_out: check_out.clone(),
        guests: guest_count,
        body: body.clone(),
    };
    let id = crate::server::messages::start_inquiry(&state, &db, user, listing, &input)
        .await
        .map_err(typed)?;
    leptos_axum::redirect(&format!("/inbox/{id}"));
    Ok(())
}

/// Long polling: the messages of `conversation` after `after`, as soon as there is one,
/// or none after about 20 seconds.
#[server(prefix = "/api/fn", endpoint = "wait_messages", input = GetUrl)]
pub async fn wait_messages(conversation: i64, after: i64) -> Result<Vec<Message>, AppError> {
    use crate::app::types::message::MAX_WAIT_SECS;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::messages::wait_for_messages(&db, user, conversation, after, MAX_WAIT_SECS).await
}

/// How the host of `listing` answers messages and requests (last 90 days).
#[server(prefix = "/api/fn", endpoint = "host_response", input = GetUrl)]
pub async fn host_response(listing: i64) -> Result<ResponseStats, AppError> {
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::messages::listing_response_stats(&state, &db, listing).await
}

/// A form error that also carries what was typed, so the page rendered again without
/// JavaScript shows it.
#[cfg(feature = "ssr")]
fn with_values(e: AppError, typed: &[(&str, &str)]) -> AppError {
    match e {
        AppError::Form { errors, .. } => AppError::Form {
            errors,
            values: typed
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect(),
        },
        other => other,
    }
}
