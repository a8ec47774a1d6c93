//! The pieces of one demo listing, each drawn from the seeded generator: rules, rooms,
//! amenities, title and description, price, photos.

use super::data::{self, City, Setting};
use super::generate::{PhotoRow, Rules};
use crate::app::types::catalog::property_type_label;
use rand::prelude::*;
use rand_chacha::ChaCha8Rng;

pub(super) fn rules(
    rng: &mut ChaCha8Rng,
    city: &City,
    kind: &str,
    price_minor: i64,
    amenities: &[&str],
    tax_bp: i32,
) -> Rules {
    let min_nights = *[1, 1, 1, 2, 2, 3].choose(rng).unwrap_or(&1);
    let premium = matches!(kind, "villa" | "chalet" | "house");
    Rules {
        instant_book: rng.gen_bool(0.45),
        min_nights,
        max_nights: *[14, 30, 90, 365].choose(rng).unwrap_or(&30),
        advance_notice_days: *[0, 0, 1, 1, 2, 3].choose(rng).unwrap_or(&0),
        preparation_nights: if premium && rng.gen_bool(0.3) { 1 } else { 0 },
        booking_window_days: *[90, 180, 365, 365].choose(rng).unwrap_or(&365),
        weekend_price_minor: rng
            .gen_bool(0.4)
            .then(|| (price_minor * i64::from(rng.gen_range(110..=130)) / 100) / 100 * 100),
        weekly_discount_pct: *[0, 5, 10, 15].choose(rng).unwrap_or(&0),
        monthly_discount_pct: *[0, 20, 25, 30].choose(rng).unwrap_or(&0),
        tax_bp,
        cancellation_policy: ["flexible", "moderate", "moderate", "strict"]
            .choose(rng)
            .unwrap_or(&"moderate"),
        time_zone: city.place().time_zone,
        check_in_hour: *[14, 15, 15, 16].choose(rng).unwrap_or(&15),
        check_out_hour: *[10, 11, 11, 12].choose(rng).unwrap_or(&11),
        max_infants: if amenities.contains(&"crib") { 3 } else { 1 },
        smoking_allowed: rng.gen_bool(0.05),
        events_allowed: premium && rng.gen_bool(0.15),
        house_rules: pick(rng, HOUSE_RULES).to_string(),
    }
}

const HOUSE_RULES: &[&str] = &[
    "Quiet hours from 10 pm to 8 am, please.",
    "Please take your shoes off inside.",
    "Recycling goes in the blue bin by the door.",
    "No parties. Please be kind to the neighbours.",
    "Please turn off the air conditioning when you go out.",
    "",
];

pub(super) const HOST_LINES: &[&str] = &[
    "Happy to share tips on the best local food.",
    "I reply fast and keep the place spotless.",
    "Ask me anything about getting around.",
    "I'm a designer and furnished every room myself.",
    "We're a family of four and love hosting.",
    "Superb coffee recommendations guaranteed.",
];

pub(super) fn pick<'a>(rng: &mut ChaCha8Rng, items: &'a [&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or("")
}

pub(super) fn ascii_slug(s: &str) -> String {
    let slug: String = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if slug.is_empty() { "host".into() } else { slug }
}

pub(super) fn fits_setting(kind: &str, setting: Setting) -> bool {
    match kind {
        "chalet" => setting == Setting::Mountains,
        "cabin" => matches!(
            setting,
            Setting::Mountains | Setting::Lake | Setting::Countryside
        ),
        "cottage" => !matches!(setting, Setting::City | Setting::Desert),
        "bungalow" | "tiny_home" => setting != Setting::City,
        _ => true,
    }
}

pub(super) fn rooms(rng: &mut ChaCha8Rng, kind: &str) -> (i32, f64) {
    let bedrooms = match kind {
        "tiny_home" => 1,
        "apartment" | "condo" | "loft" | "guesthouse" => rng.gen_range(0..=3),
        "cabin" | "cottage" | "bungalow" => rng.gen_range(1..=3),
        "townhouse" => rng.gen_range(2..=4),
        "house" | "chalet" => rng.gen_range(2..=5),
        "villa" => rng.gen_range(3..=7),
        _ => rng.gen_range(1..=3),
    };
    let full = (bedrooms as f64 / 1.6).ceil().max(1.0);
    let half = if bedrooms >= 2 && rng.gen_bool(0.35) {
        0.5
    } else {
        0.0
    };
    (bedrooms, full + half)
}

/// A uniformly random point in a disc of the city's radius around its centre.
pub(super) fn scatter(rng: &mut ChaCha8Rng, city: &City) -> (f64, f64) {
    let centre = city.place();
    let distance_km = city.radius_km * rng.r#gen::<f64>().sqrt();
    let bearing = rng.gen_range(0.0..std::f64::consts::TAU);
    let dlat = distance_km * bearing.cos() / 111.32;
    let dlon =
        distance_km * bearing.sin() / (111.32 * centre.latitude.to_radians().cos().max(0.05));
    let round = |v: f64| (v * 1e6).round() / 1e6;
    (
        round((centre.latitude + dlat).clamp(-89.9, 89.9)),
        round(((centre.longitude + dlon + 540.0) % 360.0) - 180.0),
    )
}

pub(super) fn amenities(rng: &mut ChaCha8Rng, setting: Setting, kind: &str) -> Vec<&'static str> {
    data::AMENITIES
        .iter()
        .filter(|(key, percent)| {
            let fits = match *key {
                "beach_access" | "ocean_view" => {
                    matches!(setting, Setting::Beach | Setting::Island)
                }
                "lake_access" => setting == Setting::Lake,
                "ski_in_out" => {
                    setting == Setting::Mountains && matches!(kind, "chalet" | "cabin" | "condo")
                }
                "mountain_view" => matches!(setting, Setting::Mountains | Setting::Lake),
                "city_view" => setting == Setting::City,
                "waterfront" => matches!(setting, Setting::Beach | Setting::Island | Setting::Lake),
                _ => true,
            };
            let boost = match *key {
                "beach_access" | "ocean_view" | "lake_access" | "ski_in_out" => 3,
                _ => 1,
            };
            fits && rng.gen_range(0..100) < (*percent * boost).min(95)
        })
        .map(|(key, _)| *key)
        .collect()
}

pub(super) fn fill(
    template: &str,
    kind: &str,
    hood: &str,
    city: &str,
    feature: &str,
    adj: &str,
) -> String {
    let label = property_type_label(kind);
    template
        .replace("{adj}", adj)
        .replace("{type_lower}", &label.to_lowercase())
        .replace("{type}", label)
        .replace("{hood}", hood)
        .replace("{city}", city)
        .replace("{feature}", feature)
}

pub(super) fn title(
    rng: &mut ChaCha8Rng,
    kind: &str,
    hood: &str,
    city: &str,
    feature: &str,
) -> String {
    let adj = pick(rng, data::TITLE_ADJECTIVES);
    let pattern = pick(rng, data::TITLE_PATTERNS);
    let mut title = fill(pattern, kind, hood, city, feature, adj);
    if title.chars().count() > 110 {
        title = fill("{adj} {type} in {city}", kind, hood, city, feature, adj);
    }
    title
}

pub(super) fn description(
    rng: &mut ChaCha8Rng,
    city: &City,
    kind: &str,
    hood: &str,
    feature: &str,
) -> String {
    let opening = pick(rng, data::openings(city.setting));
    let space: Vec<&str> = data::SPACE_SENTENCES
        .choose_multiple(rng, 3)
        .copied()
        .collect();
    let area: Vec<&str> = data::AREA_SENTENCES
        .choose_multiple(rng, 2)
        .copied()
        .collect();
    let first = format!("{opening} {}", space.join(" "));
    let second = area.join(" ");
    let text = format!("{first}\n\n{second}");
    fill(&text, kind, hood, city.name, feature, "")
}

pub(super) fn price(rng: &mut ChaCha8Rng, city: &City, kind: &str, bedrooms: i32) -> i64 {
    let kind_factor = match kind {
        "villa" => 2.2,
        "chalet" => 1.7,
        "house" => 1.3,
        "loft" | "townhouse" => 1.15,
        "tiny_home" | "guesthouse" => 0.75,
        _ => 1.0,
    };
    let room_factor = 0.75 + 0.35 * f64::from(bedrooms.max(0));
    let noise = rng.gen_range(0.7..1.4);
    let dollars = (city.typical_price_cents as f64 / 100.0) * kind_factor * room_factor * noise;
    // Hosts price in whole dollars, most often ending in 5 or 9.
    let whole = (dollars.round() as i64).max(25);
    let ending = [0, 5, 9][rng.gen_range(0..3)];
    ((whole / 10) * 10 + ending).max(25) * 100
}

/// The generated exteriors (public/photos): 1 modern villa with pool, 2 log cabin, 3 beach
/// house, 4 snowy chalet, 5 city apartments, 6 Mediterranean villa, 7 farmhouse, 8 A-frame
/// by a lake. Pick one that matches the kind of home and where it is.
pub(super) fn exterior(rng: &mut ChaCha8Rng, property_type: &str, setting: Setting) -> u32 {
    let fitting: &[u32] = match (property_type, setting) {
        ("apartment" | "condo" | "loft", _) => &[5],
        ("chalet", _) => &[4],
        ("cabin", Setting::Lake) => &[8],
        ("cabin", _) => &[2, 8],
        ("villa", Setting::Beach | Setting::Island | Setting::Desert) => &[1, 6],
        ("villa", _) => &[1],
        (_, Setting::Beach | Setting::Island) => &[3, 6],
        (_, Setting::Countryside) => &[7],
        (_, Setting::Mountains) => &[2, 4],
        (_, Setting::Lake) => &[8, 7],
        (_, Setting::Desert) => &[1, 6],
        (_, Setting::City) => &[5, 1],
    };
    fitting[rng.gen_range(0..fitting.len())]
}

pub(super) fn photos(
    rng: &mut ChaCha8Rng,
    title: &str,
    property_type: &str,
    setting: Setting,
    bedrooms: i32,
) -> Vec<PhotoRow> {
    let mut out = Vec::new();
    let mut push = |kind: &str, n: u32, alt: String| {
        out.push(PhotoRow {
            url: format!("/photos/{kind}-{n:02}.svg"),
            alt,
        });
    };
    let outside = exterior(rng, property_type, setting);
    push("exterior", outside, format!("Outside view of {title}"));
    push("living", rng.gen_range(1..=6), "The living room".into());
    let mut bedroom_photos: Vec<u32> = (1..=6).collect();
    bedroom_photos.shuffle(rng);
    for (i, n) in bedroom_photos
        .iter()
        .take(bedrooms.clamp(1, 3) as usize)
        .enumerate()
    {
        push("bedroom", *n, format!("Bedroom {}", i + 1));
    }
    push("kitchen", rng.gen_range(1..=4), "The kitchen".into());
    let view = match setting {
        Setting::Beach | Setting::Island => 1,
        Setting::Mountains | Setting::Lake => 2,
        Setting::City => 3,
        Setting::Countryside | Setting::Desert => 4,
    };
    push("view", view, "The view".into());
    out
}
