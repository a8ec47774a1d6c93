//! Turning a seed into rows. Pure and synchronous: no database here.

use super::data::{self};
use super::parts::{
    HOST_LINES, amenities, ascii_slug, description, fits_setting, photos, pick, price, rooms,
    rules, scatter, title,
};
use rand::distributions::WeightedIndex;
use rand::prelude::*;
use rand_chacha::ChaCha8Rng;
use time::macros::datetime;
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

/// Demo data is dated relative to this instant, not the clock, so it is the same every run.
fn epoch() -> OffsetDateTime {
    datetime!(2026-11-01 12:00 UTC)
}

pub struct HostRow {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub about: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub created_at: OffsetDateTime,
}

pub struct PhotoRow {
    pub url: String,
    pub alt: String,
}

pub struct ListingRow {
    pub id: i64,
    pub host_id: Uuid,
    pub title: String,
    pub description: String,
    pub property_type: String,
    pub address: String,
    pub city: String,
    pub state: Option<String>,
    pub country: String,
    pub country_code: String,
    pub latitude: f64,
    pub longitude: f64,
    pub price_minor: i64,
    pub cleaning_minor: i64,
    pub max_guests: i32,
    pub bedrooms: i32,
    pub beds: i32,
    pub bathrooms: f64,
    pub amenities: Vec<&'static str>,
    pub photos: Vec<PhotoRow>,
    pub created_at: OffsetDateTime,
    pub rules: Rules,
}

/// A listing's booking settings and house rules.
pub struct Rules {
    pub instant_book: bool,
    pub min_nights: i32,
    pub max_nights: i32,
    pub advance_notice_days: i32,
    pub preparation_nights: i32,
    pub booking_window_days: i32,
    pub weekend_price_minor: Option<i64>,
    pub weekly_discount_pct: i32,
    pub monthly_discount_pct: i32,
    pub tax_bp: i32,
    pub cancellation_policy: &'static str,
    pub time_zone: &'static str,
    pub check_in_hour: u8,
    pub check_out_hour: u8,
    pub max_infants: i32,
    pub smoking_allowed: bool,
    pub events_allowed: bool,
    pub house_rules: String,
}

/// A demo guest's stay at a listing.
pub struct BookingRow {
    pub id: i64,
    pub listing_id: i64,
    pub guest_id: Uuid,
    pub check_in: Date,
    pub check_out: Date,
    pub adults: i32,
    pub children: i32,
    pub status: &'static str,
    pub total_minor: i64,
    /// The nights the booking holds: the stay plus the preparation nights after it. `None`
    /// for bookings that hold nothing (completed).
    pub holds_until: Option<Date>,
}

/// A listing's calendar from a few weeks ago to a few months ahead.
#[derive(Default)]
pub struct Calendar {
    pub listing_id: i64,
    pub bookings: Vec<BookingRow>,
    /// Nights the host blocked: `[from, until)`.
    pub blocks: Vec<(Date, Date)>,
    /// Nights with their own price.
    pub night_prices: Vec<(Date, i64)>,
}

pub struct Generator {
    rng: ChaCha8Rng,
    listings: usize,
    types: WeightedIndex<u32>,
    /// Occupancy tax by country code (the `taxes` table's country rates); none elsewhere.
    taxes: std::collections::HashMap<String, i32>,
}

impl Generator {
    pub fn new(seed: u64, listings: usize) -> Self {
        let weights = data::PROPERTY_TYPES.iter().map(|(_, w)| *w);
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
            listings,
            // A static, non-empty table with positive weights (its tests check).
            types: WeightedIndex::new(weights).expect("PROPERTY_TYPES has positive weights"),
            taxes: Default::default(),
        }
    }

    /// Listings then pay these rates (by country code), as the database says.
    pub fn with_taxes(mut self, taxes: std::collections::HashMap<String, i32>) -> Self {
        self.taxes = taxes;
        self
    }

    /// About one host for every three listings; a few hosts own many.
    pub fn hosts(&mut self) -> Vec<HostRow> {
        let count = self.listings.div_ceil(3).max(1);
        (0..count)
            .map(|i| {
                let first = *data::FIRST_NAMES.choose(&mut self.rng).unwrap_or(&"Alex");
                let last = *data::LAST_NAMES.choose(&mut self.rng).unwrap_or(&"Lee");
                let home = &data::CITIES[self.rng.gen_range(0..data::CITIES.len())];
                let mut bytes = [0u8; 16];
                self.rng.fill_bytes(&mut bytes);
                let about = self.rng.gen_bool(0.8).then(|| {
                    format!(
                        "Hi, I'm {first}. I live in {} and love welcoming travellers. {}",
                        home.name,
                        pick(&mut self.rng, HOST_LINES)
                    )
                });
                HostRow {
                    id: uuid::Builder::from_random_bytes(bytes).into_uuid(),
                    email: format!(
                        "{}.{}.{i}@demo.haven.test",
                        ascii_slug(first),
                        ascii_slug(last)
                    ),
                    display_name: first.to_string(),
                    about,
                    city: Some(home.name.to_string()),
                    country: Some(home.place().country.to_string()),
                    created_at: epoch() - Duration::days(self.rng.gen_range(30..3_000)),
                }
            })
            .collect()
    }

    pub fn listing(&mut self, id: i64, hosts: &[HostRow]) -> ListingRow {
        let rng = &mut self.rng;
        // Skewed: low host indexes own more listings, as on real marketplaces.
        let host_index = ((rng.r#gen::<f64>().powf(2.2)) * hosts.len() as f64) as usize;
        let host = &hosts[host_index.min(hosts.len() - 1)];
        let city = &data::CITIES[rng.gen_range(0..data::CITIES.len())];
        // Chalets in the mountains, cabins by lakes and forests: resample what does not fit.
        let mut kind = data::PROPERTY_TYPES[self.types.sample(rng)].0;
        for _ in 0..8 {
            if fits_setting(kind, city.setting) {
                break;
            }
            kind = data::PROPERTY_TYPES[self.types.sample(rng)].0;
        }
        let (bedrooms, bathrooms) = rooms(rng, kind);
        let beds = (bedrooms + rng.gen_range(0..=bedrooms / 2 + 1)).max(1);
        let max_guests = (beds * 2 - rng.gen_range(0..=1)).clamp(1, 16);
        let hood = pick(rng, city.neighborhoods);
        let street = pick(rng, city.streets);
        let (latitude, longitude) = scatter(rng, city);
        let amenities = amenities(rng, city.setting, kind);
        let feature = pick(rng, data::FEATURES);
        let title = title(rng, kind, hood, city.name, feature);
        let description = description(rng, city, kind, hood, feature);
        let price_minor = price(rng, city, kind, bedrooms);
        let cleaning_minor =
            ((price_minor as f64 * rng.gen_range(0.15..0.35)) / 500.0).round() as i64 * 500;
        let photos = photos(rng, &title, kind, city.setting, bedrooms);
        let tax_bp = self
            .taxes
            .get(city.place().country_code)
            .copied()
            .unwrap_or(0);
        let rules = rules(rng, city, kind, price_minor, &amenities, tax_bp);
        ListingRow {
            id,
            host_id: host.id,
            title,
            description,
            property_type: kind.to_string(),
            address: format!("{} {street}", rng.gen_range(1..400)),
            city: city.name.to_string(),
            state: city.place().state.map(str::to_string),
            country: city.place().country.to_string(),
            country_code: city.place().country_code.to_string(),
            latitude,
            longitude,
            price_minor,
            cleaning_minor,
            max_guests,
            bedrooms,
            beds,
            bathrooms,
            amenities,
            photos,
            // Within the 900 days before the demo epoch, and not before the host joined.
            created_at: (epoch() - Duration::minutes(rng.gen_range(0..900 * 24 * 60)))
                .max(host.created_at),
            rules,
        }
    }

    /// Demo guests: one for every four listings; they hold no password.
    pub fn guests(&mut self) -> Vec<HostRow> {
        let count = self.listings.div_ceil(4).max(1);
        (0..count)
            .map(|i| {
                let first = *data::FIRST_NAMES.choose(&mut self.rng).unwrap_or(&"Sam");
                let mut bytes = [0u8; 16];
                self.rng.fill_bytes(&mut bytes);
                HostRow {
                    id: uuid::Builder::from_random_bytes(bytes).into_uuid(),
                    email: format!("{}.guest.{i}@demo.haven.test", ascii_slug(first)),
                    display_name: first.to_string(),
                    about: None,
                    city: None,
                    country: None,
                    created_at: epoch() - Duration::days(self.rng.gen_range(30..2_000)),
                }
            })
            .collect()
    }

    /// Bookings, blocks and special prices for `listing` around `today`: about 40 % of the
    /// next 90 days booked, stays of 2 to 7 nights with gaps that respect the listing's
    /// preparation nights; some hosts block a week; holidays cost more.
    pub fn calendar(
        &mut self,
        listing: &ListingRow,
        today: Date,
        guests: &[HostRow],
        next_booking_id: &mut i64,
    ) -> Calendar {
        let rng = &mut self.rng;
        let r = &listing.rules;
        let mut calendar = Calendar {
            listing_id: listing.id,
            ..Calendar::default()
        };
        let horizon = today + Duration::days(150);
        let mut day = today - Duration::days(i64::from(rng.gen_range(0..21)));
        // The first gap, then alternate stay and gap.
        day += Duration::days(rng.gen_range(0..6));
        while day < horizon {
            let nights = rng.gen_range(r.min_nights.max(2)..=7);
            let check_in = day;
            let check_out = check_in + Duration::days(i64::from(nights));
            let guest = &guests[rng.gen_range(0..guests.len())];
            let adults = rng.gen_range(1..=listing.max_guests.clamp(1, 4));
            let children = rng.gen_range(0..=(listing.max_guests - adults).clamp(0, 2));
            let status = if check_out <= today {
                "completed"
            } else if check_in > today + Duration::days(7) && rng.gen_bool(0.1) {
                "pending"
            } else {
                "confirmed"
            };
            let terms = crate::server::catalog::pricing::Terms {
                currency: crate::app::types::Currency::Usd,
                nightly_minor: listing.price_minor,
                weekend_minor: r.weekend_price_minor,
                cleaning_minor: listing.cleaning_minor,
                weekly_discount_pct: r.weekly_discount_pct,
                monthly_discount_pct: r.monthly_discount_pct,
                tax_bp: r.tax_bp,
            };
            let total_minor =
                crate::server::catalog::pricing::quote(&terms, check_in, check_out, |_| None)
                    .total_minor;
            let holds_until = (status != "completed")
                .then(|| check_out + Duration::days(i64::from(r.preparation_nights)));
            calendar.bookings.push(BookingRow {
                id: *next_booking_id,
                listing_id: listing.id,
                guest_id: guest.id,
                check_in,
                check_out,
                adults,
                children,
                status,
                total_minor,
                holds_until,
            });
            *next_booking_id += 1;
            // Gaps average about six nights, never shorter than the preparation time.
            let gap = i64::from(r.preparation_nights) + rng.gen_range(1..=10);
            day = check_out + Duration::days(gap);
        }
        // One host in four blocks a stretch of nights between two stays.
        if rng.gen_bool(0.25) {
            let free: Vec<(Date, Date)> = calendar
                .bookings
                .windows(2)
                .map(|w| {
                    let held_until = w[0].holds_until.unwrap_or(w[0].check_out).max(today);
                    (held_until, w[1].check_in)
                })
                .filter(|(a, b)| (*b - *a).whole_days() >= 3)
                .collect();
            if let Some(&(from, until)) = free.choose(rng) {
                calendar.blocks.push((from, until));
            }
        }
        // A few hosts charge more over the year's end.
        if rng.gen_bool(0.2) {
            let year = today.year();
            for d in 24..=31 {
                if let Ok(date) = Date::from_calendar_date(year, time::Month::December, d) {
                    calendar
                        .night_prices
                        .push((date, listing.price_minor * 13 / 10 / 100 * 100));
                }
            }
        }
        calendar
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data() {
        let make = || {
            let mut g = Generator::new(7, 30);
            let hosts = g.hosts();
            let listings: Vec<_> = (1..=30).map(|i| g.listing(i, &hosts)).collect();
            listings
                .iter()
                .map(|l| format!("{}|{}|{}|{}", l.title, l.latitude, l.price_minor, l.host_id))
                .collect::<Vec<_>>()
        };
        assert_eq!(make(), make());
    }

    #[test]
    fn listings_respect_the_schema_constraints() {
        let mut g = Generator::new(1, 2_000);
        let hosts = g.hosts();
        for id in 1..=2_000 {
            let l = g.listing(id, &hosts);
            assert!(
                (5..=120).contains(&l.title.chars().count()),
                "title {:?}",
                l.title
            );
            assert!(l.price_minor > 0 && l.price_minor % 100 == 0);
            assert!(l.cleaning_minor >= 0);
            assert!((1..=50).contains(&l.max_guests));
            assert!(l.beds >= 1 && l.bedrooms >= 0);
            assert_eq!(l.bathrooms * 2.0, (l.bathrooms * 2.0).trunc());
            assert!((-90.0..=90.0).contains(&l.latitude));
            assert!((-180.0..=180.0).contains(&l.longitude));
            assert!(!l.photos.is_empty() && l.photos[0].url.contains("exterior"));
            assert!(!l.title.contains('{') && !l.description.contains('{'));
        }
    }

    #[test]
    fn calendars_never_overlap_and_book_about_forty_percent() {
        let today = time::macros::date!(2026 - 11 - 22);
        let mut g = Generator::new(5, 300);
        let hosts = g.hosts();
        let guests = g.guests();
        let mut next = 1;
        let (mut booked, mut days) = (0i64, 0i64);
        for id in 1..=300 {
            let l = g.listing(id, &hosts);
            let c = g.calendar(&l, today, &guests, &mut next);
            let mut held: Vec<(Date, Date)> = c
                .bookings
                .iter()
                .filter_map(|b| b.holds_until.map(|u| (b.check_in, u)))
                .chain(c.blocks.iter().copied())
                .collect();
            held.sort();
            for w in held.windows(2) {
                assert!(
                    w[0].1 <= w[1].0,
                    "listing {id}: {:?} overlaps {:?}",
                    w[0],
                    w[1]
                );
            }
            for b in &c.bookings {
                assert!(b.check_out > b.check_in);
                assert!(b.adults + b.children <= l.max_guests);
                let from = b.check_in.max(today);
                let until = b.check_out.min(today + Duration::days(90));
                booked += (until - from).whole_days().max(0);
            }
            days += 90;
        }
        let share = booked as f64 / days as f64;
        assert!((0.3..0.5).contains(&share), "booked share {share}");
    }

    #[test]
    fn every_city_is_a_place() {
        for city in data::CITIES {
            assert_eq!(city.place().name, city.name);
        }
    }

    #[test]
    fn points_stay_within_the_city_radius() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for city in data::CITIES {
            for _ in 0..50 {
                let (lat, lon) = scatter(&mut rng, city);
                let centre = city.place();
                let dlat = (lat - centre.latitude) * 111.32;
                let dlon = (lon - centre.longitude) * 111.32 * centre.latitude.to_radians().cos();
                let km = (dlat * dlat + dlon * dlon).sqrt();
                assert!(
                    km <= city.radius_km * 1.01 + 0.01,
                    "{} is {km} km out",
                    city.name
                );
            }
        }
    }
}
