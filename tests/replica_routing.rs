//! Reads go to the replica while it is healthy; a write and a following read in the same
//! scope see the write, whatever the replica has replayed.

mod common;

use common::{TestDb, in_recovery, insert_listing, until_replica_serves};
use haven::server::platform::db::{DbScope, PoolKind};

#[tokio::test]
async fn reads_go_to_the_replica_while_it_is_healthy() {
    let t = TestDb::new().await;
    let db = t.db(Some(&t.replica_url()));
    until_replica_serves(&db, None).await;

    assert_eq!(db.choose(None), PoolKind::Replica);
    let on_standby = db
        .read(None, |pool| async move { in_recovery(&pool).await })
        .await;
    assert!(on_standby.expect("read"), "the read ran on the replica");
}

#[tokio::test]
async fn without_a_replica_reads_use_the_primary() {
    let t = TestDb::new().await;
    let db = t.db(None);
    db.check_replica().await;

    assert_eq!(db.choose(None), PoolKind::Primary);
    let on_standby = db
        .read(None, |pool| async move { in_recovery(&pool).await })
        .await;
    assert!(!on_standby.expect("read"), "the read ran on the primary");
}

#[tokio::test]
async fn a_write_then_a_read_in_the_same_scope_sees_the_write() {
    let t = TestDb::new().await;
    t.seed(3).await;
    let db = t.db(Some(&t.replica_url()));
    until_replica_serves(&db, None).await;
    let scope = DbScope::new(db.clone());

    for i in 0..25 {
        let title = format!("Freshly listed loft {i}");
        let new_title = title.as_str();
        let id = scope
            .write(|pool| async move { insert_listing(&pool, new_title).await })
            .await
            .expect("write");
        // The replica has not been seen to replay this write: the read must not go there.
        assert_eq!(db.choose(scope.floor()), PoolKind::Primary);
        let seen: Option<String> = scope
            .read(|pool| async move {
                sqlx::query_scalar("SELECT title FROM listings WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&pool)
                    .await
            })
            .await
            .expect("read");
        assert_eq!(
            seen.as_deref(),
            Some(title.as_str()),
            "write {i} not visible"
        );
    }

    // Once the replica has replayed the writes, the same scope reads from it again.
    until_replica_serves(&db, scope.floor()).await;
    assert_eq!(db.choose(scope.floor()), PoolKind::Replica);
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
    assert_eq!(count, 25);
    assert!(on_standby);
}
