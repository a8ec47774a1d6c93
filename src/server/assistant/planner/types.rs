//! The planner's input and output types. Everything here is plain data with
//! serde support, so a request can come straight from JSON and a plan can go
//! straight back out.

use serde::{Deserialize, Serialize};
use time::Date;

use super::hours::WeeklyHours;

/// What kind of place an activity is. Used for matching the guest's
/// interests and for slot preferences (see [`Slot::prefers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Food,
    Museum,
    Sight,
    Outdoors,
    Nightlife,
    Shopping,
    Family,
    Wellness,
    Culture,
}

impl Category {
    /// Every category, in declaration order.
    pub const ALL: [Category; 9] = [
        Category::Food,
        Category::Museum,
        Category::Sight,
        Category::Outdoors,
        Category::Nightlife,
        Category::Shopping,
        Category::Family,
        Category::Wellness,
        Category::Culture,
    ];
}

/// A place the guest could visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Unique id. If the same id appears twice in the list handed to
    /// [`plan`](super::plan), only the first one is used.
    pub id: i64,
    pub name: String,
    pub category: Category,
    /// Latitude in degrees. Activities with coordinates that are not finite
    /// or out of range are never planned.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// When the place is open, per weekday.
    pub hours: WeeklyHours,
    /// How long a visit takes, in minutes.
    pub duration_min: u16,
    /// 0 (free) to 4 (very expensive). Carried along for the app; the planner
    /// does not use it.
    pub price_level: u8,
    /// `false` means the visit is outdoors and depends on the weather.
    pub indoor: bool,
    pub kid_friendly: bool,
}

/// How nice a date is for being outside: 0.0 is awful, 1.0 is perfect.
/// Dates without an outlook count as 0.5 (unknown). Values are clamped to
/// 0.0..=1.0 and a NaN counts as unknown; if a date is listed twice the first
/// entry wins.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DayOutlook {
    pub date: Date,
    pub outdoor: f64,
}

/// How full the days should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pace {
    /// At most 2 activities on a full day, and days stay within three quarters
    /// of the travel mode's daily distance.
    Relaxed,
    /// At most 3 activities on a full day (one per slot), and days stay within
    /// three quarters of the travel mode's daily distance.
    Moderate,
    /// At most 3 activities on a full day (one per slot), and days may use the
    /// travel mode's whole daily distance.
    Packed,
}

impl Pace {
    /// Most activities the planner puts on a full (non-light) day. Light days
    /// always take at most one. Locked items can exceed this; the planner
    /// then adds nothing to that day.
    pub fn max_per_full_day(self) -> usize {
        match self {
            Pace::Relaxed => 2,
            Pace::Moderate | Pace::Packed => 3,
        }
    }

    /// Share of [`Travel::daily_limit_km`] the planner may use when it adds
    /// activities to a day: 0.75 for Relaxed and Moderate, 1.0 for Packed.
    pub fn travel_share(self) -> f64 {
        match self {
            Pace::Relaxed | Pace::Moderate => 0.75,
            Pace::Packed => 1.0,
        }
    }
}

/// How the guest gets around.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Travel {
    /// 4.5 km/h, at most 8 km a day.
    Walking,
    /// 18 km/h, at most 30 km a day.
    Transit,
}

impl Travel {
    /// Average speed used to turn distance into travel time.
    pub fn speed_kmh(self) -> f64 {
        match self {
            Travel::Walking => 4.5,
            Travel::Transit => 18.0,
        }
    }

    /// Hard daily limit on straight-line travel: stay → first place → … →
    /// last place → stay. No day of a plan ever goes over it.
    pub fn daily_limit_km(self) -> f64 {
        match self {
            Travel::Walking => 8.0,
            Travel::Transit => 30.0,
        }
    }
}

/// A part of the day. Each slot holds at most one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    /// 09:00–12:30
    Morning,
    /// 13:30–17:30
    Afternoon,
    /// 18:30–22:30
    Evening,
}

impl Slot {
    /// All slots in time order.
    pub const ALL: [Slot; 3] = [Slot::Morning, Slot::Afternoon, Slot::Evening];

    /// Start of the slot, minutes after midnight.
    pub fn start_min(self) -> u16 {
        match self {
            Slot::Morning => 9 * 60,
            Slot::Afternoon => 13 * 60 + 30,
            Slot::Evening => 18 * 60 + 30,
        }
    }

    /// End of the slot, minutes after midnight. A visit must end by then.
    pub fn end_min(self) -> u16 {
        match self {
            Slot::Morning => 12 * 60 + 30,
            Slot::Afternoon => 17 * 60 + 30,
            Slot::Evening => 22 * 60 + 30,
        }
    }

    /// Whether this slot is a natural fit for the category: evenings prefer
    /// Food, Nightlife and Culture; mornings prefer Museum, Sight and
    /// Outdoors; afternoons have no preference.
    pub fn prefers(self, category: Category) -> bool {
        use Category::*;
        match self {
            Slot::Morning => matches!(category, Museum | Sight | Outdoors),
            Slot::Afternoon => false,
            Slot::Evening => matches!(category, Food | Nightlife | Culture),
        }
    }
}

/// An activity the guest pinned to a date and slot. The planner keeps it
/// exactly there (it only works out the start time) or refuses the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Locked {
    pub date: Date,
    pub slot: Slot,
    pub activity_id: i64,
}

/// Everything the planner needs besides the list of activities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanRequest {
    pub check_in: Date,
    /// Must be after `check_in`, at most 30 nights later.
    pub check_out: Date,
    pub stay_lat: f64,
    pub stay_lon: f64,
    /// Categories the guest likes; activities in them are ranked first. An
    /// empty list means no preference.
    #[serde(default)]
    pub interests: Vec<Category>,
    pub pace: Pace,
    pub travel: Travel,
    /// Only kid-friendly activities are added (locked ones are kept anyway).
    #[serde(default)]
    pub with_kids: bool,
    #[serde(default)]
    pub outlook: Vec<DayOutlook>,
    #[serde(default)]
    pub locked: Vec<Locked>,
    /// Activity ids the guest never wants to see.
    #[serde(default)]
    pub dropped: Vec<i64>,
}

/// The planner's answer: one day per date of the stay, in date order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub days: Vec<DayPlan>,
}

/// One date of the stay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayPlan {
    pub date: Date,
    /// Arrival or departure day: only the evening (check-in) or the morning
    /// (check-out) slot is used.
    pub light: bool,
    /// Straight-line kilometres: stay → items in order → stay (0 when empty).
    pub travel_km: f64,
    /// In time order, at most one per slot.
    pub items: Vec<PlanItem>,
}

/// One scheduled visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub slot: Slot,
    pub activity_id: i64,
    /// Minutes after midnight, on a 15-minute step from the slot's start.
    pub start_min: u16,
    /// `start_min + duration_min` of the activity.
    pub end_min: u16,
    /// True when it comes from [`PlanRequest::locked`].
    pub locked: bool,
}
