//! The listing editor's raw form on the server: which fields each step owns, the
//! [`Reader`] the parser reads a form with (one message per bad field), and a checked
//! listing written back as the form that shows it.

use super::spec::ListingSpec;
use crate::app::i18n::message;
use crate::app::types::account::FieldError;
use crate::app::types::hosting::{AMENITY_PREFIX, ListingForm, PETS, Step};
use crate::app::types::money;
use crate::tr;

// The fields of each step; the amenities step owns every `amenity_…` checkbox.
const BASICS: &[&str] = &["title", "description", "property_type"];
const LOCATION: &[&str] = &["city", "place_id", "address", "latitude", "longitude"];
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

/// Whether form field `key` belongs to `step`.
fn owns(step: Step, key: &str) -> bool {
    match step {
        Step::Basics => BASICS.contains(&key),
        Step::Location => LOCATION.contains(&key),
        Step::Capacity => CAPACITY.contains(&key),
        Step::Amenities => key.starts_with(AMENITY_PREFIX),
        Step::Rules => RULES.contains(&key),
        Step::Pricing => PRICING.contains(&key),
        Step::Booking => BOOKING.contains(&key),
    }
}

/// Replaces `step`'s fields in `form` by those in `submitted` (unticked boxes are absent
/// from a submission, so they are cleared first). Other fields are ignored: a step's post
/// cannot change another step's fields.
pub fn merge_step(step: Step, form: &mut ListingForm, submitted: &ListingForm) {
    form.retain(|k, _| !owns(step, k));
    for (k, v) in submitted {
        if owns(step, k) {
            form.insert(k.clone(), v.clone());
        }
    }
}

/// The first step with a bad field, for sending the host back to it.
pub fn step_of(errors: &[FieldError]) -> Step {
    Step::ALL
        .into_iter()
        .find(|s| errors.iter().any(|e| owns(*s, &e.field)))
        .unwrap_or(Step::Basics)
}

/// Reads one form, collecting a message per bad field.
pub(super) struct Reader<'a> {
    form: &'a ListingForm,
    errors: Vec<FieldError>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(form: &'a ListingForm) -> Self {
        Self {
            form,
            errors: Vec::new(),
        }
    }

    /// Every message collected so far, one per field.
    pub(super) fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }

    pub(super) fn raw(&self, key: &str) -> &str {
        self.form.get(key).map_or("", |v| v.trim())
    }

    pub(super) fn fail(&mut self, key: &str, message: impl Into<String>) {
        if !self.errors.iter().any(|e| e.field == key) {
            self.errors.push(FieldError::new(key, message));
        }
    }

    /// Text of `min..=max` characters; `missing` is the key of the message for an empty
    /// required field (else it is told the least it takes).
    pub(super) fn text(
        &mut self,
        key: &str,
        missing: Option<&'static str>,
        min: usize,
        max: usize,
    ) -> String {
        let value = self.raw(key).to_string();
        let len = value.chars().count();
        if len == 0
            && min > 0
            && let Some(missing) = missing
        {
            self.fail(key, message(missing));
        } else if len < min {
            self.fail(key, tr!("hosting-error-too-short", min = min));
        } else if len > max {
            self.fail(key, tr!("hosting-error-too-long", max = max, len = len));
        } else if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            self.fail(key, tr!("hosting-error-control-characters"));
        }
        value
    }

    /// A whole number in `lo..=hi`; `default` when left empty (required when `None`).
    pub(super) fn int(&mut self, key: &str, lo: i32, hi: i32, default: Option<i32>) -> i32 {
        let raw = self.raw(key);
        if raw.is_empty() {
            return default.unwrap_or_else(|| {
                self.fail(key, tr!("hosting-error-give-number"));
                lo
            });
        }
        match raw.parse::<i32>() {
            Ok(n) if (lo..=hi).contains(&n) => n,
            Ok(_) => {
                self.fail(key, tr!("hosting-error-number-range", lo = lo, hi = hi));
                lo
            }
            Err(_) => {
                self.fail(key, tr!("hosting-error-whole-number"));
                lo
            }
        }
    }

    /// An amount in major units ("125", "125.50", "1,250") as minor units; `None` when empty.
    pub(super) fn money(&mut self, key: &str) -> Option<i64> {
        match money::parse_amount(self.raw(key)) {
            Ok(minor) => minor,
            Err(money::AmountError::TooLarge) => {
                self.fail(key, tr!("hosting-error-amount-too-large"));
                None
            }
            Err(_) => {
                self.fail(key, tr!("hosting-error-amount"));
                None
            }
        }
    }

    pub(super) fn flag(&self, key: &str) -> bool {
        matches!(self.raw(key), "on" | "true" | "1" | "yes")
    }

    /// One of `options`' keys; `missing` is the key of the message when it is not.
    pub(super) fn choice(
        &mut self,
        key: &str,
        options: &[(&str, &str)],
        missing: &'static str,
    ) -> String {
        let raw = self.raw(key).to_string();
        if options.iter().any(|(k, _)| *k == raw) {
            raw
        } else {
            self.fail(key, message(missing));
            options
                .first()
                .map(|(k, _)| k.to_string())
                .unwrap_or_default()
        }
    }

    /// A local time "HH:MM" on the hour or half hour; `default` when empty.
    pub(super) fn time(&mut self, key: &str, default: &str) -> String {
        let raw = self.raw(key);
        if raw.is_empty() {
            return default.to_string();
        }
        let parsed = raw.split_once(':').and_then(|(h, m)| {
            let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
            (h < 24 && (m == 0 || m == 30)).then(|| format!("{h:02}:{m:02}"))
        });
        parsed.unwrap_or_else(|| {
            self.fail(key, tr!("hosting-error-time"));
            default.to_string()
        })
    }

    pub(super) fn coordinate(&mut self, key: &str, limit: f64) -> Option<f64> {
        let raw = self.raw(key);
        if raw.is_empty() {
            return None;
        }
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= limit => Some(v),
            _ => {
                self.fail(key, tr!("hosting-error-degrees", limit = limit));
                None
            }
        }
    }
}

impl ListingSpec {
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
        if let Some(id) = self.place.place_id {
            put("place_id", id.to_string());
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::hosting::fixtures::{complete, lisbon};

    #[test]
    fn the_form_round_trips() {
        let spec = ListingSpec::from_form(&complete(), lisbon).expect("valid");
        let again = ListingSpec::from_form(&spec.to_form(), lisbon).expect("valid");
        assert_eq!(spec, again);
    }

    #[test]
    fn merging_a_step_clears_unticked_boxes_and_ignores_other_fields() {
        let mut form = complete();
        let submitted: ListingForm = [("amenity_tv", "on"), ("title", "Sneaky change")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        merge_step(Step::Amenities, &mut form, &submitted);
        assert!(form.contains_key("amenity_tv"));
        assert!(!form.contains_key("amenity_wifi"));
        assert_eq!(form["title"], "Sunny loft in Alfama");
    }
}
