//! The demo cities: where the demo data (`seed`) puts its listings, and what the trip
//! assistant knows best (their weather, their places to go). Real listings may be in any
//! town of the gazetteer (`server::places`), whose migration holds these cities too, and
//! taxes live in its `taxes` table.

/// A real city or town.
#[derive(Debug, PartialEq)]
pub struct Place {
    pub name: &'static str,
    /// State/region/province, when the country uses one in addresses.
    pub state: Option<&'static str>,
    /// English name of the country, e.g. "United States".
    pub country: &'static str,
    /// ISO 3166-1 alpha-2 code, e.g. "US".
    pub country_code: &'static str,
    /// Centre latitude (WGS84, 4 decimals).
    pub latitude: f64,
    /// Centre longitude (WGS84, 4 decimals).
    pub longitude: f64,
    /// IANA time zone.
    pub time_zone: &'static str,
}

impl Place {
    /// "Lisbon, Portugal": how the editor names it.
    pub fn label(&self) -> String {
        format!("{}, {}", self.name, self.country)
    }
}

/// A place by "City, Country" or a unique "City" (any case).
pub fn find(label: &str) -> Option<&'static Place> {
    let label = label.trim();
    let (city, country) = match label.rsplit_once(',') {
        Some((c, k)) => (c.trim(), Some(k.trim())),
        None => (label, None),
    };
    let mut matches = PLACES.iter().filter(|p| {
        p.name.eq_ignore_ascii_case(city)
            && country.is_none_or(|k| p.country.eq_ignore_ascii_case(k))
    });
    let place = matches.next()?;
    matches.next().is_none().then_some(place)
}

pub static PLACES: &[Place] = &[
    Place {
        name: "New York",
        state: Some("New York"),
        country: "United States",
        country_code: "US",
        latitude: 40.7128,
        longitude: -74.0060,
        time_zone: "America/New_York",
    },
    Place {
        name: "San Francisco",
        state: Some("California"),
        country: "United States",
        country_code: "US",
        latitude: 37.7749,
        longitude: -122.4194,
        time_zone: "America/Los_Angeles",
    },
    Place {
        name: "Santa Monica",
        state: Some("California"),
        country: "United States",
        country_code: "US",
        latitude: 34.0195,
        longitude: -118.4912,
        time_zone: "America/Los_Angeles",
    },
    Place {
        name: "South Lake Tahoe",
        state: Some("California"),
        country: "United States",
        country_code: "US",
        latitude: 38.9399,
        longitude: -119.9772,
        time_zone: "America/Los_Angeles",
    },
    Place {
        name: "Aspen",
        state: Some("Colorado"),
        country: "United States",
        country_code: "US",
        latitude: 39.1911,
        longitude: -106.8175,
        time_zone: "America/Denver",
    },
    Place {
        name: "Miami Beach",
        state: Some("Florida"),
        country: "United States",
        country_code: "US",
        latitude: 25.7907,
        longitude: -80.1300,
        time_zone: "America/New_York",
    },
    Place {
        name: "Austin",
        state: Some("Texas"),
        country: "United States",
        country_code: "US",
        latitude: 30.2672,
        longitude: -97.7431,
        time_zone: "America/Chicago",
    },
    Place {
        name: "Honolulu",
        state: Some("Hawaii"),
        country: "United States",
        country_code: "US",
        latitude: 21.3069,
        longitude: -157.8583,
        time_zone: "Pacific/Honolulu",
    },
    Place {
        name: "Sedona",
        state: Some("Arizona"),
        country: "United States",
        country_code: "US",
        latitude: 34.8697,
        longitude: -111.7610,
        time_zone: "America/Phoenix",
    },
    Place {
        name: "Palm Springs",
        state: Some("California"),
        country: "United States",
        country_code: "US",
        latitude: 33.8303,
        longitude: -116.5453,
        time_zone: "America/Los_Angeles",
    },
    Place {
        name: "Santa Fe",
        state: Some("New Mexico"),
        country: "United States",
        country_code: "US",
        latitude: 35.6870,
        longitude: -105.9378,
        time_zone: "America/Denver",
    },
    Place {
        name: "Nashville",
        state: Some("Tennessee"),
        country: "United States",
        country_code: "US",
        latitude: 36.1627,
        longitude: -86.7816,
        time_zone: "America/Chicago",
    },
    Place {
        name: "New Orleans",
        state: Some("Louisiana"),
        country: "United States",
        country_code: "US",
        latitude: 29.9511,
        longitude: -90.0715,
        time_zone: "America/Chicago",
    },
    Place {
        name: "Asheville",
        state: Some("North Carolina"),
        country: "United States",
        country_code: "US",
        latitude: 35.5951,
        longitude: -82.5515,
        time_zone: "America/New_York",
    },
    Place {
        name: "Napa",
        state: Some("California"),
        country: "United States",
        country_code: "US",
        latitude: 38.2975,
        longitude: -122.2869,
        time_zone: "America/Los_Angeles",
    },
    Place {
        name: "Vancouver",
        state: Some("British Columbia"),
        country: "Canada",
        country_code: "CA",
        latitude: 49.2827,
        longitude: -123.1207,
        time_zone: "America/Vancouver",
    },
    Place {
        name: "Whistler",
        state: Some("British Columbia"),
        country: "Canada",
        country_code: "CA",
        latitude: 50.1163,
        longitude: -122.9574,
        time_zone: "America/Vancouver",
    },
    Place {
        name: "Montreal",
        state: Some("Quebec"),
        country: "Canada",
        country_code: "CA",
        latitude: 45.5019,
        longitude: -73.5674,
        time_zone: "America/Toronto",
    },
    Place {
        name: "Mexico City",
        state: None,
        country: "Mexico",
        country_code: "MX",
        latitude: 19.4326,
        longitude: -99.1332,
        time_zone: "America/Mexico_City",
    },
    Place {
        name: "Tulum",
        state: Some("Quintana Roo"),
        country: "Mexico",
        country_code: "MX",
        latitude: 20.2114,
        longitude: -87.4654,
        time_zone: "America/Cancun",
    },
    Place {
        name: "Puerto Vallarta",
        state: Some("Jalisco"),
        country: "Mexico",
        country_code: "MX",
        latitude: 20.6534,
        longitude: -105.2253,
        time_zone: "America/Mexico_City",
    },
    Place {
        name: "Rio de Janeiro",
        state: Some("Rio de Janeiro"),
        country: "Brazil",
        country_code: "BR",
        latitude: -22.9068,
        longitude: -43.1729,
        time_zone: "America/Sao_Paulo",
    },
    Place {
        name: "Florianópolis",
        state: Some("Santa Catarina"),
        country: "Brazil",
        country_code: "BR",
        latitude: -27.5954,
        longitude: -48.5480,
        time_zone: "America/Sao_Paulo",
    },
    Place {
        name: "Buenos Aires",
        state: None,
        country: "Argentina",
        country_code: "AR",
        latitude: -34.6037,
        longitude: -58.3816,
        time_zone: "America/Argentina/Buenos_Aires",
    },
    Place {
        name: "Bariloche",
        state: Some("Río Negro"),
        country: "Argentina",
        country_code: "AR",
        latitude: -41.1335,
        longitude: -71.3103,
        time_zone: "America/Argentina/Buenos_Aires",
    },
    Place {
        name: "Mendoza",
        state: Some("Mendoza"),
        country: "Argentina",
        country_code: "AR",
        latitude: -32.8895,
        longitude: -68.8458,
        time_zone: "America/Argentina/Mendoza",
    },
    Place {
        name: "Cusco",
        state: None,
        country: "Peru",
        country_code: "PE",
        latitude: -13.5170,
        longitude: -71.9785,
        time_zone: "America/Lima",
    },
    Place {
        name: "Cartagena",
        state: None,
        country: "Colombia",
        country_code: "CO",
        latitude: 10.4236,
        longitude: -75.5478,
        time_zone: "America/Bogota",
    },
    Place {
        name: "London",
        state: None,
        country: "United Kingdom",
        country_code: "GB",
        latitude: 51.5074,
        longitude: -0.1278,
        time_zone: "Europe/London",
    },
    Place {
        name: "Edinburgh",
        state: None,
        country: "United Kingdom",
        country_code: "GB",
        latitude: 55.9533,
        longitude: -3.1883,
        time_zone: "Europe/London",
    },
    Place {
        name: "Paris",
        state: None,
        country: "France",
        country_code: "FR",
        latitude: 48.8566,
        longitude: 2.3522,
        time_zone: "Europe/Paris",
    },
    Place {
        name: "Nice",
        state: None,
        country: "France",
        country_code: "FR",
        latitude: 43.7102,
        longitude: 7.2620,
        time_zone: "Europe/Paris",
    },
    Place {
        name: "Chamonix",
        state: None,
        country: "France",
        country_code: "FR",
        latitude: 45.9237,
        longitude: 6.8694,
        time_zone: "Europe/Paris",
    },
    Place {
        name: "Barcelona",
        state: None,
        country: "Spain",
        country_code: "ES",
        latitude: 41.3874,
        longitude: 2.1686,
        time_zone: "Europe/Madrid",
    },
    Place {
        name: "Palma",
        state: None,
        country: "Spain",
        country_code: "ES",
        latitude: 39.5696,
        longitude: 2.6502,
        time_zone: "Europe/Madrid",
    },
    Place {
        name: "Seville",
        state: None,
        country: "Spain",
        country_code: "ES",
        latitude: 37.3891,
        longitude: -5.9845,
        time_zone: "Europe/Madrid",
    },
    Place {
        name: "Lisbon",
        state: None,
        country: "Portugal",
        country_code: "PT",
        latitude: 38.7223,
        longitude: -9.1393,
        time_zone: "Europe/Lisbon",
    },
    Place {
        name: "Porto",
        state: None,
        country: "Portugal",
        country_code: "PT",
        latitude: 41.1579,
        longitude: -8.6291,
        time_zone: "Europe/Lisbon",
    },
    Place {
        name: "Rome",
        state: None,
        country: "Italy",
        country_code: "IT",
        latitude: 41.9028,
        longitude: 12.4964,
        time_zone: "Europe/Rome",
    },
    Place {
        name: "Florence",
        state: None,
        country: "Italy",
        country_code: "IT",
        latitude: 43.7696,
        longitude: 11.2558,
        time_zone: "Europe/Rome",
    },
    Place {
        name: "Positano",
        state: None,
        country: "Italy",
        country_code: "IT",
        latitude: 40.6281,
        longitude: 14.4850,
        time_zone: "Europe/Rome",
    },
    Place {
        name: "Como",
        state: None,
        country: "Italy",
        country_code: "IT",
        latitude: 45.8081,
        longitude: 9.0852,
        time_zone: "Europe/Rome",
    },
    Place {
        name: "Athens",
        state: None,
        country: "Greece",
        country_code: "GR",
        latitude: 37.9838,
        longitude: 23.7275,
        time_zone: "Europe/Athens",
    },
    Place {
        name: "Chania",
        state: None,
        country: "Greece",
        country_code: "GR",
        latitude: 35.5138,
        longitude: 24.0180,
        time_zone: "Europe/Athens",
    },
    Place {
        name: "Berlin",
        state: None,
        country: "Germany",
        country_code: "DE",
        latitude: 52.5200,
        longitude: 13.4050,
        time_zone: "Europe/Berlin",
    },
    Place {
        name: "Munich",
        state: None,
        country: "Germany",
        country_code: "DE",
        latitude: 48.1351,
        longitude: 11.5820,
        time_zone: "Europe/Berlin",
    },
    Place {
        name: "Amsterdam",
        state: None,
        country: "Netherlands",
        country_code: "NL",
        latitude: 52.3676,
        longitude: 4.9041,
        time_zone: "Europe/Amsterdam",
    },
    Place {
        name: "Dubrovnik",
        state: None,
        country: "Croatia",
        country_code: "HR",
        latitude: 42.6410,
        longitude: 18.1085,
        time_zone: "Europe/Zagreb",
    },
    Place {
        name: "Bled",
        state: None,
        country: "Slovenia",
        country_code: "SI",
        latitude: 46.3683,
        longitude: 14.1146,
        time_zone: "Europe/Ljubljana",
    },
    Place {
        name: "Reykjavik",
        state: None,
        country: "Iceland",
        country_code: "IS",
        latitude: 64.1466,
        longitude: -21.9426,
        time_zone: "Atlantic/Reykjavik",
    },
    Place {
        name: "Istanbul",
        state: None,
        country: "Türkiye",
        country_code: "TR",
        latitude: 41.0082,
        longitude: 28.9784,
        time_zone: "Europe/Istanbul",
    },
    Place {
        name: "Bodrum",
        state: None,
        country: "Türkiye",
        country_code: "TR",
        latitude: 37.0344,
        longitude: 27.4305,
        time_zone: "Europe/Istanbul",
    },
    Place {
        name: "Marrakesh",
        state: None,
        country: "Morocco",
        country_code: "MA",
        latitude: 31.6295,
        longitude: -7.9811,
        time_zone: "Africa/Casablanca",
    },
    Place {
        name: "Cape Town",
        state: None,
        country: "South Africa",
        country_code: "ZA",
        latitude: -33.9249,
        longitude: 18.4241,
        time_zone: "Africa/Johannesburg",
    },
    Place {
        name: "Stellenbosch",
        state: None,
        country: "South Africa",
        country_code: "ZA",
        latitude: -33.9321,
        longitude: 18.8602,
        time_zone: "Africa/Johannesburg",
    },
    Place {
        name: "Nairobi",
        state: None,
        country: "Kenya",
        country_code: "KE",
        latitude: -1.2921,
        longitude: 36.8219,
        time_zone: "Africa/Nairobi",
    },
    Place {
        name: "Mombasa",
        state: None,
        country: "Kenya",
        country_code: "KE",
        latitude: -4.0435,
        longitude: 39.6682,
        time_zone: "Africa/Nairobi",
    },
    Place {
        name: "Dubai",
        state: None,
        country: "United Arab Emirates",
        country_code: "AE",
        latitude: 25.2048,
        longitude: 55.2708,
        time_zone: "Asia/Dubai",
    },
    Place {
        name: "Tokyo",
        state: None,
        country: "Japan",
        country_code: "JP",
        latitude: 35.6812,
        longitude: 139.7671,
        time_zone: "Asia/Tokyo",
    },
    Place {
        name: "Kyoto",
        state: None,
        country: "Japan",
        country_code: "JP",
        latitude: 35.0116,
        longitude: 135.7681,
        time_zone: "Asia/Tokyo",
    },
    Place {
        name: "Seoul",
        state: None,
        country: "South Korea",
        country_code: "KR",
        latitude: 37.5665,
        longitude: 126.9780,
        time_zone: "Asia/Seoul",
    },
    Place {
        name: "Bangkok",
        state: None,
        country: "Thailand",
        country_code: "TH",
        latitude: 13.7563,
        longitude: 100.5018,
        time_zone: "Asia/Bangkok",
    },
    Place {
        name: "Chiang Mai",
        state: None,
        country: "Thailand",
        country_code: "TH",
        latitude: 18.7883,
        longitude: 98.9853,
        time_zone: "Asia/Bangkok",
    },
    Place {
        name: "Phuket",
        state: None,
        country: "Thailand",
        country_code: "TH",
        latitude: 7.8804,
        longitude: 98.3923,
        time_zone: "Asia/Bangkok",
    },
    Place {
        name: "Ubud",
        state: Some("Bali"),
        country: "Indonesia",
        country_code: "ID",
        latitude: -8.5069,
        longitude: 115.2625,
        time_zone: "Asia/Makassar",
    },
    Place {
        name: "Canggu",
        state: Some("Bali"),
        country: "Indonesia",
        country_code: "ID",
        latitude: -8.6478,
        longitude: 115.1385,
        time_zone: "Asia/Makassar",
    },
    Place {
        name: "Hoi An",
        state: None,
        country: "Vietnam",
        country_code: "VN",
        latitude: 15.8801,
        longitude: 108.3380,
        time_zone: "Asia/Ho_Chi_Minh",
    },
    Place {
        name: "Ho Chi Minh City",
        state: None,
        country: "Vietnam",
        country_code: "VN",
        latitude: 10.7769,
        longitude: 106.7009,
        time_zone: "Asia/Ho_Chi_Minh",
    },
    Place {
        name: "Singapore",
        state: None,
        country: "Singapore",
        country_code: "SG",
        latitude: 1.2897,
        longitude: 103.8501,
        time_zone: "Asia/Singapore",
    },
    Place {
        name: "Sydney",
        state: Some("New South Wales"),
        country: "Australia",
        country_code: "AU",
        latitude: -33.8688,
        longitude: 151.2093,
        time_zone: "Australia/Sydney",
    },
    Place {
        name: "Melbourne",
        state: Some("Victoria"),
        country: "Australia",
        country_code: "AU",
        latitude: -37.8136,
        longitude: 144.9631,
        time_zone: "Australia/Melbourne",
    },
    Place {
        name: "Byron Bay",
        state: Some("New South Wales"),
        country: "Australia",
        country_code: "AU",
        latitude: -28.6474,
        longitude: 153.6020,
        time_zone: "Australia/Sydney",
    },
    Place {
        name: "Queenstown",
        state: None,
        country: "New Zealand",
        country_code: "NZ",
        latitude: -45.0312,
        longitude: 168.6626,
        time_zone: "Pacific/Auckland",
    },
    Place {
        name: "Auckland",
        state: None,
        country: "New Zealand",
        country_code: "NZ",
        latitude: -36.8485,
        longitude: 174.7633,
        time_zone: "Pacific/Auckland",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_resolve_by_label_or_unique_name() {
        let lisbon = find("Lisbon, Portugal").expect("known");
        assert_eq!(lisbon.country_code, "PT");
        assert_eq!(lisbon.time_zone, "Europe/Lisbon");
        assert_eq!(find("  lisbon ").map(|p| p.name), Some("Lisbon"));
        assert_eq!(find("Lisbon, France"), None);
        assert_eq!(find("Atlantis"), None);
    }

    #[test]
    fn every_place_has_an_area_time_zone_and_one_label() {
        let mut seen = std::collections::HashSet::new();
        for place in PLACES {
            assert!(
                place.time_zone.contains('/'),
                "{}: {}",
                place.name,
                place.time_zone
            );
            assert_ne!(place.time_zone, "UTC", "{}", place.name);
            assert!(seen.insert(place.label()), "{} twice", place.label());
        }
    }

    #[test]
    fn places_are_plausible() {
        for p in PLACES {
            let name = p.name;
            assert!(
                (-90.0..=90.0).contains(&p.latitude),
                "{name} latitude out of range"
            );
            assert!(
                (-180.0..=180.0).contains(&p.longitude),
                "{name} longitude out of range"
            );
            assert_eq!(p.country_code.len(), 2, "{name} country code");
            assert!(
                p.country_code.chars().all(|c| c.is_ascii_uppercase()),
                "{name} country code must be upper case"
            );
            assert!(!p.country.is_empty(), "{name} has no country");
            if let Some(state) = p.state {
                assert!(!state.trim().is_empty(), "{name} has an empty state");
            }
        }
    }

    #[test]
    fn places_cover_every_continent() {
        let codes: std::collections::HashSet<&str> =
            PLACES.iter().map(|c| c.country_code).collect();
        for code in ["US", "BR", "GB", "ZA", "JP", "AU"] {
            assert!(codes.contains(code), "no place in {code}");
        }
        assert!(PLACES.iter().any(|c| c.latitude < 0.0 && c.longitude < 0.0));
        assert!(PLACES.iter().any(|c| c.latitude < 0.0 && c.longitude > 0.0));
        assert!(PLACES.iter().any(|c| c.latitude > 0.0 && c.longitude < 0.0));
        assert!(PLACES.iter().any(|c| c.latitude > 0.0 && c.longitude > 0.0));
    }
}
