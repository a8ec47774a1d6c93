//! Map shapes shared by the server and the browser: a map area as a search URL carries it
//! (`bbox`), and the tile source the server hands to the browser.

/// The Earth's mean radius (IUGG), for every distance Haven computes, in Rust and in SQL.
pub const EARTH_RADIUS_KM: f64 = 6_371.008_8;

/// Great-circle distance in km (haversine) between two (latitude, longitude) points: the
/// one formula, also written into search's SQL (`catalog::search`).
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = (b.0 - a.0).to_radians();
    let dlng = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dlng / 2.0).sin().powi(2);
    EARTH_RADIUS_KM * 2.0 * h.sqrt().asin()
}

/// A map area in degrees, as `bbox=west,south,east,north` in a search URL. `west > east`
/// is an area across the antimeridian.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

/// Decimal places kept in a `bbox` parameter: 5 is about a metre.
const PLACES: i32 = 5;

impl BBox {
    /// Reads `west,south,east,north`; `None` unless four finite numbers with south below
    /// north (the server's parser explains what is wrong; a map just ignores it).
    pub fn parse(raw: &str) -> Option<Self> {
        let mut parts = raw.split(',').map(|s| s.trim().parse::<f64>().ok());
        let mut next = || parts.next().flatten().filter(|n| n.is_finite());
        let area = Self {
            west: next()?,
            south: next()?,
            east: next()?,
            north: next()?,
        };
        (parts.next().is_none() && area.south < area.north).then_some(area)
    }

    /// The visible area of a map as a search area: rounded outward to [`PLACES`] decimals
    /// (so nothing on screen falls outside it), latitudes clamped to the poles, and
    /// longitudes brought into -180..180 (a map scrolled past the antimeridian gives
    /// `west > east`; one showing the whole width gives -180..180).
    pub fn from_view(west: f64, south: f64, east: f64, north: f64) -> Self {
        let scale = 10f64.powi(PLACES);
        let down = |x: f64| (x * scale).floor() / scale;
        let up = |x: f64| (x * scale).ceil() / scale;
        let (west, east) = if east - west >= 360.0 {
            (-180.0, 180.0)
        } else {
            let west = wrap(down(west));
            let east = wrap(up(east));
            // 180 and -180 are one meridian: an eastern edge on it is 180.
            (west, if east == -180.0 { 180.0 } else { east })
        };
        Self {
            west,
            south: down(south).max(-90.0),
            east,
            north: up(north).min(90.0),
        }
    }

    /// `west,south,east,north` for a URL.
    pub fn to_param(&self) -> String {
        // `+ 0.0` turns -0 into 0; Display prints the shortest form that reads back the same.
        let n = |x: f64| format!("{}", x + 0.0);
        format!(
            "{},{},{},{}",
            n(self.west),
            n(self.south),
            n(self.east),
            n(self.north)
        )
    }
}

/// A longitude brought into -180 (inclusive) to 180 (exclusive).
fn wrap(lng: f64) -> f64 {
    if (-180.0..180.0).contains(&lng) {
        lng
    } else {
        (lng + 180.0).rem_euclid(360.0) - 180.0
    }
}

/// Where map tiles come from: a Leaflet URL template (`{z}/{x}/{y}`, optionally `{s}`) and
/// the attribution its provider asks for (HTML). No URL: maps show a plain background.
/// Configured on the server (`HAVEN_MAP_TILE_URL`, `HAVEN_MAP_TILE_ATTRIBUTION`), provided
/// as context to page renders, and written by the shell into `<meta>` tags that the
/// browser-side map code reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapTiles {
    pub url: Option<String>,
    pub attribution: String,
}

impl MapTiles {
    /// The `<meta name>` carrying the tile URL template.
    pub const URL_META: &'static str = "haven:map-tiles";
    /// The `<meta name>` carrying the attribution.
    pub const ATTRIBUTION_META: &'static str = "haven:map-attribution";
    /// OpenStreetMap's standard tiles (mind their usage policy on a busy site).
    pub const OSM_URL: &'static str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    pub const OSM_ATTRIBUTION: &'static str = r#"&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors"#;

    /// No tiles: every map is pins or areas on a plain background.
    pub fn none() -> Self {
        Self {
            url: None,
            attribution: String::new(),
        }
    }
}

impl Default for MapTiles {
    fn default() -> Self {
        Self {
            url: Some(Self::OSM_URL.to_string()),
            attribution: Self::OSM_ATTRIBUTION.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_four_numbers_with_south_below_north() {
        let b = BBox::parse("-9.5, 38.6,-9,38.8").expect("valid");
        assert_eq!((b.west, b.south, b.east, b.north), (-9.5, 38.6, -9.0, 38.8));
        assert_eq!(BBox::parse("170,-20,-170,-10").map(|b| b.west), Some(170.0));
        for bad in ["", "1,2,3", "1,2,3,4,5", "1,5,3,4", "a,1,2,3", "NaN,1,2,3"] {
            assert_eq!(BBox::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_view_rounds_outward_to_five_places() {
        let b = BBox::from_view(-9.123_456_7, 38.700_001, -9.100_000_1, 38.799_999_9);
        assert_eq!(b.to_param(), "-9.12346,38.7,-9.1,38.8");
        // Round-trips through the URL unchanged.
        assert_eq!(BBox::parse(&b.to_param()), Some(b));
        assert_eq!(
            BBox::from_view(-0.000_000_1, 0.0, 0.0, 1.0).to_param(),
            "-0.00001,0,0,1"
        );
    }

    #[test]
    fn a_view_past_the_antimeridian_or_the_poles_is_brought_back_into_the_world() {
        let b = BBox::from_view(170.0, -95.0, 190.0, 95.0);
        assert_eq!(b.to_param(), "170,-90,-170,90");
        assert_eq!(
            BBox::from_view(-200.0, 0.0, -170.0, 1.0).to_param(),
            "160,0,-170,1"
        );
        assert_eq!(
            BBox::from_view(100.0, 0.0, 180.0, 1.0).to_param(),
            "100,0,180,1"
        );
        assert_eq!(
            BBox::from_view(-400.0, -10.0, 400.0, 10.0).to_param(),
            "-180,-10,180,10"
        );
    }

    #[test]
    fn osm_is_the_default_tile_source() {
        let tiles = MapTiles::default();
        assert_eq!(tiles.url.as_deref(), Some(MapTiles::OSM_URL));
        assert!(tiles.attribution.contains("OpenStreetMap"));
        assert_eq!(MapTiles::none().url, None);
    }
}
