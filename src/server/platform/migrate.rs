//! Schema migrations, embedded in the binary.

use sqlx::PgPool;
use tower_sessions_sqlx_store::PostgresStore;

/// Applies the pending migrations in `migrations/` and creates the session store's table.
/// Safe to run concurrently from several servers: sqlx takes an advisory lock.
pub async fn run(pool: &PgPool) -> anyhow::Result<()> {
    sqlx::migrate!("./migrations").run(pool).await?;
    PostgresStore::new(pool.clone()).migrate().await?;
    Ok(())
}
