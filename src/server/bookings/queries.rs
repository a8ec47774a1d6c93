//! Reading bookings: one, a refund preview, and the guest's or host's list.

use super::failure::Failure;
use super::ledger::refund_for;
use super::rows::{select_row, to_booking, view};
use crate::app::types::AppError;
use crate::app::types::booking::{Action, Booking, BookingStatus, RefundPreview, transition};
use crate::server::catalog::listings::money as money_of;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use uuid::Uuid;

/// Booking `id` as `user` sees it; 404 unless they are its guest or host.
pub async fn get(state: &AppState, db: &DbScope, user: Uuid, id: i64) -> Result<Booking, AppError> {
    let now = state.clock.now();
    db.read(|pool| async move {
        let mut conn = pool.acquire().await?;
        let row = select_row!(
            "WHERE b.id = $2 AND (b.guest_id = $3 OR l.host_id = $3)",
            now,
            id,
            user
        )
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else {
            return Ok(Err(AppError::NotFound("Booking".into())));
        };
        match view(&mut conn, row, user).await {
            Ok(b) => Ok(Ok(b)),
            Err(Failure::App(e)) => Ok(Err(e)),
            Err(Failure::Db(e)) => Err(e),
        }
    })
    .await
    .map_err(|e| db_error(e, "booking"))?
}

/// The refund `user` would get (or give) by cancelling booking `id` now.
pub async fn refund_preview(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    id: i64,
) -> Result<RefundPreview, AppError> {
    let now = state.clock.now();
    let row = db
        .read(|pool| async move {
            select_row!(
                "WHERE b.id = $2 AND (b.guest_id = $3 OR l.host_id = $3)",
                now,
                id,
                user
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "booking"))?
        .ok_or_else(|| AppError::NotFound("Booking".into()))?;
    let status = row.status()?;
    let party = row.party(user).ok_or(AppError::Internal)?;
    transition(status, Action::Cancel, party).map_err(|r| r.error(status, Action::Cancel))?;
    let r = refund_for(&row, status, party);
    let paid = if status == BookingStatus::Confirmed {
        row.total_minor
    } else {
        0
    };
    Ok(RefundPreview {
        booking_id: id,
        refund: money_of(r.refund_minor, &row.currency)?,
        kept: money_of(paid - r.refund_minor, &row.currency)?,
        rule: crate::app::i18n::message(r.rule),
    })
}

/// Which bookings to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The caller's own trips.
    Guest,
    /// Bookings of the caller's listings.
    Host,
}

/// The caller's bookings as guest or host, newest stays first (at most 200), without
/// their histories.
pub async fn list(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    role: Role,
) -> Result<Vec<Booking>, AppError> {
    let now = state.clock.now();
    let rows = db
        .read(|pool| async move {
            match role {
                Role::Guest => {
                    select_row!(
                        "WHERE b.guest_id = $2 ORDER BY b.check_in DESC, b.id DESC LIMIT 200",
                        now,
                        user
                    )
                    .fetch_all(&pool)
                    .await
                }
                Role::Host => {
                    select_row!(
                        "WHERE l.host_id = $2 ORDER BY b.check_in DESC, b.id DESC LIMIT 200",
                        now,
                        user
                    )
                    .fetch_all(&pool)
                    .await
                }
            }
        })
        .await
        .map_err(|e| db_error(e, "bookings"))?;
    rows.into_iter()
        .map(|r| to_booking(r, user, Vec::new()))
        .collect()
}
