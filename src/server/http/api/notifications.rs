//! `/api/v1/notifications`: the caller's own notifications.

use super::{ApiError, ErrorBody};
use crate::app::types::booking::NotificationFeed;
use crate::server::accounts::auth::CurrentUser;
use crate::server::notifications;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};

/// The caller's newest notifications and how many are unread.
#[utoipa::path(
    get,
    path = "/api/v1/notifications",
    operation_id = "list_notifications",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "At most 50, newest first.", body = NotificationFeed),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn notifications(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Json<NotificationFeed>, ApiError> {
    Ok(Json(notifications::list(&db, user.id).await?))
}

/// Mark every notification read.
#[utoipa::path(
    post,
    path = "/api/v1/notifications/read",
    operation_id = "read_notifications",
    tag = "bookings",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "All read."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn read_notifications(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    notifications::mark_all_read(&db, user.id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
