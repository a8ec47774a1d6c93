//! Search against an oracle: every listing, hold and rate is loaded into memory and each
//! random query is answered by a brute-force filter written here, independently of the
//! SQL in `src/server/catalog/search/`. The API must return the same ids in the same order,
//! and the same total.

mod common;

use rand::prelude::*;
use rand_chacha::ChaCha8Rng;
use sqlx::Row;
use std::collections::HashMap;
use time::{Date, Duration};

struct L {
    id: i64,
    is_active: bool,
    city: String,
    state: Option<String>,
    country: String,
    country_code: String,
    latitude: f64,
    longitude: f64,
    price: i64,
    currency: String,
    max_guests: i32,
    max_infants: i32,
    bedrooms: i32,
    beds: i32,
    bathrooms: f64,
    amenities: Vec<String>,
    property_type: String,
    instant_book: bool,
    min_nights: i32,
    max_nights: i32,
    advance_notice: i32,
    preparation: i32,
    window: i32,
    description_chars: usize,
    review_count: i64,
    rating_sum: i64,
    created_at: time::OffsetDateTime,
    today: Date,
    holds: Vec<(Date, Date)>,
}

/// Units per USD, scaled by 1,000,000 (the column is numeric(12, 6)): exact integers.
async fn rates(pool: &sqlx::PgPool) -> HashMap<String, i128> {
    sqlx::query("SELECT currency::text, (per_usd * 1000000)::bigint FROM exchange_rates")
        .fetch_all(pool)
        .await
        .expect("rates")
        .into_iter()
        .map(|r| (r.get::<String, _>(0), i128::from(r.get::<i64, _>(1))))
        .collect()
}

async fn load(pool: &sqlx::PgPool) -> Vec<L> {
    let mut holds: HashMap<i64, Vec<(Date, Date)>> = HashMap::new();
    for r in sqlx::query("SELECT listing_id, lower(nights), upper(nights) FROM listing_holds")
        .fetch_all(pool)
        .await
        .expect("holds")
    {
        holds
            .entry(r.get(0))
            .or_default()
            .push((r.get(1), r.get(2)));
    }
    sqlx::query(
        "SELECT id, is_active, city, state, country, country_code::text, latitude, longitude,
                price_per_night_minor, currency::text, max_guests, max_infants, bedrooms, beds,
                bathrooms::float8, amenities, property_type, instant_book, min_nights,
                max_nights, advance_notice_days, preparation_nights, booking_window_days,
                description, review_count, rating_sum, created_at, (now() AT TIME ZONE time_zone)::date AS today
         FROM listings",
    )
    .fetch_all(pool)
    .await
    .expect("listings")
    .into_iter()
    .map(|r| {
        let id: i64 = r.get("id");
        L {
            id,
            is_active: r.get("is_active"),
            city: r.get("city"),
            state: r.get("state"),
            country: r.get("country"),
            country_code: r.get("country_code"),
            latitude: r.get("latitude"),
            longitude: r.get("longitude"),
            price: r.get("price_per_night_minor"),
            currency: r.get("currency"),
            max_guests: r.get("max_guests"),
            max_infants: r.get("max_infants"),
            bedrooms: r.get("bedrooms"),
            beds: r.get("beds"),
            bathrooms: r.get("bathrooms"),
            amenities: r.get("amenities"),
            property_type: r.get("property_type"),
            instant_book: r.get("instant_book"),
            min_nights: r.get("min_nights"),
            max_nights: r.get("max_nights"),
            advance_notice: r.get("advance_notice_days"),
            preparation: r.get("preparation_nights"),
            window: r.get("booking_window_days"),
            description_chars: r.get::<String, _>("description").chars().count(),
            review_count: i64::from(r.get::<i32, _>("review_count")),
            rating_sum: i64::from(r.get::<i32, _>("rating_sum")),
            created_at: r.get("created_at"),
            today: r.get("today"),
            holds: holds.remove(&id).unwrap_or_default(),
        }
    })
    .collect()
}

/// One random query: the parameters as the API takes them, and the same in typed form.
#[derive(Default, Debug)]
struct Q {
    place: Option<(String, Vec<String>)>,
    stay: Option<(Date, Date)>,
    adults: i32,
    children: i32,
    infants: i32,
    pets: i32,
    price: Option<(Option<i64>, Option<i64>, String)>,
    types: Vec<String>,
    min_bedrooms: Option<i32>,
    min_beds: Option<i32>,
    min_bathrooms: Option<f64>,
    amenities: Vec<String>,
    instant: bool,
    /// Tenths of a star.
    min_rating: Option<i64>,
    bbox: Option<(f64, f64, f64, f64)>,
    radius: Option<(f64, f64, f64)>,
    sort: &'static str,
    page: usize,
    per_page: usize,
}

impl Q {
    fn url(&self) -> String {
        let mut p: Vec<(String, String)> = Vec::new();
        let mut add = |k: &str, v: String| p.push((k.to_string(), v));
        if let Some((place, within)) = &self.place {
            let q = std::iter::once(place).chain(within).cloned();
            add("q", q.collect::<Vec<_>>().join(", "));
        }
        if let Some((a, b)) = self.stay {
            add("check_in", a.to_string());
            add("check_out", b.to_string());
        }
        add("adults", self.adults.to_string());
        if self.children > 0 {
            add("children", self.children.to_string());
        }
        if self.infants > 0 {
            add("infants", self.infants.to_string());
        }
        if self.pets > 0 {
            add("pets", self.pets.to_string());
        }
        if let Some((min, max, currency)) = &self.price {
            if let Some(min) = min {
                add("min_price", format!("{}.{:02}", min / 100, min % 100));
            }
            if let Some(max) = max {
                add("max_price", format!("{}", max / 100));
            }
            add("currency", currency.clone());
        }
        if !self.types.is_empty() {
            add("property_type", self.types.join(","));
        }
        if let Some(n) = self.min_bedrooms {
            add("min_bedrooms", n.to_string());
        }
        if let Some(n) = self.min_beds {
            add("min_beds", n.to_string());
        }
        if let Some(n) = self.min_bathrooms {
            add("min_bathrooms", n.to_string());
        }
        if !self.amenities.is_empty() {
            add("amenities", self.amenities.join(","));
        }
        if self.instant {
            add("instant_book", "true".into());
        }
        if let Some(t) = self.min_rating {
            add("min_rating", format!("{}.{}", t / 10, t % 10));
        }
        if let Some((w, s, e, n)) = self.bbox {
            add("bbox", format!("{w},{s},{e},{n}"));
        }
        if let Some((lat, lng, km)) = self.radius {
            add("lat", lat.to_string());
            add("lng", lng.to_string());
            add("radius_km", km.to_string());
        }
        add("sort", self.sort.to_string());
        add("page", self.page.to_string());
        add("per_page", self.per_page.to_string());
        let query: Vec<String> = p
            .into_iter()
            .map(|(k, v)| format!("{k}={}", haven::app::types::search::encode(&v)))
            .collect();
        format!("/api/v1/listings?{}", query.join("&"))
    }

    fn center(&self) -> Option<(f64, f64)> {
        match (self.bbox, self.radius) {
            (Some((w, s, e, n)), _) => {
                let width = if w <= e { e - w } else { e + 360.0 - w };
                let mut lng = w + width / 2.0;
                if lng > 180.0 {
                    lng -= 360.0;
                }
                Some(((s + n) / 2.0, lng))
            }
            (None, Some((lat, lng, _))) => Some((lat, lng)),
            _ => None,
        }
    }
}

fn haversine(lat1: f64, lng1: f64, lat2: f64, lng2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((lat2 - lat1).to_radians() / 2.0).sin().powi(2)
        + p1.cos() * p2.cos() * ((lng2 - lng1).to_radians() / 2.0).sin().powi(2);
    6_371.008_8 * 2.0 * a.sqrt().asin()
}

fn eq(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// The brute-force answer: (ids of the page, total).
fn oracle(all: &[L], q: &Q, rates: &HashMap<String, i128>) -> (Vec<i64>, usize) {
    let mut matches: Vec<&L> = all
        .iter()
        .filter(|l| l.is_active)
        .filter(|l| match &q.place {
            None => true,
            Some((place, within)) if within.is_empty() => {
                eq(&l.city, place)
                    || l.state.as_deref().is_some_and(|s| eq(s, place))
                    || eq(&l.country, place)
            }
            Some((place, within)) => {
                (eq(&l.city, place) || l.state.as_deref().is_some_and(|s| eq(s, place)))
                    && within.iter().all(|w| {
                        eq(&l.country, w)
                            || l.state.as_deref().is_some_and(|s| eq(s, w))
                            || l.country_code == w.to_uppercase()
                    })
            }
        })
        .filter(|l| match q.stay {
            None => true,
            Some((ci, co)) => {
                let nights = (co - ci).whole_days() as i32;
                let held_until = co + Duration::days(i64::from(l.preparation));
                nights >= l.min_nights
                    && nights <= l.max_nights
                    && ci >= l.today + Duration::days(i64::from(l.advance_notice))
                    && co <= l.today + Duration::days(i64::from(l.window))
                    && l.holds
                        .iter()
                        .all(|(from, until)| !(*from < held_until && ci < *until))
            }
        })
        .filter(|l| l.max_guests >= q.adults + q.children)
        .filter(|l| q.infants == 0 || l.max_infants >= q.infants)
        .filter(|l| q.pets == 0 || l.amenities.iter().any(|a| a == "pets_allowed"))
        .filter(|l| q.amenities.iter().all(|a| l.amenities.contains(a)))
        .filter(|l| match &q.price {
            None => true,
            Some((min, max, currency)) => {
                // price / source × target against the bound, cross-multiplied.
                let value = i128::from(l.price) * rates[currency];
                let scale = rates[&l.currency];
                min.is_none_or(|m| value >= i128::from(m) * scale)
                    && max.is_none_or(|m| value <= i128::from(m) * scale)
            }
        })
        .filter(|l| q.types.is_empty() || q.types.contains(&l.property_type))
        .filter(|l| q.min_bedrooms.is_none_or(|n| l.bedrooms >= n))
        .filter(|l| q.min_beds.is_none_or(|n| l.beds >= n))
        .filter(|l| q.min_bathrooms.is_none_or(|n| l.bathrooms >= n))
        .filter(|l| !q.instant || l.instant_book)
        .filter(|l| {
            q.min_rating
                .is_none_or(|t| l.review_count > 0 && l.rating_sum * 10 >= t * l.review_count)
        })
        .filter(|l| match q.bbox {
            None => true,
            Some((w, s, e, n)) => {
                let lat_ok = l.latitude >= s && l.latitude <= n;
                let lng_ok = if w < e {
                    l.longitude >= w && l.longitude <= e
                } else {
                    l.longitude >= w || l.longitude <= e
                };
                lat_ok && lng_ok
            }
        })
        .filter(|l| match q.radius {
            None => true,
            Some((lat, lng, km)) => haversine(lat, lng, l.latitude, l.longitude) <= km,
        })
        .collect();
    let score = |l: &L| {
        l.amenities.len().min(20) as i64 * 3
            + if l.instant_book { 15 } else { 0 }
            + (l.description_chars.min(1_200) / 100) as i64
    };
    // The Bayesian average (sum + 45) / (count + 10), compared exactly by cross-multiplying.
    let rank_cmp = |a: &L, b: &L| {
        ((a.rating_sum + 45) * (b.review_count + 10))
            .cmp(&((b.rating_sum + 45) * (a.review_count + 10)))
    };
    let usd_cmp = |a: &L, b: &L| {
        // a.price / a.rate vs b.price / b.rate
        (i128::from(a.price) * rates[&b.currency]).cmp(&(i128::from(b.price) * rates[&a.currency]))
    };
    let center = q.center();
    let distance = |l: &L| {
        center.map_or(0.0, |(lat, lng)| {
            haversine(lat, lng, l.latitude, l.longitude)
        })
    };
    match q.sort {
        "recommended" => matches.sort_by(|a, b| {
            rank_cmp(b, a)
                .then(score(b).cmp(&score(a)))
                .then(a.id.cmp(&b.id))
        }),
        "rating" => matches.sort_by(|a, b| rank_cmp(b, a).then(a.id.cmp(&b.id))),
        "price_asc" => matches.sort_by(|a, b| usd_cmp(a, b).then(a.id.cmp(&b.id))),
        "price_desc" => matches.sort_by(|a, b| usd_cmp(b, a).then(a.id.cmp(&b.id))),
        "newest" => matches.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id))),
        "distance" => matches.sort_by(|a, b| {
            distance(a)
                .partial_cmp(&distance(b))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.id.cmp(&b.id))
        }),
        other => panic!("unknown sort {other}"),
    }
    let total = matches.len();
    let page = matches
        .into_iter()
        .skip((q.page - 1) * q.per_page)
        .take(q.per_page)
        .map(|l| l.id)
        .collect();
    (page, total)
}

fn random_query(rng: &mut ChaCha8Rng, all: &[L], today: Date) -> Q {
    const AMENITIES: [&str; 8] = [
        "wifi",
        "kitchen",
        "pool",
        "free_parking",
        "washer",
        "hot_tub",
        "crib",
        "dedicated_workspace",
    ];
    const TYPES: [&str; 6] = ["apartment", "house", "villa", "loft", "cabin", "condo"];
    let anchor = &all[rng.gen_range(0..all.len())];
    let mut q = Q {
        adults: 1,
        sort: "recommended",
        page: 1,
        per_page: 20,
        ..Q::default()
    };
    if rng.gen_bool(0.6) {
        q.place = Some(match rng.gen_range(0..6) {
            0 => (anchor.country.clone(), vec![]),
            1 => (
                anchor.city.to_uppercase(),
                vec![anchor.country_code.clone()],
            ),
            2 => (
                anchor.city.clone(),
                vec![anchor.state.clone().unwrap_or(anchor.country.clone())],
            ),
            // As a suggestion names it: "Town, Region, Country", or "Region, Country".
            3 => (
                anchor.city.clone(),
                anchor
                    .state
                    .iter()
                    .cloned()
                    .chain([anchor.country.clone()])
                    .collect(),
            ),
            4 => match &anchor.state {
                Some(region) => (region.clone(), vec![anchor.country.clone()]),
                None => (anchor.city.clone(), vec!["Atlantis".into()]),
            },
            _ => (anchor.city.to_lowercase(), vec![]),
        });
    }
    if rng.gen_bool(0.5) {
        let ci = today + Duration::days(rng.gen_range(0..50));
        q.stay = Some((ci, ci + Duration::days(rng.gen_range(1..=9))));
    }
    if rng.gen_bool(0.5) {
        q.adults = rng.gen_range(1..=6);
        q.children = rng.gen_range(0..=2);
        q.infants = if rng.gen_bool(0.2) {
            rng.gen_range(1..=2)
        } else {
            0
        };
        q.pets = i32::from(rng.gen_bool(0.15));
    }
    if rng.gen_bool(0.35) {
        let min = rng
            .gen_bool(0.7)
            .then(|| rng.gen_range(0..300) * 100 + rng.gen_range(0..2) * 50);
        let max = rng.gen_bool(0.7).then(|| rng.gen_range(300..900) * 100);
        let currency = ["USD", "EUR", "GBP"][rng.gen_range(0..3)];
        q.price = Some((min, max, currency.to_string()));
    }
    if rng.gen_bool(0.2) {
        let n = rng.gen_range(1..=2);
        q.types = TYPES
            .choose_multiple(rng, n)
            .map(|t| t.to_string())
            .collect();
    }
    if rng.gen_bool(0.2) {
        q.min_bedrooms = Some(rng.gen_range(0..=4));
    }
    if rng.gen_bool(0.1) {
        q.min_beds = Some(rng.gen_range(1..=5));
    }
    if rng.gen_bool(0.1) {
        q.min_bathrooms = Some([1.0, 1.5, 2.0, 2.5][rng.gen_range(0..4)]);
    }
    if rng.gen_bool(0.35) {
        let n = rng.gen_range(1..=2);
        let mut a: Vec<String> = AMENITIES
            .choose_multiple(rng, n)
            .map(|a| a.to_string())
            .collect();
        a.sort();
        q.amenities = a;
    }
    q.instant = rng.gen_bool(0.2);
    if rng.gen_bool(0.2) {
        q.min_rating = Some([30, 40, 45, 47, 48, 50][rng.gen_range(0..6)]);
    }
    match rng.gen_range(0..8) {
        0 | 1 => {
            let d = rng.gen_range(0.02..0.4);
            let w = (anchor.longitude - d).max(-180.0);
            let e = (anchor.longitude + d * rng.gen_range(0.5..1.5)).min(180.0);
            q.bbox = Some((w, anchor.latitude - d, e, anchor.latitude + d * 0.8));
        }
        2 => q.radius = Some((anchor.latitude, anchor.longitude, rng.gen_range(0.5..25.0))),
        _ => {}
    }
    let sorts: &[&str] = if q.bbox.is_some() || q.radius.is_some() {
        &[
            "recommended",
            "rating",
            "price_asc",
            "price_desc",
            "newest",
            "distance",
        ]
    } else {
        &["recommended", "rating", "price_asc", "price_desc", "newest"]
    };
    q.sort = sorts[rng.gen_range(0..sorts.len())];
    q.per_page = [5, 10, 24, 50][rng.gen_range(0..4)];
    q.page = rng.gen_range(1..=3);
    q
}

#[tokio::test]
async fn search_agrees_with_a_brute_force_oracle() {
    let t = common::TestDb::new().await;
    t.seed(600).await;
    let pool = t.primary_pool().await;
    // Some listings priced in other currencies, and some paused, so conversion and
    // visibility are exercised.
    sqlx::query("UPDATE listings SET currency = 'EUR' WHERE id % 7 = 0")
        .execute(&pool)
        .await
        .expect("eur");
    sqlx::query("UPDATE listings SET currency = 'GBP' WHERE id % 11 = 0")
        .execute(&pool)
        .await
        .expect("gbp");
    sqlx::query("UPDATE listings SET is_active = false WHERE id % 13 = 0")
        .execute(&pool)
        .await
        .expect("pause");
    // Ratings as the review publisher keeps them: some listings unrated, some with one
    // review, some with many, with ties of average at different counts.
    sqlx::query(
        "UPDATE listings SET review_count = c, rating_sum = LEAST(c * 5, c * 3 + (id * 7) % (c * 2 + 1))
         FROM (SELECT id AS lid, CASE WHEN id % 3 = 0 THEN 0 WHEN id % 5 = 0 THEN 1
                                      ELSE (id * 13) % 40 + 1 END AS c FROM listings) x
         WHERE id = lid",
    )
    .execute(&pool)
    .await
    .expect("ratings");
    let all = load(&pool).await;
    let rates = rates(&pool).await;
    let today: Date = sqlx::query_scalar("SELECT current_date")
        .fetch_one(&pool)
        .await
        .expect("today");
    let app = common::app(t.db(None));

    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let (mut non_empty, mut with_dates) = (0, 0);
    for i in 0..300 {
        let q = random_query(&mut rng, &all, today);
        let url = q.url();
        let r = common::get(&app, &url).await;
        assert_eq!(r.status, 200, "query {i} {url}: {}", r.body);
        let body = r.json();
        let ids: Vec<i64> = body["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|h| h["id"].as_i64().expect("id"))
            .collect();
        let (expected, total) = oracle(&all, &q, &rates);
        assert_eq!(ids, expected, "query {i} {url}\n{q:?}");
        assert_eq!(
            body["total"].as_u64(),
            Some(total as u64),
            "query {i} {url}"
        );
        if q.stay.is_some() {
            for item in body["items"].as_array().into_iter().flatten() {
                assert!(item["stay"]["total"]["amount_minor"].as_i64().unwrap_or(0) > 0);
            }
            with_dates += 1;
        }
        if total > 0 {
            non_empty += 1;
        } else {
            assert!(
                body["relax"].is_string(),
                "an empty result says what to relax"
            );
        }
    }
    assert!(
        non_empty > 100,
        "most random queries should find something: {non_empty}"
    );
    assert!(with_dates > 100, "{with_dates}");
}

#[tokio::test]
async fn bad_search_input_is_a_400_naming_the_field() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    for (query, field) in [
        ("check_in=2030-01-10&check_out=2030-01-05", "check_out"),
        ("check_in=2030-01-10&check_out=2030-01-10", "check_out"),
        ("check_in=tomorrow&check_out=2030-01-10", "check_in"),
        ("adults=-1", "adults"),
        ("children=lots", "children"),
        ("min_price=500&max_price=100", "min_price"),
        ("min_price=12abc", "min_price"),
        ("bbox=10,50,20,40", "bbox"),
        ("bbox=-200,10,20,40", "bbox"),
        ("bbox=1,2,3", "bbox"),
        ("lat=40&lng=-3", "lat"),
        ("lat=40&lng=-3&radius_km=9000", "radius_km"),
        ("sort=distance", "sort"),
        ("amenities=wifi,moat", "amenities"),
        ("page=0", "page"),
        ("min_rating=5.5", "min_rating"),
        ("min_rating=4.25", "min_rating"),
        ("sort=stars", "sort"),
        ("per_page=1000", "per_page"),
    ] {
        let r = common::get(&app, &format!("/api/v1/listings?{query}")).await;
        assert_eq!(r.status, 400, "{query}: {}", r.body);
        assert_eq!(r.error_field(), field, "{query}: {}", r.body);
    }
}
