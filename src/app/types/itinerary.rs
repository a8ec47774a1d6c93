//! A day-by-day plan of a stay, as the trip page and the API see it.

use super::activities::{Activity, ActivityCategory};
use super::assistant::DayWeather;
use serde::{Deserialize, Serialize};

/// How full the days should be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pace {
    /// Two things on a full day.
    Relaxed,
    /// Three.
    #[default]
    Moderate,
    /// Three, and a longer way between them.
    Packed,
}

impl Pace {
    pub const ALL: [Self; 3] = [Self::Relaxed, Self::Moderate, Self::Packed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Relaxed => "relaxed",
            Self::Moderate => "moderate",
            Self::Packed => "packed",
        }
    }

    /// How the plan form names it, in the current language.
    pub fn label(self) -> String {
        crate::app::i18n::message(match self {
            Self::Relaxed => "assistant-pace-relaxed",
            Self::Moderate => "assistant-pace-moderate",
            Self::Packed => "assistant-pace-packed",
        })
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text.trim())
    }
}

/// How the guest gets around.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TravelMode {
    /// At most 8 km a day, at 4.5 km/h.
    #[default]
    Walking,
    /// At most 30 km a day, at 18 km/h.
    Transit,
}

impl TravelMode {
    pub const ALL: [Self; 2] = [Self::Walking, Self::Transit];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Walking => "walking",
            Self::Transit => "transit",
        }
    }

    /// How the plan form names it, in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Walking => crate::tr!("assistant-travel-walking", km = 8),
            Self::Transit => crate::tr!("assistant-travel-transit", km = 30),
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text.trim())
    }
}

/// A part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DaySlot {
    /// 09:00–12:30
    Morning,
    /// 13:30–17:30
    Afternoon,
    /// 18:30–22:30
    Evening,
}

impl DaySlot {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Morning => "morning",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }

    /// The part of the day's name, in the current language.
    pub fn label(self) -> String {
        crate::app::i18n::message(match self {
            Self::Morning => "assistant-slot-morning",
            Self::Afternoon => "assistant-slot-afternoon",
            Self::Evening => "assistant-slot-evening",
        })
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Morning, Self::Afternoon, Self::Evening]
            .into_iter()
            .find(|s| s.as_str() == text.trim())
    }
}

/// What the guest asked the plan to be like.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PlanPreferences {
    /// Kinds of place they like, ranked first; none means no preference.
    pub interests: Vec<ActivityCategory>,
    pub pace: Pace,
    pub travel: TravelMode,
    /// Only places good for children.
    pub with_kids: bool,
}

/// A place the guest pinned to a day and part of it: kept there when the plan is made again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Pin {
    /// YYYY-MM-DD
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub date: String,
    pub slot: DaySlot,
    /// The place's `key`, as `GET /api/v1/ai/activities` gives it.
    pub key: String,
}

/// `POST /api/v1/ai/itinerary`: a booking of the caller's, or a listing with dates.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default, deny_unknown_fields)]
pub struct ItineraryRequest {
    /// A booking of the signed-in guest: the plan is saved with the trip.
    pub booking_id: Option<i64>,
    /// Or a listing, with `check_in` and `check_out`: a plan that is not saved.
    pub listing_id: Option<i64>,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_in: Option<String>,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_out: Option<String>,
    /// Default: the saved plan's, else moderate, walking, no preference.
    pub preferences: Option<PlanPreferences>,
    /// Places kept where they are. Default: the saved plan's.
    pub locked: Option<Vec<Pin>>,
    /// Places never to plan (their keys). Default: the saved plan's.
    pub dropped: Option<Vec<String>>,
}

/// One visit in the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlanStop {
    pub slot: DaySlot,
    /// HH:MM, local time at the stay.
    pub start: String,
    pub end: String,
    /// Pinned by the guest.
    pub locked: bool,
    /// The place's hours that day ("10:00–18:00"), which the visit lies within.
    pub open: String,
    pub activity: Activity,
}

/// One date of the stay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlanDay {
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub date: String,
    /// "Tuesday"
    pub weekday: String,
    /// Arrival or departure day: only the evening or the morning is planned.
    pub light: bool,
    /// Straight-line km: the stay, each stop in order, back to the stay.
    pub travel_km: f64,
    /// Forecast or typical weather, labelled as such.
    pub weather: Option<DayWeather>,
    pub stops: Vec<PlanStop>,
}

/// A plan of a stay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Itinerary {
    /// Set when the plan is saved with a booking.
    pub booking_id: Option<i64>,
    pub listing_id: i64,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_in: String,
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub check_out: String,
    /// The stay's IANA time zone: every time in the plan is local to it.
    pub time_zone: String,
    pub preferences: PlanPreferences,
    pub locked: Vec<Pin>,
    /// Keys of the places the guest dropped, and their names.
    pub dropped: Vec<(String, String)>,
    pub days: Vec<PlanDay>,
    /// Where the places and the weather came from.
    pub sources: Vec<String>,
    /// When the plan was made (RFC 3339).
    pub made_at: String,
    /// A paragraph about the plan written by the configured language model from the plan
    /// alone (checked to name no other place); absent without a model.
    #[serde(default)]
    pub narrative: Option<String>,
}
