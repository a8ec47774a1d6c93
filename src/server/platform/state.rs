use crate::server::platform::clock::Clock;
use crate::server::platform::config::Config;
use crate::server::platform::db::Db;
use crate::server::platform::media::MediaStore;
use crate::server::platform::payments::PaymentProvider;
use crate::server::platform::ratelimit::RateLimits;
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
    /// Slow-changing answers kept for a while (per app server).
    pub caches: Arc<Caches>,
    /// Uploaded photos.
    pub media: MediaStore,
    /// "Now" for the booking engine (movable in tests).
    pub clock: Clock,
    /// Where booking money is authorised, captured and refunded.
    pub payments: Arc<dyn PaymentProvider>,
    /// Listing page views not yet added to `listing_views` (`analytics::views`).
    pub views: Arc<super::counters::HourlyCounts>,
}

/// Answers that change rarely and cost a scan: kept for [`Caches::TTL`].
#[derive(Default)]
pub struct Caches {
    destinations: std::sync::Mutex<Option<(std::time::Instant, Arc<Vec<String>>)>>,
}

impl Caches {
    pub const TTL: std::time::Duration = std::time::Duration::from_secs(300);

    /// The cached destinations, while fresh.
    pub fn destinations(&self) -> Option<Arc<Vec<String>>> {
        let guard = self.destinations.lock().ok()?;
        guard
            .as_ref()
            .filter(|(at, _)| at.elapsed() < Self::TTL)
            .map(|(_, list)| list.clone())
    }

    pub fn set_destinations(&self, list: Arc<Vec<String>>) {
        if let Ok(mut guard) = self.destinations.lock() {
            *guard = Some((std::time::Instant::now(), list));
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
