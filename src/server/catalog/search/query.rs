//! [`SearchQuery`]: the URL's parameters parsed and checked, every bad field named with a
//! message a person can act on.

use super::geo::{self, Area};
use crate::app::types::Currency;
use crate::app::types::account::FieldError;
use crate::app::types::catalog::{AMENITIES, PROPERTY_TYPES};
use crate::app::types::money::{self, AmountError};
use crate::app::types::search::{SearchParams, Sort};
use time::{Date, Duration};

pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
/// Results beyond this depth are not served: narrow the search instead.
pub const MAX_DEPTH: u32 = 10_000;
const MAX_NIGHTS: i64 = 365;

/// A destination as typed: "Lisbon", "Portugal", or "Porto, PT".
#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    pub place: String,
    pub within: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PriceRange {
    pub min_minor: Option<i64>,
    pub max_minor: Option<i64>,
    pub currency: Currency,
}

/// A search, parsed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchQuery {
    pub destination: Option<Destination>,
    pub stay: Option<(Date, Date)>,
    pub adults: i32,
    pub children: i32,
    pub infants: i32,
    pub pets: i32,
    pub price: Option<PriceRange>,
    pub property_types: Vec<String>,
    pub min_bedrooms: Option<i32>,
    pub min_beds: Option<i32>,
    pub min_bathrooms: Option<f64>,
    pub amenities: Vec<String>,
    pub instant_book: bool,
    pub area: Option<Area>,
    pub sort: Sort,
    pub page: u32,
    pub per_page: u32,
}

impl SearchQuery {
    pub fn nights(&self) -> Option<i64> {
        self.stay.map(|(a, b)| (b - a).whole_days())
    }

    /// Every amenity the listing must have: those asked for, plus `pets_allowed` when pets
    /// come along.
    pub fn required_amenities(&self) -> Vec<String> {
        let mut all = self.amenities.clone();
        if self.pets > 0 && !all.iter().any(|a| a == "pets_allowed") {
            all.push("pets_allowed".into());
        }
        all
    }

    /// Parses raw parameters; `today` (UTC) bounds the dates. Reports every bad field.
    pub fn parse(p: &SearchParams, today: Date) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut bad = |field: &str, message: &str| errors.push(FieldError::new(field, message));

        let destination = match p.destination() {
            Some(d) if d.chars().count() > 200 => {
                bad("q", "Shorten the destination to 200 characters.");
                None
            }
            Some(d) => Some(match d.split_once(',') {
                Some((place, within)) if !within.trim().is_empty() => Destination {
                    place: place.trim().to_owned(),
                    within: Some(within.trim().to_owned()),
                },
                _ => Destination {
                    place: d.trim_end_matches(',').trim().to_owned(),
                    within: None,
                },
            }),
            None => None,
        };

        let check_in = date(p.check_in.as_deref());
        let check_out = date(p.check_out.as_deref());
        let stay = match (check_in, check_out) {
            (Ok(None), Ok(None)) => None,
            (Err(()), _) => {
                bad("check_in", "Enter the check-in date as YYYY-MM-DD.");
                None
            }
            (_, Err(())) => {
                bad("check_out", "Enter the check-out date as YYYY-MM-DD.");
                None
            }
            (Ok(Some(_)), Ok(None)) => {
                bad("check_out", "Choose a check-out date too.");
                None
            }
            (Ok(None), Ok(Some(_))) => {
                bad("check_in", "Choose a check-in date too.");
                None
            }
            (Ok(Some(a)), Ok(Some(b))) => {
                let nights = (b - a).whole_days();
                if nights <= 0 {
                    bad("check_out", "Check-out must be after check-in.");
                    None
                } else if nights > MAX_NIGHTS {
                    bad("check_out", "A stay can last at most 365 nights.");
                    None
                } else if a < today - Duration::days(1) {
                    bad("check_in", "Check-in cannot be in the past.");
                    None
                } else if a > today + Duration::days(730) {
                    bad("check_in", "Check-in can be at most two years ahead.");
                    None
                } else {
                    Some((a, b))
                }
            }
        };

        let count = |raw: Option<&str>, field: &str, max: i32| -> Result<Option<i32>, String> {
            match raw.map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => match s.parse::<i64>() {
                    Ok(n) if n < 0 => Err(format!("The number of {field} cannot be negative.")),
                    Ok(n) if n > i64::from(max) => Err(format!("At most {max} {field}.")),
                    Ok(n) => Ok(Some(n as i32)),
                    Err(_) => Err(format!("Enter the number of {field} as a whole number.")),
                },
            }
        };
        let mut guest = |raw: Option<&str>, field: &'static str, noun: &str, max: i32| match count(
            raw, noun, max,
        ) {
            Ok(n) => n,
            Err(message) => {
                bad(field, &message);
                None
            }
        };
        let adults = guest(p.adults.as_deref(), "adults", "adults", 50);
        let total = guest(p.guests.as_deref(), "guests", "guests", 50);
        let children = guest(p.children.as_deref(), "children", "children", 50).unwrap_or(0);
        let infants = guest(p.infants.as_deref(), "infants", "infants", 10).unwrap_or(0);
        let pets = guest(p.pets.as_deref(), "pets", "pets", 10).unwrap_or(0);
        // `guests` is the API's short form: everyone counted as an adult.
        let adults = adults.or(total.map(|t| t - children)).unwrap_or(1).max(0);
        if adults == 0 {
            bad("adults", "At least one adult must come along.");
        }
        if adults + children > 50 {
            bad("guests", "At most 50 guests.");
        }

        let currency = match p
            .currency
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Currency::Usd,
            Some(code) => Currency::from_code(&code.to_ascii_uppercase()).unwrap_or_else(|| {
                bad("currency", "Choose USD, EUR or GBP.");
                Currency::Usd
            }),
        };
        let min_price = money_amount(p.min_price.as_deref()).unwrap_or_else(|m| {
            bad("min_price", &format!("Minimum price: {m}"));
            None
        });
        let max_price = money_amount(p.max_price.as_deref()).unwrap_or_else(|m| {
            bad("max_price", &format!("Maximum price: {m}"));
            None
        });
        if let (Some(min), Some(max)) = (min_price, max_price)
            && min > max
        {
            bad("min_price", "The minimum price is above the maximum.");
        }
        let price = (min_price.is_some() || max_price.is_some()).then_some(PriceRange {
            min_minor: min_price,
            max_minor: max_price,
            currency,
        });

        let property_types = p.property_type_list();
        if let Some(unknown) = property_types
            .iter()
            .find(|t| !PROPERTY_TYPES.iter().any(|(k, _)| k == t))
        {
            bad(
                "property_type",
                &format!("\u{201c}{unknown}\u{201d} is not a property type Haven knows."),
            );
        }
        let mut amenities = p.amenity_list();
        amenities.sort();
        amenities.dedup();
        if let Some(unknown) = amenities
            .iter()
            .find(|a| !AMENITIES.iter().any(|(k, _)| k == a))
        {
            bad(
                "amenities",
                &format!("\u{201c}{unknown}\u{201d} is not an amenity Haven knows."),
            );
        }

        let mut minimum = |raw: Option<&str>, field: &'static str, noun: &str| {
            count(raw, noun, 50).unwrap_or_else(|m| {
                bad(field, &m);
                None
            })
        };
        let min_bedrooms = minimum(p.min_bedrooms.as_deref(), "min_bedrooms", "bedrooms");
        let min_beds = minimum(p.min_beds.as_deref(), "min_beds", "beds");
        let min_bathrooms = match p
            .min_bathrooms
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => None,
            Some(s) => match s.parse::<f64>() {
                Ok(b) if b.is_finite() && (0.0..=50.0).contains(&b) => Some(b),
                _ => {
                    bad("min_bathrooms", "Enter a number of bathrooms from 0 to 50.");
                    None
                }
            },
        };

        let instant_book = match p.instant_book.as_deref().map(str::trim) {
            None | Some("" | "false" | "0" | "off") => false,
            Some("true" | "1" | "on") => true,
            Some(_) => {
                bad("instant_book", "Instant book is true or false.");
                false
            }
        };

        let area = geo::parse_area(p, &mut bad);

        let sort = match p.sort.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Sort::Recommended,
            Some(key) => Sort::from_key(key).unwrap_or_else(|| {
                bad(
                    "sort",
                    "Sort by recommended, price_asc, price_desc, newest or distance.",
                );
                Sort::Recommended
            }),
        };
        if sort == Sort::Distance && area.is_none() {
            bad(
                "sort",
                "Sorting by distance needs a map area or a point with a radius.",
            );
        }

        let mut positive =
            |raw: Option<&str>, field: &'static str, default: u32, max: u32| match raw
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                None => default,
                Some(s) => match s.parse::<u32>() {
                    Ok(n) if (1..=max).contains(&n) => n,
                    _ => {
                        bad(field, &format!("Use a whole number from 1 to {max}."));
                        default
                    }
                },
            };
        let per_page = positive(
            p.per_page.as_deref(),
            "per_page",
            DEFAULT_PER_PAGE,
            MAX_PER_PAGE,
        );
        let page = positive(p.page.as_deref(), "page", 1, MAX_DEPTH);
        if page.saturating_mul(per_page) > MAX_DEPTH {
            bad(
                "page",
                "That page is too deep: narrow the search to see these results.",
            );
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            destination,
            stay,
            adults,
            children,
            infants,
            pets,
            price,
            property_types,
            min_bedrooms,
            min_beds,
            min_bathrooms,
            amenities,
            instant_book,
            area,
            sort,
            page,
            per_page,
        })
    }
}

fn date(raw: Option<&str>) -> Result<Option<Date>, ()> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => Date::parse(s, &format).map(Some).map_err(|_| ()),
    }
}

/// A price filter: [`money::parse_amount`], with what a searcher is told when it fails.
fn money_amount(raw: Option<&str>) -> Result<Option<i64>, &'static str> {
    money::parse_amount(raw.unwrap_or_default()).map_err(|e| match e {
        AmountError::Negative => "it cannot be negative.",
        AmountError::Malformed => "enter an amount such as 120 or 99.50.",
        AmountError::TooLarge => "at most 1,000,000 a night.",
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 22);

    pub(in crate::server::catalog::search) fn parse(
        pairs: &[(&str, &str)],
    ) -> Result<SearchQuery, Vec<FieldError>> {
        let mut p = SearchParams::default();
        for (k, v) in pairs {
            let v = Some(v.to_string());
            match *k {
                "q" => p.q = v,
                "check_in" => p.check_in = v,
                "check_out" => p.check_out = v,
                "guests" => p.guests = v,
                "adults" => p.adults = v,
                "children" => p.children = v,
                "min_price" => p.min_price = v,
                "max_price" => p.max_price = v,
                "bbox" => p.bbox = v,
                "lat" => p.lat = v,
                "lng" => p.lng = v,
                "radius_km" => p.radius_km = v,
                "sort" => p.sort = v,
                "page" => p.page = v,
                "amenities" => p.amenities = v,
                other => panic!("test does not set {other}"),
            }
        }
        SearchQuery::parse(&p, TODAY)
    }

    pub(in crate::server::catalog::search) fn fields(
        r: Result<SearchQuery, Vec<FieldError>>,
    ) -> Vec<String> {
        r.err()
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn nothing_given_is_a_valid_search_for_one_adult() {
        let q = parse(&[]).expect("valid");
        assert_eq!((q.adults, q.page, q.per_page), (1, 1, DEFAULT_PER_PAGE));
        assert_eq!(q.sort, Sort::Recommended);
    }

    #[test]
    fn bad_dates_are_named() {
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-12-10"),
                ("check_out", "2026-12-10")
            ])),
            ["check_out"]
        );
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-12-10"),
                ("check_out", "2026-12-03")
            ])),
            ["check_out"]
        );
        assert_eq!(
            fields(parse(&[
                ("check_in", "2026-13-01"),
                ("check_out", "2026-12-03")
            ])),
            ["check_in"]
        );
        assert_eq!(fields(parse(&[("check_in", "2026-12-10")])), ["check_out"]);
        assert_eq!(
            fields(parse(&[
                ("check_in", "2020-01-01"),
                ("check_out", "2020-01-03")
            ])),
            ["check_in"]
        );
        let ok = parse(&[("check_in", "2026-12-10"), ("check_out", "2026-12-13")]).expect("valid");
        assert_eq!(ok.nights(), Some(3));
    }

    #[test]
    fn bad_numbers_are_named() {
        assert_eq!(fields(parse(&[("adults", "-2")])), ["adults"]);
        assert_eq!(fields(parse(&[("children", "two")])), ["children"]);
        assert_eq!(
            fields(parse(&[("min_price", "300"), ("max_price", "100")])),
            ["min_price"]
        );
        assert_eq!(fields(parse(&[("min_price", "1e3")])), ["min_price"]);
        assert_eq!(fields(parse(&[("page", "0")])), ["page"]);
        assert_eq!(fields(parse(&[("page", "500")])), ["page"], "too deep");
        assert_eq!(fields(parse(&[("amenities", "wifi,moat")])), ["amenities"]);
        assert_eq!(fields(parse(&[("sort", "distance")])), ["sort"]);
        let q = parse(&[("min_price", "99.5"), ("guests", "3")]).expect("valid");
        assert_eq!(q.price.and_then(|p| p.min_minor), Some(9_950));
        assert_eq!(q.adults, 3);
    }

    #[test]
    fn destinations_split_on_the_first_comma() {
        let q = parse(&[("q", " Porto, PT ")]).expect("valid");
        assert_eq!(
            q.destination,
            Some(Destination {
                place: "Porto".into(),
                within: Some("PT".into())
            })
        );
    }
}
