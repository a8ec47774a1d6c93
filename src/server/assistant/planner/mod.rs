//! A deterministic day-by-day trip itinerary planner.
//!
//! Give [`plan`] a [`PlanRequest`] (dates, where the guest stays, what they
//! like, how they travel, the weather outlook, what they pinned and what
//! they threw out) and a list of [`Activity`]s; it returns a [`Plan`] with
//! one [`DayPlan`] per date, each holding timed [`PlanItem`]s.
//!
//! The module only refers to its own files (`self::`/`super::` paths), so
//! the folder can be moved anywhere in a crate. It needs `time` (features
//! `macros`, `serde`) and `serde` (feature `derive`). Dates serialize the
//! way `time` does with the features the crate enables.
//!
//! # The rules, in plain English
//!
//! 1. **Days.** There is one day per date from check-in to check-out, both
//!    included. The check-in day only has the evening slot and the check-out
//!    day only the morning slot; both are marked `light`. Other days have
//!    morning (09:00–12:30), afternoon (13:30–17:30) and evening
//!    (18:30–22:30) slots, one activity per slot at most. A Relaxed pace
//!    puts at most 2 activities on a full day, Moderate and Packed at most 3.
//!    Stays of 1 to 30 nights are accepted.
//! 2. **No repeats, no dropped, kids.** An activity is used at most once in
//!    the whole plan, never if it was dropped, and when travelling with kids
//!    only kid-friendly ones are added (a locked one is kept even if not).
//! 3. **Opening hours.** A visit starts on a 15-minute step from its slot's
//!    start, ends within the slot, and lies inside one opening interval of
//!    that date's weekday. It starts at the earliest such time that also
//!    leaves room to travel from the previous place of the day.
//! 4. **Travel.** A day's distance is the straight-line loop stay → places in
//!    order → stay. It never exceeds the travel mode's limit (walking 8 km,
//!    transit 30 km). Relaxed and Moderate days keep to 75% of that when the
//!    planner adds activities; Packed days may use all of it. Locked items
//!    that alone break the limit make the request fail.
//! 5. **Nearby places together.** Each day is built around an anchor (its
//!    first locked place, or else the first activity picked for it); the
//!    rest of the day is picked nearest-to-the-anchor first. Visits happen
//!    in slot order, and of the ways to put the day's visits into slots
//!    that serve rule 7's slot preferences equally well, the one with the
//!    shortest loop wins (nearest-neighbour order).
//! 6. **Weather.** Days are filled best outlook first (ties in date order),
//!    and fine days (outlook ≥ 0.6) favour outdoor activities while poor
//!    days (< 0.4) favour indoor ones. A day below 0.3 first takes only
//!    indoor activities; it is offered outdoor ones only after every day at
//!    0.3 or above has been filled as far as it can be. So an outdoor
//!    activity never lands on such a day if a better day could have taken
//!    it. Dates without an outlook count as 0.5.
//! 7. **Ranking.** Days are filled one at a time (in the order of rule 6),
//!    one activity at a time. For each pick the remaining activities are
//!    ordered by: (a) in the guest's interests first (all count as matching
//!    when no interests are given); (b) weather fit (rule 6); (c) slot fit:
//!    while the day's open morning or evening slot has no activity of a kind
//!    it prefers (mornings: Museum/Sight/Outdoors; evenings:
//!    Food/Nightlife/Culture), activities of those kinds come first;
//!    (d) distance, from the stay for the day's first pick and from the
//!    anchor after that (rule 5); (e) lower id. The first one that still
//!    fits the day (hours, travel, pace) is taken. When a day's visits are
//!    put into slots, the arrangement with the most visits in a slot that
//!    prefers them wins, then the shortest loop. Everything is ordered
//!    explicitly (no hash-map order), so the same input always gives the
//!    same plan, whatever the order of the activity list (except that a
//!    duplicated id keeps its first entry).
//! 8. **Locked items** stay on their date and in their slot; only their start
//!    time is worked out (earliest, as in rule 3). The rest of the plan is
//!    built around them, and a day whose locked items already reach its
//!    pace gets nothing more. A locked item that is unknown, dropped,
//!    outside the stay, on a slot its day does not have, closed then,
//!    locked twice or sharing a slot with another lock is a [`PlanError`];
//!    so are a day's locked items that alone break the travel limit or
//!    cannot follow one another in time.

mod build;
mod error;
mod geo;
mod hours;
mod schedule;
mod types;
mod validate;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_check;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_examples;
#[cfg(test)]
mod tests_props;

pub use self::error::PlanError;
pub use self::geo::{EARTH_RADIUS_KM, haversine_km, route_km, travel_minutes};
pub use self::hours::{MINUTES_PER_DAY, WeeklyHours};
pub use self::schedule::START_STEP_MIN;
pub use self::types::{
    Activity, Category, DayOutlook, DayPlan, Locked, Pace, Plan, PlanItem, PlanRequest, Slot,
    Travel,
};

/// Longest stay accepted, in nights.
pub const MAX_NIGHTS: i64 = 30;
/// Days with an outlook below this take outdoor activities only as a last
/// resort (rule 6).
pub const BAD_OUTLOOK: f64 = 0.3;
/// Days with an outlook below this prefer indoor activities.
pub const POOR_OUTLOOK: f64 = 0.4;
/// Days with an outlook at or above this prefer outdoor activities.
pub const FINE_OUTLOOK: f64 = 0.6;
/// Outlook assumed for dates the request says nothing about.
pub const UNKNOWN_OUTLOOK: f64 = 0.5;

/// Plans a stay day by day. Deterministic: the same request and activities
/// (in the same order) always give the same plan. Activities that fit
/// nowhere are simply left out; only a bad request is an error.
pub fn plan(req: &PlanRequest, activities: &[Activity]) -> Result<Plan, PlanError> {
    self::build::build(req, activities)
}
