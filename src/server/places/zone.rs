//! A point's IANA time zone, from the time-zone boundaries that tzf-rs bundles (built from
//! timezone-boundary-builder's OpenStreetMap data; nothing is downloaded at run time).
//! The finder is built once, on first use (about 40 ms and 20 MB).

use std::sync::OnceLock;
use tzf_rs::DefaultFinder;

fn finder() -> &'static DefaultFinder {
    static FINDER: OnceLock<DefaultFinder> = OnceLock::new();
    FINDER.get_or_init(DefaultFinder::new)
}

/// The zone at (`latitude`, `longitude`), or `None` where the boundaries name only a
/// nautical zone ("Etc/GMT+1" at sea) or nothing.
pub fn at(latitude: f64, longitude: f64) -> Option<&'static str> {
    if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
        return None;
    }
    let name = finder().get_tz_name(longitude, latitude);
    (!name.is_empty() && !name.starts_with("Etc/")).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::at;

    #[test]
    fn each_side_of_a_border_has_its_own_zone() {
        // Badajoz (Spain) and Elvas (Portugal), 15 km apart across the Guadiana.
        assert_eq!(at(38.8794, -6.9707), Some("Europe/Madrid"));
        assert_eq!(at(38.8810, -7.1628), Some("Europe/Lisbon"));
        // Indiana's Central-time corner against Chicago's suburbs and Indianapolis.
        assert_eq!(at(41.5934, -87.3465), Some("America/Chicago"));
        assert_eq!(at(39.7684, -86.1581), Some("America/Indiana/Indianapolis"));
    }

    #[test]
    fn the_open_sea_and_bad_points_have_no_place_zone() {
        assert_eq!(at(30.0, -40.0), None);
        assert_eq!(at(91.0, 0.0), None);
    }
}
