//! Things to do near a stay, and a host's guidebook, as the pages and the API see them.

use serde::{Deserialize, Serialize};

/// What kind of place it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityCategory {
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

impl ActivityCategory {
    pub const ALL: [Self; 9] = [
        Self::Food,
        Self::Museum,
        Self::Sight,
        Self::Outdoors,
        Self::Nightlife,
        Self::Shopping,
        Self::Family,
        Self::Wellness,
        Self::Culture,
    ];

    /// The name in URLs, forms and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Food => "food",
            Self::Museum => "museum",
            Self::Sight => "sight",
            Self::Outdoors => "outdoors",
            Self::Nightlife => "nightlife",
            Self::Shopping => "shopping",
            Self::Family => "family",
            Self::Wellness => "wellness",
            Self::Culture => "culture",
        }
    }

    /// The kind's name, in the current language.
    pub fn label(self) -> String {
        crate::app::i18n::message(match self {
            Self::Food => "assistant-category-food",
            Self::Museum => "assistant-category-museum",
            Self::Sight => "assistant-category-sight",
            Self::Outdoors => "assistant-category-outdoors",
            Self::Nightlife => "assistant-category-nightlife",
            Self::Shopping => "assistant-category-shopping",
            Self::Family => "assistant-category-family",
            Self::Wellness => "assistant-category-wellness",
            Self::Culture => "assistant-category-culture",
        })
    }

    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(t))
    }
}

/// Where a place comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityOrigin {
    /// The host's own recommendation for this listing.
    Guidebook,
    /// Haven's place list (the demo cities; compiled by hand, hours to be checked).
    Haven,
    /// OpenStreetMap, through an Overpass server, when one is configured.
    OpenStreetMap,
}

impl ActivityOrigin {
    /// The source's name, in the current language.
    pub fn label(self) -> String {
        match self {
            Self::Guidebook => crate::tr!("assistant-origin-guidebook"),
            Self::Haven => crate::tr!("assistant-origin-haven"),
            Self::OpenStreetMap => "OpenStreetMap".to_string(),
        }
    }
}

/// One place to go.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Activity {
    /// Stable across calls and sources: `guidebook:12`, `haven:340`, `osm:node/2417`.
    pub key: String,
    pub name: String,
    pub category: ActivityCategory,
    pub latitude: f64,
    pub longitude: f64,
    /// Straight-line distance from the stay (or the point asked about), km.
    pub distance_km: f64,
    /// The hours as the source wrote them (OpenStreetMap's syntax); `None` when it has none.
    pub opening_hours: Option<String>,
    /// The week for people ("Mon–Fri 09:00–17:00"); empty when the hours are unknown or
    /// could not be read, in which case the place is never put in a plan.
    pub hours: Vec<String>,
    /// A typical visit, minutes.
    pub duration_min: u16,
    /// 0 (free) to 4; `None` when the source does not say.
    pub price_level: Option<u8>,
    /// `false`: outdoors, so it depends on the weather.
    pub indoor: bool,
    /// `None` when the source does not say.
    pub kid_friendly: Option<bool>,
    /// A line about it: the host's tip, or the source's description.
    pub description: String,
    pub source: ActivityOrigin,
}

impl Activity {
    /// "Free", or € to €€€€; `None` when the source does not say.
    pub fn price_label(&self) -> Option<String> {
        self.price_level.map(|p| match p {
            0 => crate::tr!("assistant-price-free"),
            1 => "€".to_string(),
            2 => "€€".to_string(),
            3 => "€€€".to_string(),
            _ => "€€€€".to_string(),
        })
    }
}

/// `GET /api/v1/ai/activities`: a listing, or a point, unparsed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct ActivitiesParams {
    /// Around this listing (its guidebook first); or give `lat` and `lon`.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i64>, minimum = 1))]
    pub listing_id: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<f64>, minimum = -90, maximum = 90))]
    pub lat: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<f64>, minimum = -180, maximum = 180))]
    pub lon: Option<String>,
    /// Only places of these kinds, comma-separated (`food,museum`); they also rank first.
    #[cfg_attr(feature = "ssr", param(example = "food,museum"))]
    pub category: Option<String>,
    /// How far to look, km: 0.5 to 25 (default 5).
    #[cfg_attr(feature = "ssr", param(value_type = Option<f64>, minimum = 0.5, maximum = 25))]
    pub radius_km: Option<String>,
    /// At most this many (1 to 100, default 30).
    #[cfg_attr(feature = "ssr", param(value_type = Option<u32>, minimum = 1, maximum = 100))]
    pub limit: Option<String>,
}

/// Places near a stay, best first, and where they came from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ActivityList {
    pub activities: Vec<Activity>,
    /// The sources asked, by name; one that failed says so ("OpenStreetMap: unavailable").
    pub sources: Vec<String>,
}

/// A place a host adds to a listing's guidebook, as the form and the API send it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct GuidebookInput {
    #[cfg_attr(
        feature = "ssr",
        schema(example = "Café A Brasileira", max_length = 120)
    )]
    pub name: String,
    /// One of `food, museum, sight, outdoors, nightlife, shopping, family, wellness, culture`.
    #[cfg_attr(feature = "ssr", schema(example = "food"))]
    pub category: String,
    #[cfg_attr(feature = "ssr", schema(value_type = f64, example = 38.7106))]
    pub latitude: String,
    #[cfg_attr(feature = "ssr", schema(value_type = f64, example = -9.1424))]
    pub longitude: String,
    /// In OpenStreetMap's syntax: `Mo-Fr 09:00-17:00; Sa 10:00-14:00`, or `24/7`.
    #[cfg_attr(feature = "ssr", schema(example = "Mo-Su 08:00-24:00"))]
    pub opening_hours: String,
    /// A typical visit, 15 to 480 minutes.
    #[cfg_attr(feature = "ssr", schema(value_type = u16, example = 60))]
    pub duration_min: String,
    /// 0 (free) to 4.
    #[cfg_attr(feature = "ssr", schema(value_type = u8, example = 1))]
    pub price_level: String,
    /// "on"/"true" when it is indoors.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<bool>))]
    pub indoor: Option<String>,
    #[cfg_attr(feature = "ssr", schema(value_type = Option<bool>))]
    pub kid_friendly: Option<String>,
    /// The host's tip, up to 500 characters.
    pub description: String,
}

/// The guidebook editor: the listing and its places, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuidebookPage {
    pub listing_id: i64,
    pub title: String,
    /// The home's location, where a new place's coordinates start.
    pub latitude: f64,
    pub longitude: f64,
    pub places: Vec<Activity>,
}
