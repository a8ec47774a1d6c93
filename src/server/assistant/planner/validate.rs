//! Checking a request and resolving its locked items.

use std::collections::{BTreeMap, BTreeSet};

use time::Date;

use super::MAX_NIGHTS;
use super::error::PlanError;
use super::geo::valid_coords;
use super::schedule::{Stop, earliest_start};
use super::types::{Activity, PlanRequest, Slot};

/// A request that passed the checks.
pub(super) struct Checked<'a> {
    /// Every date from check-in to check-out inclusive.
    pub dates: Vec<Date>,
    /// Activities by id (first occurrence of an id wins).
    pub index: BTreeMap<i64, &'a Activity>,
    /// Locked stops per entry of `dates`, in slot order.
    pub locked: Vec<Vec<Stop<'a>>>,
}

/// The slots a date of the stay offers: the check-in day only the evening,
/// the check-out day only the morning, every other day all three.
pub(super) fn day_slots(date: Date, check_in: Date, check_out: Date) -> &'static [Slot] {
    if date == check_in {
        &[Slot::Evening]
    } else if date == check_out {
        &[Slot::Morning]
    } else {
        &Slot::ALL
    }
}

/// Checks dates, stay location and every locked item (in the order given;
/// the first problem found is returned).
pub(super) fn check<'a>(
    req: &PlanRequest,
    activities: &'a [Activity],
) -> Result<Checked<'a>, PlanError> {
    if req.check_out <= req.check_in {
        return Err(PlanError::CheckOutNotAfterCheckIn {
            check_in: req.check_in,
            check_out: req.check_out,
        });
    }
    let nights = (req.check_out - req.check_in).whole_days();
    if nights > MAX_NIGHTS {
        return Err(PlanError::TooManyNights {
            nights,
            max: MAX_NIGHTS,
        });
    }
    if !valid_coords(req.stay_lat, req.stay_lon) {
        return Err(PlanError::InvalidStayLocation);
    }

    let mut dates = Vec::with_capacity(nights as usize + 1);
    let mut date = req.check_in;
    while date <= req.check_out {
        dates.push(date);
        match date.next_day() {
            Some(next) => date = next,
            None => break,
        }
    }

    let mut index: BTreeMap<i64, &'a Activity> = BTreeMap::new();
    for act in activities {
        index.entry(act.id).or_insert(act);
    }

    let mut locked: Vec<Vec<Stop<'a>>> = vec![Vec::new(); dates.len()];
    let mut seen_ids = BTreeSet::new();
    let mut seen_slots = BTreeSet::new();
    for lock in &req.locked {
        let id = lock.activity_id;
        let act = *index
            .get(&id)
            .ok_or(PlanError::UnknownActivity { activity_id: id })?;
        if !valid_coords(act.lat, act.lon) {
            return Err(PlanError::InvalidActivityLocation { activity_id: id });
        }
        if req.dropped.contains(&id) {
            return Err(PlanError::LockedDropped { activity_id: id });
        }
        if lock.date < req.check_in || lock.date > req.check_out {
            return Err(PlanError::LockedOutsideStay {
                activity_id: id,
                date: lock.date,
            });
        }
        if !seen_ids.insert(id) {
            return Err(PlanError::LockedTwice { activity_id: id });
        }
        if !day_slots(lock.date, req.check_in, req.check_out).contains(&lock.slot) {
            return Err(PlanError::LockedSlotUnavailable {
                activity_id: id,
                date: lock.date,
                slot: lock.slot,
            });
        }
        if !seen_slots.insert((lock.date, lock.slot)) {
            return Err(PlanError::LockedSlotTaken {
                date: lock.date,
                slot: lock.slot,
            });
        }
        if earliest_start(lock.date, lock.slot, act, 0).is_none() {
            return Err(PlanError::LockedClosed {
                activity_id: id,
                date: lock.date,
                slot: lock.slot,
            });
        }
        let day = (lock.date - req.check_in).whole_days() as usize;
        locked[day].push(Stop {
            slot: lock.slot,
            act,
            locked: true,
        });
    }
    for stops in &mut locked {
        stops.sort_by_key(|s| s.slot);
    }
    Ok(Checked {
        dates,
        index,
        locked,
    })
}
