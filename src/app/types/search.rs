//! Search: the raw parameters as they arrive in a URL (every field a string, so a malformed
//! value is reported by the server's parser with a clear message rather than refused by a
//! deserializer), and the results.

use super::guests::GuestCounts;
use super::listing::{GeoPoint, ListingCard};
use super::map::BBox;
use super::money::Money;
use serde::{Deserialize, Serialize};

/// The query string of `/search` and `GET /api/v1/listings`, unparsed. The OpenAPI
/// description (server build only) gives each parameter the shape the server's parser
/// accepts; anything else is answered with 400 naming the parameter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct SearchParams {
    /// Destination: a city, region or country, or "City, Country" (at most 200 characters).
    #[cfg_attr(feature = "ssr", param(max_length = 200, example = "Lisbon, Portugal"))]
    pub q: Option<String>,
    /// The API's alias for `q`.
    #[cfg_attr(feature = "ssr", param(max_length = 200))]
    pub city: Option<String>,
    /// The first night (the listing's local date); give `check_out` with it.
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub check_in: Option<String>,
    /// The morning the stay ends: after `check_in`, at most 365 nights later.
    #[cfg_attr(feature = "ssr", param(format = Date))]
    pub check_out: Option<String>,
    /// Total guests (the API's short form): counted as adults.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 1, maximum = 50))]
    pub guests: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 1, maximum = 50))]
    pub adults: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 0, maximum = 50))]
    pub children: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 0, maximum = 10))]
    pub infants: Option<String>,
    /// Any pets need the `pets_allowed` amenity.
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 0, maximum = 10))]
    pub pets: Option<String>,
    /// Lowest nightly price in major units (`120` or `99.50`), in `currency`.
    #[cfg_attr(
        feature = "ssr",
        param(pattern = r"^[0-9]{1,7}(\.[0-9]{1,2})?$", example = "80")
    )]
    pub min_price: Option<String>,
    /// Highest nightly price in major units, in `currency`; at least `min_price`.
    #[cfg_attr(
        feature = "ssr",
        param(pattern = r"^[0-9]{1,7}(\.[0-9]{1,2})?$", example = "250")
    )]
    pub max_price: Option<String>,
    /// The currency of `min_price`/`max_price` (default USD).
    #[cfg_attr(feature = "ssr", param(value_type = Option<super::money::Currency>, inline))]
    pub currency: Option<String>,
    /// One or more property type keys, comma-separated.
    #[cfg_attr(feature = "ssr", param(example = "apartment,loft"))]
    pub property_type: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 0, maximum = 50))]
    pub min_bedrooms: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<i32>, minimum = 0, maximum = 50))]
    pub min_beds: Option<String>,
    /// Half bathrooms count as 0.5.
    #[cfg_attr(feature = "ssr", param(value_type = Option<f64>, minimum = 0, maximum = 50))]
    pub min_bathrooms: Option<String>,
    /// Amenity keys, comma-separated: every one must be present.
    #[cfg_attr(feature = "ssr", param(example = "wifi,pool"))]
    pub amenities: Option<String>,
    /// Only listings that can be booked without the host's approval.
    #[cfg_attr(feature = "ssr", param(value_type = Option<bool>))]
    pub instant_book: Option<String>,
    /// Only listings whose average rating is at least this (1 to 5, one decimal); a
    /// listing with no reviews yet has no rating and does not match.
    #[cfg_attr(
        feature = "ssr",
        param(pattern = r"^[1-5](\.[0-9])?$", example = "4.5")
    )]
    pub min_rating: Option<String>,
    /// A map area, `west,south,east,north` in degrees (west > east crosses the
    /// antimeridian); not together with `lat`/`lng`/`radius_km`.
    #[cfg_attr(feature = "ssr", param(example = "-9.3,38.6,-9.0,38.8"))]
    pub bbox: Option<String>,
    /// With `lng` and `radius_km`: search around a point.
    #[cfg_attr(feature = "ssr", param(value_type = Option<f64>, minimum = -90, maximum = 90))]
    pub lat: Option<String>,
    #[cfg_attr(
        feature = "ssr",
        param(value_type = Option<f64>, minimum = -180, maximum = 180)
    )]
    pub lng: Option<String>,
    #[cfg_attr(
        feature = "ssr",
        param(value_type = Option<f64>, exclusive_minimum = 0, maximum = 500)
    )]
    pub radius_km: Option<String>,
    /// `distance` needs a map area or a point.
    #[cfg_attr(feature = "ssr", param(value_type = Option<Sort>, inline))]
    pub sort: Option<String>,
    /// At most 10,000 results deep (`page` × `per_page`).
    #[cfg_attr(
        feature = "ssr",
        param(value_type = Option<u32>, minimum = 1, maximum = 10000)
    )]
    pub page: Option<String>,
    #[cfg_attr(feature = "ssr", param(value_type = Option<u32>, minimum = 1, maximum = 100))]
    pub per_page: Option<String>,
}

/// The orders a search can be sorted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    #[default]
    Recommended,
    PriceAsc,
    PriceDesc,
    Newest,
    Distance,
    /// The Bayesian average of the overall ratings: one 5.0 does not outrank two hundred
    /// 4.9s.
    Rating,
}

impl Sort {
    pub const ALL: [Self; 6] = [
        Self::Recommended,
        Self::Rating,
        Self::PriceAsc,
        Self::PriceDesc,
        Self::Newest,
        Self::Distance,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Recommended => "recommended",
            Self::PriceAsc => "price_asc",
            Self::PriceDesc => "price_desc",
            Self::Newest => "newest",
            Self::Distance => "distance",
            Self::Rating => "rating",
        }
    }

    /// What the sort is called, in the reader's language.
    pub fn label(self) -> String {
        crate::app::i18n::message(match self {
            Self::Recommended => "catalog-sort-recommended",
            Self::PriceAsc => "catalog-sort-price-asc",
            Self::PriceDesc => "catalog-sort-price-desc",
            Self::Newest => "catalog-sort-newest",
            Self::Distance => "catalog-sort-distance",
            Self::Rating => "catalog-sort-rating",
        })
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl SearchParams {
    /// The destination, whichever name it came under.
    pub fn destination(&self) -> Option<&str> {
        self.q
            .as_deref()
            .or(self.city.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The URL query string (without `?`) carrying every set parameter, with `page`
    /// replaced: for pagination links and "search this area".
    pub fn to_query(&self, page: Option<u32>) -> String {
        let page = page.map(|p| p.to_string());
        let pairs: [(&str, Option<&str>); 26] = [
            ("q", self.q.as_deref()),
            ("city", self.city.as_deref()),
            ("check_in", self.check_in.as_deref()),
            ("check_out", self.check_out.as_deref()),
            ("guests", self.guests.as_deref()),
            ("adults", self.adults.as_deref()),
            ("children", self.children.as_deref()),
            ("infants", self.infants.as_deref()),
            ("pets", self.pets.as_deref()),
            ("min_price", self.min_price.as_deref()),
            ("max_price", self.max_price.as_deref()),
            ("currency", self.currency.as_deref()),
            ("property_type", self.property_type.as_deref()),
            ("min_bedrooms", self.min_bedrooms.as_deref()),
            ("min_beds", self.min_beds.as_deref()),
            ("min_bathrooms", self.min_bathrooms.as_deref()),
            ("amenities", self.amenities.as_deref()),
            ("instant_book", self.instant_book.as_deref()),
            ("min_rating", self.min_rating.as_deref()),
            ("bbox", self.bbox.as_deref()),
            ("lat", self.lat.as_deref()),
            ("lng", self.lng.as_deref()),
            ("radius_km", self.radius_km.as_deref()),
            ("sort", self.sort.as_deref()),
            ("per_page", self.per_page.as_deref()),
            ("page", page.as_deref().or(self.page.as_deref())),
        ];
        pairs
            .into_iter()
            .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads the parameters from a URL's query (`get` returns a parameter's value). An
    /// empty value (a form field left blank) counts as absent.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Self {
        let get = |key: &str| get(key).filter(|v| !v.trim().is_empty());
        Self {
            q: get("q"),
            city: get("city"),
            check_in: get("check_in"),
            check_out: get("check_out"),
            guests: get("guests"),
            adults: get("adults"),
            children: get("children"),
            infants: get("infants"),
            pets: get("pets"),
            min_price: get("min_price"),
            max_price: get("max_price"),
            currency: get("currency"),
            property_type: get("property_type"),
            min_bedrooms: get("min_bedrooms"),
            min_beds: get("min_beds"),
            min_bathrooms: get("min_bathrooms"),
            // A form sends one `amenities` per ticked box; the API takes them comma-separated.
            amenities: get("amenities"),
            instant_book: get("instant_book"),
            min_rating: get("min_rating"),
            bbox: get("bbox"),
            lat: get("lat"),
            lng: get("lng"),
            radius_km: get("radius_km"),
            sort: get("sort"),
            page: get("page"),
            per_page: get("per_page"),
        }
    }

    /// The party's fields, for [`Guests::parse`](super::guests::Guests::parse).
    pub fn guest_counts(&self) -> GuestCounts<&str> {
        GuestCounts {
            adults: self.adults.as_deref(),
            guests: self.guests.as_deref(),
            children: self.children.as_deref(),
            infants: self.infants.as_deref(),
            pets: self.pets.as_deref(),
        }
    }

    /// The amenity keys asked for.
    pub fn amenity_list(&self) -> Vec<String> {
        split_list(self.amenities.as_deref())
    }

    /// The property type keys asked for.
    pub fn property_type_list(&self) -> Vec<String> {
        split_list(self.property_type.as_deref())
    }
}

fn split_list(raw: Option<&str>) -> Vec<String> {
    raw.unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Parameters that "search this area" replaces: the area itself, the page (a new area
/// starts at page 1), and a point search (the server takes an area or a point, not both).
const REPLACED_BY_AREA: [&str; 5] = ["bbox", "page", "lat", "lng", "radius_km"];

/// The query string (without `?`) of a search of `area` with everything else of the
/// current URL kept: `pairs` are its parameters in order, repeated keys included.
pub fn area_search_query(pairs: impl IntoIterator<Item = (String, String)>, area: &BBox) -> String {
    pairs
        .into_iter()
        .filter(|(k, _)| !REPLACED_BY_AREA.contains(&k.as_str()))
        .chain([("bbox".to_string(), area.to_param())])
        .map(|(k, v)| format!("{}={}", encode(&k), encode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Percent-encoding for a query string value.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char);
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// One result: the card, where it is, and what the chosen stay would cost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchHit {
    #[serde(flatten)]
    pub card: ListingCard,
    pub coordinates: GeoPoint,
    pub instant_book: bool,
    /// Present when dates were chosen.
    pub stay: Option<StayPrice>,
    /// Kilometres from the search's point, when it has one.
    pub distance_km: Option<f64>,
}

/// The price of the chosen stay: every night, cleaning, service fee and taxes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StayPrice {
    pub nights: i32,
    pub total: Money,
}

/// A page of results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchResults {
    pub items: Vec<SearchHit>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
    /// When nothing matched: the filter whose removal would find something.
    pub relax: Option<String>,
    /// When nothing matched a destination that is not a place's name: the place it most
    /// likely meant ("Lisbon, Portugal" for "Lisobn").
    #[serde(default)]
    pub did_you_mean: Option<String>,
}

impl SearchResults {
    pub fn pages(&self) -> u32 {
        let per_page = i64::from(self.per_page.max(1));
        u32::try_from((self.total + per_page - 1) / per_page).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_string_round_trips_set_fields_and_replaces_the_page() {
        let p = SearchParams {
            q: Some("Lisbon, Portugal".into()),
            amenities: Some("wifi,pool".into()),
            page: Some("3".into()),
            ..Default::default()
        };
        assert_eq!(
            p.to_query(None),
            "q=Lisbon%2C+Portugal&amenities=wifi%2Cpool&page=3"
        );
        assert_eq!(
            p.to_query(Some(1)),
            "q=Lisbon%2C+Portugal&amenities=wifi%2Cpool&page=1"
        );
        assert_eq!(p.amenity_list(), ["wifi", "pool"]);
    }

    #[test]
    fn searching_an_area_keeps_the_other_parameters_and_restarts_at_page_one() {
        let pairs = [
            ("q", "Lisbon, Portugal"),
            ("amenities", "wifi"),
            ("amenities", "pool"),
            ("bbox", "1,2,3,4"),
            ("page", "3"),
            ("lat", "38.7"),
            ("lng", "-9.1"),
            ("radius_km", "5"),
            ("sort", "price_asc"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()));
        let area = BBox::from_view(-9.2, 38.7, -9.1, 38.8);
        assert_eq!(
            area_search_query(pairs, &area),
            "q=Lisbon%2C+Portugal&amenities=wifi&amenities=pool&sort=price_asc&bbox=-9.2%2C38.7%2C-9.1%2C38.8"
        );
        assert_eq!(
            area_search_query([], &area),
            "bbox=-9.2%2C38.7%2C-9.1%2C38.8"
        );
    }

    #[test]
    fn sort_keys_round_trip() {
        for s in Sort::ALL {
            assert_eq!(Sort::from_key(s.key()), Some(s));
        }
        assert_eq!(Sort::from_key("cheapest"), None);
    }

    #[test]
    fn pages_round_up() {
        let r = SearchResults {
            items: Vec::new(),
            total: 49,
            page: 1,
            per_page: 24,
            relax: None,
            did_you_mean: None,
        };
        assert_eq!(r.pages(), 3);
    }
}
