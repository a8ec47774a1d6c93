//! The gazetteer as the browser and API clients see it: a suggestion for what was typed
//! (a town, a region or a country), with what tells the twenty Springfields apart.

use serde::{Deserialize, Serialize};

/// What a suggestion names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A city, town or village.
    Place,
    /// A first-level division: a state, province or region.
    Region,
    Country,
}

/// One suggestion, best first in its list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlaceSuggestion {
    pub kind: PlaceKind,
    /// The town's GeoNames id (`place_id` in the listing editor); absent for regions and
    /// countries.
    pub id: Option<i64>,
    pub name: String,
    /// The region the town or region is in is named here for a town; absent when the
    /// gazetteer does not know it.
    pub region: Option<String>,
    /// The country's English name.
    pub country: String,
    /// ISO 3166-1 alpha-2.
    pub country_code: String,
    /// How to show it, e.g. "Springfield, Illinois, United States".
    pub label: String,
    /// The town's centre; absent for regions and countries.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// The town's IANA time zone; absent for regions and countries.
    pub time_zone: Option<String>,
    pub population: i64,
}

/// `GET /api/v1/places`: suggestions, best first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PlaceList {
    pub places: Vec<PlaceSuggestion>,
}

/// `GET /api/v1/places`, unparsed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct PlacesParams {
    /// What was typed: the start of a name, in any case, with or without accents, with a
    /// typo or two ("Lisobn"). 1 to 100 characters.
    #[cfg_attr(feature = "ssr", param(example = "lisb"))]
    pub q: Option<String>,
    /// `place` for towns only (the listing editor), `any` (the default) for towns,
    /// regions and countries (search destinations).
    #[cfg_attr(feature = "ssr", param(example = "any"))]
    pub kind: Option<String>,
    /// At most this many (1 to 20, default 8).
    #[cfg_attr(feature = "ssr", param(value_type = Option<u32>, minimum = 1, maximum = 20))]
    pub limit: Option<String>,
}

/// How a suggestion is shown: "Name, Region, Country", leaving out a region that is
/// unknown or repeats the name.
pub fn label(name: &str, region: Option<&str>, country: &str) -> String {
    let mut parts = vec![name];
    if let Some(r) = region.filter(|r| !r.is_empty() && !r.eq_ignore_ascii_case(name)) {
        parts.push(r);
    }
    if !country.is_empty() && !country.eq_ignore_ascii_case(name) {
        parts.push(country);
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels_name_what_tells_places_apart() {
        assert_eq!(
            label("Springfield", Some("Illinois"), "United States"),
            "Springfield, Illinois, United States"
        );
        assert_eq!(
            label("Lisbon", Some("Lisbon"), "Portugal"),
            "Lisbon, Portugal"
        );
        assert_eq!(label("Elvas", None, "Portugal"), "Elvas, Portugal");
        assert_eq!(label("Portugal", None, "Portugal"), "Portugal");
    }
}
