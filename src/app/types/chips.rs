//! A search as removable chips: one per constraint, each with the URL of the same search
//! without it. Shared by the search page and the assistant's API.

use super::catalog::{amenity_name, property_type_name};
use super::money::{Currency, Money, parse_amount};
use super::search::SearchParams;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::stay::Day;
use crate::tr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    pub label: String,
    /// `/search?…` without this constraint, from page 1.
    pub remove: String,
}

/// The constraints of `p`, in the order a person reads a search: where, when, who, how
/// much, what kind, what it has. The labels are in the reader's language.
pub fn chips(p: &SearchParams) -> Vec<Chip> {
    let mut out = Vec::new();
    let mut chip = |label: String, without: &dyn Fn(&mut SearchParams)| {
        let mut rest = p.clone();
        rest.page = None;
        without(&mut rest);
        out.push(Chip {
            label,
            remove: format!("/search?{}", rest.to_query(None)),
        });
    };
    if let Some(d) = p.destination() {
        chip(d.to_string(), &|r| {
            r.q = None;
            r.city = None;
        });
    }
    if let (Some(a), Some(b)) = (&p.check_in, &p.check_out) {
        chip(date_range(a, b), &|r| {
            r.check_in = None;
            r.check_out = None;
        });
    }
    if let Some(label) = party(p) {
        chip(label, &|r| {
            r.guests = None;
            r.adults = None;
            r.children = None;
            r.infants = None;
            r.pets = None;
        });
    }
    if p.min_price.is_some() || p.max_price.is_some() {
        let currency = p
            .currency
            .as_deref()
            .and_then(|c| Currency::from_code(&c.to_ascii_uppercase()))
            .unwrap_or(Currency::Usd);
        // An amount the search could not read is shown as typed (the search says what is
        // wrong with it).
        let amount = |raw: &str| match parse_amount(raw) {
            Ok(Some(minor)) => i18n::money(Money::new(minor, currency)),
            _ => raw.to_string(),
        };
        let label = match (&p.min_price, &p.max_price) {
            (Some(a), Some(b)) => tr!("catalog-chip-price-range", min = amount(a), max = amount(b)),
            (Some(a), None) => tr!("catalog-chip-price-from", min = amount(a)),
            (None, Some(b)) => tr!("catalog-chip-price-up-to", max = amount(b)),
            (None, None) => String::new(),
        };
        chip(label, &|r| {
            r.min_price = None;
            r.max_price = None;
            r.currency = None;
        });
    }
    let types = p.property_type_list();
    for t in &types {
        let rest: Vec<String> = types.iter().filter(|k| *k != t).cloned().collect();
        chip(property_type_name(t), &move |r| {
            r.property_type = (!rest.is_empty()).then(|| rest.join(","));
        });
    }
    for (value, field) in [
        (&p.min_bedrooms, 0),
        (&p.min_beds, 1),
        (&p.min_bathrooms, 2),
    ] {
        if let Some(raw) = value {
            // A number the search could not read is shown as typed.
            let label = match raw.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => match field {
                    0 => tr!("catalog-chip-bedrooms", count = n),
                    1 => tr!("catalog-chip-beds", count = n),
                    _ => tr!("catalog-chip-bathrooms", count = n),
                },
                _ => raw.clone(),
            };
            chip(label, &move |r| match field {
                0 => r.min_bedrooms = None,
                1 => r.min_beds = None,
                _ => r.min_bathrooms = None,
            });
        }
    }
    let amenities = p.amenity_list();
    for a in &amenities {
        let rest: Vec<String> = amenities.iter().filter(|k| *k != a).cloned().collect();
        chip(amenity_name(a).unwrap_or_else(|| a.clone()), &move |r| {
            r.amenities = (!rest.is_empty()).then(|| rest.join(","));
        });
    }
    if matches!(p.instant_book.as_deref(), Some("true" | "1" | "on")) {
        chip(tr!("catalog-chip-instant-book"), &|r| r.instant_book = None);
    }
    if let Some(stars) = &p.min_rating {
        let label = match stars.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => tr!("catalog-chip-stars", count = n),
            _ => stars.clone(),
        };
        chip(label, &|r| r.min_rating = None);
    }
    out
}

/// "2 adults, 1 pet": each kind of guest that comes along, counted.
fn party(p: &SearchParams) -> Option<String> {
    let n = |v: &Option<String>| v.as_deref().and_then(|v| v.trim().parse::<u32>().ok());
    let adults = n(&p.adults).or(n(&p.guests)).unwrap_or(0);
    let (children, infants, pets) = (
        n(&p.children).unwrap_or(0),
        n(&p.infants).unwrap_or(0),
        n(&p.pets).unwrap_or(0),
    );
    // One adult alone is the search's default, not something the person asked for.
    if adults + children + infants + pets == 0 || (adults, children, infants, pets) == (1, 0, 0, 0)
    {
        return None;
    }
    let parts: Vec<String> = [
        (adults > 0).then(|| tr!("catalog-chip-adults", count = adults)),
        (children > 0).then(|| tr!("catalog-chip-children", count = children)),
        (infants > 0).then(|| tr!("catalog-chip-infants", count = infants)),
        (pets > 0).then(|| tr!("catalog-chip-pets", count = pets)),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(parts.join(&tr!("catalog-list-separator")))
}

/// "Jan 22 – Jan 24, 2027" from ISO dates (the year once when both share it); as given
/// when they are not ISO dates.
fn date_range(a: &str, b: &str) -> String {
    let locale = i18n::locale();
    let (check_in, check_out) = match (Day::parse(a.trim()), Day::parse(b.trim())) {
        (Some(da), Some(db)) => {
            let first = if da.year == db.year {
                DateStyle::DayMonth
            } else {
                DateStyle::Date
            };
            (
                i18n::format::day(locale, da, first),
                i18n::format::day(locale, db, DateStyle::Date),
            )
        }
        _ => (a.to_string(), b.to_string()),
    };
    tr!(
        "catalog-chip-dates",
        check_in = check_in,
        check_out = check_out
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_constraint_is_a_chip_that_removes_only_itself() {
        let p = SearchParams {
            q: Some("Lisbon".into()),
            check_in: Some("2027-01-22".into()),
            check_out: Some("2027-01-24".into()),
            adults: Some("2".into()),
            pets: Some("1".into()),
            max_price: Some("150".into()),
            currency: Some("EUR".into()),
            amenities: Some("free_parking,wifi".into()),
            page: Some("2".into()),
            ..SearchParams::default()
        };
        let c = chips(&p);
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Lisbon",
                "Jan 22 – Jan 24, 2027",
                "2 adults, 1 pet",
                "Up to €150 a night",
                "Free parking on premises",
                "Wi-Fi",
            ]
        );
        assert_eq!(
            c[4].remove,
            "/search?q=Lisbon&check_in=2027-01-22&check_out=2027-01-24&adults=2&pets=1&max_price=150&currency=EUR&amenities=wifi"
        );
        assert!(!c[2].remove.contains("adults") && !c[2].remove.contains("pets"));
    }

    #[test]
    fn the_default_party_is_no_chip() {
        let p = SearchParams {
            adults: Some("1".into()),
            ..SearchParams::default()
        };
        assert!(chips(&p).is_empty());
        let p = SearchParams {
            guests: Some("3".into()),
            children: Some("1".into()),
            min_bedrooms: Some("2".into()),
            min_rating: Some("4.5".into()),
            ..SearchParams::default()
        };
        let labels: Vec<String> = chips(&p).into_iter().map(|c| c.label).collect();
        assert_eq!(labels, ["3 adults, 1 child", "2+ bedrooms", "4.5+ stars"]);
        assert_eq!(
            date_range("2027-12-28", "2028-01-03"),
            "Dec 28, 2027 – Jan 3, 2028"
        );
    }
}
