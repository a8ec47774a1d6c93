//! Applying `reconcile::plan` to the database: a listing's imported holds and conflicts
//! made to follow its stored events, in the caller's transaction.

use super::reconcile::{self, Event, Hold};
use sqlx::PgConnection;
use time::{Date, OffsetDateTime};

/// Locks listing `listing`'s row (`FOR NO KEY UPDATE`, the lock order of every change to a
/// listing's holds) and returns its today; `None` when it does not exist or was deleted.
pub async fn lock_listing(
    tx: &mut PgConnection,
    listing: i64,
    now: OffsetDateTime,
) -> Result<Option<Date>, sqlx::Error> {
    sqlx::query_scalar!(
        r#"SELECT ($2::timestamptz AT TIME ZONE time_zone)::date AS "today!"
           FROM listings WHERE id = $1 AND deleted_at IS NULL FOR NO KEY UPDATE"#,
        listing,
        now
    )
    .fetch_optional(&mut *tx)
    .await
}

/// Makes listing `listing`'s imported holds and conflicts follow its feeds' stored events,
/// from `today` on. The caller holds the listing's lock ([`lock_listing`]).
pub async fn reconcile(
    tx: &mut PgConnection,
    listing: i64,
    today: Date,
) -> Result<(), sqlx::Error> {
    let events = sqlx::query!(
        r#"SELECT e.feed_id, e.uid, lower(e.nights) AS "from!", upper(e.nights) AS "to!"
           FROM calendar_feed_events e JOIN calendar_feeds f ON f.id = e.feed_id
           WHERE f.listing_id = $1 AND upper(e.nights) > $2
           ORDER BY f.id, lower(e.nights), e.uid"#,
        listing,
        today
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| Event {
        feed_id: r.feed_id,
        uid: r.uid,
        from: r.from,
        to: r.to,
    })
    .collect::<Vec<_>>();
    let holds = sqlx::query!(
        r#"SELECT id, lower(nights) AS "from!", upper(nights) AS "to!", booking_id, feed_id, event_uid
           FROM listing_holds WHERE listing_id = $1 AND upper(nights) > $2"#,
        listing,
        today
    )
    .fetch_all(&mut *tx)
    .await?
    .into_iter()
    .map(|r| Hold {
        id: r.id,
        from: r.from,
        to: r.to,
        booking_id: r.booking_id,
        feed: r.feed_id.zip(r.event_uid),
    })
    .collect::<Vec<_>>();
    let plan = reconcile::plan(&events, &holds, today);
    if !plan.delete.is_empty() {
        sqlx::query!("DELETE FROM listing_holds WHERE id = ANY($1)", &plan.delete)
            .execute(&mut *tx)
            .await?;
    }
    if !plan.trim.is_empty() {
        sqlx::query!(
            "UPDATE listing_holds SET nights = daterange(lower(nights), $2) WHERE id = ANY($1)",
            &plan.trim,
            today
        )
        .execute(&mut *tx)
        .await?;
    }
    if !plan.insert.is_empty() {
        let feeds: Vec<i64> = plan.insert.iter().map(|i| i.0).collect();
        let uids: Vec<String> = plan.insert.iter().map(|i| i.1.clone()).collect();
        let froms: Vec<Date> = plan.insert.iter().map(|i| i.2).collect();
        let tos: Vec<Date> = plan.insert.iter().map(|i| i.3).collect();
        sqlx::query!(
            "INSERT INTO listing_holds (listing_id, nights, feed_id, event_uid)
             SELECT $1, daterange(t.f, t.t), t.feed, t.uid
             FROM UNNEST($2::bigint[], $3::text[], $4::date[], $5::date[]) AS t(feed, uid, f, t)",
            listing,
            &feeds,
            &uids,
            &froms,
            &tos
        )
        .execute(&mut *tx)
        .await?;
    }
    let feeds: Vec<i64> = plan.conflicts.iter().map(|c| c.0).collect();
    let uids: Vec<String> = plan.conflicts.iter().map(|c| c.1.clone()).collect();
    let froms: Vec<Date> = plan.conflicts.iter().map(|c| c.2).collect();
    let tos: Vec<Date> = plan.conflicts.iter().map(|c| c.3).collect();
    let bookings: Vec<i64> = plan.conflicts.iter().map(|c| c.4).collect();
    // Conflicts that no longer hold go; new ones come; those that stay keep their
    // dismissal.
    sqlx::query!(
        "DELETE FROM calendar_conflicts c USING calendar_feeds f
         WHERE c.feed_id = f.id AND f.listing_id = $1
           AND NOT EXISTS (
               SELECT 1 FROM UNNEST($2::bigint[], $3::text[], $4::date[], $5::date[], $6::bigint[])
                   AS k(feed, uid, f, t, booking)
               WHERE k.feed = c.feed_id AND k.uid = c.event_uid
                 AND daterange(k.f, k.t) = c.nights AND k.booking = c.booking_id)",
        listing,
        &feeds,
        &uids,
        &froms,
        &tos,
        &bookings
    )
    .execute(&mut *tx)
    .await?;
    if !plan.conflicts.is_empty() {
        sqlx::query!(
            "INSERT INTO calendar_conflicts (feed_id, event_uid, nights, booking_id)
             SELECT k.feed, k.uid, daterange(k.f, k.t), k.booking
             FROM UNNEST($1::bigint[], $2::text[], $3::date[], $4::date[], $5::bigint[])
                 AS k(feed, uid, f, t, booking)
             ON CONFLICT (feed_id, event_uid, nights, booking_id) DO NOTHING",
            &feeds,
            &uids,
            &froms,
            &tos,
            &bookings
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
