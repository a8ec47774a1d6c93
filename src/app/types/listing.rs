//! The listing shapes that cross the wire. Field names follow the design's data model
//! (`title`, `price_per_night`, `location.city`, `location.coordinates`, `capacity.max_guests`).

use super::money::Money;
use serde::{Deserialize, Serialize};

/// A listing as a card in a grid: just enough to choose what to open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ListingCard {
    pub id: i64,
    pub title: String,
    pub property_type: String,
    pub location: CardLocation,
    pub price_per_night: Money,
    pub capacity: Capacity,
    pub cover_photo: Option<Photo>,
    /// The average of the published guests' overall ratings; absent with no reviews yet.
    pub rating: Option<f64>,
    pub review_count: i32,
    /// The host holds the badge (see `reviews::badge`).
    pub host_badge: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CardLocation {
    pub city: String,
    pub country: String,
}

/// Everything the listing page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ListingDetail {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub property_type: String,
    pub location: Location,
    pub price_per_night: Money,
    pub cleaning_fee: Money,
    pub capacity: Capacity,
    pub amenities: Vec<String>,
    /// In display order; the first is the cover.
    pub photos: Vec<Photo>,
    pub host: HostSummary,
    pub house_rules: HouseRules,
    pub booking: BookingTerms,
    pub is_active: bool,
    /// The average of the published guests' overall ratings; absent with no reviews yet.
    /// The categories and the reviews: `GET /api/v1/listings/{id}/reviews`.
    pub rating: Option<f64>,
    pub review_count: i32,
    #[cfg_attr(feature = "ssr", schema(format = DateTime))]
    /// RFC 3339.
    pub created_at: String,
    #[cfg_attr(feature = "ssr", schema(format = DateTime))]
    pub updated_at: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Location {
    pub address: String,
    pub city: String,
    pub state: Option<String>,
    pub country: String,
    pub coordinates: GeoPoint,
}

/// A GeoJSON point: `{"type": "Point", "coordinates": [longitude, latitude]}`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct GeoPoint {
    #[serde(rename = "type")]
    pub kind: GeoJsonType,
    #[cfg_attr(feature = "ssr", schema(min_items = 2, max_items = 2))]
    pub coordinates: [f64; 2],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum GeoJsonType {
    Point,
}

impl GeoPoint {
    pub fn new(latitude: f64, longitude: f64) -> Self {
        Self {
            kind: GeoJsonType::Point,
            coordinates: [longitude, latitude],
        }
    }

    pub fn latitude(&self) -> f64 {
        self.coordinates[1]
    }

    pub fn longitude(&self) -> f64 {
        self.coordinates[0]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Capacity {
    pub max_guests: i32,
    pub bedrooms: i32,
    pub beds: i32,
    /// Half bathrooms count as 0.5.
    pub bathrooms: f64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Photo {
    pub url: String,
    pub alt: String,
    pub width: i32,
    pub height: i32,
}

/// What guests agree to when they stay.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HouseRules {
    /// Local times, "15:00", in `time_zone`.
    pub check_in_after: String,
    pub check_out_before: String,
    /// The home's IANA time zone ("Europe/Lisbon"): the one its times are in.
    pub time_zone: String,
    pub max_infants: i32,
    pub pets_allowed: bool,
    pub smoking_allowed: bool,
    pub events_allowed: bool,
    /// The host's own words.
    pub notes: String,
}

/// How a stay can be booked and cancelled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingTerms {
    pub instant_book: bool,
    pub min_nights: i32,
    pub max_nights: i32,
    /// `flexible`, `moderate` or `strict`.
    pub cancellation_policy: String,
}

/// The host as a guest sees them on a listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostSummary {
    #[cfg_attr(feature = "ssr", schema(format = "uuid"))]
    pub id: String,
    pub display_name: String,
    pub about: Option<String>,
    pub avatar_url: Option<String>,
    /// The year the host joined, e.g. 2021.
    pub joined_year: i32,
    pub listing_count: i64,
    /// The host holds the badge.
    pub badge: bool,
}

impl Capacity {
    /// "4 guests · 2 bedrooms · 3 beds · 1.5 baths", in the reader's language.
    pub fn summary(&self) -> String {
        crate::tr!(
            "catalog-capacity",
            guests = self.max_guests,
            bedrooms = self.bedrooms,
            beds = self.beds,
            baths = self.bathrooms,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_summary_reads_naturally() {
        let c = Capacity {
            max_guests: 1,
            bedrooms: 0,
            beds: 1,
            bathrooms: 1.0,
        };
        assert_eq!(c.summary(), "1 guest · Studio · 1 bed · 1 bath");
        let c = Capacity {
            max_guests: 6,
            bedrooms: 3,
            beds: 4,
            bathrooms: 2.5,
        };
        assert_eq!(c.summary(), "6 guests · 3 bedrooms · 4 beds · 2.5 baths");
    }

    #[test]
    fn capacity_summary_follows_the_reader_language() {
        use crate::app::i18n::Locale;
        use leptos::prelude::*;
        let c = Capacity {
            max_guests: 2,
            bedrooms: 1,
            beds: 3,
            bathrooms: 1.5,
        };
        let summary = |locale: Locale| {
            Owner::new().with(|| {
                provide_context(locale);
                c.summary()
            })
        };
        assert_eq!(
            summary(Locale::Fr),
            "2 voyageurs · 1 chambre · 3 lits · 1,5 salle de bain"
        );
        assert_eq!(
            summary(Locale::Ar),
            "ضيفان · غرفة نوم واحدة · 3 أسرّة · 1.5 حمّام"
        );
    }

    #[test]
    fn geo_point_is_longitude_first() {
        let p = GeoPoint::new(34.0195, -118.4912);
        assert_eq!(p.coordinates, [-118.4912, 34.0195]);
        assert_eq!(p.latitude(), 34.0195);
        assert_eq!(p.longitude(), -118.4912);
    }
}
