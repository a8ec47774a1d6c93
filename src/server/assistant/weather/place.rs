//! The place a listing's weather is for, and the forecast provider this server uses.

use super::Place;
use super::open_meteo::OpenMeteo;
use crate::app::types::AppError;
use crate::server::assistant::{Clients, client_for};
use crate::server::platform::config::Config;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use std::sync::{Arc, OnceLock};

/// An active listing's place; `None` for an unknown or paused listing.
pub async fn of_listing(db: &DbScope, id: i64) -> Result<Option<Place>, AppError> {
    db.read(|pool| async move {
        sqlx::query_as!(
            Place,
            r#"SELECT city, country, latitude, longitude, time_zone
               FROM listings WHERE id = $1 AND is_active"#,
            id
        )
        .fetch_optional(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "weather place"))
}

/// The forecast client for `config`'s `HAVEN_WEATHER_URL`, built once per URL (its
/// connections are reused); `None` when no forecast server is configured.
pub fn provider(config: &Config) -> Option<Arc<OpenMeteo>> {
    static CLIENTS: Clients<OpenMeteo> = OnceLock::new();
    let url = config.weather_url.as_deref()?;
    client_for(&CLIENTS, url, || {
        OpenMeteo::new(url, config.weather_timeout)
            .map_err(|e| tracing::error!(error = %e, "weather: no forecast client; typical weather only"))
            .ok()
    })
}
