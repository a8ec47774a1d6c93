//! A listing that passed every check ([`ListingSpec`]) and the one parser that makes it:
//! the editor's steps post raw form fields, API clients send JSON that is laid onto the same
//! form (`input.rs`), and [`ListingSpec::from_form`] judges both, with one message per
//! field, so the editor and the API never disagree.

use super::form::Reader;
use crate::app::types::account::FieldError;
use crate::app::types::catalog::PROPERTY_TYPES;
use crate::app::types::hosting::{
    AMENITY_PREFIX, CANCELLATION_POLICIES, ListingForm, PETS, Step, editable_amenities,
};
use crate::app::types::map::distance_km;
use crate::app::types::places::label;
use crate::app::types::{AppError, Currency};
use crate::server::places;
use crate::tr;

/// What the server knows about a listing's town: a place of the gazetteer
/// (`server::places`) for a new or changed listing, or what a stored listing says of its
/// town. An owned copy, so a listing whose town is not in the gazetteer (seeded before it,
/// or a place since renamed) still opens in the editor (see `spec_of`).
#[derive(Clone, Debug, PartialEq)]
pub struct CityFacts {
    /// The gazetteer's id, when the listing was placed through it.
    pub place_id: Option<i64>,
    pub city: String,
    /// The region's code (GeoNames admin1) and name, when known.
    pub region_code: Option<String>,
    pub state: Option<String>,
    pub country: String,
    pub country_code: String,
    /// The town's centre.
    pub latitude: f64,
    pub longitude: f64,
    /// The town's zone; the listing's own comes from its point ([`places::zone`]).
    pub time_zone: String,
}

impl CityFacts {
    /// "Elvas, Portalegre, Portugal": how the editor names it.
    pub fn label(&self) -> String {
        label(&self.city, self.state.as_deref(), &self.country)
    }
}

impl From<places::Place> for CityFacts {
    fn from(p: places::Place) -> Self {
        Self {
            place_id: Some(p.id),
            city: p.name,
            region_code: p.region_code,
            state: p.region,
            country: p.country,
            country_code: p.country_code,
            latitude: p.latitude,
            longitude: p.longitude,
            time_zone: p.time_zone,
        }
    }
}

/// How far from its city's centre a listing may be placed.
const MAX_KM_FROM_CITY: f64 = 80.0;

/// A listing that passed every check: what the database stores.
#[derive(Clone, Debug, PartialEq)]
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

/// The checked listing from a full form whose town is `place` (looked up by
/// [`super::place::lookup`]), or a `Form` error naming each bad field.
pub fn parse_form(form: &ListingForm, place: Option<CityFacts>) -> Result<ListingSpec, AppError> {
    ListingSpec::from_form(form, |_| place.clone()).map_err(|errors| AppError::Form {
        errors,
        values: Vec::new(),
    })
}

impl ListingSpec {
    /// Checks one step's fields only: what the editor runs before moving on.
    pub fn check_step(
        step: Step,
        form: &ListingForm,
        city: impl Fn(&str) -> Option<CityFacts>,
    ) -> Vec<FieldError> {
        let mut r = Reader::new(form);
        let mut spec = ListingSpec::blank();
        spec.read(step, &mut r, &city);
        r.into_errors()
    }

    /// The whole listing, or every field that is wrong.
    pub fn from_form(
        form: &ListingForm,
        city: impl Fn(&str) -> Option<CityFacts>,
    ) -> Result<ListingSpec, Vec<FieldError>> {
        let mut r = Reader::new(form);
        let mut spec = ListingSpec::blank();
        for step in Step::ALL {
            spec.read(step, &mut r, &city);
        }
        let errors = r.into_errors();
        if errors.is_empty() {
            Ok(spec)
        } else {
            Err(errors)
        }
    }

    /// What reading starts from: the values of optional fields left empty.
    fn blank() -> Self {
        Self {
            title: String::new(),
            description: String::new(),
            property_type: String::new(),
            address: String::new(),
            place: CityFacts {
                place_id: None,
                city: String::new(),
                region_code: None,
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

    /// Reads `step`'s fields into `self`; each bad one leaves a message in `r`.
    fn read(&mut self, step: Step, r: &mut Reader, city: &impl Fn(&str) -> Option<CityFacts>) {
        match step {
            Step::Basics => {
                self.title = r.text("title", Some("hosting-error-give-title"), 5, 120);
                self.description = r.text(
                    "description",
                    Some("hosting-error-give-description"),
                    20,
                    10_000,
                );
                self.property_type = r.choice(
                    "property_type",
                    PROPERTY_TYPES,
                    "hosting-error-choose-property-type",
                );
            }
            Step::Location => {
                let name = r.raw("city").to_string();
                match city(&name) {
                    Some(place) => self.place = place,
                    None if name.trim().is_empty() => {
                        r.fail("city", tr!("hosting-error-city-missing"))
                    }
                    None => r.fail("city", tr!("hosting-error-city-unknown")),
                }
                self.address = r.text("address", Some("hosting-error-give-address"), 3, 200);
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
                    (None, Some(_)) => r.fail("latitude", tr!("hosting-error-both-coordinates")),
                    (Some(_), None) => r.fail("longitude", tr!("hosting-error-both-coordinates")),
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
                        tr!(
                            "hosting-error-too-far",
                            km = MAX_KM_FROM_CITY,
                            city = self.place.city.clone()
                        ),
                    );
                }
                // The listing's dates are local to its point, which may be across a zone
                // border from its town's centre.
                if !self.place.city.is_empty()
                    && let Some(zone) = places::zone::at(self.latitude, self.longitude)
                {
                    self.place.time_zone = zone.to_string();
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
                    _ if raw.is_empty() => r.fail("bathrooms", tr!("hosting-error-give-number")),
                    _ => r.fail("bathrooms", tr!("hosting-error-bathrooms")),
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
                self.house_rules = r.text("house_rules", None, 0, 5_000);
            }
            Step::Pricing => {
                let codes = [("USD", ""), ("EUR", ""), ("GBP", "")];
                let code = r.choice("currency", &codes, "hosting-error-choose-currency");
                self.currency = Currency::from_code(&code).unwrap_or(Currency::Usd);
                match r.money("price_per_night") {
                    Some(0) => r.fail("price_per_night", tr!("hosting-error-price-zero")),
                    Some(p) => self.price_per_night_minor = p,
                    None if r.raw("price_per_night").is_empty() => {
                        r.fail("price_per_night", tr!("hosting-error-give-price"))
                    }
                    None => {}
                }
                self.weekend_price_minor = match r.money("weekend_price") {
                    Some(0) => {
                        r.fail("weekend_price", tr!("hosting-error-weekend-price-zero"));
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
                    r.choice("booking_mode", &modes, "hosting-error-choose-booking-mode")
                        == "instant";
                self.min_nights = r.int("min_nights", 1, 365, Some(1));
                self.max_nights = r.int("max_nights", 1, 365, Some(365));
                if self.min_nights > self.max_nights {
                    r.fail("max_nights", tr!("hosting-error-max-below-min"));
                }
                self.cancellation_policy = r.choice(
                    "cancellation_policy",
                    CANCELLATION_POLICIES,
                    "hosting-error-choose-cancellation-policy",
                );
                self.advance_notice_days = r.int("advance_notice_days", 0, 30, Some(0));
                self.preparation_nights = r.int("preparation_nights", 0, 7, Some(0));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::hosting::fixtures::{complete, lisbon};
    use crate::server::hosting::form::step_of;

    #[test]
    fn the_zone_is_the_points_across_a_border_from_the_town() {
        // Chosen town: Badajoz, Spain; the home itself is in Elvas, Portugal, 15 km west.
        let badajoz = CityFacts {
            place_id: Some(2_521_420),
            city: "Badajoz".into(),
            region_code: Some("57".into()),
            state: Some("Extremadura".into()),
            country: "Spain".into(),
            country_code: "ES".into(),
            latitude: 38.8779,
            longitude: -6.9706,
            time_zone: "Europe/Madrid".into(),
        };
        let mut form = complete();
        form.insert("latitude".into(), "38.8810".into());
        form.insert("longitude".into(), "-7.1628".into());
        let spec = ListingSpec::from_form(&form, |_| Some(badajoz.clone())).expect("valid");
        assert_eq!(spec.place.time_zone, "Europe/Lisbon");
        form.insert("longitude".into(), "-6.9707".into());
        let spec = ListingSpec::from_form(&form, |_| Some(badajoz.clone())).expect("valid");
        assert_eq!(spec.place.time_zone, "Europe/Madrid");
        assert_eq!(spec.place.label(), "Badajoz, Extremadura, Spain");
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
        assert_eq!(step_of(&errors), Step::Basics);
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
}
