//! Calendar sync with other sites (iCalendar, RFC 5545): docs/ARCHITECTURE.md, "Calendar
//! sync".
//!
//! - **Export** (`export.rs`, `ics.rs`): each listing's private `.ics` address, serving its
//!   bookings and the host's own blocks as all-day events.
//! - **Import**: the host adds other sites' calendar addresses (`feeds.rs`, parsed once by
//!   `address.rs`). The worker takes due feeds from `calendar_feeds` (every 15 minutes,
//!   or at once after "Sync now") under a lease (`sync.rs`), fetches them under limits and
//!   the private-address check (`fetch.rs`), reads them (`parse.rs`, `when.rs`, `recur.rs`)
//!   into listing-local nights, stores them as the feed's events, and derives the
//!   listing's imported holds and conflicts from every feed's events (`reconcile.rs`, the
//!   rule; `holds.rs`, the database).

pub mod address;
pub mod export;
pub mod feeds;
pub mod fetch;
pub mod holds;
pub mod ics;
pub mod parse;
pub mod problem;
pub mod reconcile;
pub mod recur;
pub mod sync;
pub mod when;

use crate::server::platform::state::AppState;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Feeds fetched at once by one worker.
pub const CONCURRENCY: usize = 4;

/// The worker's side: syncs run on tasks of their own, at most [`CONCURRENCY`] at a time,
/// so a slow calendar never holds up the worker's other work (the outbox, the sweep).
pub struct Syncer {
    permits: Arc<Semaphore>,
}

impl Default for Syncer {
    fn default() -> Self {
        Self {
            permits: Arc::new(Semaphore::new(CONCURRENCY)),
        }
    }
}

impl Syncer {
    /// Claims as many due feeds as there are free slots and starts their syncs.
    pub async fn dispatch(&self, state: &AppState) {
        let free = self.permits.available_permits();
        if free == 0 {
            return;
        }
        let claimed = match sync::claim(state, free as i64).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "calendar sync could not claim feeds");
                return;
            }
        };
        for feed in claimed {
            let Ok(permit) = self.permits.clone().try_acquire_owned() else {
                // Unreachable (one claim per free permit); the lease runs out and the feed
                // is taken again.
                break;
            };
            let state = state.clone();
            tokio::spawn(async move {
                if let Err(e) = sync::run(&state, feed).await {
                    tracing::warn!(error = %e, "calendar sync could not record its result");
                }
                drop(permit);
            });
        }
    }
}

/// How often the sync loop looks for due feeds when nothing wakes it.
const POLL: std::time::Duration = std::time::Duration::from_secs(5);

/// The calendar sync's own loop, beside the worker's (which starts it and aborts it at
/// shutdown): due feeds are dispatched every few seconds and at once when a feed is added
/// or "Sync now" is asked for (`NOTIFY` on the jobs channel), however busy the worker's
/// outbox relay or sweep is. Syncs in flight at shutdown are left to their lease.
pub async fn run(state: AppState) {
    use crate::server::platform::jobs;
    let syncer = Syncer::default();
    let mut listener = match sqlx::postgres::PgListener::connect_with(state.db.primary()).await {
        Ok(mut l) => l.listen(jobs::CHANNEL).await.ok().map(|()| l),
        Err(_) => None,
    };
    if listener.is_none() {
        tracing::warn!("calendar sync cannot LISTEN; polling only");
    }
    loop {
        syncer.dispatch(&state).await;
        match listener.as_mut() {
            Some(l) => {
                let _ = tokio::time::timeout(POLL, l.recv()).await;
            }
            None => tokio::time::sleep(POLL).await,
        }
    }
}

/// Syncs every due feed, one after another, and returns how many ran. Tests call this to
/// drive the sync without the worker.
pub async fn sync_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let mut ran = 0;
    loop {
        let claimed = sync::claim(state, 1).await?;
        if claimed.is_empty() {
            return Ok(ran);
        }
        for feed in claimed {
            sync::run(state, feed).await?;
            ran += 1;
        }
    }
}
