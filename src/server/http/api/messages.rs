//! `/api/v1` messages: the inbox, a question to a host before booking, a thread, sending,
//! marking read, the unread count, and waiting for new messages (long polling). Only the
//! two parties of a conversation get anything but a 404 for it.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::account::FieldError;
use crate::app::types::ids::{ConversationId, ListingId};
use crate::app::types::message::{
    Inbox, MAX_WAIT_SECS, Message, NewInquiry, NewMessage, ResponseStats, Thread, UnreadCount,
};
use crate::server::accounts::auth::CurrentUser;
use crate::server::http::extract::{ApiJson, IdPath};
use crate::server::messages;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::IntoParams;

/// A whole number from `min` to `max` in the query (`default` when absent).
fn whole(
    raw: Option<&str>,
    field: &'static str,
    default: i64,
    min: i64,
    max: i64,
) -> Result<i64, ApiError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| {
                ApiError::invalid(vec![FieldError::new(
                    field,
                    format!("`{field}` is a whole number from {min} to {max}."),
                )])
            }),
    }
}

/// Which page of the inbox.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InboxParams {
    /// From 1 (default 1).
    page: Option<String>,
    /// 1 to 50 (default 20).
    per_page: Option<String>,
}

/// The caller's conversations, as guest and as host, newest activity first, each with the
/// listing and stay, the other person, the last message and the unread count.
#[utoipa::path(
    get,
    path = "/api/v1/conversations",
    operation_id = "list_conversations",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(InboxParams),
    responses(
        (status = 200, description = "One page of the inbox.", body = Inbox),
        (status = 400, description = "`page` or `per_page` malformed (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn inbox(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<InboxParams>,
) -> Result<Json<Inbox>, ApiError> {
    let page = whole(params.page.as_deref(), "page", 1, 1, 10_000)?;
    let per_page = whole(params.per_page.as_deref(), "per_page", 20, 1, 50)?;
    Ok(Json(messages::inbox(&db, user.id, page, per_page).await?))
}

/// How many of the caller's conversations have messages they have not read.
#[utoipa::path(
    get,
    path = "/api/v1/conversations/unread",
    operation_id = "unread_conversations",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The count.", body = UnreadCount),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn unread(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Json<UnreadCount>, ApiError> {
    Ok(Json(UnreadCount {
        conversations: messages::unread(&db, user.id).await?,
    }))
}

/// Ask the listing's host a question before booking (dates and party optional). Asking
/// again before booking continues the same conversation; booking the listing later
/// continues it too.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/inquiries",
    operation_id = "start_inquiry",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    request_body = NewInquiry,
    responses(
        (status = 201, description = "Sent: the conversation.", body = Thread),
        (status = 400, description = "A date, the party or the message is wrong (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing has this id, or it was deleted.", body = ErrorBody),
        (status = 409, description = "The caller hosts this listing.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn start_inquiry(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
    ApiJson(body): ApiJson<NewInquiry>,
) -> Result<Response, ApiError> {
    let conversation = messages::start_inquiry(&state, &db, user.id, id.get(), &body).await?;
    let thread = messages::thread(&db, user.id, conversation).await?;
    Ok((StatusCode::CREATED, Json(thread)).into_response())
}

/// A conversation with its newest messages (oldest first) and the other person's read
/// marker (a read receipt). Reading it does not mark it read: see `…/read`.
#[utoipa::path(
    get,
    path = "/api/v1/conversations/{id}",
    operation_id = "get_conversation",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The conversation.")),
    responses(
        (status = 200, description = "The thread.", body = Thread),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No conversation of the caller has this id.", body = ErrorBody),
    )
)]
pub async fn thread(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ConversationId>,
) -> Result<Json<Thread>, ApiError> {
    Ok(Json(messages::thread(&db, user.id, id.get()).await?))
}

/// Which messages, and how long to wait for them.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AfterParams {
    /// Only messages after this one (default 0: all).
    after: Option<String>,
    /// Seconds to wait, 0 to 20, when there are none yet (long polling; default 0).
    wait: Option<String>,
}

/// The messages after `after`, oldest first. With `wait`, an answer with no messages
/// comes only after that many seconds: a client loops on this to see new messages as they
/// arrive (long polling).
#[utoipa::path(
    get,
    path = "/api/v1/conversations/{id}/messages",
    operation_id = "list_messages",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The conversation."), AfterParams),
    responses(
        (status = 200, description = "The messages (perhaps none).", body = Vec<Message>),
        (status = 400, description = "`after` or `wait` malformed (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No conversation of the caller has this id.", body = ErrorBody),
    )
)]
pub async fn list_messages(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ConversationId>,
    ApiQuery(params): ApiQuery<AfterParams>,
) -> Result<Json<Vec<Message>>, ApiError> {
    let after = whole(params.after.as_deref(), "after", 0, 0, i64::MAX)?;
    let wait = whole(params.wait.as_deref(), "wait", 0, 0, MAX_WAIT_SECS as i64)?;
    Ok(Json(
        messages::wait_for_messages(&db, user.id, id.get(), after, wait.unsigned_abs()).await?,
    ))
}

/// Send a message (plain text) in a conversation. At most 30 messages per person in 10
/// minutes.
#[utoipa::path(
    post,
    path = "/api/v1/conversations/{id}/messages",
    operation_id = "send_message",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The conversation.")),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Sent.", body = Message),
        (status = 400, description = "The message is empty or over 4,000 characters (`field`: `body`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No conversation of the caller has this id.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
        (status = 429, description = "Too many messages: 30 in 10 minutes (`rate_limited`, with `Retry-After`).", body = ErrorBody),
    )
)]
pub async fn send(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ConversationId>,
    ApiJson(body): ApiJson<NewMessage>,
) -> Result<Response, ApiError> {
    let message = messages::send(&state, &db, user.id, id.get(), &body.body).await?;
    Ok((StatusCode::CREATED, Json(message)).into_response())
}

/// Mark every message of a conversation so far as read by the caller (the other person
/// sees it as a read receipt).
#[utoipa::path(
    post,
    path = "/api/v1/conversations/{id}/read",
    operation_id = "read_conversation",
    tag = "messages",
    security(("bearer" = []), ("session" = [])),
    params(("id" = i64, Path, minimum = 1, description = "The conversation.")),
    responses(
        (status = 204, description = "Marked read."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No conversation of the caller has this id.", body = ErrorBody),
    )
)]
pub async fn mark_read(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ConversationId>,
) -> Result<StatusCode, ApiError> {
    messages::mark_read(&state, &db, user.id, id.get()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// How the listing's host answers inquiries and booking requests (last 90 days).
#[utoipa::path(
    get,
    path = "/api/v1/listings/{id}/response-stats",
    operation_id = "host_response_stats",
    tag = "messages",
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    responses(
        (status = 200, description = "The host's response rate and median time.", body = ResponseStats),
        (status = 404, description = "No listing has this id, or it was deleted.", body = ErrorBody),
    )
)]
pub async fn response_stats(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    IdPath(id): IdPath<ListingId>,
) -> Result<Json<ResponseStats>, ApiError> {
    Ok(Json(
        messages::listing_response_stats(&state, &db, id.get()).await?,
    ))
}
