//! API clients send a listing as JSON ([`ListingInput`]): its fields are laid onto the
//! editor's form, and the editor's parser judges the result.

use crate::app::types::account::FieldError;
use crate::app::types::hosting::{
    AMENITY_PREFIX, ListingForm, ListingInput, PETS, editable_amenities,
};
use crate::app::types::money::{self, Currency};

/// Lays the fields `input` gives onto `form` (the current listing's, or an empty one), so
/// [`ListingSpec::from_form`](super::ListingSpec::from_form) judges them exactly as it
/// judges the editor's. What a form cannot say (a country without its city, two
/// currencies, an unknown amenity) is refused here, naming the field.
pub fn apply_input(input: &ListingInput, form: &mut ListingForm) -> Result<(), FieldError> {
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
    set(form, "title", input.title.clone());
    set(form, "description", input.description.clone());
    set(form, "property_type", input.property_type.clone());
    if let Some(l) = &input.location {
        set(form, "address", l.address.clone());
        // A town named anew replaces the one chosen before.
        if l.city.is_some() || l.place_id.is_some() {
            form.remove("place_id");
        }
        if let Some(id) = l.place_id {
            form.insert("place_id".into(), id.to_string());
        }
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
        } else if l.city.is_some() || l.place_id.is_some() {
            // A new city without a point: its centre.
            form.remove("latitude");
            form.remove("longitude");
        }
    }
    if let Some(c) = &input.capacity {
        set(form, "max_guests", num(c.max_guests));
        set(form, "bedrooms", num(c.bedrooms));
        set(form, "beds", num(c.beds));
        set(form, "bathrooms", c.bathrooms.map(|b| b.to_string()));
    }
    if let Some(list) = &input.amenities {
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
    if let Some(h) = &input.house_rules {
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
        ("price_per_night", &input.price_per_night),
        ("weekend_price", &input.weekend_price),
        ("cleaning_fee", &input.cleaning_fee),
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
        if input.price_per_night.is_none() && current.is_some_and(|code| code != c.code()) {
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
    set(form, "weekly_discount_pct", num(input.weekly_discount_pct));
    set(
        form,
        "monthly_discount_pct",
        num(input.monthly_discount_pct),
    );
    if let Some(b) = &input.booking {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::types::Money;
    use crate::app::types::hosting::{CapacityInput, HouseRulesInput};
    use crate::server::hosting::fixtures::{complete, lisbon};
    use crate::server::hosting::spec::ListingSpec;

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
        apply_input(&change, &mut form).expect("applies");
        let errors = ListingSpec::from_form(&form, lisbon).expect_err("invalid");
        assert_eq!(errors[0].field, "max_guests");

        let mut form = base.to_form();
        let mixed = ListingInput {
            price_per_night: Some(Money::new(12_000, Currency::Eur)),
            cleaning_fee: Some(Money::new(1_000, Currency::Usd)),
            ..Default::default()
        };
        assert_eq!(
            apply_input(&mixed, &mut form)
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
        apply_input(&pets_off, &mut form).expect("applies");
        let spec = ListingSpec::from_form(&form, lisbon).expect("valid");
        assert_eq!(spec.amenities, vec!["tv"]);
    }
}
