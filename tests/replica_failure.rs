//! A replica that is down, or dies under a running app, never fails a page; a primary that
//! is down makes the app unready; a write that reaches a demoted primary is a 503.

mod common;

use common::proxy::Proxy;
use common::{DEAD_URL, TestDb, app, database_config, get, metric, request, until_replica_serves};
use haven::server::platform::db::{Db, PoolKind};

async fn first_listing(t: &TestDb) -> i64 {
    let pool = t.primary_pool().await;
    let id = sqlx::query_scalar("SELECT min(id) FROM listings")
        .fetch_one(&pool)
        .await
        .expect("listing");
    pool.close().await;
    id
}

/// Replica reads that failed and were retried on the primary, in this process so far.
async fn fallbacks(app: &axum::Router) -> f64 {
    let body = get(app, "/metrics").await.body;
    metric(&body, "haven_db_replica_fallbacks_total").unwrap_or(0.0)
}

async fn assert_pages_work(app: &axum::Router, id: i64) {
    // Each page with its own data: the featured cards, and the listing's title.
    let pages = [
        ("/".to_string(), r#"<article class="card">"#),
        (format!("/listings/{id}"), r#"<h1 class="listing__title">"#),
    ];
    for (uri, content) in pages {
        let r = get(app, &uri).await;
        assert_eq!(r.status, 200, "{uri}: {}", r.body);
        assert!(r.body.contains(content), "{uri} lacks {content}");
    }
}

#[tokio::test]
async fn a_replica_that_dies_under_a_running_app_falls_back_to_the_primary() {
    let t = TestDb::new().await;
    t.seed(5).await;
    let id = first_listing(&t).await;
    // The real replica's address, from its base URL (postgres://user@host:port).
    let base = common::replica_base();
    let replica = base.rsplit('@').next().expect("host:port");
    let proxy = Proxy::start(replica.parse().expect("addr")).await;
    let replica_url = format!("postgres://haven@{}/{}", proxy.addr, t.name);
    let db = t.db(Some(&replica_url));
    until_replica_serves(&db, None).await;
    let app = app(db.clone());
    assert_pages_work(&app, id).await;
    // Freshly checked, health says "up" until a read fails: the first read after the cut
    // goes to the replica and must fall back, not merely find the check out of date.
    db.check_replica().await;
    let before = fallbacks(&app).await;

    proxy.cut();
    assert_pages_work(&app, id).await;

    assert!(
        fallbacks(&app).await > before,
        "a page read failed on the replica and was retried on the primary"
    );
    assert!(
        !db.health().status(true).up,
        "the failed read marked the replica down"
    );
    db.check_replica().await;
    assert_eq!(
        db.choose(None),
        PoolKind::Primary,
        "the check agrees: still down"
    );
    assert_pages_work(&app, id).await;
}

#[tokio::test]
async fn with_the_replica_stopped_every_page_works_from_the_primary() {
    let t = TestDb::new().await;
    t.seed(5).await;
    let id = first_listing(&t).await;
    let db = t.db(Some(DEAD_URL));
    db.check_replica().await;

    let app = app(db);
    assert_pages_work(&app, id).await;
    let ready = get(&app, "/readyz").await;
    assert_eq!(
        ready.status, 200,
        "the primary alone is enough: {}",
        ready.body
    );
    assert!(
        ready
            .body
            .contains(r#""replica":{"configured":true,"up":false"#),
        "{}",
        ready.body
    );
}

#[tokio::test]
async fn readyz_is_503_when_the_primary_is_down() {
    let t = TestDb::new().await;
    let config = common::database_config(DEAD_URL, Some(&t.replica_url()));
    let app = app(Db::connect_lazy(&config).expect("db"));

    let ready = get(&app, "/readyz").await;
    assert_eq!(ready.status, 503);
    assert!(
        ready.body.contains(r#""status":"unavailable""#),
        "{}",
        ready.body
    );
    assert!(
        ready.body.contains(r#""primary":{"up":false}"#),
        "{}",
        ready.body
    );
    // The process itself is alive.
    assert_eq!(get(&app, "/healthz").await.status, 200);
}

#[tokio::test]
async fn readyz_reports_a_healthy_pair() {
    let t = TestDb::new().await;
    let db = t.replicated().await;

    let ready = get(&app(db.clone()), "/readyz").await;

    assert_eq!(ready.status, 200);
    let body = ready.json();
    assert_eq!(body["status"], "ready", "{body}");
    let replica = &body["replica"];
    assert_eq!(replica["serving_reads"], true, "{body}");
    let lag_ms = replica["lag_ms"].as_u64().expect("a lag in ms");
    // No check runs in between: the report is the lag the replica was measured at.
    assert_eq!(Some(lag_ms), db.health().status(true).lag_ms, "{body}");
    assert!(lag_ms <= 5_000, "within the 5 s budget: {body}");
}

/// Through HAProxy, a connection opened in the second before its health check notices a
/// failover reaches the old primary, already restarted as a standby: a write there fails
/// with SQLSTATE 25006. That is the database being unavailable for a moment (503, try
/// again), not a bug in the request (500). Here the "primary" is the real standby.
#[tokio::test]
async fn a_write_that_reaches_a_demoted_primary_answers_503() {
    let t = TestDb::new().await;
    let db = Db::connect_lazy(&database_config(&t.replica_url(), None)).expect("db");
    let app = app(db);
    let body = serde_json::json!({
        "email": "late@example.com",
        "password": "violet tram honest glacier",
        "display_name": "Late Writer",
    });
    let r = request(&app, "POST", "/api/v1/auth/register", &[], Some(body)).await;
    assert_eq!(r.status, 503, "{}", r.body);
    assert_eq!(r.error_code(), "unavailable", "{}", r.body);
}
