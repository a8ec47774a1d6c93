//! Taking and giving back money. The booking engine speaks to a [`PaymentProvider`]: it
//! authorises the total when a stay is asked for, captures it when the stay is confirmed,
//! voids the authorisation when a request ends without a stay, and refunds after a
//! cancellation. Every call is recorded in `payments` with the provider's reference.
//!
//! There is no card network on this machine, so the only provider is [`OfflineProvider`]:
//! it approves every operation and returns its own reference, and the `payments` table is
//! the whole record. A card provider implements the same trait (each call carries an
//! idempotency key, `booking:{id}:{operation}`, so a retried transaction cannot charge
//! twice); docs/BOOKING.md says what is and is not there.

use futures::future::BoxFuture;
use time::OffsetDateTime;

/// What a provider is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    Authorize,
    Capture,
    Void,
    Refund,
}

impl Operation {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Authorize => "authorize",
            Self::Capture => "capture",
            Self::Void => "void",
            Self::Refund => "refund",
        }
    }
}

/// One operation on one booking's money.
#[derive(Clone, Debug)]
pub struct PaymentRequest {
    pub booking_id: i64,
    pub operation: Operation,
    pub amount_minor: i64,
    pub currency: &'static str,
    /// The same for a retry of the same operation.
    pub idempotency_key: String,
    pub at: OffsetDateTime,
}

/// A provider's refusal (a declined card, an unreachable network).
#[derive(Clone, Debug, thiserror::Error)]
#[error("payment {operation} refused: {message}")]
pub struct PaymentError {
    pub operation: &'static str,
    pub message: String,
}

pub trait PaymentProvider: Send + Sync {
    /// Recorded with each operation.
    fn name(&self) -> &'static str;
    /// Performs `request`; returns the provider's reference for it.
    fn execute<'a>(
        &'a self,
        request: &'a PaymentRequest,
    ) -> BoxFuture<'a, Result<String, PaymentError>>;
}

/// Approves everything, moves no money: the stand-in for a card network (see module docs).
#[derive(Clone, Copy, Debug, Default)]
pub struct OfflineProvider;

impl PaymentProvider for OfflineProvider {
    fn name(&self) -> &'static str {
        "offline"
    }

    fn execute<'a>(
        &'a self,
        request: &'a PaymentRequest,
    ) -> BoxFuture<'a, Result<String, PaymentError>> {
        Box::pin(async move { Ok(format!("offline:{}", request.idempotency_key)) })
    }
}
