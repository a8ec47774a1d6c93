//! Imported events → holds and conflicts, for one listing, from what is stored
//! (`calendar_feed_events`), so it can run again without fetching: after a sync, after a
//! feed is removed, after a host's own block changes, after a booking lets nights go.
//!
//! The rule: from today on, each event (feeds in the order they were added, events by
//! date) blocks its nights that no booking holds, no host's own block holds and no earlier
//! event already blocks. Where a booking holds any of them, the event is a conflict, and
//! the booking keeps its nights. Holds before today are history: never changed (one that
//! runs through today may be cut short at today).
//!
//! The caller holds the listing's row lock (`FOR NO KEY UPDATE`), the booking engine's
//! lock order for any change to a listing's holds.

use std::collections::BTreeMap;
use time::Date;

/// An imported event, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub feed_id: i64,
    pub uid: String,
    pub from: Date,
    pub to: Date,
}

/// A row of `listing_holds` that reaches past today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hold {
    pub id: i64,
    pub from: Date,
    pub to: Date,
    pub booking_id: Option<i64>,
    /// `(feed_id, event_uid)` for an imported block.
    pub feed: Option<(i64, String)>,
}

/// What to change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Imported holds to delete.
    pub delete: Vec<i64>,
    /// Imported holds to cut short at today (their past stays).
    pub trim: Vec<i64>,
    /// Imported holds to add: `(feed_id, uid, from, to)`.
    pub insert: Vec<(i64, String, Date, Date)>,
    /// Events over a booking's nights: `(feed_id, uid, from, to, booking_id)`.
    pub conflicts: Vec<(i64, String, Date, Date, i64)>,
}

/// Disjoint, merged night ranges.
#[derive(Default)]
struct Taken(BTreeMap<Date, Date>);

impl Taken {
    fn add(&mut self, from: Date, to: Date) {
        let (mut from, mut to) = (from, to);
        let touching: Vec<(Date, Date)> = self
            .0
            .range(..=to)
            .filter(|(_, end)| **end >= from)
            .map(|(s, e)| (*s, *e))
            .collect();
        for (s, e) in touching {
            self.0.remove(&s);
            from = from.min(s);
            to = to.max(e);
        }
        self.0.insert(from, to);
    }

    /// The parts of `[from, to)` not taken.
    fn free(&self, from: Date, to: Date) -> Vec<(Date, Date)> {
        let mut out = Vec::new();
        let mut at = from;
        for (s, e) in self.0.range(..to).filter(|(_, e)| **e > from) {
            if *s > at {
                out.push((at, *s));
            }
            at = at.max(*e);
        }
        if at < to {
            out.push((at, to));
        }
        out
    }
}

/// The changes that make a listing's imported holds and conflicts follow its events.
pub fn plan(events: &[Event], holds: &[Hold], today: Date) -> Plan {
    let mut out = Plan::default();
    let mut taken = Taken::default();
    for h in holds.iter().filter(|h| h.feed.is_none()) {
        taken.add(h.from, h.to);
    }
    let mut wanted: Vec<(i64, String, Date, Date)> = Vec::new();
    for e in events.iter().filter(|e| e.to > today) {
        let from = e.from.max(today);
        for h in holds {
            if let Some(booking) = h.booking_id
                && h.from < e.to
                && from < h.to
            {
                out.conflicts
                    .push((e.feed_id, e.uid.clone(), e.from, e.to, booking));
            }
        }
        for (a, b) in taken.free(from, e.to) {
            wanted.push((e.feed_id, e.uid.clone(), a, b));
        }
        taken.add(from, e.to);
    }
    let mut kept = vec![false; wanted.len()];
    for h in holds {
        let Some((feed, uid)) = &h.feed else { continue };
        let future = (h.from.max(today), h.to);
        let same = wanted
            .iter()
            .enumerate()
            .position(|(i, w)| !kept[i] && w.0 == *feed && w.1 == *uid && (w.2, w.3) == future);
        match same {
            Some(i) => kept[i] = true,
            None if h.from < today => out.trim.push(h.id),
            None => out.delete.push(h.id),
        }
    }
    out.insert = wanted
        .into_iter()
        .zip(kept)
        .filter_map(|(w, k)| (!k).then_some(w))
        .collect();
    out.conflicts.sort();
    out.conflicts.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn event(feed: i64, uid: &str, from: Date, to: Date) -> Event {
        Event {
            feed_id: feed,
            uid: uid.into(),
            from,
            to,
        }
    }

    fn hold(
        id: i64,
        from: Date,
        to: Date,
        booking: Option<i64>,
        feed: Option<(i64, &str)>,
    ) -> Hold {
        Hold {
            id,
            from,
            to,
            booking_id: booking,
            feed: feed.map(|(f, u)| (f, u.to_string())),
        }
    }

    const TODAY: Date = date!(2026 - 12 - 01);

    #[test]
    fn events_block_what_nothing_else_holds_and_clash_with_bookings() {
        let events = [
            event(1, "a", date!(2026 - 12 - 05), date!(2026 - 12 - 10)),
            event(1, "b", date!(2026 - 12 - 20), date!(2026 - 12 - 22)),
            event(2, "c", date!(2026 - 12 - 08), date!(2026 - 12 - 12)),
        ];
        let holds = [
            hold(10, date!(2026 - 12 - 06), date!(2026 - 12 - 07), None, None),
            hold(
                11,
                date!(2026 - 12 - 21),
                date!(2026 - 12 - 25),
                Some(7),
                None,
            ),
        ];
        let p = plan(&events, &holds, TODAY);
        assert_eq!(
            p.insert,
            [
                (1, "a".into(), date!(2026 - 12 - 05), date!(2026 - 12 - 06)),
                (1, "a".into(), date!(2026 - 12 - 07), date!(2026 - 12 - 10)),
                (1, "b".into(), date!(2026 - 12 - 20), date!(2026 - 12 - 21)),
                (2, "c".into(), date!(2026 - 12 - 10), date!(2026 - 12 - 12)),
            ]
        );
        assert_eq!(
            p.conflicts,
            [(
                1,
                "b".into(),
                date!(2026 - 12 - 20),
                date!(2026 - 12 - 22),
                7
            )]
        );
        assert!(p.delete.is_empty() && p.trim.is_empty());
    }

    #[test]
    fn holds_already_right_stay_and_gone_ones_go_but_the_past_stays() {
        let events = [event(1, "a", date!(2026 - 12 - 05), date!(2026 - 12 - 07))];
        let holds = [
            hold(
                20,
                date!(2026 - 12 - 05),
                date!(2026 - 12 - 07),
                None,
                Some((1, "a")),
            ),
            hold(
                21,
                date!(2026 - 11 - 25),
                date!(2026 - 12 - 04),
                None,
                Some((1, "gone")),
            ),
            hold(
                22,
                date!(2026 - 12 - 10),
                date!(2026 - 12 - 12),
                None,
                Some((1, "gone too")),
            ),
        ];
        let p = plan(&events, &holds, TODAY);
        assert_eq!(
            p,
            Plan {
                delete: vec![22],
                trim: vec![21],
                insert: vec![],
                conflicts: vec![]
            }
        );
    }

    #[test]
    fn an_event_under_way_keeps_its_hold() {
        let events = [event(1, "a", date!(2026 - 11 - 28), date!(2026 - 12 - 03))];
        let holds = [hold(
            20,
            date!(2026 - 11 - 28),
            date!(2026 - 12 - 03),
            None,
            Some((1, "a")),
        )];
        assert_eq!(plan(&events, &holds, TODAY), Plan::default());
    }

    #[test]
    fn a_changed_event_replaces_its_hold() {
        let events = [event(1, "a", date!(2026 - 12 - 05), date!(2026 - 12 - 09))];
        let holds = [hold(
            30,
            date!(2026 - 12 - 05),
            date!(2026 - 12 - 08),
            None,
            Some((1, "a")),
        )];
        let p = plan(&events, &holds, TODAY);
        assert_eq!(p.delete, [30]);
        assert_eq!(
            p.insert,
            [(1, "a".into(), date!(2026 - 12 - 05), date!(2026 - 12 - 09))]
        );
    }
}
