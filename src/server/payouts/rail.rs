//! Where payouts are sent. A real rail is a bank transfer or a Stripe Connect transfer to
//! the host's account; each call carries an idempotency key (`payout:{id}`), so a payout
//! retried after a crash between the transfer and its commit cannot be paid twice.
//!
//! There is no bank on this machine, so the only rail is [`OfflineRail`]: it moves no
//! money, approves every transfer and answers a reference of its own; the `payouts` table
//! is the whole record. The worker chooses the rail (`server::worker`).

use futures::future::BoxFuture;
use time::OffsetDateTime;
use uuid::Uuid;

/// One payout to send.
#[derive(Clone, Debug)]
pub struct Transfer {
    pub payout_id: i64,
    pub host_id: Uuid,
    pub currency: String,
    pub amount_minor: i64,
    /// The same for a retry of the same payout.
    pub idempotency_key: String,
    pub at: OffsetDateTime,
}

/// A rail's refusal (a closed account, an unreachable bank): the payout stays scheduled
/// and is tried again on the next run.
#[derive(Clone, Debug, thiserror::Error)]
#[error("payout {payout_id} refused: {message}")]
pub struct RailError {
    pub payout_id: i64,
    pub message: String,
}

pub trait PayoutRail: Send + Sync {
    /// For the logs.
    fn name(&self) -> &'static str;
    /// Sends `transfer`; returns the rail's reference for it.
    fn transfer<'a>(&'a self, transfer: &'a Transfer) -> BoxFuture<'a, Result<String, RailError>>;
}

/// Sends nothing and says so: the stand-in for a bank (see the module's docs). Its
/// references read `offline-payout-<id>`.
#[derive(Clone, Copy, Debug, Default)]
pub struct OfflineRail;

impl PayoutRail for OfflineRail {
    fn name(&self) -> &'static str {
        "offline"
    }

    fn transfer<'a>(&'a self, transfer: &'a Transfer) -> BoxFuture<'a, Result<String, RailError>> {
        Box::pin(async move { Ok(format!("offline-payout-{}", transfer.payout_id)) })
    }
}
