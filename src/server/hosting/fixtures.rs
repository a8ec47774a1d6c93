//! What the parser's unit tests share: a city table of one city and a complete form.

use super::spec::CityFacts;
use crate::app::types::hosting::ListingForm;

/// Lisbon, known by its label or its name; every other city is unknown.
pub(super) fn lisbon(name: &str) -> Option<CityFacts> {
    (name == "Lisbon, Portugal" || name == "Lisbon").then(|| CityFacts {
        place_id: Some(2_267_057),
        city: "Lisbon".into(),
        region_code: None,
        state: None,
        country: "Portugal".into(),
        country_code: "PT".into(),
        latitude: 38.7223,
        longitude: -9.1393,
        time_zone: "Europe/Lisbon".into(),
    })
}

/// A listing in Lisbon with every required field, and some optional ones left empty.
pub(super) fn complete() -> ListingForm {
    [
        ("title", "Sunny loft in Alfama"),
        (
            "description",
            "Two rooms with a view of the river, ten minutes from the tram.",
        ),
        ("property_type", "loft"),
        ("city", "Lisbon, Portugal"),
        ("address", "Rua dos Remédios 12"),
        ("max_guests", "3"),
        ("bedrooms", "1"),
        ("beds", "2"),
        ("bathrooms", "1.5"),
        ("amenity_wifi", "on"),
        ("amenity_kitchen", "on"),
        ("pets_allowed", "on"),
        ("currency", "EUR"),
        ("price_per_night", "95.50"),
        ("cleaning_fee", "30"),
        ("booking_mode", "instant"),
        ("cancellation_policy", "flexible"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}
