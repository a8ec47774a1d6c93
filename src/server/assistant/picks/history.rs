//! A person's search history, kept only while their preference allows it (on by default;
//! turning it off deletes what was kept), at most the latest 50 searches, cleared on
//! request and deleted with the account.

use crate::app::types::AppError;
use crate::server::catalog::places::PLACES;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::Date;
use uuid::Uuid;

/// Searches kept per person.
pub const KEEP: i64 = 50;

/// Records a search for a destination, if `user` keeps a history. Never fails the search:
/// an error is only logged.
pub async fn record(db: &DbScope, user: Uuid, destination: &str, stay: Option<(Date, Date)>) {
    let destination: String = destination.trim().chars().take(200).collect();
    if destination.is_empty() {
        return;
    }
    let city = destination.split(',').next().unwrap_or_default().trim();
    let place = PLACES.iter().find(|p| p.name.eq_ignore_ascii_case(city));
    let (lat, lon) = place.map(|p| (p.latitude, p.longitude)).unzip();
    let (check_in, check_out) = stay.unzip();
    let done = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // The same search again within ten minutes (paging, a filter) is one search.
            sqlx::query!(
                r#"INSERT INTO search_history (user_id, destination, latitude, longitude, check_in, check_out)
                   SELECT u.id, $2, $3, $4, $5, $6 FROM users u
                   WHERE u.id = $1 AND u.keep_search_history
                     AND NOT EXISTS (SELECT 1 FROM search_history s WHERE s.user_id = u.id
                                     AND lower(s.destination) = lower($2)
                                     AND s.searched_at > now() - interval '10 minutes')"#,
                user,
                destination,
                lat,
                lon,
                check_in,
                check_out
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!(
                r#"DELETE FROM search_history WHERE user_id = $1 AND id NOT IN (
                       SELECT id FROM search_history WHERE user_id = $1
                       ORDER BY searched_at DESC, id DESC LIMIT $2)"#,
                user,
                KEEP
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await
        })
        .await;
    if let Err(e) = done {
        tracing::warn!(error = %e, "search history: not recorded");
    }
}

/// Whether `user` keeps a history, and how many searches it holds.
pub async fn status(db: &DbScope, user: Uuid) -> Result<(bool, i64), AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT u.keep_search_history,
                          (SELECT count(*) FROM search_history s WHERE s.user_id = u.id) AS "count!"
                   FROM users u WHERE u.id = $1"#,
                user
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "search history"))?
        .ok_or(AppError::Unauthorized)?;
    Ok((row.keep_search_history, row.count))
}

/// Turns the history on or off; off deletes what was kept.
pub async fn set_keep(db: &DbScope, user: Uuid, keep: bool) -> Result<(), AppError> {
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        sqlx::query!(
            "UPDATE users SET keep_search_history = $2 WHERE id = $1",
            user,
            keep
        )
        .execute(&mut *tx)
        .await?;
        if !keep {
            sqlx::query!("DELETE FROM search_history WHERE user_id = $1", user)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    })
    .await
    .map_err(|e| db_error(e, "search history setting"))
}

/// Deletes every kept search: how many.
pub async fn clear(db: &DbScope, user: Uuid) -> Result<u64, AppError> {
    db.write(|pool| async move {
        sqlx::query!("DELETE FROM search_history WHERE user_id = $1", user)
            .execute(&pool)
            .await
            .map(|r| r.rows_affected())
    })
    .await
    .map_err(|e| db_error(e, "search history clear"))
}
