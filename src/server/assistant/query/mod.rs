//! Plain-language search: "2 adults and a dog in Lisbon next weekend under €150 a night
//! with parking" → the ordinary search filters, plus the words that were not used.
//!
//! Deterministic rules over a token stream ([`reader::Reader`]): each rule takes the
//! words it understood, in a fixed order (where, when, price, what kind of home, who),
//! and whatever is left over is quoted back to the person as ignored, so no constraint is
//! dropped silently. The rules are written out, with the choices they make, in
//! `tests/data/search_queries.md`; the labelled set beside it measures them.

mod dates;
mod destination;
mod features;
mod lexicon;
mod party;
mod price;
mod reader;
mod tokens;

pub use destination::Destination;
pub use price::Money;
pub use tokens::fold_text as fold;

use reader::Reader;
use time::{Date, OffsetDateTime};

/// At most this many characters are read; the rest is ignored (and said to be).
pub const MAX_CHARS: usize = 300;

/// What a query was understood to ask for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Understanding {
    pub destination: Option<Destination>,
    pub stay: Option<(Date, Date)>,
    pub adults: Option<u32>,
    pub children: Option<u32>,
    pub infants: Option<u32>,
    pub pets: Option<u32>,
    /// Per night, in minor units.
    pub min_price_minor: Option<i64>,
    pub max_price_minor: Option<i64>,
    /// `None` when no currency was named (the search's default applies).
    pub currency: Option<Money>,
    pub property_types: Vec<&'static str>,
    pub min_bedrooms: Option<u32>,
    pub min_beds: Option<u32>,
    pub min_bathrooms: Option<u32>,
    pub amenities: Vec<&'static str>,
    pub instant_book: bool,
    pub min_rating_tenths: Option<u32>,
    /// The person's words that set nothing, as they wrote them.
    pub unused: Vec<String>,
}

/// Reads `text` at the instant `now`: relative dates count in the destination's zone.
pub fn understand(text: &str, now: OffsetDateTime) -> Understanding {
    let text = match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    let mut r = Reader::new(text);
    let mut u = Understanding {
        destination: destination::read(&mut r, text),
        ..Understanding::default()
    };
    let today = super::local_date(now, u.destination.as_ref().and_then(|d| d.time_zone));
    let when = dates::read(&mut r, today);
    u.stay = when.stay;
    if let Some((p, span)) = price::find(&r) {
        // A total is divided by the stay's nights, or by a length given alone.
        let nights = u
            .stay
            .map(|(a, b)| (b - a).whole_days())
            .or(when.nights.as_ref().map(|(n, _)| *n))
            .or(p.nights);
        let per_night = |minor: Option<i64>| match (p.total, nights) {
            (false, _) => Some(minor),
            (true, Some(n)) if n > 0 => Some(minor.map(|m| m / n)),
            (true, _) => None,
        };
        let currency = match p.currency {
            Some(Money::Other) => None,
            c => Some(c),
        };
        if let (Some(currency), Some(min), Some(max)) =
            (currency, per_night(p.min_minor), per_night(p.max_minor))
        {
            u.min_price_minor = min;
            u.max_price_minor = max;
            u.currency = currency;
            r.take(span);
            if p.total
                && u.stay.is_none()
                && let Some((_, length)) = when.nights
            {
                r.take(length);
            }
        }
    }
    let f = features::read(&mut r);
    let party = party::read(&mut r);
    if u.destination.is_none() {
        u.destination = destination::read_unknown(&mut r, text)
            .or_else(|| destination::read_capitalised(&mut r, text));
    }
    u.adults = party.adults;
    u.children = party.children;
    u.infants = party.infants;
    u.pets = party.pets;
    u.property_types = f.property_types;
    u.min_bedrooms = f.min_bedrooms;
    u.min_beds = f.min_beds;
    u.min_bathrooms = f.min_bathrooms;
    u.amenities = f.amenities;
    u.instant_book = f.instant_book;
    u.min_rating_tenths = f.min_rating_tenths;
    u.unused = r.unused(text, lexicon::filler);
    u
}

impl Understanding {
    /// The search URL's fields this sets, in the URL's order, as the URL writes them.
    pub fn fields(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut put = |k: &'static str, v: Option<String>| {
            if let Some(v) = v {
                out.push((k, v));
            }
        };
        put("q", self.destination.as_ref().map(|d| d.name.clone()));
        put("check_in", self.stay.map(|(a, _)| a.to_string()));
        put("check_out", self.stay.map(|(_, b)| b.to_string()));
        let n = |v: Option<u32>| v.map(|v| v.to_string());
        put("adults", n(self.adults));
        put("children", n(self.children));
        put("infants", n(self.infants));
        put("pets", n(self.pets));
        put("min_price", self.min_price_minor.map(price::major));
        put("max_price", self.max_price_minor.map(price::major));
        put(
            "currency",
            self.currency.map(|c| match c {
                Money::Eur => "EUR".to_string(),
                Money::Gbp => "GBP".to_string(),
                Money::Usd | Money::Other => "USD".to_string(),
            }),
        );
        let list = |v: &[&str]| (!v.is_empty()).then(|| v.join(","));
        put("property_type", list(&self.property_types));
        put("min_bedrooms", n(self.min_bedrooms));
        put("min_beds", n(self.min_beds));
        put("min_bathrooms", n(self.min_bathrooms));
        put("amenities", list(&self.amenities));
        put(
            "instant_book",
            self.instant_book.then(|| "true".to_string()),
        );
        put(
            "min_rating",
            self.min_rating_tenths.map(|t| match t % 10 {
                0 => (t / 10).to_string(),
                d => format!("{}.{d}", t / 10),
            }),
        );
        out
    }
}

#[cfg(test)]
mod accuracy;
