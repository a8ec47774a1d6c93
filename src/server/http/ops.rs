//! Operations endpoints: liveness, readiness, Prometheus metrics.

use crate::server::platform::db::ReplicaStatus;
use crate::server::platform::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::time::Duration;

/// `GET /healthz`: the process is up and serving. Touches nothing else.
pub async fn healthz() -> &'static str {
    "ok"
}

#[derive(Serialize)]
struct Readiness {
    status: &'static str,
    primary: PrimaryStatus,
    replica: ReplicaStatus,
}

#[derive(Serialize)]
struct PrimaryStatus {
    up: bool,
}

/// `GET /readyz`: 200 when the primary answers, 503 otherwise. The replica's state is
/// reported but does not decide readiness: reads fall back to the primary without it.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let primary_up = state.db.primary_is_up(Duration::from_secs(2)).await;
    let body = Readiness {
        status: if primary_up { "ready" } else { "unavailable" },
        primary: PrimaryStatus { up: primary_up },
        replica: state.db.health().status(state.db.replica().is_some()),
    };
    let status = if primary_up {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, [(header::CACHE_CONTROL, "no-store")], Json(body)).into_response()
}

/// `GET /metrics`: Prometheus text format.
pub async fn metrics(State(state): State<AppState>) -> Response {
    state.db.record_pool_metrics();
    record_queue_metrics(&state).await;
    (
        [
            (
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        state.metrics.render(),
    )
        .into_response()
}

/// Work waiting in PostgreSQL, as gauges set at scrape time: the job queue, outbox
/// deliveries not yet done, dead letters not yet replayed. One short query on the primary;
/// when it cannot answer, `haven_db_primary_up` drops to 0 and the other gauges keep their
/// last value, so /metrics still answers.
async fn record_queue_metrics(state: &AppState) {
    // Ready: what a worker would take now (same condition as `jobs::claim`). Failed: gave
    // up after `max_attempts`, kept with its last error.
    const SQL: &str = "
        WITH j AS (
            SELECT run_at, locked_until >= now() AS running,
                   attempts >= max_attempts AND (locked_until IS NULL OR locked_until < now()) AS failed,
                   attempts < max_attempts AND run_at <= now()
                       AND (locked_until IS NULL OR locked_until < now()) AS ready
            FROM jobs WHERE done_at IS NULL
        )
        SELECT (SELECT count(*) FROM j WHERE ready),
               (SELECT count(*) FROM j WHERE running),
               (SELECT count(*) FROM j WHERE failed),
               (SELECT coalesce(extract(epoch FROM now() - min(run_at)), 0)::float8 FROM j WHERE ready),
               (SELECT count(*) FROM outbox_deliveries WHERE delivered_at IS NULL AND dead_at IS NULL),
               (SELECT count(*) FROM dead_letters WHERE replayed_at IS NULL)";
    type Row = (i64, i64, i64, f64, i64, i64);
    let query = sqlx::query_as::<_, Row>(SQL).fetch_one(state.db.primary());
    let up = match tokio::time::timeout(Duration::from_secs(1), query).await {
        Ok(Ok((ready, running, failed, oldest, pending, dead))) => {
            metrics::gauge!("haven_jobs_ready").set(ready as f64);
            metrics::gauge!("haven_jobs_running").set(running as f64);
            metrics::gauge!("haven_jobs_failed").set(failed as f64);
            metrics::gauge!("haven_jobs_oldest_ready_age_seconds").set(oldest);
            metrics::gauge!("haven_outbox_pending").set(pending as f64);
            metrics::gauge!("haven_dead_letters").set(dead as f64);
            true
        }
        Ok(Err(e)) if !crate::server::platform::db::is_unavailable(&e) => {
            tracing::warn!(error = %e, "queue metrics query failed");
            true
        }
        Ok(Err(_)) | Err(_) => false,
    };
    metrics::gauge!("haven_db_primary_up").set(if up { 1.0 } else { 0.0 });
}
