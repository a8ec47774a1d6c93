//! Operations endpoints: liveness, readiness, Prometheus metrics.

use crate::server::db::ReplicaStatus;
use crate::server::state::AppState;
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
