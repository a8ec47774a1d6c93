//! The booking engine. Every change to a booking happens in one transaction on the primary
//! that also records the transition, writes its events to the outbox and moves its money:
//!
//! - [`create`]: the listing's rules, the price computed here from the listing's prices,
//!   and the nights held in `listing_holds`, whose exclusion constraint refuses any overlap
//!   with another stay (plus its preparation nights) or a host block, whatever the
//!   interleaving across app servers: the loser gets a 409.
//! - [`act`]: accept, decline, cancel, by the party
//!   [`transition`](crate::app::types::booking::transition) allows.
//! - [`sweep`]: Haven's own transitions (expiry after 24 hours, completion after check-out),
//!   taken with `FOR UPDATE SKIP LOCKED` by every worker.
//!
//! "Now" comes from the state's [`Clock`](crate::server::platform::clock::Clock).
//!
//! Where things are: `request` parses a booking request; `create` makes a booking;
//! `apply` moves one along the transition table (and holds the lock order); `ledger` moves
//! its money by the rules in `money`; `notices` tells guest and host; `events` names the
//! streams and their payloads; `rows` reads bookings and turns them into the wire type;
//! `queries` answers reads; `sweep` runs Haven's own transitions; `calendar` is the host's.

mod apply;
pub mod calendar;
mod create;
pub mod events;
mod failure;
mod ledger;
pub mod money;
mod notices;
mod queries;
mod request;
mod rows;
mod sweep;

pub use apply::act;
pub use create::{Created, Idempotency, create};
pub use queries::{Role, get, list, refund_preview};
pub use request::BookingRequest;
pub use sweep::{SweepStats, sweep};

use time::Duration;

/// How long a host has to answer a request.
pub const ANSWER_WITHIN: Duration = Duration::hours(24);
/// Idempotency keys are kept this long.
pub const KEYS_KEPT: Duration = Duration::hours(48);
