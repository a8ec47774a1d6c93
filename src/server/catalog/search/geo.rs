//! Where a search looks: a map area or a circle around a point, parsed from the URL, and
//! the SQL that keeps listings inside it (a bounding box the index can use, then the
//! exact distance).

use crate::app::types::map::EARTH_RADIUS_KM;
use crate::app::types::search::SearchParams;
use crate::tr;
use sqlx::{Postgres, QueryBuilder};

const MAX_RADIUS_KM: f64 = 500.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Area {
    /// Degrees; `west > east` crosses the antimeridian.
    Box {
        west: f64,
        south: f64,
        east: f64,
        north: f64,
    },
    Radius {
        lat: f64,
        lng: f64,
        km: f64,
    },
}

impl Area {
    /// The point distances are measured from.
    pub fn center(&self) -> (f64, f64) {
        match *self {
            Self::Radius { lat, lng, .. } => (lat, lng),
            Self::Box {
                west,
                south,
                east,
                north,
            } => {
                let width = if west <= east {
                    east - west
                } else {
                    east + 360.0 - west
                };
                let mut lng = west + width / 2.0;
                if lng > 180.0 {
                    lng -= 360.0;
                }
                ((south + north) / 2.0, lng)
            }
        }
    }
}

pub(super) fn parse_area(p: &SearchParams, bad: &mut impl FnMut(&str, &str)) -> Option<Area> {
    fn given(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
    let number = |s: &str| s.trim().parse::<f64>().ok().filter(|n| n.is_finite());
    let bbox = given(&p.bbox);
    let point = (given(&p.lat), given(&p.lng), given(&p.radius_km));
    if bbox.is_some() && point != (None, None, None) {
        bad("bbox", &tr!("catalog-search-error-area-and-point"));
        return None;
    }
    if let Some(raw) = bbox {
        let parts: Vec<Option<f64>> = raw.split(',').map(number).collect();
        let [Some(west), Some(south), Some(east), Some(north)] = parts[..] else {
            bad("bbox", &tr!("catalog-search-error-area-format"));
            return None;
        };
        let lng_ok = |x: f64| (-180.0..=180.0).contains(&x);
        let lat_ok = |y: f64| (-90.0..=90.0).contains(&y);
        if !(lng_ok(west) && lng_ok(east) && lat_ok(south) && lat_ok(north)) {
            bad("bbox", &tr!("catalog-search-error-area-outside"));
            return None;
        }
        if south >= north || west == east {
            bad("bbox", &tr!("catalog-search-error-area-empty"));
            return None;
        }
        return Some(Area::Box {
            west,
            south,
            east,
            north,
        });
    }
    match point {
        (None, None, None) => None,
        (Some(lat), Some(lng), Some(km)) => match (number(lat), number(lng), number(km)) {
            (Some(lat), Some(lng), Some(km))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng) =>
            {
                if km > 0.0 && km <= MAX_RADIUS_KM {
                    Some(Area::Radius { lat, lng, km })
                } else {
                    bad(
                        "radius_km",
                        &tr!("catalog-search-error-radius", max = MAX_RADIUS_KM),
                    );
                    None
                }
            }
            _ => {
                bad("lat", &tr!("catalog-search-error-point-format"));
                None
            }
        },
        _ => {
            bad("lat", &tr!("catalog-search-error-point-partial"));
            None
        }
    }
}

/// `map::distance_km` in SQL, from a listing `l` to the point `{lat}`, `{lng}`.
const DISTANCE_SQL: &str = "{radius} * 2 * asin(sqrt(power(sin(radians(l.latitude - {lat}) / 2), 2) \
     + cos(radians({lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - {lng}) / 2), 2)))";

/// The smallest lat/lng box around a circle on the sphere, with a 1 % margin; `None` when
/// it would reach a pole or cross the antimeridian.
pub fn bounding_box(lat: f64, lng: f64, km: f64) -> Option<(f64, f64, f64, f64)> {
    let angular = km / EARTH_RADIUS_KM * 1.01;
    let dlat = angular.to_degrees();
    let (sin_r, cos_lat) = (angular.sin(), lat.to_radians().cos());
    if lat.abs() + dlat >= 89.0 || sin_r >= cos_lat {
        return None;
    }
    let dlng = (sin_r / cos_lat).asin().to_degrees();
    (lng - dlng > -180.0 && lng + dlng < 180.0).then_some((
        lng - dlng,
        lat - dlat,
        lng + dlng,
        lat + dlat,
    ))
}

pub(super) fn push_box(
    b: &mut QueryBuilder<'_, Postgres>,
    west: f64,
    south: f64,
    east: f64,
    north: f64,
) {
    b.push(" AND ");
    push_box_expr(b, west, south, east, north);
}

pub(super) fn push_box_expr(
    b: &mut QueryBuilder<'_, Postgres>,
    west: f64,
    south: f64,
    east: f64,
    north: f64,
) {
    b.push("point(l.longitude, l.latitude) <@ box(point(")
        .push_bind(west)
        .push(", ")
        .push_bind(south)
        .push("), point(")
        .push_bind(east)
        .push(", ")
        .push_bind(north)
        .push("))");
}

pub(super) fn push_distance(b: &mut QueryBuilder<'_, Postgres>, lat: f64, lng: f64) {
    // The formula of `distance_km`, with the point as literals (finite floats, checked).
    let sql = DISTANCE_SQL
        .replace("{radius}", &format!("{EARTH_RADIUS_KM:?}"))
        .replace("{lat}", &format!("{lat:?}::float8"))
        .replace("{lng}", &format!("{lng:?}::float8"));
    b.push(sql);
}

#[cfg(test)]
mod tests {
    use crate::app::types::map::distance_km;
    use crate::server::catalog::search::query::tests::{fields, parse};

    #[test]
    fn absurd_areas_are_refused() {
        assert_eq!(fields(parse(&[("bbox", "1,2,3")])), ["bbox"]);
        assert_eq!(
            fields(parse(&[("bbox", "-9,50,-8,40")])),
            ["bbox"],
            "south above north"
        );
        assert_eq!(fields(parse(&[("bbox", "-9,40,-8,95")])), ["bbox"]);
        assert_eq!(fields(parse(&[("bbox", "NaN,40,-8,41")])), ["bbox"]);
        assert_eq!(fields(parse(&[("lat", "38.7"), ("lng", "-9.1")])), ["lat"]);
        assert_eq!(
            fields(parse(&[
                ("lat", "38.7"),
                ("lng", "-9.1"),
                ("radius_km", "5000")
            ])),
            ["radius_km"]
        );
        let q = parse(&[("bbox", "170,-20,-170,-10"), ("sort", "distance")]).expect("antimeridian");
        let (lat, lng) = q.area.map(|a| a.center()).unwrap_or_default();
        assert_eq!((lat, lng), (-15.0, 180.0));
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // Lisbon to Porto: about 274 km.
        let d = distance_km((38.7223, -9.1393), (41.1579, -8.6291));
        assert!((d - 274.0).abs() < 3.0, "{d}");
    }
}
