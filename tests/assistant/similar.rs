//! `GET /api/v1/ai/recommendations?listing_id=`: similar stays, checked against the same
//! score computed by brute force over every listing of a seeded database.

use crate::common::{TestDb, app, get};
use std::collections::HashSet;

#[derive(sqlx::FromRow)]
struct Listing {
    id: i64,
    lat: f64,
    lon: f64,
    price: i64,
    currency: String,
    kind: String,
    guests: i32,
    amenities: Vec<String>,
    active: bool,
}

fn km(a: &Listing, b: &Listing) -> f64 {
    let (p1, p2) = (a.lat.to_radians(), b.lat.to_radians());
    let dp = (b.lat - a.lat).to_radians();
    let dl = (b.lon - a.lon).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * h.sqrt().min(1.0).asin()
}

/// The score as docs/ARCHITECTURE.md and `assistant::similar` define it.
fn score(me: &Listing, other: &Listing) -> f64 {
    let near = 1.0 / (1.0 + km(me, other) / 2.0);
    let price = if me.currency == other.currency {
        (1.0 - ((other.price as f64) / (me.price as f64)).ln().abs() / 2f64.ln()).max(0.0)
    } else {
        0.0
    };
    let kind = f64::from(u8::from(me.kind == other.kind));
    let room = (1.0 - f64::from((other.guests - me.guests).abs()) / f64::from(me.guests)).max(0.0);
    let a: HashSet<&String> = me.amenities.iter().collect();
    let b: HashSet<&String> = other.amenities.iter().collect();
    let union = a.union(&b).count();
    let amenities = if union == 0 {
        0.0
    } else {
        a.intersection(&b).count() as f64 / union as f64
    };
    0.35 * near + 0.25 * price + 0.15 * kind + 0.10 * room + 0.15 * amenities
}

#[tokio::test]
async fn similar_stays_are_the_best_scored_nearby_listings() {
    let t = TestDb::new().await;
    t.seed(150).await;
    let pool = t.primary_pool().await;
    let all: Vec<Listing> = sqlx::query_as(
        "SELECT id, latitude AS lat, longitude AS lon, price_per_night_minor AS price,
                currency::text AS currency, property_type AS kind, max_guests AS guests,
                amenities, is_active AS active FROM listings ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .expect("listings");
    let app = app(t.db(None));
    let mut checked = 0;
    for me in all.iter().filter(|l| l.active).take(25) {
        let r = get(
            &app,
            &format!("/api/v1/ai/recommendations?listing_id={}", me.id),
        )
        .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let items = r.json()["items"].as_array().expect("items").clone();
        let candidates: Vec<(&Listing, f64)> = all
            .iter()
            .filter(|l| l.active && l.id != me.id && km(me, l) <= 50.0)
            .map(|l| (l, score(me, l)))
            .collect();
        assert_eq!(items.len(), candidates.len().min(6), "listing {}", me.id);
        let chosen: Vec<i64> = items
            .iter()
            .map(|i| i["card"]["id"].as_i64().expect("id"))
            .collect();
        let scored = |id: i64| candidates.iter().find(|(l, _)| l.id == id).map(|(_, s)| *s);
        let mut previous = f64::INFINITY;
        for (item, id) in items.iter().zip(&chosen) {
            let s = scored(*id).unwrap_or_else(|| panic!("{id} is not a candidate of {}", me.id));
            assert!(s <= previous + 1e-9, "listing {}: not best first", me.id);
            previous = s;
            assert!((item["score"].as_f64().expect("score") - s).abs() < 0.001);
        }
        // Nothing left out scores higher than the last one chosen.
        for (l, s) in &candidates {
            if !chosen.contains(&l.id) {
                assert!(
                    *s <= previous + 1e-9,
                    "listing {}: {} ({s}) was left out",
                    me.id,
                    l.id
                );
            }
        }
        checked += usize::from(!items.is_empty());
    }
    assert!(checked >= 10, "only {checked} listings had neighbours");
}

#[tokio::test]
async fn unknown_listings_and_bad_stays_are_refused() {
    let t = TestDb::new().await;
    t.seed(3).await;
    let app = app(t.db(None));
    for (query, status, field) in [
        // Without a listing: the signed-in guest's picks, so a stranger is asked to sign in.
        ("", 401, ""),
        ("listing_id=x", 400, "listing_id"),
        (
            "listing_id=1&check_in=2020-01-01&check_out=2020-01-03",
            400,
            "check_in",
        ),
        ("listing_id=1&guests=0", 400, "guests"),
        ("listing_id=999999", 404, ""),
    ] {
        let r = get(&app, &format!("/api/v1/ai/recommendations?{query}")).await;
        assert_eq!(r.status, status, "{query}: {}", r.body);
        if !field.is_empty() {
            assert_eq!(r.error_field(), field, "{query}");
        }
    }
}
