//! The transactional outbox. A change and the events describing it are written in one
//! transaction ([`publish`]), so an event exists exactly when its change does. The relay
//! ([`relay`]) then hands each event to every consumer of its stream, at least once: a
//! delivery is taken with `FOR UPDATE SKIP LOCKED` (any number of app servers relay
//! together), retried with back-off, and after [`MAX_ATTEMPTS`] moved to `dead_letters`,
//! where an operator can inspect it (`haven events dead`) and replay it
//! (`haven events replay ID`). Consumers deduplicate by `event_id` (`consumed_events`), in
//! the same transaction as their effect, so a redelivered event changes nothing twice.

use futures::future::BoxFuture;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};
use std::sync::Arc;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// Attempts before a delivery is dead.
pub const MAX_ATTEMPTS: i32 = 5;
/// How long a relay holds a delivery it took.
const LEASE: Duration = Duration::minutes(1);

/// A stream events are published on, and the consumers subscribed to it. The domains
/// define their streams (e.g. `bookings::events`); the worker runs the consumers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stream {
    pub name: &'static str,
    pub consumers: &'static [&'static str],
}

/// An event as a consumer receives it.
#[derive(Clone, Debug)]
pub struct Event {
    pub event_id: Uuid,
    pub stream: String,
    pub event_type: String,
    pub payload: serde_json::Value,
}

/// Something that acts on events. `handle` runs inside the transaction that also records
/// the event as consumed: its database effects commit exactly once.
pub trait Consumer: Send + Sync {
    fn name(&self) -> &'static str;
    fn handle<'a>(
        &'a self,
        tx: &'a mut PgConnection,
        event: &'a Event,
    ) -> BoxFuture<'a, Result<(), String>>;
}

/// Writes `payload` (which must carry `event_type`, `event_id` and `timestamp`) on
/// `stream`, in the caller's transaction, with a delivery for each of its consumers.
pub async fn publish(
    tx: &mut PgConnection,
    stream: Stream,
    event_id: Uuid,
    event_type: &str,
    booking_id: Option<i64>,
    payload: &impl Serialize,
    at: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let payload = serde_json::to_value(payload).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query!(
        "INSERT INTO outbox_events (event_id, stream, event_type, booking_id, payload, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
        event_id,
        stream.name,
        event_type,
        booking_id,
        payload,
        at
    )
    .execute(&mut *tx)
    .await?;
    let consumers: Vec<String> = stream.consumers.iter().map(|c| c.to_string()).collect();
    sqlx::query!(
        "INSERT INTO outbox_deliveries (event_id, consumer, next_attempt_at)
         SELECT $1, c, $3 FROM UNNEST($2::text[]) AS c",
        event_id,
        &consumers,
        at
    )
    .execute(&mut *tx)
    .await?;
    // Wakes the workers (the job queue's channel).
    sqlx::query!("SELECT pg_notify('haven_jobs', '')")
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// What one relay pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RelayStats {
    pub delivered: usize,
    pub failed: usize,
    pub dead: usize,
}

struct Due {
    event_id: Uuid,
    consumer: String,
    attempts: i32,
    stream: String,
    event_type: String,
    payload: serde_json::Value,
}

/// Delivers every delivery to `consumers` due at `now`, in batches, until none is left.
pub async fn relay(
    pool: &PgPool,
    consumers: &[Arc<dyn Consumer>],
    now: OffsetDateTime,
) -> Result<RelayStats, sqlx::Error> {
    let mut stats = RelayStats::default();
    let names: Vec<String> = consumers.iter().map(|c| c.name().to_string()).collect();
    loop {
        let batch = sqlx::query_as!(
            Due,
            r#"
            WITH taken AS (
                SELECT event_id, consumer FROM outbox_deliveries
                WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $1
                  AND (locked_until IS NULL OR locked_until < $1) AND consumer = ANY($3)
                ORDER BY next_attempt_at
                LIMIT 50
                FOR UPDATE SKIP LOCKED
            ), leased AS (
                UPDATE outbox_deliveries d SET attempts = d.attempts + 1, locked_until = $2
                FROM taken WHERE d.event_id = taken.event_id AND d.consumer = taken.consumer
                RETURNING d.event_id, d.consumer, d.attempts
            )
            SELECT l.event_id, l.consumer, l.attempts, e.stream, e.event_type, e.payload
            FROM leased l JOIN outbox_events e USING (event_id)
            "#,
            now,
            now + LEASE,
            &names
        )
        .fetch_all(pool)
        .await?;
        if batch.is_empty() {
            return Ok(stats);
        }
        for due in batch {
            let outcome = deliver(pool, consumers, &due).await;
            match outcome {
                Ok(()) => {
                    sqlx::query!(
                        "UPDATE outbox_deliveries SET delivered_at = $3, locked_until = NULL,
                                last_error = NULL
                         WHERE event_id = $1 AND consumer = $2",
                        due.event_id,
                        due.consumer,
                        now
                    )
                    .execute(pool)
                    .await?;
                    stats.delivered += 1;
                    metrics::counter!("haven_outbox_deliveries_total", "outcome" => "delivered")
                        .increment(1);
                }
                Err(error) if due.attempts >= MAX_ATTEMPTS => {
                    tracing::error!(event = %due.event_id, consumer = due.consumer, %error,
                        "event delivery failed for the last time: dead letter");
                    let mut tx = pool.begin().await?;
                    sqlx::query!(
                        "UPDATE outbox_deliveries SET dead_at = $3, locked_until = NULL,
                                last_error = $4
                         WHERE event_id = $1 AND consumer = $2",
                        due.event_id,
                        due.consumer,
                        now,
                        error
                    )
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query!(
                        "INSERT INTO dead_letters (event_id, consumer, attempts, last_error, failed_at)
                         VALUES ($1, $2, $3, $4, $5)",
                        due.event_id,
                        due.consumer,
                        due.attempts,
                        error,
                        now
                    )
                    .execute(&mut *tx)
                    .await?;
                    tx.commit().await?;
                    stats.dead += 1;
                    metrics::counter!("haven_outbox_deliveries_total", "outcome" => "dead")
                        .increment(1);
                }
                Err(error) => {
                    tracing::warn!(event = %due.event_id, consumer = due.consumer,
                        attempt = due.attempts, %error, "event delivery failed; will retry");
                    sqlx::query!(
                        "UPDATE outbox_deliveries SET next_attempt_at = $3, locked_until = NULL,
                                last_error = $4
                         WHERE event_id = $1 AND consumer = $2",
                        due.event_id,
                        due.consumer,
                        now + backoff(due.attempts),
                        error
                    )
                    .execute(pool)
                    .await?;
                    stats.failed += 1;
                    metrics::counter!("haven_outbox_deliveries_total", "outcome" => "retry")
                        .increment(1);
                }
            }
        }
    }
}

/// 10 s, 30 s, 90 s, ... after the `attempts`-th failure.
pub fn backoff(attempts: i32) -> Duration {
    Duration::seconds(10 * 3_i64.pow(attempts.clamp(1, 8) as u32 - 1))
}

/// Hands one event to its consumer, recording it as consumed in the same transaction.
async fn deliver(pool: &PgPool, consumers: &[Arc<dyn Consumer>], due: &Due) -> Result<(), String> {
    let consumer = consumers
        .iter()
        .find(|c| c.name() == due.consumer)
        .ok_or_else(|| format!("no consumer named {}", due.consumer))?;
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let first = sqlx::query!(
        "INSERT INTO consumed_events (consumer, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING",
        due.consumer,
        due.event_id
    )
    .execute(&mut *tx)
    .await
    .map_err(|e| e.to_string())?
    .rows_affected()
        == 1;
    if first {
        let event = Event {
            event_id: due.event_id,
            stream: due.stream.clone(),
            event_type: due.event_type.clone(),
            payload: due.payload.clone(),
        };
        consumer.handle(&mut tx, &event).await?;
    }
    tx.commit().await.map_err(|e| e.to_string())
}

/// A dead delivery, for operators.
#[derive(Clone, Debug, Serialize)]
pub struct DeadLetter {
    pub id: i64,
    pub event_id: Uuid,
    pub consumer: String,
    pub stream: String,
    pub event_type: String,
    pub attempts: i32,
    pub last_error: String,
    pub failed_at: OffsetDateTime,
    pub replayed_at: Option<OffsetDateTime>,
}

/// The dead letters, newest first.
pub async fn dead_letters(pool: &PgPool) -> Result<Vec<DeadLetter>, sqlx::Error> {
    sqlx::query_as!(
        DeadLetter,
        "SELECT d.id, d.event_id, d.consumer, e.stream, e.event_type, d.attempts, d.last_error,
                d.failed_at, d.replayed_at
         FROM dead_letters d JOIN outbox_events e USING (event_id)
         ORDER BY d.id DESC LIMIT 500"
    )
    .fetch_all(pool)
    .await
}

/// Gives dead letter `id` to its consumer again, with fresh attempts. False when there is
/// no such dead letter or it was replayed already.
pub async fn replay(pool: &PgPool, id: i64, now: OffsetDateTime) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let Some(row) = sqlx::query!(
        "UPDATE dead_letters SET replayed_at = $2 WHERE id = $1 AND replayed_at IS NULL
         RETURNING event_id, consumer",
        id,
        now
    )
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Ok(false);
    };
    sqlx::query!(
        "UPDATE outbox_deliveries SET dead_at = NULL, attempts = 0, next_attempt_at = $3,
                locked_until = NULL
         WHERE event_id = $1 AND consumer = $2",
        row.event_id,
        row.consumer,
        now
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes what no one needs any more: delivered events after 7 days (dead ones stay until
/// replayed or 30 days), and their consumption records.
pub async fn prune(pool: &PgPool, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let deleted = sqlx::query!(
        "DELETE FROM outbox_events e
         WHERE e.created_at < $1
           AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d
                           WHERE d.event_id = e.event_id AND d.delivered_at IS NULL
                             AND (d.dead_at IS NULL OR d.dead_at > $2))",
        now - Duration::days(7),
        now - Duration::days(30)
    )
    .execute(pool)
    .await?
    .rows_affected();
    sqlx::query!(
        "DELETE FROM consumed_events WHERE consumed_at < $1",
        now - Duration::days(8)
    )
    .execute(pool)
    .await?;
    Ok(deleted)
}
