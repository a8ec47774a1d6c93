//! Why a request cannot be planned.

use std::fmt;

use time::Date;

use super::types::Slot;

/// A request the planner refuses. Only problems with the request itself
/// (dates, stay location, locked items) are errors; activities that simply
/// do not fit anywhere are left out of the plan silently.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// `check_out` is not after `check_in`.
    CheckOutNotAfterCheckIn { check_in: Date, check_out: Date },
    /// The stay is longer than [`MAX_NIGHTS`](super::MAX_NIGHTS).
    TooManyNights { nights: i64, max: i64 },
    /// The stay's coordinates are not finite or out of range.
    InvalidStayLocation,
    /// A locked item names an activity that is not in the list.
    UnknownActivity { activity_id: i64 },
    /// A locked activity has coordinates that are not finite or out of range.
    InvalidActivityLocation { activity_id: i64 },
    /// A locked item is also in `dropped`.
    LockedDropped { activity_id: i64 },
    /// A locked item's date is not between check-in and check-out.
    LockedOutsideStay { activity_id: i64, date: Date },
    /// A locked item uses a slot that its light day does not have (check-in
    /// day: evening only; check-out day: morning only).
    LockedSlotUnavailable {
        activity_id: i64,
        date: Date,
        slot: Slot,
    },
    /// Two locked items share a date and slot.
    LockedSlotTaken { date: Date, slot: Slot },
    /// The same activity is locked more than once.
    LockedTwice { activity_id: i64 },
    /// The locked activity cannot be visited inside that slot on that date
    /// (closed, or the visit is longer than the slot).
    LockedClosed {
        activity_id: i64,
        date: Date,
        slot: Slot,
    },
    /// The locked items of a day cannot all be scheduled once travel time
    /// between them is counted.
    LockedUnreachable { date: Date },
    /// The locked items of a day alone exceed the travel mode's daily limit.
    LockedTooFar {
        date: Date,
        travel_km: f64,
        limit_km: f64,
    },
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PlanError::*;
        match self {
            CheckOutNotAfterCheckIn {
                check_in,
                check_out,
            } => {
                write!(f, "check-out {check_out} is not after check-in {check_in}")
            }
            TooManyNights { nights, max } => {
                write!(f, "stay of {nights} nights is longer than {max}")
            }
            InvalidStayLocation => write!(f, "the stay's location is invalid"),
            UnknownActivity { activity_id } => {
                write!(f, "locked activity {activity_id} is unknown")
            }
            InvalidActivityLocation { activity_id } => {
                write!(f, "locked activity {activity_id} has an invalid location")
            }
            LockedDropped { activity_id } => {
                write!(f, "activity {activity_id} is both locked and dropped")
            }
            LockedOutsideStay { activity_id, date } => {
                write!(
                    f,
                    "activity {activity_id} is locked on {date}, outside the stay"
                )
            }
            LockedSlotUnavailable {
                activity_id,
                date,
                slot,
            } => write!(
                f,
                "activity {activity_id} is locked in the {slot:?} slot of {date}, which that day does not have"
            ),
            LockedSlotTaken { date, slot } => {
                write!(
                    f,
                    "more than one activity is locked in the {slot:?} slot of {date}"
                )
            }
            LockedTwice { activity_id } => {
                write!(f, "activity {activity_id} is locked more than once")
            }
            LockedClosed {
                activity_id,
                date,
                slot,
            } => write!(
                f,
                "activity {activity_id} cannot be visited in the {slot:?} slot of {date}"
            ),
            LockedUnreachable { date } => write!(
                f,
                "the locked activities of {date} cannot all be reached in time"
            ),
            LockedTooFar {
                date,
                travel_km,
                limit_km,
            } => write!(
                f,
                "the locked activities of {date} need {travel_km:.1} km, more than the {limit_km} km limit"
            ),
        }
    }
}

impl std::error::Error for PlanError {}
