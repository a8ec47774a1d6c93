//! Moving a booking along the shared transition table: its status, holds, history, money,
//! events and notices in the caller's transaction, and the lock order that keeps
//! concurrent changes to one listing from deadlocking.

use super::events::{self, StatusUpdated};
use super::failure::Failure;
use super::ledger::{capture, currency_of, ledger, pay, refund_for, settle};
use super::money;
use super::notices::{Facts, Happened, for_action, notify};
use super::rows::{Row, load, select_row, view};
use crate::app::types::AppError;
use crate::app::types::booking::{
    Action, Booking, BookingStatus, Party, RecordedReason, transition,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::outbox;
use crate::server::platform::payments::Operation;
use crate::server::platform::state::AppState;
use crate::tr;
use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// Takes listing `id`'s row lock, which every change to its holds takes first (creating,
/// ending and sweeping bookings; calendar changes; the holds trigger updating the listing's
/// `held_nights`): changes to one listing's calendar run one at a time, in the same lock
/// order, so they cannot deadlock. Listings change independently of each other. False when
/// the listing does not exist.
pub(super) async fn lock_listing(tx: &mut PgConnection, id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query_scalar!(
        "SELECT id FROM listings WHERE id = $1 FOR NO KEY UPDATE",
        id
    )
    .fetch_optional(&mut *tx)
    .await?
    .is_some())
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn record_transition(
    tx: &mut PgConnection,
    booking_id: i64,
    from: Option<BookingStatus>,
    to: BookingStatus,
    actor: Option<Uuid>,
    role: Party,
    reason: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_id, actor_role, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        booking_id,
        from.map(BookingStatus::as_str),
        to.as_str(),
        actor,
        role.as_str(),
        reason,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Applies `action` by `party` (the user `actor`, or Haven) to a row locked by the caller.
#[allow(clippy::too_many_arguments)]
pub(super) async fn apply(
    tx: &mut PgConnection,
    state: &AppState,
    row: &Row,
    action: Action,
    party: Party,
    actor: Option<Uuid>,
    reason: &str,
    now: OffsetDateTime,
) -> Result<BookingStatus, Failure> {
    let status = row.status()?;
    let next = transition(status, action, party).map_err(|r| r.error(status, action))?;
    if action == Action::Accept && row.expires_at.is_some_and(|t| t <= now) {
        return Err(AppError::Conflict(tr!("booking-error-request-expired")).into());
    }
    if action == Action::Cancel && row.today >= row.check_out {
        return Err(AppError::Conflict(tr!("booking-error-stay-over")).into());
    }
    let currency = currency_of(row)?;
    let refund = if action == Action::Cancel {
        refund_for(row, status, party)
    } else {
        money::Refund {
            refund_minor: 0,
            percent: 0,
            rule: "",
        }
    };
    sqlx::query!(
        "UPDATE bookings SET status = $2, updated_at = $3, refund_minor = $4,
                cancellation_reason = CASE WHEN $2 = 'cancelled' THEN NULLIF($5, '') END
         WHERE id = $1",
        row.id,
        next.as_str(),
        now,
        refund.refund_minor,
        reason
    )
    .execute(&mut *tx)
    .await?;
    if !next.holds_nights() {
        sqlx::query!("DELETE FROM listing_holds WHERE booking_id = $1", row.id)
            .execute(&mut *tx)
            .await?;
        // An imported calendar's event over these nights (a conflict until now) blocks
        // them from this moment, not only at that calendar's next sync.
        crate::server::calendar_sync::holds::reconcile(tx, row.listing_id, row.today).await?;
    }
    let default_reason = match (action, party) {
        (Action::Accept, _) => RecordedReason::Accepted,
        (Action::Decline, _) => RecordedReason::Declined,
        (Action::Expire, _) => RecordedReason::Expired,
        (Action::Complete, _) => RecordedReason::StayOver,
        (Action::Cancel, Party::Host) => RecordedReason::CancelledByHost,
        (Action::Cancel, _) => RecordedReason::CancelledByGuest,
    };
    let reason = if reason.is_empty() {
        default_reason.stored()
    } else {
        reason
    };
    record_transition(tx, row.id, Some(status), next, actor, party, reason, now).await?;
    // Money.
    match (status, next) {
        (BookingStatus::Pending, BookingStatus::Confirmed) => {
            capture(tx, state, row.id, row.total_minor, currency, now).await?;
        }
        (BookingStatus::Pending, _) => {
            pay(
                tx,
                state,
                row.id,
                Operation::Void,
                row.total_minor,
                currency,
                now,
            )
            .await?;
        }
        (BookingStatus::Confirmed, BookingStatus::Cancelled) => {
            if refund.refund_minor > 0 {
                pay(
                    tx,
                    state,
                    row.id,
                    Operation::Refund,
                    refund.refund_minor,
                    currency,
                    now,
                )
                .await?;
                ledger(
                    tx,
                    row.id,
                    "guest_refund",
                    refund.refund_minor,
                    currency,
                    now,
                )
                .await?;
            }
            settle(tx, row, refund.refund_minor, now).await?;
        }
        (BookingStatus::Confirmed, BookingStatus::Completed) => {
            settle(tx, row, 0, now).await?;
        }
        _ => {}
    }
    // Events: the status change on its stream, and a word to whoever should hear of it.
    let stream = match next {
        BookingStatus::Confirmed => events::BOOKING_CONFIRMATIONS,
        BookingStatus::Cancelled => events::BOOKING_CANCELLATIONS,
        _ => events::BOOKING_UPDATES,
    };
    let event_id = Uuid::new_v4();
    outbox::publish(
        tx,
        stream,
        event_id,
        "booking_status_updated",
        Some(row.id),
        &StatusUpdated {
            event_type: "booking_status_updated",
            event_id,
            timestamp: now,
            booking_id: row.id,
            listing_id: row.listing_id,
            guest_id: row.guest_id,
            host_id: row.host_id,
            previous_status: status.as_str(),
            new_status: next.as_str(),
            updated_by: actor.map_or_else(|| "system".to_string(), |a| a.to_string()),
            updated_by_role: party.as_str(),
            message: reason.to_string(),
        },
        now,
    )
    .await?;
    let happened = Happened::Moved {
        action,
        by: party,
        refund_minor: refund.refund_minor,
    };
    notify(tx, for_action(happened, &Facts::of(row)), now).await?;
    Ok(next)
}

/// `user` does `action` to booking `id`: 404 unless they are its guest or host (ids do
/// not leak), 403 for the wrong party, 409 from the wrong status.
pub async fn act(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    id: i64,
    action: Action,
    reason: &str,
) -> Result<Booking, AppError> {
    let now = state.clock.now();
    let state2 = state.clone();
    let reason = reason.trim().chars().take(1_000).collect::<String>();
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        let result: Result<Booking, Failure> = async {
            let listing = sqlx::query_scalar!("SELECT listing_id FROM bookings WHERE id = $1", id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| AppError::NotFound("Booking".into()))?;
            lock_listing(&mut tx, listing).await?;
            let row = select_row!("WHERE b.id = $2 FOR UPDATE OF b", now, id)
                .fetch_optional(&mut *tx)
                .await?
                .filter(|r| r.party(user).is_some())
                .ok_or_else(|| AppError::NotFound("Booking".into()))?;
            let party = row.party(user).ok_or(AppError::Internal)?;
            apply(
                &mut tx,
                &state2,
                &row,
                action,
                party,
                Some(user),
                &reason,
                now,
            )
            .await?;
            let row = load(&mut tx, id, now).await?;
            view(&mut tx, row, user).await
        }
        .await;
        match result {
            Ok(b) => {
                tx.commit().await?;
                Ok(Ok(b))
            }
            Err(Failure::App(e)) => Ok(Err(e)),
            Err(Failure::Db(e)) => Err(e),
        }
    })
    .await
    .map_err(|e| db_error(e, "change booking"))?
}
