//! A search as removable chips: one per constraint, each with the URL of the same search
//! without it. Shared by the search page and the assistant's API.

use super::catalog::{amenity_label, property_type_label};
use super::money::Currency;
use super::search::SearchParams;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    pub label: String,
    /// `/search?…` without this constraint, from page 1.
    pub remove: String,
}

/// The constraints of `p`, in the order a person reads a search: where, when, who, how
/// much, what kind, what it has.
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
        let sign = p
            .currency
            .as_deref()
            .and_then(|c| Currency::from_code(&c.to_ascii_uppercase()))
            .unwrap_or(Currency::Usd)
            .symbol();
        let label = match (&p.min_price, &p.max_price) {
            (Some(a), Some(b)) => format!("{sign}{a}–{sign}{b} a night"),
            (Some(a), None) => format!("From {sign}{a} a night"),
            (None, Some(b)) => format!("Up to {sign}{b} a night"),
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
        chip(property_type_label(t).to_string(), &move |r| {
            r.property_type = (!rest.is_empty()).then(|| rest.join(","));
        });
    }
    for (value, noun, field) in [
        (&p.min_bedrooms, "bedrooms", 0),
        (&p.min_beds, "beds", 1),
        (&p.min_bathrooms, "bathrooms", 2),
    ] {
        if let Some(n) = value {
            chip(format!("{n}+ {noun}"), &move |r| match field {
                0 => r.min_bedrooms = None,
                1 => r.min_beds = None,
                _ => r.min_bathrooms = None,
            });
        }
    }
    let amenities = p.amenity_list();
    for a in &amenities {
        let rest: Vec<String> = amenities.iter().filter(|k| *k != a).cloned().collect();
        chip(amenity_label(a).unwrap_or(a).to_string(), &move |r| {
            r.amenities = (!rest.is_empty()).then(|| rest.join(","));
        });
    }
    if matches!(p.instant_book.as_deref(), Some("true" | "1" | "on")) {
        chip("Instant book".into(), &|r| r.instant_book = None);
    }
    if let Some(stars) = &p.min_rating {
        chip(format!("{stars}+ stars"), &|r| r.min_rating = None);
    }
    out
}

fn party(p: &SearchParams) -> Option<String> {
    let n = |v: &Option<String>| v.as_deref().and_then(|v| v.trim().parse::<u32>().ok());
    let adults = n(&p.adults).or(n(&p.guests));
    let parts: Vec<String> = [
        (adults, "adult", "adults"),
        (n(&p.children), "child", "children"),
        (n(&p.infants), "infant", "infants"),
        (n(&p.pets), "pet", "pets"),
    ]
    .into_iter()
    .filter_map(|(count, one, many)| match count {
        None | Some(0) => None,
        Some(1) => Some(format!("1 {one}")),
        Some(k) => Some(format!("{k} {many}")),
    })
    .collect();
    // One adult alone is the search's default, not something the person asked for.
    (!parts.is_empty() && parts != ["1 adult"]).then(|| parts.join(", "))
}

/// "22 Jan – 24 Jan 2027" from ISO dates; as given when they are not ISO dates.
fn date_range(a: &str, b: &str) -> String {
    match (short_date(a), short_date(b)) {
        (Some((da, ya)), Some((db, yb))) if ya == yb => format!("{da} – {db} {yb}"),
        (Some((da, ya)), Some((db, yb))) => format!("{da} {ya} – {db} {yb}"),
        _ => format!("{a} – {b}"),
    }
}

fn short_date(iso: &str) -> Option<(String, String)> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = iso.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let month = MONTHS.get(m.parse::<usize>().ok()?.checked_sub(1)?)?;
    let day: u32 = d.parse().ok()?;
    (y.len() == 4 && y.parse::<u32>().is_ok()).then(|| (format!("{day} {month}"), y.to_string()))
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
                "22 Jan – 24 Jan 2027",
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
        assert_eq!(
            date_range("2027-12-28", "2028-01-03"),
            "28 Dec 2027 – 3 Jan 2028"
        );
    }
}
