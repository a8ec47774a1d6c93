//! What the home must be or have: its kind, rooms, amenities, instant booking and rating.

use super::lexicon;
use super::reader::Reader;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Features {
    pub property_types: Vec<&'static str>,
    pub min_bedrooms: Option<u32>,
    pub min_beds: Option<u32>,
    pub min_bathrooms: Option<u32>,
    pub amenities: Vec<&'static str>,
    pub instant_book: bool,
    /// Tenths of a star: 45 = 4.5.
    pub min_rating_tenths: Option<u32>,
}

const BEDROOMS: &[&str] = &[
    "bedroom",
    "bedrooms",
    "br",
    "brs",
    "bdr",
    "bdrm",
    "bdrms",
    "bd",
    "bed",
    "bedrm",
    "bedrms",
    "bed room",
    "bed rooms",
    "room",
    "rooms",
    "b r",
    "bedroom apartment",
    "bdroom",
    "bedrooom",
];
const BATHROOMS: &[&str] = &[
    "bath",
    "baths",
    "bathroom",
    "bathrooms",
    "ba",
    "bathrms",
    "bathrm",
    "washrooms",
];
const INSTANT: &[&str] = &[
    "instant book",
    "instant booking",
    "instantly bookable",
    "book instantly",
    "instant",
    "no approval",
    "instabook",
    "insta book",
    "book now",
    "instant confirmation",
    "bookable instantly",
    "without approval",
    "instant bookable",
    "instant-book",
];
const HIGHLY_RATED: &[&str] = &[
    "highly rated",
    "high rated",
    "top rated",
    "well reviewed",
    "great reviews",
    "good reviews",
    "best reviews",
    "excellent reviews",
    "highly reviewed",
    "top reviewed",
    "best rated",
    "well rated",
    "high ratings",
    "great ratings",
    "good ratings",
    "excellent ratings",
    "top ratings",
];

fn phrase_end(r: &Reader, i: usize, table: &[&str]) -> Option<usize> {
    table.iter().filter_map(|p| r.phrase(i, p, false)).max()
}

pub fn read(r: &mut Reader) -> Features {
    let mut f = Features::default();
    read_rating(r, &mut f);
    read_rooms(r, &mut f);
    for i in 0..r.len() {
        if let Some(end) = phrase_end(r, i, INSTANT) {
            f.instant_book = true;
            r.take(i..end);
        }
    }
    for i in 0..r.len() {
        if let Some((end, keys)) = r.longest(i, lexicon::AMENITIES, true) {
            for key in keys.split(' ') {
                if !f.amenities.contains(&key) {
                    f.amenities.push(key);
                }
            }
            r.take(i..end);
        } else if let Some((end, key)) = r.longest(i, lexicon::PROPERTY_TYPES, true) {
            if !f.property_types.contains(key) {
                f.property_types.push(key);
            }
            r.take(i..end);
        }
    }
    f.amenities.sort_unstable();
    f.property_types.sort_unstable();
    f
}

/// "4.5 stars", "4+ stars", "rated 4.5+", "rating of at least 4", "5 star", "highly rated".
fn read_rating(r: &mut Reader, f: &mut Features) {
    for i in 0..r.len() {
        if let Some(end) = phrase_end(r, i, HIGHLY_RATED) {
            f.min_rating_tenths = Some(45);
            r.take(i..end);
            return;
        }
        let lead = [
            "rated at least",
            "rated",
            "rating of at least",
            "rating of",
            "rating above",
            "rating over",
            "rating",
            "at least",
            "min rating",
            "minimum rating",
            "reviews above",
            "reviewed",
        ]
        .iter()
        .find_map(|p| r.phrase(i, p, false));
        let at = lead.unwrap_or(i);
        let Some(t) = r.free(at) else { continue };
        let Some(value) = t.number() else { continue };
        let mut end = at + 1;
        if r.is(end, "+") {
            end += 1;
        }
        let stars = phrase_end(
            r,
            end,
            &[
                "stars",
                "star",
                "star rating",
                "rating",
                "stars rating",
                "* rating",
                "*",
            ],
        );
        if lead.is_none() && stars.is_none() {
            continue;
        }
        if lead.is_some()
            && stars.is_none()
            && !(r.is(at + 1, "+")
                || t.text.contains('.')
                || lead.is_some_and(|l| l > i + 1 || r.is(i, "rated") || r.is(i, "rating")))
        {
            continue;
        }
        let end = stars.unwrap_or(end);
        let end = if r.is(end, "+")
            || r.is_any(end, &["or more", "or higher", "or above", "and up", "plus"])
        {
            phrase_end(
                r,
                end,
                &["+", "or more", "or higher", "or above", "and up", "plus"],
            )
            .unwrap_or(end)
        } else {
            end
        };
        let tenths = (value * 10.0).round();
        if (10.0..=50.0).contains(&tenths) && (value * 10.0 - tenths).abs() < 1e-9 {
            f.min_rating_tenths = Some(tenths as u32);
            r.take(i..end);
            return;
        }
    }
}

/// "2 bedrooms", "2br", "two-bedroom", "3 beds", "2 baths".
fn read_rooms(r: &mut Reader, f: &mut Features) {
    for i in 0..r.len() {
        let Some(n) = r.free(i).and_then(|t| t.count()).filter(|n| *n <= 50) else {
            continue;
        };
        let at = if r.is(i + 1, "+") { i + 2 } else { i + 1 };
        let at = if r.is(at, "-") { at + 1 } else { at };
        if r.is(at, "beds") {
            f.min_beds = Some(n);
            r.take(i..at + 1);
        } else if let Some(end) = phrase_end(r, at, BATHROOMS) {
            f.min_bathrooms = Some(n);
            r.take(i..end);
        } else if let Some(end) = phrase_end(r, at, BEDROOMS) {
            f.min_bedrooms = Some(n);
            r.take(i..end);
        }
    }
}
