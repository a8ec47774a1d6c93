//! A listing as its host writes it. The editor's steps post raw form fields (a
//! [`ListingForm`]); API clients send JSON ([`ListingInput`]), which is laid onto the same
//! form. Either way one parser, [`ListingSpec::from_form`], decides what is valid, with one
//! message per field, so the editor and the API never disagree.

use super::account::FieldError;
use super::catalog::{AMENITIES, PROPERTY_TYPES};
use super::listing::{GeoPoint, Photo};
use super::map::distance_km;
use super::money::{self, Currency, Money};
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

const BASICS: &[&str] = &["title", "description", "property_type"];
const LOCATION: &[&str] = &["city", "address", "latitude", "longitude"];
const CAPACITY: &[&str] = &["max_guests", "bedrooms", "beds", "bathrooms"];
const RULES: &[&str] = &[
    "check_in_after",
    "check_out_before",
    "max_infants",
    "pets_allowed",
    "smoking_allowed",
    "events_allowed",
    "house_rules",
];
const PRICING: &[&str] = &[
    "currency",
    "price_per_night",
    "weekend_price",
    "cleaning_fee",
    "weekly_discount_pct",
    "monthly_discount_pct",
];
const BOOKING: &[&str] = &[
    "booking_mode",
    "min_nights",
    "max_nights",
    "cancellation_policy",
    "advance_notice_days",
    "preparation_nights",
];
/// Pets are a house rule in the editor, stored as the `pets_allowed` amenity.
const PETS: &str = "pets_allowed";
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

    pub fn title(self) -> &'static str {
        match self {
            Step::Basics => "The basics",
            Step::Location => "Location",
            Step::Capacity => "Guests and rooms",
            Step::Amenities => "Amenities",
            Step::Rules => "House rules",
            Step::Pricing => "Pricing",
            Step::Booking => "Booking settings",
        }
    }

    pub fn next(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(i + 1).copied()
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// Whether form field `key` belongs to this step.
    pub fn owns(self, key: &str) -> bool {
        match self {
            Step::Basics => BASICS.contains(&key),
            Step::Location => LOCATION.contains(&key),
            Step::Capacity => CAPACITY.contains(&key),
            Step::Amenities => key.starts_with(AMENITY_PREFIX),
            Step::Rules => RULES.contains(&key),
            Step::Pricing => PRICING.contains(&key),
            Step::Booking => BOOKING.contains(&key),
        }
    }

    /// Replaces this step's fields in `form` by those in `submitted` (unticked boxes are
    /// absent from a submission, so they are cleared first). Other fields are ignored.
    pub fn merge(self, form: &mut ListingForm, submitted: &ListingForm) {
        form.retain(|k, _| !self.owns(k));
        for (k, v) in submitted {
            if self.owns(k) {
                form.insert(k.clone(), v.clone());
            }
        }
    }
}

/// The amenities the editor's amenities step offers (pets are a house rule).
pub fn editable_amenities() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    AMENITIES.iter().filter(|(k, _)| *k != PETS)
}

/// What the server knows about a city of its bundled table: a listing's city must be one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CityFacts {
    pub city: String,
    pub state: Option<String>,
    pub country: String,
    pub country_code: String,
    /// The city centre.
    pub latitude: f64,
    pub longitude: f64,
    pub time_zone: String,
}

impl CityFacts {
    /// "Lisbon, Portugal": how the editor names it.
    pub fn label(&self) -> String {
        format!("{}, {}", self.city, self.country)
    }
}

/// How far from its city's centre a listing may be placed.
pub const MAX_KM_FROM_CITY: f64 = 80.0;

/// A listing that passed every check: what the database stores.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingSpec {
    pub title: String,
    pub description: String,
    pub property_type: String,
    pub address: String,
    pub place: CityFacts,
    pub latitude: f64,
    pub longitude: f64,
    pub max_guests: i32,
    pub bedrooms: i32,
    pub beds: i32,
    /// In half bathrooms: 3 is one and a half.
    pub bathroom_halves: i32,
    /// Sorted amenity keys, `pets_allowed` among them when pets are welcome.
    pub amenities: Vec<String>,
    /// "HH:MM", local to the listing.
    pub check_in_after: String,
    pub check_out_before: String,
    pub max_infants: i32,
    pub smoking_allowed: bool,
    pub events_allowed: bool,
    pub house_rules: String,
    pub currency: Currency,
    pub price_per_night_minor: i64,
    pub weekend_price_minor: Option<i64>,
    pub cleaning_fee_minor: i64,
    pub weekly_discount_pct: i32,
    pub monthly_discount_pct: i32,
    pub instant_book: bool,
    pub min_nights: i32,
    pub max_nights: i32,
    /// `flexible`, `moderate` or `strict`.
    pub cancellation_policy: String,
    pub advance_notice_days: i32,
    pub preparation_nights: i32,
}

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

/// Reads one form, collecting a message per bad field.
struct Reader<'a> {
    form: &'a ListingForm,
    errors: Vec<FieldError>,
}

impl Reader<'_> {
    fn raw(&self, key: &str) -> &str {
        self.form.get(key).map_or("", |v| v.trim())
    }

    fn fail(&mut self, key: &str, message: impl Into<String>) {
        if !self.errors.iter().any(|e| e.field == key) {
            self.errors.push(FieldError::new(key, message));
        }
    }

    fn text(&mut self, key: &str, what: &str, min: usize, max: usize) -> String {
        let value = self.raw(key).to_string();
        let len = value.chars().count();
        if len == 0 && min > 0 {
            self.fail(key, format!("Give {what}."));
        } else if len < min {
            self.fail(key, format!("Use at least {min} characters."));
        } else if len > max {
            self.fail(key, format!("Use at most {max} characters ({len} now)."));
        } else if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            self.fail(key, "Remove the control characters.");
        }
        value
    }

    /// A whole number in `lo..=hi`; `default` when left empty (required when `None`).
    fn int(&mut self, key: &str, lo: i32, hi: i32, default: Option<i32>) -> i32 {
        let raw = self.raw(key);
        if raw.is_empty() {
            return default.unwrap_or_else(|| {
                self.fail(key, "Give a number.");
                lo
            });
        }
        match raw.parse::<i32>() {
            Ok(n) if (lo..=hi).contains(&n) => n,
            Ok(_) => {
                self.fail(key, format!("Use a number from {lo} to {hi}."));
                lo
            }
            Err(_) => {
                self.fail(key, "Use a whole number, like 2.");
                lo
            }
        }
    }

    /// An amount in major units ("125", "125.50", "1,250") as minor units; `None` when empty.
    fn money(&mut self, key: &str) -> Option<i64> {
        match money::parse_amount(self.raw(key)) {
            Ok(minor) => minor,
            Err(money::AmountError::TooLarge) => {
                self.fail(key, "That is more than Haven accepts (1,000,000).");
                None
            }
            Err(_) => {
                self.fail(key, "Use an amount like 120 or 120.50.");
                None
            }
        }
    }

    fn flag(&self, key: &str) -> bool {
        matches!(self.raw(key), "on" | "true" | "1" | "yes")
    }

    fn choice(&mut self, key: &str, options: &[(&str, &str)], what: &str) -> String {
        let raw = self.raw(key).to_string();
        if options.iter().any(|(k, _)| *k == raw) {
            raw
        } else {
            self.fail(key, format!("Choose {what}."));
            options
                .first()
                .map(|(k, _)| k.to_string())
                .unwrap_or_default()
        }
    }

    /// A local time "HH:MM" on the hour or half hour; `default` when empty.
    fn time(&mut self, key: &str, default: &str) -> String {
        let raw = self.raw(key);
        if raw.is_empty() {
            return default.to_string();
        }
        let parsed = raw.split_once(':').and_then(|(h, m)| {
            let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
            (h < 24 && (m == 0 || m == 30)).then(|| format!("{h:02}:{m:02}"))
        });
        parsed.unwrap_or_else(|| {
            self.fail(key, "Use a time like 15:00 (on the hour or half hour).");
            default.to_string()
        })
    }

    fn coordinate(&mut self, key: &str, limit: f64) -> Option<f64> {
        let raw = self.raw(key);
        if raw.is_empty() {
            return None;
        }
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= limit => Some(v),
            _ => {
                self.fail(
                    key,
                    format!("Use decimal degrees between -{limit} and {limit}."),
                );
                None
            }
        }
    }
}

impl ListingSpec {
    /// Checks one step's fields only: what the editor runs before moving on.
    pub fn check_step(
        step: Step,
        form: &ListingForm,
        city: impl Fn(&str) -> Option<CityFacts>,
    ) -> Vec<FieldError> {
        let mut r = Reader {
            form,
            errors: Vec::new(),
        };
        let mut spec = ListingSpec::blank();
        spec.read(step, &mut r, &city);
        r.errors
    }

    /// The whole listing, or every field that is wrong.
    pub fn from_form(
        form: &ListingForm,
        city: impl Fn(&str) -> Option<CityFacts>,
    ) -> Result<ListingSpec, Vec<FieldError>> {
        let mut r = Reader {
            form,
            errors: Vec::new(),
        };
        let mut spec = ListingSpec::blank();
        for step in Step::ALL {
            spec.read(step, &mut r, &city);
        }
        if r.errors.is_empty() {
            Ok(spec)
        } else {
            Err(r.errors)
        }
    }

    /// The first step with a bad field, for sending the host back to it.
    pub fn step_of(errors: &[FieldError]) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| errors.iter().any(|e| s.owns(&e.field)))
            .unwrap_or(Step::Basics)
    }

    fn blank() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            property_type: String::new(),
            address: String::new(),
            place: CityFacts {
                city: String::new(),
                state: None,
                country: String::new(),
                country_code: String::new(),
                latitude: 0.0,
                longitude: 0.0,
                time_zone: "UTC".into(),
            },
            latitude: 0.0,
            longitude: 0.0,
            max_guests: 1,
            bedrooms: 0,
            beds: 1,
            bathroom_halves: 2,
            amenities: Vec::new(),
            check_in_after: "15:00".into(),
            check_out_before: "11:00".into(),
            max_infants: 0,
            smoking_allowed: false,
            events_allowed: false,
            house_rules: String::new(),
            currency: Currency::Usd,
            price_per_night_minor: 1,
            weekend_price_minor: None,
            cleaning_fee_minor: 0,
            weekly_discount_pct: 0,
            monthly_discount_pct: 0,
            instant_book: false,
            min_nights: 1,
            max_nights: 365,
            cancellation_policy: "moderate".into(),
            advance_notice_days: 0,
            preparation_nights: 0,
        }
    }

    fn read(&mut self, step: Step, r: &mut Reader, city: &impl Fn(&str) -> Option<CityFacts>) {
        match step {
            Step::Basics => {
                self.title = r.text("title", "a title", 5, 120);
                self.description = r.text("description", "a description", 20, 10_000);
                self.property_type = r.choice("property_type", PROPERTY_TYPES, "a property type");
            }
            Step::Location => {
                let name = r.raw("city").to_string();
                match city(&name) {
                    Some(place) => self.place = place,
                    None if name.is_empty() => r.fail("city", "Choose the city from the list."),
                    None => r.fail(
                        "city",
                        "Haven does not know that city yet: choose one from the list.",
                    ),
                }
                self.address = r.text("address", "the street address", 3, 200);
                let lat = r.coordinate("latitude", 90.0);
                let lng = r.coordinate("longitude", 180.0);
                match (lat, lng) {
                    (Some(lat), Some(lng)) => {
                        self.latitude = lat;
                        self.longitude = lng;
                    }
                    // Not placed yet: the city centre.
                    (None, None)
                        if r.raw("latitude").is_empty() && r.raw("longitude").is_empty() =>
                    {
                        self.latitude = self.place.latitude;
                        self.longitude = self.place.longitude;
                    }
                    (None, Some(_)) => r.fail("latitude", "Give both coordinates, or neither."),
                    (Some(_), None) => r.fail("longitude", "Give both coordinates, or neither."),
                    (None, None) => {}
                }
                if !self.place.city.is_empty()
                    && distance_km(
                        (self.latitude, self.longitude),
                        (self.place.latitude, self.place.longitude),
                    ) > MAX_KM_FROM_CITY
                {
                    r.fail(
                        "latitude",
                        format!(
                            "That point is more than {MAX_KM_FROM_CITY:.0} km from {}: check the coordinates or the city.",
                            self.place.city
                        ),
                    );
                }
            }
            Step::Capacity => {
                self.max_guests = r.int("max_guests", 1, 50, None);
                self.bedrooms = r.int("bedrooms", 0, 50, None);
                self.beds = r.int("beds", 1, 100, None);
                let raw = r.raw("bathrooms").to_string();
                match raw.parse::<f64>() {
                    Ok(b) if (0.0..=50.0).contains(&b) && (b * 2.0).fract() == 0.0 => {
                        self.bathroom_halves = (b * 2.0) as i32;
                    }
                    _ if raw.is_empty() => r.fail("bathrooms", "Give a number."),
                    _ => r.fail("bathrooms", "Use a number in half steps, like 1 or 1.5."),
                }
            }
            Step::Amenities => {
                let pets = self.amenities.iter().any(|a| a == PETS);
                self.amenities = editable_amenities()
                    .filter(|(k, _)| r.flag(&format!("{AMENITY_PREFIX}{k}")))
                    .map(|(k, _)| k.to_string())
                    .collect();
                if pets {
                    self.amenities.push(PETS.into());
                }
                self.amenities.sort();
            }
            Step::Rules => {
                self.check_in_after = r.time("check_in_after", "15:00");
                self.check_out_before = r.time("check_out_before", "11:00");
                self.max_infants = r.int("max_infants", 0, 10, Some(0));
                if r.flag(PETS) && !self.amenities.iter().any(|a| a == PETS) {
                    self.amenities.push(PETS.into());
                    self.amenities.sort();
                }
                self.smoking_allowed = r.flag("smoking_allowed");
                self.events_allowed = r.flag("events_allowed");
                self.house_rules = r.text("house_rules", "", 0, 5_000);
            }
            Step::Pricing => {
                let codes = [("USD", ""), ("EUR", ""), ("GBP", "")];
                let code = r.choice("currency", &codes, "a currency");
                self.currency = Currency::from_code(&code).unwrap_or(Currency::Usd);
                match r.money("price_per_night") {
                    Some(0) => r.fail("price_per_night", "The nightly price must be above zero."),
                    Some(p) => self.price_per_night_minor = p,
                    None if r.raw("price_per_night").is_empty() => {
                        r.fail("price_per_night", "Give a nightly price.")
                    }
                    None => {}
                }
                self.weekend_price_minor = match r.money("weekend_price") {
                    Some(0) => {
                        r.fail("weekend_price", "Leave it empty to use the nightly price.");
                        None
                    }
                    other => other,
                };
                self.cleaning_fee_minor = r.money("cleaning_fee").unwrap_or(0);
                self.weekly_discount_pct = r.int("weekly_discount_pct", 0, 90, Some(0));
                self.monthly_discount_pct = r.int("monthly_discount_pct", 0, 90, Some(0));
            }
            Step::Booking => {
                let modes = [("instant", ""), ("request", "")];
                self.instant_book =
                    r.choice("booking_mode", &modes, "how guests book") == "instant";
                self.min_nights = r.int("min_nights", 1, 365, Some(1));
                self.max_nights = r.int("max_nights", 1, 365, Some(365));
                if self.min_nights > self.max_nights {
                    r.fail(
                        "max_nights",
                        "The longest stay must be at least the shortest.",
                    );
                }
                self.cancellation_policy = r.choice(
                    "cancellation_policy",
                    CANCELLATION_POLICIES,
                    "a cancellation policy",
                );
                self.advance_notice_days = r.int("advance_notice_days", 0, 30, Some(0));
                self.preparation_nights = r.int("preparation_nights", 0, 7, Some(0));
            }
        }
    }

    /// The form that shows this listing in the editor.
    pub fn to_form(&self) -> ListingForm {
        let mut f = ListingForm::new();
        let mut put = |k: &str, v: String| {
            f.insert(k.to_string(), v);
        };
        put("title", self.title.clone());
        put("description", self.description.clone());
        put("property_type", self.property_type.clone());
        put("city", self.place.label());
        put("address", self.address.clone());
        put("latitude", format!("{}", self.latitude));
        put("longitude", format!("{}", self.longitude));
        put("max_guests", self.max_guests.to_string());
        put("bedrooms", self.bedrooms.to_string());
        put("beds", self.beds.to_string());
        put(
            "bathrooms",
            format!("{}", f64::from(self.bathroom_halves) / 2.0),
        );
        for a in &self.amenities {
            if a == PETS {
                put(PETS, "on".into());
            } else {
                put(&format!("{AMENITY_PREFIX}{a}"), "on".into());
            }
        }
        put("check_in_after", self.check_in_after.clone());
        put("check_out_before", self.check_out_before.clone());
        put("max_infants", self.max_infants.to_string());
        if self.smoking_allowed {
            put("smoking_allowed", "on".into());
        }
        if self.events_allowed {
            put("events_allowed", "on".into());
        }
        put("house_rules", self.house_rules.clone());
        put("currency", self.currency.code().into());
        put(
            "price_per_night",
            money::amount_text(self.price_per_night_minor),
        );
        put(
            "weekend_price",
            self.weekend_price_minor
                .map(money::amount_text)
                .unwrap_or_default(),
        );
        put("cleaning_fee", money::amount_text(self.cleaning_fee_minor));
        put("weekly_discount_pct", self.weekly_discount_pct.to_string());
        put(
            "monthly_discount_pct",
            self.monthly_discount_pct.to_string(),
        );
        put(
            "booking_mode",
            if self.instant_book {
                "instant"
            } else {
                "request"
            }
            .into(),
        );
        put("min_nights", self.min_nights.to_string());
        put("max_nights", self.max_nights.to_string());
        put("cancellation_policy", self.cancellation_policy.clone());
        put("advance_notice_days", self.advance_notice_days.to_string());
        put("preparation_nights", self.preparation_nights.to_string());
        f
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
    /// A city of Haven's table, with its country: "Lisbon" + "Portugal".
    pub city: Option<String>,
    pub country: Option<String>,
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

impl ListingInput {
    /// Lays the given fields onto `form` (the current listing's, or an empty one), so
    /// [`ListingSpec::from_form`] judges them exactly as it judges the editor's.
    pub fn apply_to(&self, form: &mut ListingForm) -> Result<(), FieldError> {
        fn set(form: &mut ListingForm, key: &str, value: Option<String>) {
            if let Some(v) = value {
                form.insert(key.to_string(), v);
            }
        }
        fn flag(form: &mut ListingForm, key: &str, value: Option<bool>) {
            match value {
                Some(true) => {
                    form.insert(key.to_string(), "on".into());
                }
                Some(false) => {
                    form.remove(key);
                }
                None => {}
            }
        }
        let num = |n: Option<i32>| n.map(|n| n.to_string());
        set(form, "title", self.title.clone());
        set(form, "description", self.description.clone());
        set(form, "property_type", self.property_type.clone());
        if let Some(l) = &self.location {
            set(form, "address", l.address.clone());
            match (&l.city, &l.country) {
                (Some(city), Some(country)) => {
                    form.insert("city".into(), format!("{city}, {country}"));
                }
                (Some(city), None) => {
                    form.insert("city".into(), city.clone());
                }
                (None, Some(_)) => {
                    return Err(FieldError::new(
                        "city",
                        "Give location.city together with location.country.",
                    ));
                }
                (None, None) => {}
            }
            if let Some(p) = &l.coordinates {
                form.insert("latitude".into(), p.latitude().to_string());
                form.insert("longitude".into(), p.longitude().to_string());
            } else if l.city.is_some() {
                // A new city without a point: its centre.
                form.remove("latitude");
                form.remove("longitude");
            }
        }
        if let Some(c) = &self.capacity {
            set(form, "max_guests", num(c.max_guests));
            set(form, "bedrooms", num(c.bedrooms));
            set(form, "beds", num(c.beds));
            set(form, "bathrooms", c.bathrooms.map(|b| b.to_string()));
        }
        if let Some(list) = &self.amenities {
            for a in list {
                if a != PETS && !editable_amenities().any(|(k, _)| k == a) {
                    return Err(FieldError::new(
                        "amenities",
                        format!("Unknown amenity: {a}."),
                    ));
                }
            }
            form.retain(|k, _| !k.starts_with(AMENITY_PREFIX));
            for a in list {
                if a == PETS {
                    form.insert(PETS.into(), "on".into());
                } else {
                    form.insert(format!("{AMENITY_PREFIX}{a}"), "on".into());
                }
            }
        }
        if let Some(h) = &self.house_rules {
            set(form, "check_in_after", h.check_in_after.clone());
            set(form, "check_out_before", h.check_out_before.clone());
            set(form, "max_infants", num(h.max_infants));
            flag(form, PETS, h.pets_allowed);
            flag(form, "smoking_allowed", h.smoking_allowed);
            flag(form, "events_allowed", h.events_allowed);
            set(form, "house_rules", h.notes.clone());
        }
        let mut currency: Option<Currency> = None;
        for (key, money) in [
            ("price_per_night", &self.price_per_night),
            ("weekend_price", &self.weekend_price),
            ("cleaning_fee", &self.cleaning_fee),
        ] {
            if let Some(m) = money {
                if m.amount_minor < 0 {
                    return Err(FieldError::new(key, "Amounts cannot be negative."));
                }
                if currency.is_some_and(|c| c != m.currency) {
                    return Err(FieldError::new(key, "Use one currency for every price."));
                }
                currency = Some(m.currency);
                form.insert(key.into(), money::amount_text(m.amount_minor));
            }
        }
        if let Some(c) = currency {
            let current = form.get("currency").map(String::as_str);
            // A fee in another currency would silently re-price the whole listing: the
            // currency changes only together with the nightly price.
            if self.price_per_night.is_none() && current.is_some_and(|code| code != c.code()) {
                return Err(FieldError::new(
                    "currency",
                    format!(
                        "This listing's prices are in {}: change price_per_night to change the currency.",
                        current.unwrap_or_default()
                    ),
                ));
            }
            form.insert("currency".into(), c.code().into());
        }
        set(form, "weekly_discount_pct", num(self.weekly_discount_pct));
        set(form, "monthly_discount_pct", num(self.monthly_discount_pct));
        if let Some(b) = &self.booking {
            if let Some(instant) = b.instant_book {
                let mode = if instant { "instant" } else { "request" };
                form.insert("booking_mode".into(), mode.into());
            }
            set(form, "min_nights", num(b.min_nights));
            set(form, "max_nights", num(b.max_nights));
            set(form, "cancellation_policy", b.cancellation_policy.clone());
            set(form, "advance_notice_days", num(b.advance_notice_days));
            set(form, "preparation_nights", num(b.preparation_nights));
        }
        Ok(())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lisbon(name: &str) -> Option<CityFacts> {
        (name == "Lisbon, Portugal" || name == "Lisbon").then(|| CityFacts {
            city: "Lisbon".into(),
            state: None,
            country: "Portugal".into(),
            country_code: "PT".into(),
            latitude: 38.7223,
            longitude: -9.1393,
            time_zone: "Europe/Lisbon".into(),
        })
    }

    fn complete() -> ListingForm {
        [
            ("title", "Sunny loft in Alfama"),
            (
                "description",
                "Two rooms with a view of the river, ten minutes from the tram.",
            ),
            ("property_type", "loft"),
            ("city", "Lisbon, Portugal"),
            ("address", "Rua dos Remédios 12"),
            ("max_guests", "3"),
            ("bedrooms", "1"),
            ("beds", "2"),
            ("bathrooms", "1.5"),
            ("amenity_wifi", "on"),
            ("amenity_kitchen", "on"),
            ("pets_allowed", "on"),
            ("currency", "EUR"),
            ("price_per_night", "95.50"),
            ("cleaning_fee", "30"),
            ("booking_mode", "instant"),
            ("cancellation_policy", "flexible"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn a_complete_form_becomes_a_spec_with_defaults_filled() {
        let spec = ListingSpec::from_form(&complete(), lisbon).expect("valid");
        assert_eq!(spec.price_per_night_minor, 9_550);
        assert_eq!(spec.currency, Currency::Eur);
        assert_eq!(spec.bathroom_halves, 3);
        assert_eq!(spec.amenities, vec!["kitchen", "pets_allowed", "wifi"]);
        assert_eq!((spec.latitude, spec.longitude), (38.7223, -9.1393));
        assert_eq!(spec.place.time_zone, "Europe/Lisbon");
        assert!(spec.instant_book);
        assert_eq!((spec.min_nights, spec.max_nights), (1, 365));
        assert_eq!(spec.check_in_after, "15:00");
    }

    #[test]
    fn the_form_round_trips() {
        let spec = ListingSpec::from_form(&complete(), lisbon).expect("valid");
        let again = ListingSpec::from_form(&spec.to_form(), lisbon).expect("valid");
        assert_eq!(spec, again);
    }

    #[test]
    fn each_bad_field_gets_its_own_message() {
        let mut form = complete();
        form.insert("title".into(), "Hut".into());
        form.insert("price_per_night".into(), "12.345".into());
        form.insert("bathrooms".into(), "1.25".into());
        form.insert("min_nights".into(), "10".into());
        form.insert("max_nights".into(), "3".into());
        form.insert("city".into(), "Atlantis".into());
        let errors = ListingSpec::from_form(&form, lisbon).expect_err("invalid");
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "title",
                "city",
                "bathrooms",
                "price_per_night",
                "max_nights"
            ]
        );
        assert_eq!(ListingSpec::step_of(&errors), Step::Basics);
    }

    #[test]
    fn a_step_is_checked_alone() {
        let mut form = ListingForm::new();
        form.insert("max_guests".into(), "4".into());
        form.insert("bedrooms".into(), "2".into());
        form.insert("beds".into(), "two".into());
        form.insert("bathrooms".into(), "1".into());
        let errors = ListingSpec::check_step(Step::Capacity, &form, lisbon);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "beds");
        assert!(ListingSpec::check_step(Step::Amenities, &form, lisbon).is_empty());
    }

    #[test]
    fn coordinates_must_be_near_the_city() {
        let mut form = complete();
        form.insert("latitude".into(), "48.8566".into());
        form.insert("longitude".into(), "2.3522".into());
        let errors = ListingSpec::check_step(Step::Location, &form, lisbon);
        assert_eq!(errors[0].field, "latitude");
        form.insert("latitude".into(), "38.75".into());
        form.insert("longitude".into(), "-9.15".into());
        assert!(ListingSpec::check_step(Step::Location, &form, lisbon).is_empty());
        form.remove("longitude");
        assert_eq!(
            ListingSpec::check_step(Step::Location, &form, lisbon)[0].field,
            "longitude"
        );
    }

    #[test]
    fn merging_a_step_clears_unticked_boxes_and_ignores_other_fields() {
        let mut form = complete();
        let submitted: ListingForm = [("amenity_tv", "on"), ("title", "Sneaky change")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Step::Amenities.merge(&mut form, &submitted);
        assert!(form.contains_key("amenity_tv"));
        assert!(!form.contains_key("amenity_wifi"));
        assert_eq!(form["title"], "Sunny loft in Alfama");
    }

    #[test]
    fn prices_are_read_exactly_and_named_when_wrong() {
        let mut form = complete();
        form.insert("price_per_night".into(), "1,250.5".into());
        let spec = ListingSpec::from_form(&form, lisbon).expect("valid");
        assert_eq!(spec.price_per_night_minor, 125_050);
        assert_eq!(spec.to_form()["price_per_night"], "1250.50");
        for (typed, message) in [
            ("1e3", "Use an amount like 120 or 120.50."),
            ("-5", "Use an amount like 120 or 120.50."),
            ("1000000.01", "That is more than Haven accepts (1,000,000)."),
        ] {
            form.insert("price_per_night".into(), typed.into());
            let errors = ListingSpec::from_form(&form, lisbon).expect_err(typed);
            assert!(
                errors
                    .iter()
                    .any(|e| e.field == "price_per_night" && e.message == message),
                "{typed}: {errors:?}"
            );
        }
    }

    #[test]
    fn api_input_is_judged_by_the_same_rules() {
        let base = ListingSpec::from_form(&complete(), lisbon).expect("valid");
        let mut form = base.to_form();
        let change = ListingInput {
            price_per_night: Some(Money::new(12_000, Currency::Eur)),
            capacity: Some(CapacityInput {
                max_guests: Some(0),
                ..Default::default()
            }),
            ..Default::default()
        };
        change.apply_to(&mut form).expect("applies");
        let errors = ListingSpec::from_form(&form, lisbon).expect_err("invalid");
        assert_eq!(errors[0].field, "max_guests");

        let mut form = base.to_form();
        let mixed = ListingInput {
            price_per_night: Some(Money::new(12_000, Currency::Eur)),
            cleaning_fee: Some(Money::new(1_000, Currency::Usd)),
            ..Default::default()
        };
        assert_eq!(
            mixed
                .apply_to(&mut form)
                .expect_err("mixed currencies")
                .field,
            "cleaning_fee"
        );

        let mut form = base.to_form();
        let pets_off = ListingInput {
            house_rules: Some(HouseRulesInput {
                pets_allowed: Some(false),
                ..Default::default()
            }),
            amenities: Some(vec!["tv".into()]),
            ..Default::default()
        };
        pets_off.apply_to(&mut form).expect("applies");
        let spec = ListingSpec::from_form(&form, lisbon).expect("valid");
        assert_eq!(spec.amenities, vec!["tv"]);
    }
}
