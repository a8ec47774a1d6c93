use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::ratelimit::RateLimits;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

/// Everything a handler, a page render or a server function may need. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub leptos_options: LeptosOptions,
    pub metrics: PrometheusHandle,
    pub limits: Arc<RateLimits>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
