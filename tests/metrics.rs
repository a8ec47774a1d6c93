//! /metrics: one test in its own process, so the process-wide counters are this test's own.

mod common;

use common::{TestDb, app, get, metric};

fn value(metrics: &str, series: &str) -> f64 {
    metric(metrics, series).unwrap_or_else(|| panic!("no series {series} in:\n{metrics}"))
}

#[tokio::test]
async fn metrics_show_requests_latency_pools_and_reads_per_server() {
    let t = TestDb::new().await;
    t.seed(5).await;
    let db = t.replicated().await;
    let app = app(db.clone());

    for _ in 0..3 {
        assert_eq!(get(&app, "/").await.status, 200);
    }
    assert_eq!(get(&app, "/listings/424242").await.status, 404);
    // No check runs in between: the lag the replica was last measured at is what shows.
    let measured_lag_ms = db.health().status(true).lag_ms.expect("the replica is up");
    let m = get(&app, "/metrics").await;
    assert_eq!(m.status, 200);
    assert!(m.header("content-type").starts_with("text/plain"));
    let body = m.body;

    assert_eq!(
        value(
            &body,
            r#"haven_http_requests_total{method="GET",route="/",status="200"}"#
        ),
        3.0
    );
    assert_eq!(
        value(
            &body,
            r#"haven_http_requests_total{method="GET",route="/listings/{id}",status="404"}"#
        ),
        1.0
    );
    assert_eq!(
        value(
            &body,
            r#"haven_http_request_duration_seconds_count{method="GET",route="/",status="200"}"#
        ),
        3.0
    );
    // Every page read went to the healthy replica, none to the primary.
    assert!(value(&body, r#"haven_db_reads_total{pool="replica"}"#) >= 4.0);
    assert!(!body.contains(r#"haven_db_reads_total{pool="primary"}"#));
    assert_eq!(value(&body, "haven_replica_up"), 1.0);
    let lag = value(&body, "haven_replica_lag_seconds");
    assert_eq!(lag, measured_lag_ms as f64 / 1000.0, "the measured lag");
    assert!(
        lag <= 5.0,
        "within the 5 s budget of a replica that serves reads: {lag}"
    );
    assert!(body.contains(r#"haven_db_pool_connections{pool="replica",state="idle"}"#));
    assert!(body.contains(r#"haven_db_pool_max_connections{pool="primary"} 4"#));

    // The queue gauges are counted at scrape time on the primary.
    assert_eq!(value(&body, "haven_db_primary_up"), 1.0);
    let ready = value(&body, "haven_jobs_ready");
    let pool = t.primary_pool().await;
    sqlx::query(
        "INSERT INTO jobs (kind, run_at) VALUES ('metrics-test', now() - interval '2 minutes'),
                                                ('metrics-test', now() - interval '1 minute'),
                                                ('metrics-test', now() + interval '1 hour')",
    )
    .execute(&pool)
    .await
    .expect("jobs");
    pool.close().await;
    let body = get(&app, "/metrics").await.body;
    assert_eq!(
        value(&body, "haven_jobs_ready"),
        ready + 2.0,
        "the future job is not ready"
    );
    // The oldest ready job was queued two minutes back, moments ago.
    let oldest = value(&body, "haven_jobs_oldest_ready_age_seconds");
    assert!((120.0..180.0).contains(&oldest), "{oldest}");
    assert_eq!(value(&body, "haven_dead_letters"), 0.0);
}
