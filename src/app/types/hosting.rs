//! The host side of listings as the browser sees it: the editor's steps, the raw form a
//! step posts ([`ListingForm`]), what "Your listings" and the photo manager show, and the
//! API's input types ([`ListingInput`]). Judging a form is the server's business
//! (`server::hosting`: one parser for the editor's form and the API's JSON), so none of
//! it is compiled into the browser's bundle.

use super::catalog::AMENITIES;
use super::listing::{GeoPoint, Photo};
use super::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The raw fields of the listing editor, as typed: what a step shows again after a failed
/// submission. Absent checkbox = unticked.
pub type ListingForm = BTreeMap<String, String>;

/// The editor's steps, in order. Photos come after: a photo belongs to a listing that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    Basics,
    Location,
    Capacity,
    Amenities,
    Rules,
    Pricing,
    Booking,
}

/// Pets are a house rule in the editor, stored as the `pets_allowed` amenity.
pub const PETS: &str = "pets_allowed";
/// The form field of an amenity's checkbox.
pub const AMENITY_PREFIX: &str = "amenity_";

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Basics,
        Step::Location,
        Step::Capacity,
        Step::Amenities,
        Step::Rules,
        Step::Pricing,
        Step::Booking,
    ];

    /// The step's name in URLs (`?step=pricing`).
    pub fn key(self) -> &'static str {
        match self {
            Step::Basics => "basics",
            Step::Location => "location",
            Step::Capacity => "capacity",
            Step::Amenities => "amenities",
            Step::Rules => "rules",
            Step::Pricing => "pricing",
            Step::Booking => "booking",
        }
    }

    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The step's name, in the current language.
    pub fn title(self) -> String {
        crate::app::i18n::message(match self {
            Step::Basics => "label-step-basics",
            Step::Location => "label-step-location",
            Step::Capacity => "label-step-capacity",
            Step::Amenities => "label-step-amenities",
            Step::Rules => "label-step-rules",
            Step::Pricing => "label-step-pricing",
            Step::Booking => "label-step-booking",
        })
    }

    pub fn next(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(i + 1).copied()
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// The amenities the editor's amenities step offers (pets are a house rule).
pub fn editable_amenities() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    AMENITIES.iter().filter(|(k, _)| *k != PETS)
}

/// The cancellation policies a host chooses from, with their English descriptions (the
/// values are what forms and the API send; pages show
/// [`cancellation_policy_options`]).
pub const CANCELLATION_POLICIES: &[(&str, &str)] = &[
    (
        "flexible",
        "Flexible: full refund up to the day before check-in",
    ),
    (
        "moderate",
        "Moderate: full refund up to 5 days before check-in",
    ),
    (
        "strict",
        "Strict: full refund up to 14 days before check-in, half up to 7",
    ),
];

/// The cancellation policies as the editor offers them: each value with its description
/// in the current language.
pub fn cancellation_policy_options() -> Vec<(String, String)> {
    CANCELLATION_POLICIES
        .iter()
        .map(|(value, _)| (value.to_string(), cancellation_policy_label(value)))
        .collect()
}

/// How the editor describes cancellation policy `value`, in the current language; the
/// value itself when it is not one.
pub fn cancellation_policy_label(value: &str) -> String {
    match value {
        "flexible" => crate::tr!("label-policy-flexible"),
        "moderate" => crate::tr!("label-policy-moderate"),
        "strict" => crate::tr!("label-policy-strict"),
        other => other.to_string(),
    }
}

/// A listing as an API client creates (`POST`, every required field) or changes it (`PUT`,
/// only the fields given). The names follow the listing's read model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ListingInput {
    pub title: Option<String>,
    pub description: Option<String>,
    pub property_type: Option<String>,
    pub location: Option<LocationInput>,
    pub capacity: Option<CapacityInput>,
    pub amenities: Option<Vec<String>>,
    pub house_rules: Option<HouseRulesInput>,
    pub price_per_night: Option<Money>,
    pub weekend_price: Option<Money>,
    pub cleaning_fee: Option<Money>,
    pub weekly_discount_pct: Option<i32>,
    pub monthly_discount_pct: Option<i32>,
    pub booking: Option<BookingInput>,
    /// Listed in search (`true`) or paused. A listing needs a photo to be listed.
    pub is_active: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LocationInput {
    pub address: Option<String>,
    /// A town of the gazetteer, by name ("Elvas"), with its country ("Portugal") or its
    /// region too ("Springfield, Illinois" + "United States"); `place_id` is surer.
    pub city: Option<String>,
    pub country: Option<String>,
    /// A town by its id from `GET /api/v1/places?kind=place`; wins over `city`.
    pub place_id: Option<i64>,
    pub coordinates: Option<GeoPoint>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CapacityInput {
    pub max_guests: Option<i32>,
    pub bedrooms: Option<i32>,
    pub beds: Option<i32>,
    pub bathrooms: Option<f64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct HouseRulesInput {
    pub check_in_after: Option<String>,
    pub check_out_before: Option<String>,
    pub max_infants: Option<i32>,
    pub pets_allowed: Option<bool>,
    pub smoking_allowed: Option<bool>,
    pub events_allowed: Option<bool>,
    pub notes: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BookingInput {
    pub instant_book: Option<bool>,
    pub min_nights: Option<i32>,
    pub max_nights: Option<i32>,
    pub cancellation_policy: Option<String>,
    pub advance_notice_days: Option<i32>,
    pub preparation_nights: Option<i32>,
}

/// Whether a listing shows in search.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ListingStatus {
    Listed,
    Paused,
}

/// One of the host's listings, as "Your listings" shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostListing {
    pub id: i64,
    pub title: String,
    pub city: String,
    pub country: String,
    pub status: ListingStatus,
    pub price_per_night: Money,
    pub cover_photo: Option<Photo>,
    pub photo_count: i64,
    /// Pending and confirmed stays that have not ended.
    pub upcoming_stays: i64,
    /// RFC 3339.
    #[cfg_attr(feature = "ssr", schema(format = DateTime))]
    pub updated_at: String,
}

/// A photo as its host manages it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct HostPhoto {
    pub id: i64,
    pub position: i32,
    /// What pages show now: the gallery variant once made, the upload until then.
    pub url: String,
    pub alt: String,
    pub width: i32,
    pub height: i32,
    /// Whether the resized variants exist yet.
    pub processed: bool,
}

/// The editor's view of one listing: its form (with anything typed but not yet saved) and
/// its photos.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingDraft {
    /// `None` while creating.
    pub id: Option<i64>,
    pub form: ListingForm,
    pub status: Option<ListingStatus>,
    pub photos: Vec<HostPhoto>,
    /// The towns the typed `city` may mean, when it names none exactly (the editor offers
    /// them to choose from); empty otherwise.
    #[serde(default)]
    pub place_choices: Vec<crate::app::types::places::PlaceSuggestion>,
}

/// What can be done to a photo from the photo manager.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PhotoMove {
    Cover,
    Earlier,
    Later,
    Delete,
}
