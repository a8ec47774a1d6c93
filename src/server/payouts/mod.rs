//! Payouts: the host's share of each stay, sent to the host.
//!
//! **The rule.** A stay's money settles when it completes (the worker's sweep, on the
//! check-out day in the listing's zone) or when a confirmed stay is cancelled (what the
//! host kept): `bookings::ledger::settle` writes a `host_payout` ledger entry then. That
//! share is released at the first 00:00 UTC at least 24 hours after it settled
//! (`payout_release_at` in SQL, the one definition, used for the expected release of a
//! confirmed stay too: its check-out day's local midnight taken as the settlement).
//!
//! **Scheduling** (`schedule.rs`): the worker gathers every share not in a payout yet into
//! one scheduled payout per host, currency and release time, once: the shares waiting are
//! `payout_queue` (kept by triggers), each locked (`FOR UPDATE SKIP LOCKED`) before it is
//! gathered, the open payout is found or made by
//! a unique index (`payouts_open_idx`), and `payout_items.ledger_entry_id` is unique, so
//! several workers at once never pay a share twice.
//!
//! **Paying** (`pay.rs`, `rail.rs`): due payouts go to a [`PayoutRail`] one at a time,
//! each under its row lock, and are marked paid with the rail's reference; the host hears
//! of it in the bell. The only rail here is [`OfflineRail`]: it moves no money (a real one
//! is a bank or Stripe Connect transfer) and answers `offline-payout-<id>`.
//!
//! **Reading** (`read.rs`, `upcoming.rs`): a host's totals, scheduled payouts, paid ones
//! page by page, and what is still to come (confirmed stays, shares not gathered yet).

mod pay;
mod query;
mod rail;
mod read;
mod schedule;
mod upcoming;

pub use pay::{PayStats, pay_due};
pub use query::PageQuery;
pub use rail::{OfflineRail, PayoutRail, RailError, Transfer};
pub use read::host_payouts;
pub use schedule::schedule_due;
