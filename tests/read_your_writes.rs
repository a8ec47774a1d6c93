//! Read-your-writes across requests: after a request writes, the same session's next
//! request reads the write, even though the replica has not been seen to replay it.

mod common;

use axum::extract::Path;
use axum::routing::{get, post};
use axum::{Extension, Router};
use common::{TestDb, in_recovery, insert_listing, send, until_replica_serves};
use haven::server::http::caller::read_your_writes;
use haven::server::platform::db::DbScope;
use tower_sessions::SessionManagerLayer;
use tower_sessions_sqlx_store::PostgresStore;

async fn write(Extension(scope): Extension<DbScope>) -> String {
    scope
        .write(|pool| async move { insert_listing(&pool, "Written a moment ago").await })
        .await
        .map(|id| id.to_string())
        .unwrap_or_else(|e| format!("error: {e}"))
}

async fn read(Extension(scope): Extension<DbScope>, Path(id): Path<i64>) -> String {
    scope
        .read(|pool| async move {
            let title: Option<String> =
                sqlx::query_scalar("SELECT title FROM listings WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&pool)
                    .await?;
            Ok(format!(
                "{}|standby={}",
                title.unwrap_or_default(),
                in_recovery(&pool).await?
            ))
        })
        .await
        .unwrap_or_else(|e| format!("error: {e}"))
}

fn app(db: &haven::server::platform::db::Db) -> Router {
    let state = common::state(db.clone());
    Router::new()
        .route("/write", post(write))
        .route("/read/{id}", get(read))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            read_your_writes,
        ))
        .layer(
            SessionManagerLayer::new(PostgresStore::new(db.primary().clone())).with_secure(false),
        )
        .with_state(state)
}

#[tokio::test]
async fn the_session_that_wrote_reads_its_write() {
    let t = TestDb::new().await;
    t.seed(2).await;
    let db = t.replicated().await;
    let app = app(&db);

    for _ in 0..10 {
        // Arrange: the replica is up and freshly checked, so it may serve any read that
        // need not see the write below.
        db.check_replica().await;

        let w = send(&app, "POST", "/write", None).await;
        let id: i64 = w
            .body
            .parse()
            .unwrap_or_else(|_| panic!("write failed: {}", w.body));
        let cookie = w.cookie();
        let own = send(&app, "GET", &format!("/read/{id}"), Some(&cookie)).await;
        let another = send(&app, "GET", &format!("/read/{id}"), None).await;

        assert!(
            cookie.starts_with("id="),
            "the write started a session: {cookie}"
        );
        assert_eq!(
            own.body, "Written a moment ago|standby=false",
            "read after write"
        );
        // The same read from a client that did not write still goes to the replica: the
        // primary served the writer because of its write, not because the replica was out.
        assert!(
            another.body.ends_with("|standby=true"),
            "another client's read: {}",
            another.body
        );
    }

    // Once the replica has replayed the write, the session's reads go back to it.
    let w = send(&app, "POST", "/write", None).await;
    let cookie = w.cookie();
    until_replica_serves(&db, Some(db.current_lsn().await.expect("lsn"))).await;
    let r = send(&app, "GET", &format!("/read/{}", w.body), Some(&cookie)).await;
    assert_eq!(r.body, "Written a moment ago|standby=true");
}

/// A bearer-token client keeps no cookies: its writes start no session (which would be one
/// more write to the primary, failing as a 500 while the primary restarts).
#[tokio::test]
async fn a_bearer_client_gets_no_session() {
    let t = TestDb::new().await;
    t.seed(2).await;
    let db = t.db(Some(&t.replica_url()));
    let app = app(&db);
    let w = common::request(
        &app,
        "POST",
        "/write",
        &[("authorization", "Bearer hvn_anything")],
        None,
    )
    .await;
    assert!(w.body.parse::<i64>().is_ok(), "write failed: {}", w.body);
    assert!(w.headers.get("set-cookie").is_none(), "{:?}", w.headers);
    let sessions: i64 = sqlx::query_scalar("SELECT count(*) FROM tower_sessions.session")
        .fetch_one(db.primary())
        .await
        .unwrap_or(-1);
    assert_eq!(sessions, 0);
    // The same write from a browser does start one.
    let w = send(&app, "POST", "/write", None).await;
    assert!(w.cookie().starts_with("id="));
}
