//! Reads go to the replica while it is healthy; a write and a following read in the same
//! scope see the write, whatever the replica has replayed.

mod common;

use common::{TestDb, insert_listing, read_ran_on_standby, until_replica_serves};
use haven::server::platform::db::DbScope;

#[tokio::test]
async fn reads_go_to_the_replica_while_it_is_healthy() {
    let t = TestDb::new().await;
    let db = t.replicated().await;

    let while_healthy = read_ran_on_standby(&db, None).await;
    db.health().mark_down();
    let once_down = read_ran_on_standby(&db, None).await;

    assert!(while_healthy, "the read ran on the replica");
    assert!(!once_down, "a replica marked down serves no reads");
}

#[tokio::test]
async fn without_a_replica_reads_use_the_primary() {
    let t = TestDb::new().await;
    let db = t.db(None);
    db.check_replica().await;

    let on_standby = read_ran_on_standby(&db, None).await;

    assert!(!on_standby, "the read ran on the primary");
}

#[tokio::test]
async fn a_write_then_a_read_in_the_same_scope_sees_the_write() {
    let t = TestDb::new().await;
    t.seed(3).await;
    let db = t.replicated().await;
    let scope = DbScope::new(db.clone());

    for i in 0..25 {
        // Arrange: the replica is up and freshly checked, so it may serve any read that
        // need not see the write below.
        db.check_replica().await;
        let title = format!("Freshly listed loft {i}");
        let new_title = title.as_str();

        let id = scope
            .write(|pool| async move { insert_listing(&pool, new_title).await })
            .await
            .expect("write");
        let (seen, on_standby): (Option<String>, bool) = scope
            .read(|pool| async move {
                sqlx::query_as(
                    "SELECT (SELECT title FROM listings WHERE id = $1), pg_is_in_recovery()",
                )
                .bind(id)
                .fetch_one(&pool)
                .await
            })
            .await
            .expect("read");
        let unscoped_on_standby = read_ran_on_standby(&db, None).await;

        assert_eq!(
            seen.as_deref(),
            Some(title.as_str()),
            "write {i} not visible"
        );
        // The replica has not been seen to replay this write: the read must not go there,
        // though a read with nothing to wait for still does.
        assert!(
            !on_standby,
            "write {i}: the scope's read ran on the replica"
        );
        assert!(
            unscoped_on_standby,
            "write {i}: the replica was not serving"
        );
    }

    // Once the replica has replayed the writes, the same scope reads from it again.
    until_replica_serves(&db, scope.floor()).await;
    let (count, on_standby): (i64, bool) = scope
        .read(|pool| async move {
            sqlx::query_as(
                "SELECT count(*), pg_is_in_recovery() FROM listings WHERE title LIKE 'Freshly%'",
            )
            .fetch_one(&pool)
            .await
        })
        .await
        .expect("read");
    assert_eq!(count, 25, "every write of the scope, read from the replica");
    assert!(on_standby);
}
