//! [`SearchQuery`]: the URL's parameters parsed and checked, every bad field named with a
//! message a person can act on.

use super::geo::{self, Area};
use crate::app::types::Currency;
use crate::app::types::account::FieldError;
use crate::app::types::catalog::{AMENITIES, PROPERTY_TYPES};
use crate::app::types::guests::{Guests, parse_count};
use crate::app::types::money::{self, AmountError};
use crate::app::types::search::{SearchParams, Sort};
use crate::app::types::stay::Day;
use crate::app::types::stay_dates::StayDates;
use crate::tr;
use time::Date;

pub const DEFAULT_PER_PAGE: u32 = 24;
pub const MAX_PER_PAGE: u32 = 100;
/// Results beyond this depth are not served: narrow the search instead.
pub const MAX_DEPTH: u32 = 10_000;

/// A destination as typed or suggested: "Lisbon", "Portugal", "Porto, PT",
/// "Springfield, Illinois, United States" or "Extremadura, Spain".
#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    /// A town, region or country.
    pub place: String,
    /// What it is in: each a region, a country or a country code.
    pub within: Vec<String>,
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
    pub guests: Guests,
    pub price: Option<PriceRange>,
    pub property_types: Vec<String>,
    pub min_bedrooms: Option<i32>,
    pub min_beds: Option<i32>,
    pub min_bathrooms: Option<f64>,
    pub amenities: Vec<String>,
    pub instant_book: bool,
    /// The lowest average rating, in tenths of a star (45 = 4.5).
    pub min_rating_tenths: Option<i32>,
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
        if self.guests.pets() > 0 && !all.iter().any(|a| a == "pets_allowed") {
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
                bad("q", &tr!("catalog-search-error-destination", max = 200));
                None
            }
            Some(d) => {
                let mut parts = d.split(',').map(str::trim).filter(|p| !p.is_empty());
                let place = parts.next().unwrap_or_default().to_owned();
                let within = parts.map(str::to_owned).collect();
                Some(Destination { place, within })
            }
            None => None,
        };

        let stay = StayDates::parse(
            p.check_in.as_deref(),
            p.check_out.as_deref(),
            Day::from_date(today),
        )
        .and_then(|stay| stay.map(|s| s.to_dates()).transpose())
        .unwrap_or_else(|e| {
            bad(&e.field, &e.message);
            None
        });
        let guests = Guests::parse(p.guest_counts()).unwrap_or_else(|errors| {
            for e in errors {
                bad(&e.field, &e.message);
            }
            Guests::default()
        });

        let currency = match p
            .currency
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Currency::Usd,
            Some(code) => Currency::from_code(&code.to_ascii_uppercase()).unwrap_or_else(|| {
                bad("currency", &tr!("catalog-search-error-currency"));
                Currency::Usd
            }),
        };
        let min_price = money_amount(p.min_price.as_deref(), "min").unwrap_or_else(|m| {
            bad("min_price", &m);
            None
        });
        let max_price = money_amount(p.max_price.as_deref(), "max").unwrap_or_else(|m| {
            bad("max_price", &m);
            None
        });
        if let (Some(min), Some(max)) = (min_price, max_price)
            && min > max
        {
            bad("min_price", &tr!("catalog-search-error-price-order"));
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
                &tr!("catalog-search-error-type", value = unknown.as_str()),
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
                &tr!("catalog-search-error-amenity", value = unknown.as_str()),
            );
        }

        // The messages name the rooms by the field's noun (`guests::parse_count`).
        let mut minimum = |raw: Option<&str>, field: &'static str, noun: &str| {
            parse_count(raw, noun, 50).unwrap_or_else(|m| {
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
                    bad(
                        "min_bathrooms",
                        &tr!("catalog-search-error-bathrooms", max = 50),
                    );
                    None
                }
            },
        };

        let instant_book = match p.instant_book.as_deref().map(str::trim) {
            None | Some("" | "false" | "0" | "off") => false,
            Some("true" | "1" | "on") => true,
            Some(_) => {
                bad("instant_book", &tr!("catalog-search-error-instant"));
                false
            }
        };

        let min_rating_tenths = match p.min_rating.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => parse_rating_tenths(raw).or_else(|| {
                bad("min_rating", &tr!("catalog-search-error-rating"));
                None
            }),
        };

        let area = geo::parse_area(p, &mut bad);

        let sort = match p.sort.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Sort::Recommended,
            Some(key) => Sort::from_key(key).unwrap_or_else(|| {
                bad("sort", &tr!("catalog-search-error-sort"));
                Sort::Recommended
            }),
        };
        if sort == Sort::Distance && area.is_none() {
            bad("sort", &tr!("catalog-search-error-distance"));
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
                        bad(field, &tr!("catalog-search-error-whole", max = max));
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
            bad("page", &tr!("catalog-search-error-depth"));
        }

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            destination,
            stay,
            guests,
            price,
            property_types,
            min_bedrooms,
            min_beds,
            min_bathrooms,
            amenities,
            instant_book,
            min_rating_tenths,
            area,
            sort,
            page,
            per_page,
        })
    }
}

/// "4" or "4.5" (1 to 5, at most one decimal) in tenths of a star.
fn parse_rating_tenths(raw: &str) -> Option<i32> {
    let (whole, tenth) = match raw.split_once('.') {
        None => (raw, "0"),
        Some((w, t)) => (w, t),
    };
    if whole.len() != 1 || tenth.len() != 1 {
        return None;
    }
    let tenths = whole.parse::<i32>().ok()? * 10 + tenth.parse::<i32>().ok()?;
    (10..=50).contains(&tenths).then_some(tenths)
}

/// A price filter, the `min` or the `max` ([`money::parse_amount`]), with what a searcher
/// is told when it fails.
fn money_amount(raw: Option<&str>, bound: &str) -> Result<Option<i64>, String> {
    money::parse_amount(raw.unwrap_or_default()).map_err(|e| match e {
        AmountError::Negative => tr!("catalog-search-error-price-negative", bound = bound),
        AmountError::Malformed => tr!("catalog-search-error-price-malformed", bound = bound),
        AmountError::TooLarge => tr!("catalog-search-error-price-too-large", bound = bound),
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
                "min_rating" => p.min_rating = v,
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
    fn a_minimum_rating_is_one_to_five_stars_in_tenths() {
        for (raw, tenths) in [
            ("4", 40),
            ("4.5", 45),
            ("1", 10),
            ("5.0", 50),
            (" 3.7 ", 37),
        ] {
            let q = parse(&[("min_rating", raw)]).expect(raw);
            assert_eq!(q.min_rating_tenths, Some(tenths), "{raw}");
        }
        for raw in [
            "0.5", "5.1", "6", "4.55", "-4", "4.", ".5", "four", "NaN", "45",
        ] {
            assert_eq!(
                fields(parse(&[("min_rating", raw)])),
                ["min_rating"],
                "{raw}"
            );
        }
        assert_eq!(
            parse(&[("min_rating", "")])
                .expect("blank")
                .min_rating_tenths,
            None
        );
    }

    #[test]
    fn nothing_given_is_a_valid_search_for_one_adult() {
        let q = parse(&[]).expect("valid");
        assert_eq!(
            (q.guests.adults(), q.page, q.per_page),
            (1, 1, DEFAULT_PER_PAGE)
        );
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
        assert_eq!(q.guests.adults(), 3);
    }

    #[test]
    fn destinations_split_on_commas() {
        let q = parse(&[("q", " Porto, PT ")]).expect("valid");
        assert_eq!(
            q.destination,
            Some(Destination {
                place: "Porto".into(),
                within: vec!["PT".into()]
            })
        );
        let q = parse(&[("q", "Springfield, Illinois,, United States,")]).expect("valid");
        assert_eq!(
            q.destination,
            Some(Destination {
                place: "Springfield".into(),
                within: vec!["Illinois".into(), "United States".into()]
            })
        );
    }
}
