//! The trip assistant's answers, as the API sends them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `GET /api/v1/ai/search?text=`: a sentence, unparsed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct SearchTextParams {
    /// What the person typed: 1 to 300 characters.
    #[cfg_attr(
        feature = "ssr",
        param(
            max_length = 300,
            example = "2 adults and a dog in Lisbon next weekend under €150 a night with parking"
        )
    )]
    pub text: Option<String>,
}

/// What a plain-language search was understood to ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UnderstoodSearch {
    /// The search's parameters (as `GET /api/v1/listings` and `/search` take them) that the
    /// text sets, e.g. `{"q": "Lisbon", "check_in": "2027-01-22", "adults": "2"}`.
    pub filters: BTreeMap<String, String>,
    /// One label per constraint, as the search page shows them.
    pub chips: Vec<String>,
    /// The person's words that set nothing, as they wrote them.
    pub unused: Vec<String>,
    /// The search page with these filters.
    pub search_url: String,
    /// The IANA time zone relative dates were counted in (the destination's; UTC when
    /// the destination is unknown).
    pub time_zone: String,
    /// Filters the configured language model read from words the rules left unused
    /// (each checked by the search's parser); empty without a model.
    #[serde(default)]
    pub read_by_model: Vec<String>,
}

/// `GET /api/v1/ai/weather`: a listing and the dates, unparsed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct WeatherParams {
    /// The listing whose place the weather is for.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i64>, minimum = 1))]
    pub listing_id: Option<String>,
    /// The first day (the listing's local date).
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub from: Option<String>,
    /// The last day, at most 30 days after `from`.
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub to: Option<String>,
}

/// Where a day's weather comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WeatherKind {
    /// A forecast from the configured provider, for a day within its horizon.
    Forecast,
    /// The month's climate normals: what is typical, not a forecast.
    Typical,
}

/// One day's weather at a listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DayWeather {
    #[cfg_attr(feature = "ssr", schema(format = Date))]
    pub date: String,
    pub kind: WeatherKind,
    /// "Forecast" or "Typical for March": how the page names it.
    pub label: String,
    /// Daytime high and night-time low, °C.
    pub high_c: f64,
    pub low_c: f64,
    /// Forecast: the chance of rain that day, in percent.
    pub rain_chance: Option<u8>,
    /// Typical: the days with rain in an average month.
    pub rain_days: Option<f64>,
    /// How good the day is for being outdoors, 0 (stay in) to 1 (perfect), from the rain
    /// and the temperature.
    pub outdoor: f64,
}

/// The weather at a listing over some days.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WeatherReport {
    pub listing_id: i64,
    /// The listing's IANA time zone: the dates are local to it.
    pub time_zone: String,
    pub days: Vec<DayWeather>,
    /// Where the numbers come from (the forecast provider, the climate normals' station).
    pub sources: Vec<String>,
}

/// `GET /api/v1/ai/recommendations`: the listing to find stays like, and the stay.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct RecommendationParams {
    /// Stays like this listing; without it, the signed-in guest's picks.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i64>, minimum = 1))]
    pub listing_id: Option<String>,
    /// With `check_out`: only stays free for these nights (the listing's local dates).
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub check_in: Option<String>,
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub check_out: Option<String>,
    /// Only stays that take this many guests.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 1, maximum = 50))]
    pub guests: Option<String>,
}

/// A stay like another one, and how far from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SimilarStay {
    pub card: super::ListingCard,
    /// Kilometres from the listing it is like.
    pub distance_km: f64,
    /// How alike, 0 to 1: near, a similar price, the same kind of home, room for the
    /// same party, the same amenities (`docs/ARCHITECTURE.md` gives the weights).
    pub score: f64,
}

/// Stays like a listing, most alike first; or, without a listing, the signed-in guest's
/// picks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Recommendations {
    /// The listing the `items` are like; absent for picks.
    pub listing_id: Option<i64>,
    /// Stays like the listing.
    pub items: Vec<SimilarStay>,
    /// "Picked for you": from what the guest saved, booked and searched, best first.
    pub picks: Vec<super::ListingCard>,
    /// Why these picks ("Popular near your searches: Porto"); absent when there are none.
    pub reason: Option<String>,
}

/// "Picked for you" on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Picks {
    pub items: Vec<super::ListingCard>,
    pub reason: String,
}

/// Whether the signed-in person's searches are kept, and how many are.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchHistory {
    /// On by default; off means searches are not kept (and turning it off deletes them).
    pub keep: bool,
    /// Searches kept (the latest 50 at most).
    pub count: i64,
}
