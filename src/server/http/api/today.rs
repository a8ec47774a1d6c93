//! `/api/v1/host/today`: the dashboard's "Today" panel as JSON, the caller's own day.

use super::{ApiError, ErrorBody};
use crate::app::types::today::Today;
use crate::server::accounts::auth::CurrentUser;
use crate::server::analytics::today;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::{Extension, Json};

/// The caller's day as a host: check-ins and check-outs today and tomorrow, stays
/// tonight, requests waiting with their deadlines, unread conversations and reviews due.
///
/// "Today" and "tomorrow" are each listing's local dates. Each list holds its first 20
/// and `total`.
#[utoipa::path(
    get,
    path = "/api/v1/host/today",
    operation_id = "host_today",
    tag = "analytics",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The host's day.", body = Today),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn host_today(
    user: CurrentUser,
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
) -> Result<Json<Today>, ApiError> {
    Ok(Json(today::today(&db, user.id, state.clock.now()).await?))
}
