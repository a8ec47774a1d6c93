//! The background worker each app server runs (unless `HAVEN_JOB_WORKER=false`): the job
//! queue, the booking engine's sweep (expiry, completion), payouts and the outbox relay,
//! woken by `NOTIFY` or every few seconds. The outbox's consumers are registered here.

use crate::server::bookings::{self, events::BookingMetrics};
use crate::server::mail::Mailer;
use crate::server::notifications::NotificationsConsumer;
use crate::server::payouts;
use crate::server::platform::config::Config;
use crate::server::platform::outbox::{self, Consumer};
use crate::server::platform::{jobs, state::AppState};
use std::sync::Arc;
use std::time::Duration;

/// How often an idle worker looks for due work (new jobs and events also wake it at once).
const IDLE_POLL: Duration = Duration::from_secs(5);
/// How often the worker looks for review reminders, a due badge evaluation and payouts.
const SLOW_POLL: Duration = Duration::from_secs(60);

/// The outbox's consumers: every stream's subscribers must be here. The mailer sends
/// through `config.mail`'s relay.
pub fn consumers(config: &Config) -> Vec<Arc<dyn Consumer>> {
    let mut consumers: Vec<Arc<dyn Consumer>> =
        vec![Arc::new(NotificationsConsumer), Arc::new(BookingMetrics)];
    match Mailer::new(&config.mail) {
        Ok(mailer) => consumers.push(Arc::new(mailer)),
        // Unreachable with the templates compiled in (a unit test renders them all); its
        // deliveries wait, and end in the dead letters, rather than the worker stopping.
        Err(e) => tracing::error!(error = %e, "the mailer cannot start: no e-mail is sent"),
    }
    consumers
}

/// The worker: runs due jobs, then waits for a `NOTIFY` or the poll interval. Ends when
/// `shutdown` resolves.
pub async fn run(state: AppState, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut listener = match sqlx::postgres::PgListener::connect_with(state.db.primary()).await {
        Ok(mut l) => match l.listen(jobs::CHANNEL).await {
            Ok(()) => Some(l),
            Err(e) => {
                tracing::warn!(error = %e, "job worker cannot LISTEN; polling only");
                None
            }
        },
        Err(e) => {
            tracing::warn!(error = %e, "job worker cannot LISTEN; polling only");
            None
        }
    };
    tracing::info!("job worker started");
    let consumers = consumers(&state.config);
    let mut last_prune: Option<std::time::Instant> = None;
    let mut last_slow: Option<std::time::Instant> = None;
    // Imported calendars: a loop of its own, so a busy relay never delays a sync.
    let calendars = tokio::spawn(crate::server::calendar_sync::run(state.clone()));
    loop {
        if let Err(e) = jobs::run_due(&state).await {
            tracing::warn!(error = %e, "job worker could not reach the database");
        }
        // The booking engine's own transitions, then the outbox's deliveries.
        if let Err(e) = bookings::sweep(&state).await {
            tracing::warn!(error = %e, "booking sweep failed");
        }
        // Reviews whose window closed with only one party's written.
        if let Err(e) = crate::server::reviews::publish_due(&state).await {
            tracing::warn!(error = %e, "review publication failed");
        }
        // The dashboard's roll-ups: the days whose bookings, blocks or views changed.
        if let Err(e) = crate::server::analytics::rollup::drain(state.db.primary()).await {
            tracing::warn!(error = %e, "analytics roll-ups not updated yet; kept for the next try");
        }
        // Reminders (days after check-out) and the daily badge are not urgent: a scan a
        // minute, not one on every wake-up.
        if last_slow.is_none_or(|at| at.elapsed() > SLOW_POLL) {
            last_slow = Some(std::time::Instant::now());
            // The day's exchange rates, when a feed is configured (once a day, one server).
            crate::server::currency::rates::worker_step(&state).await;
            if let Err(e) = crate::server::reviews::remind_due(&state).await {
                tracing::warn!(error = %e, "review reminders failed");
            }
            if let Err(e) = crate::server::reviews::badge::evaluate_due(&state).await {
                tracing::warn!(error = %e, "host badge evaluation failed");
            }
            // Hosts' settled shares into payouts, then the due ones sent: through the
            // offline rail, which moves no money (`payouts::rail`).
            let now = state.clock.now();
            if let Err(e) = payouts::schedule_due(state.db.primary(), now).await {
                tracing::warn!(error = %e, "payout scheduling failed");
            }
            if let Err(e) = payouts::pay_due(state.db.primary(), &payouts::OfflineRail, now).await {
                tracing::warn!(error = %e, "payouts failed");
            }
        }
        let now = state.clock.now();
        if let Err(e) = outbox::relay(state.db.primary(), &consumers, now).await {
            tracing::warn!(error = %e, "outbox relay failed");
        }
        if last_prune.is_none_or(|at| at.elapsed() > std::time::Duration::from_secs(3_600)) {
            last_prune = Some(std::time::Instant::now());
            if let Err(e) = outbox::prune(state.db.primary(), now).await {
                tracing::warn!(error = %e, "outbox prune failed");
            }
        }
        let wake = async {
            match listener.as_mut() {
                Some(l) => {
                    let _ = tokio::time::timeout(IDLE_POLL, l.recv()).await;
                }
                None => tokio::time::sleep(IDLE_POLL).await,
            }
        };
        tokio::select! {
            _ = &mut shutdown => break,
            _ = wake => {}
        }
    }
    calendars.abort();
    tracing::info!("job worker stopped");
}
