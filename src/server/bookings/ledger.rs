//! The booking's money: payment-provider operations and their ledger entries, using the
//! refund rules and the split in [`money`](super::money).

use super::failure::Failure;
use super::money;
use super::rows::Row;
use crate::app::types::AppError;
use crate::app::types::booking::{BookingStatus, Party};
use crate::server::catalog::listings::money as money_of;
use crate::server::platform::payments::{Operation, PaymentRequest};
use crate::server::platform::state::AppState;
use sqlx::PgConnection;
use time::OffsetDateTime;

pub(super) async fn pay(
    tx: &mut PgConnection,
    state: &AppState,
    booking_id: i64,
    operation: Operation,
    amount_minor: i64,
    currency: &'static str,
    now: OffsetDateTime,
) -> Result<(), Failure> {
    let request = PaymentRequest {
        booking_id,
        operation,
        amount_minor,
        currency,
        idempotency_key: format!("booking:{booking_id}:{}", operation.as_str()),
        at: now,
    };
    let reference = state.payments.execute(&request).await.map_err(|e| {
        tracing::warn!(booking_id, error = %e, "payment refused");
        AppError::Unprocessable(crate::tr!("booking-error-payment"))
    })?;
    sqlx::query!(
        "INSERT INTO payments (booking_id, provider, operation, amount_minor, currency, reference, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        booking_id,
        state.payments.name(),
        operation.as_str(),
        amount_minor,
        currency,
        reference,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

pub(super) async fn capture(
    tx: &mut PgConnection,
    state: &AppState,
    booking_id: i64,
    total_minor: i64,
    currency: &'static str,
    now: OffsetDateTime,
) -> Result<(), Failure> {
    pay(
        tx,
        state,
        booking_id,
        Operation::Capture,
        total_minor,
        currency,
        now,
    )
    .await?;
    ledger(tx, booking_id, "guest_charge", total_minor, currency, now).await?;
    Ok(())
}

pub(super) async fn ledger(
    tx: &mut PgConnection,
    booking_id: i64,
    kind: &str,
    amount_minor: i64,
    currency: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if amount_minor > 0 {
        sqlx::query!(
            "INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
             VALUES ($1, $2, $3, $4, $5)",
            booking_id,
            kind,
            amount_minor,
            currency,
            now
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// Pays out what a booking kept: the host's share, Haven's fee, the taxes.
pub(super) async fn settle(
    tx: &mut PgConnection,
    row: &Row,
    refund_minor: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let s = money::settle(
        row.total_minor,
        row.service_fee_minor,
        row.taxes_minor,
        refund_minor,
    );
    ledger(
        tx,
        row.id,
        "host_payout",
        s.host_payout_minor,
        &row.currency,
        now,
    )
    .await?;
    ledger(
        tx,
        row.id,
        "haven_fee",
        s.haven_fee_minor,
        &row.currency,
        now,
    )
    .await?;
    ledger(tx, row.id, "taxes", s.taxes_minor, &row.currency, now).await?;
    Ok(())
}

pub(super) fn currency_of(row: &Row) -> Result<&'static str, AppError> {
    Ok(money_of(0, &row.currency)?.currency.code())
}

/// The refund a cancellation by `party` would give now.
pub(super) fn refund_for(row: &Row, status: BookingStatus, party: Party) -> money::Refund {
    let policy = money::Policy::parse(&row.cancellation_policy).unwrap_or(money::Policy::Strict);
    money::refund(
        policy,
        status == BookingStatus::Confirmed,
        party,
        (row.check_in - row.today).whole_days(),
        row.total_minor,
        row.service_fee_minor,
    )
}
