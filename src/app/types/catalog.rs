//! The fixed vocabularies of a listing: property types and amenities, with the labels people
//! read. Keys are what the database stores and the API speaks; the tables' labels are the
//! English names (the seed and the assistant's data use them), and pages show each name in
//! the reader's language ([`property_type_name`], [`amenity_name`]).

use crate::app::i18n::message;

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

/// What each cancellation policy promises the guest (docs/BOOKING.md has the rules): its
/// name and its rule, in the reader's language.
pub fn cancellation_policy_summary(key: &str) -> (String, String) {
    // The engine's rules (server::bookings::money, docs/BOOKING.md), in words.
    let (name, rule) = match key {
        "flexible" => ("catalog-policy-flexible", "catalog-policy-flexible-rule"),
        "strict" => ("catalog-policy-strict", "catalog-policy-strict-rule"),
        _ => ("catalog-policy-moderate", "catalog-policy-moderate-rule"),
    };
    (message(name), message(rule))
}

/// The English label of a property type key (unknown keys read as "Home"): for data, such
/// as the seed's titles. People read [`property_type_name`].
pub fn property_type_label(key: &str) -> &'static str {
    PROPERTY_TYPES
        .iter()
        .find(|(k, _)| *k == key)
        .map_or("Home", |(_, label)| label)
}

/// The English label of an amenity key, or `None` for a key this build does not know.
/// People read [`amenity_name`].
pub fn amenity_label(key: &str) -> Option<&'static str> {
    AMENITIES.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}

/// The name of a property type in the reader's language; unknown keys read as "Home".
pub fn property_type_name(key: &str) -> String {
    message(property_type_message(key))
}

/// The name of an amenity in the reader's language, or `None` for a key this build does
/// not know.
pub fn amenity_name(key: &str) -> Option<String> {
    amenity_message(key).map(message)
}

fn property_type_message(key: &str) -> &'static str {
    match key {
        "apartment" => "catalog-type-apartment",
        "house" => "catalog-type-house",
        "condo" => "catalog-type-condo",
        "loft" => "catalog-type-loft",
        "villa" => "catalog-type-villa",
        "cabin" => "catalog-type-cabin",
        "cottage" => "catalog-type-cottage",
        "townhouse" => "catalog-type-townhouse",
        "bungalow" => "catalog-type-bungalow",
        "chalet" => "catalog-type-chalet",
        "guesthouse" => "catalog-type-guesthouse",
        "tiny_home" => "catalog-type-tiny-home",
        _ => "catalog-type-home",
    }
}

fn amenity_message(key: &str) -> Option<&'static str> {
    Some(match key {
        "wifi" => "catalog-amenity-wifi",
        "kitchen" => "catalog-amenity-kitchen",
        "washer" => "catalog-amenity-washer",
        "dryer" => "catalog-amenity-dryer",
        "air_conditioning" => "catalog-amenity-air-conditioning",
        "heating" => "catalog-amenity-heating",
        "dedicated_workspace" => "catalog-amenity-dedicated-workspace",
        "tv" => "catalog-amenity-tv",
        "free_parking" => "catalog-amenity-free-parking",
        "paid_parking" => "catalog-amenity-paid-parking",
        "pool" => "catalog-amenity-pool",
        "hot_tub" => "catalog-amenity-hot-tub",
        "ev_charger" => "catalog-amenity-ev-charger",
        "gym" => "catalog-amenity-gym",
        "bbq_grill" => "catalog-amenity-bbq-grill",
        "patio" => "catalog-amenity-patio",
        "fireplace" => "catalog-amenity-fireplace",
        "crib" => "catalog-amenity-crib",
        "high_chair" => "catalog-amenity-high-chair",
        "self_check_in" => "catalog-amenity-self-check-in",
        "smoke_alarm" => "catalog-amenity-smoke-alarm",
        "carbon_monoxide_alarm" => "catalog-amenity-carbon-monoxide-alarm",
        "first_aid_kit" => "catalog-amenity-first-aid-kit",
        "fire_extinguisher" => "catalog-amenity-fire-extinguisher",
        "pets_allowed" => "catalog-amenity-pets-allowed",
        "beach_access" => "catalog-amenity-beach-access",
        "lake_access" => "catalog-amenity-lake-access",
        "ski_in_out" => "catalog-amenity-ski-in-out",
        "waterfront" => "catalog-amenity-waterfront",
        "mountain_view" => "catalog-amenity-mountain-view",
        "ocean_view" => "catalog-amenity-ocean-view",
        "city_view" => "catalog-amenity-city-view",
        "breakfast" => "catalog-amenity-breakfast",
        "long_term_stays" => "catalog-amenity-long-term-stays",
        "luggage_dropoff" => "catalog-amenity-luggage-dropoff",
        _ => return None,
    })
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

    #[test]
    fn every_key_has_a_translated_name_matching_its_english_label() {
        for (key, label) in PROPERTY_TYPES {
            assert_eq!(property_type_name(key), *label, "{key}");
        }
        for (key, label) in AMENITIES {
            assert_eq!(amenity_name(key).as_deref(), Some(*label), "{key}");
        }
        assert_eq!(property_type_name("spaceship"), "Home");
        assert_eq!(amenity_name("moat"), None);
        assert!(cancellation_policy_summary("strict").1.contains("14 days"));
    }
}
