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
pub struct Caches {
    destinations: std::sync::Mutex<Option<(std::time::Instant, Arc<Vec<String>>)>>,
    /// Place suggestions by what was asked (`places::search::suggest`).
    pub places: Memo<Arc<Vec<crate::app::types::places::PlaceSuggestion>>>,
    /// The exchange rates pages convert display prices with (`currency::current`).
    pub rates: Memo<Arc<crate::app::types::currency::Rates>>,
}

impl Default for Caches {
    fn default() -> Self {
        Self::new(50_000)
    }
}

/// Answers by key, each for [`Memo::TTL`], at most `capacity` of them (when full, the
/// oldest half goes). A capacity of 0 keeps nothing.
pub struct Memo<V> {
    capacity: usize,
    slots: std::sync::Mutex<std::collections::HashMap<String, (std::time::Instant, V)>>,
}

impl<V: Clone> Memo<V> {
    pub const TTL: std::time::Duration = std::time::Duration::from_secs(600);

    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            slots: std::sync::Mutex::default(),
        }
    }

    /// The answer kept for `key`, while fresh.
    pub fn get(&self, key: &str) -> Option<V> {
        let slots = self.slots.lock().ok()?;
        slots
            .get(key)
            .filter(|(at, _)| at.elapsed() < Self::TTL)
            .map(|(_, v)| v.clone())
    }

    pub fn put(&self, key: String, value: V) {
        if self.capacity == 0 {
            return;
        }
        let Ok(mut slots) = self.slots.lock() else {
            return;
        };
        if slots.len() >= self.capacity {
            let mut ages: Vec<std::time::Instant> = slots.values().map(|(at, _)| *at).collect();
            ages.sort_unstable();
            let cut = ages[ages.len() / 2];
            slots.retain(|_, (at, _)| *at > cut);
        }
        slots.insert(key, (std::time::Instant::now(), value));
    }
}

impl Caches {
    pub const TTL: std::time::Duration = std::time::Duration::from_secs(300);

    /// Caches keeping up to `places` place suggestions.
    pub fn new(places: usize) -> Self {
        Self {
            destinations: std::sync::Mutex::default(),
            places: Memo::new(places),
            rates: Memo::new(1),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn a_memo_keeps_answers_and_halves_itself_when_full() {
        let memo = Memo::new(4);
        for i in 0..4 {
            memo.put(format!("k{i}"), i);
        }
        assert_eq!(memo.get("k3"), Some(3));
        memo.put("k4".into(), 4);
        let kept = (0..5)
            .filter(|i| memo.get(&format!("k{i}")).is_some())
            .count();
        assert!((2..=3).contains(&kept), "{kept}");
        assert_eq!(memo.get("k4"), Some(4));
        let none: Memo<i32> = Memo::new(0);
        none.put("k".into(), 1);
        assert_eq!(none.get("k"), None);
    }
}
