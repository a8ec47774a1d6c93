//! Plain-language search on the search page: `/search?q=2 adults in Lisbon next weekend`
//! becomes `/search?q=Lisbon&check_in=…&adults=2&unused=…`, the ordinary search URL, so
//! the results, the chips and every later link are the same as for a search made with
//! the filters. Without JavaScript the server answers the first URL with a redirect; with
//! it, the page asks [`rewrite`] through a server function and navigates.

use super::query::{self, Understanding};
use crate::app::types::search::{SearchParams, encode};
use crate::server::catalog::places;
use time::OffsetDateTime;

/// What a plain-language `q` became.
#[derive(Debug, PartialEq)]
pub struct Rewritten {
    pub params: SearchParams,
    /// The person's words that set nothing, quoted back on the page.
    pub unused: Vec<String>,
}

impl Rewritten {
    /// The search URL's query string (without `?`), from page 1.
    pub fn query(&self) -> String {
        let mut q = self.params.to_query(None);
        if !self.unused.is_empty() {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str("unused=");
            q.push_str(&encode(&self.unused.join(" · ")));
        }
        q
    }
}

/// `params` with its `q` read as plain language, or `None` when `q` is just a place (as
/// typed, or "City, Country") or nothing in it was understood: the search then takes it
/// as a destination, as before.
pub fn rewrite(params: &SearchParams, now: OffsetDateTime) -> Option<Rewritten> {
    let text = params
        .q
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())?;
    if places::find(text).is_some() || city_and_code(text) {
        return None;
    }
    let understood = query::understand(text, now);
    let fields = understood.fields();
    if fields.is_empty() {
        return None;
    }
    // A place alone is rewritten only to correct it ("nyc", "lisbn"), not for case,
    // spacing or invisible marks around the same letters.
    let only_place = fields.iter().all(|(k, _)| *k == "q");
    if only_place
        && understood.unused.is_empty()
        && understood
            .destination
            .as_ref()
            .is_some_and(|d| letters(&d.name) == letters(text))
    {
        return None;
    }
    Some(apply(params, &understood))
}

/// The letters and digits of `s`, lower case: what is left when marks and spacing go.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "Porto, PT", "Austin, TX": a city and a country or region code, which the search
/// itself reads.
fn city_and_code(text: &str) -> bool {
    text.split_once(',').is_some_and(|(city, code)| {
        let code = code.trim();
        (2..=3).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_alphabetic())
            && places::PLACES
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case(city.trim()))
    })
}

/// The understood fields over the form's own: what the sentence says wins.
fn apply(params: &SearchParams, u: &Understanding) -> Rewritten {
    let mut p = params.clone();
    p.q = None;
    p.city = None;
    p.page = None;
    for (key, value) in u.fields() {
        let value = Some(value);
        match key {
            "q" => p.q = value,
            "check_in" => p.check_in = value,
            "check_out" => p.check_out = value,
            "adults" => {
                p.adults = value;
                p.guests = None;
            }
            "children" => p.children = value,
            "infants" => p.infants = value,
            "pets" => p.pets = value,
            "min_price" => p.min_price = value,
            "max_price" => p.max_price = value,
            "currency" => p.currency = value,
            "property_type" => p.property_type = value,
            "min_bedrooms" => p.min_bedrooms = value,
            "min_beds" => p.min_beds = value,
            "min_bathrooms" => p.min_bathrooms = value,
            "amenities" => {
                let mut all = p.amenity_list();
                all.extend(value.iter().flat_map(|v| v.split(',').map(str::to_owned)));
                all.sort();
                all.dedup();
                p.amenities = Some(all.join(","));
            }
            "instant_book" => p.instant_book = value,
            "min_rating" => p.min_rating = value,
            _ => {}
        }
    }
    Rewritten {
        params: p,
        unused: u.unused.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2027-01-13 20:00 UTC);

    fn q(text: &str) -> SearchParams {
        SearchParams {
            q: Some(text.into()),
            ..SearchParams::default()
        }
    }

    #[test]
    fn a_sentence_becomes_the_ordinary_search_url() {
        let r =
            rewrite(&q("quiet loft in Lisbon next weekend with wifi"), NOW).expect("understood");
        assert_eq!(
            r.query(),
            "q=Lisbon&check_in=2027-01-22&check_out=2027-01-24&property_type=loft&amenities=wifi&unused=quiet"
        );
    }

    #[test]
    fn a_place_alone_is_left_as_typed() {
        for text in [
            "Lisbon",
            "lisbon",
            "\u{200f}Lisbon",
            "Lisbon, Portugal",
            "Porto, PT",
            "Denver",
            "東京",
            "  ",
        ] {
            assert_eq!(rewrite(&q(text), NOW), None, "{text}");
        }
        let typo = rewrite(&q("lisbn"), NOW).expect("a typo is corrected");
        assert_eq!(typo.params.q.as_deref(), Some("Lisbon"));
    }

    #[test]
    fn the_form_filters_stay_unless_the_sentence_says_otherwise() {
        let mut p = q("Porto with a pool for 4");
        p.amenities = Some("wifi".into());
        p.adults = Some("2".into());
        p.page = Some("3".into());
        let r = rewrite(&p, NOW).expect("understood");
        assert_eq!(r.params.amenities.as_deref(), Some("pool,wifi"));
        assert_eq!(r.params.adults.as_deref(), Some("4"));
        assert_eq!(r.params.page, None);
    }
}
