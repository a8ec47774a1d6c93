//! `/api/v1/host/payouts`: a host's payouts (paid, scheduled) with the stays they cover,
//! and what confirmed stays will bring. A host sees only their own.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::payouts::{HostPayouts, PayoutsQuery};
use crate::server::accounts::auth::CurrentUser;
use crate::server::payouts::{self, PageQuery};
use crate::server::platform::db::DbScope;
use axum::{Extension, Json};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

/// Which page of paid payouts, and how many upcoming releases.
#[derive(Deserialize, IntoParams, ToSchema)]
#[into_params(parameter_in = Query)]
pub struct PayoutsParams {
    /// Paid payouts older than this one (a payout id from `next_before`); one that is not
    /// the caller's paid payout is a 404.
    before: Option<String>,
    /// How many paid payouts, and how many upcoming releases: 1 to 100 (default 20).
    limit: Option<String>,
}

/// The host's payouts.
///
/// A stay's share settles when it completes (or when a confirmed stay is cancelled: what
/// the host kept) and is released at the first 00:00 UTC at least 24 hours later; shares
/// are gathered into one payout per host, currency and release time. Every scheduled
/// payout is listed, paid ones newest first a page at a time, and the confirmed stays
/// (and shares not gathered yet) as the releases they are expected in. `totals` covers
/// everything, whatever the page.
#[utoipa::path(
    get,
    path = "/api/v1/host/payouts",
    operation_id = "host_payouts",
    tag = "analytics",
    security(("bearer" = []), ("session" = [])),
    params(PayoutsParams),
    responses(
        (status = 200, description = "The payouts.", body = HostPayouts),
        (status = 400, description = "A malformed `before` or `limit` (named in `field`).", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "`before` is not one of the caller's paid payouts.", body = ErrorBody),
    )
)]
pub async fn host_payouts(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<PayoutsParams>,
) -> Result<Json<HostPayouts>, ApiError> {
    let page = PageQuery::parse(&PayoutsQuery {
        before: params.before,
        limit: params.limit,
    })
    .map_err(ApiError::invalid)?;
    Ok(Json(payouts::host_payouts(&db, user.id, page).await?))
}
