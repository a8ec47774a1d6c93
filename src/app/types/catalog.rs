//! The fixed vocabularies of a listing: property types and amenities, with the labels people
//! read. Keys are what the database stores and the API speaks.

/// Property type keys with their labels.
pub const PROPERTY_TYPES: &[(&str, &str)] = &[
    ("apartment", "Apartment"),
    ("house", "House"),
    ("condo", "Condo"),
    ("loft", "Loft"),
    ("villa", "Villa"),
    ("cabin", "Cabin"),
    ("cottage", "Cottage"),
    ("townhouse", "Townhouse"),
    ("bungalow", "Bungalow"),
    ("chalet", "Chalet"),
    ("guesthouse", "Guesthouse"),
    ("tiny_home", "Tiny home"),
];

/// Amenity keys with their labels, in the order a listing page shows them.
pub const AMENITIES: &[(&str, &str)] = &[
    ("wifi", "Wi-Fi"),
    ("kitchen", "Kitchen"),
    ("washer", "Washer"),
    ("dryer", "Dryer"),
    ("air_conditioning", "Air conditioning"),
    ("heating", "Heating"),
    ("dedicated_workspace", "Dedicated workspace"),
    ("tv", "TV"),
    ("free_parking", "Free parking on premises"),
    ("paid_parking", "Paid parking"),
    ("pool", "Pool"),
    ("hot_tub", "Hot tub"),
    ("ev_charger", "EV charger"),
    ("gym", "Gym"),
    ("bbq_grill", "BBQ grill"),
    ("patio", "Patio or balcony"),
    ("fireplace", "Indoor fireplace"),
    ("crib", "Crib"),
    ("high_chair", "High chair"),
    ("self_check_in", "Self check-in"),
    ("smoke_alarm", "Smoke alarm"),
    ("carbon_monoxide_alarm", "Carbon monoxide alarm"),
    ("first_aid_kit", "First aid kit"),
    ("fire_extinguisher", "Fire extinguisher"),
    ("pets_allowed", "Pets allowed"),
    ("beach_access", "Beach access"),
    ("lake_access", "Lake access"),
    ("ski_in_out", "Ski-in/ski-out"),
    ("waterfront", "Waterfront"),
    ("mountain_view", "Mountain view"),
    ("ocean_view", "Ocean view"),
    ("city_view", "City skyline view"),
    ("breakfast", "Breakfast"),
    ("long_term_stays", "Long-term stays allowed"),
    ("luggage_dropoff", "Luggage drop-off allowed"),
];

/// What each cancellation policy promises the guest (docs/BOOKING.md has the rules).
pub fn cancellation_policy_summary(key: &str) -> (&'static str, &'static str) {
    // The engine's rules (server::bookings::money, docs/BOOKING.md), in words.
    match key {
        "flexible" => (
            "Flexible",
            "Full refund if you cancel at least a day before check-in; no refund on the day.",
        ),
        "strict" => (
            "Strict",
            "Full refund if you cancel at least 14 days before check-in; half of the stay (not the service fee) 7 to 13 days before; no refund after that.",
        ),
        _ => (
            "Moderate",
            "Full refund if you cancel at least 5 days before check-in; half of the stay (not the service fee) 1 to 4 days before; no refund on the day.",
        ),
    }
}

/// The label of a property type key; unknown keys read as "Home".
pub fn property_type_label(key: &str) -> &'static str {
    PROPERTY_TYPES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("Home", |(_, label)| label)
}

/// The label of an amenity key, or `None` for a key this build does not know.
pub fn amenity_label(key: &str) -> Option<&'static str> {
    AMENITIES.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_snake_case() {
        for table in [PROPERTY_TYPES, AMENITIES] {
            let mut keys: Vec<_> = table.iter().map(|(k, _)| *k).collect();
            assert!(
                keys.iter()
                    .all(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            );
            keys.sort_unstable();
            let before = keys.len();
            keys.dedup();
            assert_eq!(before, keys.len(), "duplicate key");
        }
    }

    #[test]
    fn labels_resolve() {
        assert_eq!(property_type_label("tiny_home"), "Tiny home");
        assert_eq!(property_type_label("spaceship"), "Home");
        assert_eq!(amenity_label("wifi"), Some("Wi-Fi"));
        assert_eq!(amenity_label("moat"), None);
    }
}
