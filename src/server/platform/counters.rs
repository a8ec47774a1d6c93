//! Hits counted in memory per key (a listing) and UTC hour, taken out in batches: a page
//! view costs a short lock, not a database write. Each app server keeps its own; a flush
//! adds its batch to the table and puts back what it could not write.

use std::collections::HashMap;
use std::sync::Mutex;
use time::OffsetDateTime;

/// One batch: (key, UTC hour since the epoch, count).
pub type Batch = Vec<(i64, i64, i32)>;

#[derive(Default)]
pub struct HourlyCounts {
    map: Mutex<HashMap<(i64, i64), i32>>,
}

impl HourlyCounts {
    /// Counts one hit on `key` at `at`.
    pub fn add(&self, key: i64, at: OffsetDateTime) {
        let hour = at.unix_timestamp().div_euclid(3600);
        if let Ok(mut map) = self.map.lock() {
            let n = map.entry((key, hour)).or_insert(0);
            *n = n.saturating_add(1);
        }
    }

    /// Everything counted so far, leaving nothing.
    pub fn take(&self) -> Batch {
        self.map
            .lock()
            .map(|mut map| map.drain().map(|((k, h), n)| (k, h, n)).collect())
            .unwrap_or_default()
    }

    /// Puts back a batch that could not be written.
    pub fn restore(&self, batch: Batch) {
        if let Ok(mut map) = self.map.lock() {
            for (k, h, n) in batch {
                let m = map.entry((k, h)).or_insert(0);
                *m = m.saturating_add(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn hits_gather_per_key_and_hour_and_a_failed_batch_comes_back() {
        let c = HourlyCounts::default();
        c.add(1, datetime!(2026-12-06 10:05 UTC));
        c.add(1, datetime!(2026-12-06 10:59 UTC));
        c.add(1, datetime!(2026-12-06 11:00 UTC));
        c.add(2, datetime!(2026-12-06 10:00 UTC));
        let mut batch = c.take();
        batch.sort_unstable();
        let hour = datetime!(2026-12-06 10:00 UTC).unix_timestamp() / 3600;
        assert_eq!(batch, vec![(1, hour, 2), (1, hour + 1, 1), (2, hour, 1)]);
        assert!(c.take().is_empty());
        c.add(2, datetime!(2026-12-06 10:30 UTC));
        c.restore(batch);
        let again: i32 = c.take().iter().map(|(_, _, n)| n).sum();
        assert_eq!(again, 5);
    }
}
