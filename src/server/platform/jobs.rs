//! Background work on a PostgreSQL-backed queue (the `jobs` table). Any number of workers,
//! in any number of app servers, take due jobs with `FOR UPDATE SKIP LOCKED`, so each runs
//! once at a time; a job whose worker died is taken again when its lock runs out. Failures
//! are retried with exponential back-off up to `max_attempts`, then kept with their last
//! error. Every job must be idempotent: it may run again after a crash.
//!
//! The worker loop that drives this queue (and the booking sweep and the outbox relay) is
//! wired in `server::worker`.

use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use serde::{Deserialize, Serialize};

/// How long a worker holds a job before another may take it.
const LEASE: &str = "5 minutes";
/// The `NOTIFY` channel new jobs (and outbox events) are announced on.
pub const CHANNEL: &str = "haven_jobs";

/// The kinds of work, with what each needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// Make the card, gallery and full-size variants of an uploaded listing photo.
    PhotoVariants { photo_id: i64 },
}

impl Job {
    fn kind(&self) -> &'static str {
        match self {
            Job::PhotoVariants { .. } => "photo_variants",
        }
    }
}

/// Queues `job` in the caller's transaction: it exists only if the transaction commits.
pub async fn enqueue(tx: &mut sqlx::PgConnection, job: &Job) -> Result<i64, sqlx::Error> {
    let payload = serde_json::to_value(job).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let id = sqlx::query_scalar!(
        "INSERT INTO jobs (kind, payload) VALUES ($1, $2) RETURNING id",
        job.kind(),
        payload
    )
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query!("SELECT pg_notify($1, '')", CHANNEL)
        .execute(&mut *tx)
        .await?;
    Ok(id)
}

struct Claimed {
    id: i64,
    payload: serde_json::Value,
    attempts: i32,
    max_attempts: i32,
}

/// Takes one due job, if any, leasing it to this worker.
async fn claim(db: &DbScope) -> Result<Option<Claimed>, sqlx::Error> {
    sqlx::query_as!(
        Claimed,
        r#"
        UPDATE jobs SET attempts = attempts + 1, locked_until = now() + $1::text::interval
        WHERE id = (
            SELECT id FROM jobs
            WHERE done_at IS NULL AND run_at <= now() AND attempts < max_attempts
              AND (locked_until IS NULL OR locked_until < now())
            ORDER BY run_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
        )
        RETURNING id, payload, attempts, max_attempts
        "#,
        LEASE
    )
    .fetch_optional(db.db().primary())
    .await
}

/// Runs due jobs until none is left; returns how many ran (successfully or not). Tests call
/// this to drive the queue without waiting for the worker.
pub async fn run_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let db = DbScope::new(state.db.clone());
    let mut ran = 0;
    while let Some(job) = claim(&db).await? {
        ran += 1;
        let outcome = match serde_json::from_value::<Job>(job.payload.clone()) {
            Ok(work) => perform(state, &db, &work).await,
            Err(e) => Err(format!("unreadable payload: {e}")),
        };
        match outcome {
            Ok(()) => {
                sqlx::query!(
                    "UPDATE jobs SET done_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1",
                    job.id
                )
                .execute(db.db().primary())
                .await?;
                metrics::counter!("haven_jobs_total", "outcome" => "done").increment(1);
            }
            Err(error) => {
                // 30 s, 2 min, 8 min, ... between attempts.
                let backoff = 30 * 4_i64.pow(job.attempts.clamp(1, 6) as u32 - 1);
                tracing::warn!(job = job.id, attempt = job.attempts, %error, "job failed");
                sqlx::query!(
                    "UPDATE jobs SET locked_until = NULL, last_error = $2,
                            run_at = now() + make_interval(secs => $3)
                     WHERE id = $1",
                    job.id,
                    error,
                    backoff as f64
                )
                .execute(db.db().primary())
                .await?;
                let outcome = if job.attempts >= job.max_attempts {
                    "dead"
                } else {
                    "retry"
                };
                metrics::counter!("haven_jobs_total", "outcome" => outcome).increment(1);
            }
        }
    }
    Ok(ran)
}

async fn perform(state: &AppState, db: &DbScope, job: &Job) -> Result<(), String> {
    match job {
        Job::PhotoVariants { photo_id } => {
            crate::server::platform::media::variants::make(state, db, *photo_id)
                .await
                .map_err(|e| e.to_string())
        }
    }
}
