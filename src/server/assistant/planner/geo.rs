//! Distances and travel times.

use super::types::Travel;

/// Mean Earth radius in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// Tolerance used when comparing summed distances with a limit, so that
/// floating-point noise never flips a decision.
pub(super) const KM_EPSILON: f64 = 1e-9;

/// Great-circle ("as the crow flies") distance in kilometres between two
/// points given in degrees.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * a.sqrt().min(1.0).asin()
}

/// Length of a day's loop: from the stay through `points` in order and back
/// to the stay. Zero when there are no points.
pub fn route_km(stay: (f64, f64), points: &[(f64, f64)]) -> f64 {
    let mut km = 0.0;
    let mut at = stay;
    for &p in points {
        km += haversine_km(at.0, at.1, p.0, p.1);
        at = p;
    }
    if !points.is_empty() {
        km += haversine_km(at.0, at.1, stay.0, stay.1);
    }
    km
}

/// Minutes needed to cover `km` with the given mode, rounded up to a whole
/// minute.
pub fn travel_minutes(km: f64, travel: Travel) -> u32 {
    let minutes = (km / travel.speed_kmh() * 60.0).ceil();
    if minutes.is_finite() && minutes > 0.0 {
        minutes.min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// True for finite latitude/longitude inside the usual ranges.
pub fn valid_coords(lat: f64, lon: f64) -> bool {
    lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
}
