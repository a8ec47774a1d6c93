//! The time the booking engine works with. Production reads the system clock; tests (and
//! operators rehearsing expiry) move it forward, so 24-hour deadlines and check-out days are
//! testable without waiting. Every rule that depends on "now" takes it from here and passes
//! it to SQL as a parameter, never as the database's `now()`.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use time::{Duration, OffsetDateTime};

/// The system clock plus an offset (zero unless moved). Clones share the offset.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    /// Moves this clock (and every clone of it) forward by `by`.
    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.whole_milliseconds()).unwrap_or(i64::MAX);
        self.offset_ms.fetch_add(ms, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_moves_every_clone() {
        let clock = Clock::default();
        let other = clock.clone();
        let before = other.now();
        clock.advance(Duration::hours(25));
        let moved = other.now() - before;
        assert!(moved >= Duration::hours(25) && moved < Duration::hours(26));
    }
}
