//! "Picked for you": the leave-one-out evaluation on the demo interactions against a
//! popularity baseline (its numbers go to docs/BENCHMARKS.md), the database's signals
//! against a brute-force reference, and the search history with its consent.

use crate::common::accounts::signed_up;
use crate::common::{TestDb, app, call};
use haven::server::assistant::picks::rank::{Interactions, Item, rank};
use haven::server::assistant::picks::{history, store};
use haven::server::platform::db::DbScope;
use serde_json::json;
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    lat: f64,
    lon: f64,
    price: i64,
    currency: String,
    kind: String,
    guests: i32,
    amenities: Vec<String>,
}

/// Every active home, and who saved or booked which (`saves_only`: who saved which).
async fn world(t: &TestDb, saves_only: bool) -> (HashMap<i64, Item>, Interactions) {
    let pool = t.primary_pool().await;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, latitude AS lat, longitude AS lon, price_per_night_minor AS price,
                currency::text AS currency, property_type AS kind, max_guests AS guests, amenities
         FROM listings WHERE is_active",
    )
    .fetch_all(&pool)
    .await
    .expect("listings");
    let items = rows
        .into_iter()
        .map(|r| {
            (
                r.id,
                Item {
                    id: r.id,
                    lat: r.lat,
                    lon: r.lon,
                    price: r.price,
                    currency: r.currency,
                    kind: r.kind,
                    guests: r.guests,
                    amenities: r.amenities,
                },
            )
        })
        .collect();
    let sql = if saves_only {
        "SELECT DISTINCT w.user_id, i.listing_id FROM wishlist_items i JOIN wishlists w ON w.id = i.wishlist_id"
    } else {
        "SELECT user_id, listing_id FROM listing_interest"
    };
    let pairs: Vec<(Uuid, i64)> = sqlx::query_as(sql)
        .fetch_all(&pool)
        .await
        .expect("interest");
    let mut data = Interactions::default();
    for (u, l) in pairs {
        data.by_user.entry(u).or_default().insert(l);
    }
    (items, data)
}

/// Hit rate and NDCG at 10 over every person with two homes or more, each with one
/// home hidden (chosen by a hash of the ids, so every run hides the same ones).
fn evaluate(
    items: &HashMap<i64, Item>,
    data: &Interactions,
    recommend: &dyn Fn(Uuid, &Interactions) -> Vec<i64>,
) -> (f64, f64, usize) {
    let (mut hits, mut gain, mut n) = (0.0, 0.0, 0);
    let mut people: Vec<(&Uuid, &BTreeSet<i64>)> =
        data.by_user.iter().filter(|(_, s)| s.len() >= 2).collect();
    people.sort();
    for (u, homes) in people {
        let list: Vec<i64> = homes
            .iter()
            .copied()
            .filter(|h| items.contains_key(h))
            .collect();
        if list.len() < 2 {
            continue;
        }
        let pick = (u.as_u128() as usize ^ list.len()) % list.len();
        let hidden = list[pick];
        let mut rest = data.clone();
        rest.by_user.get_mut(u).expect("user").remove(&hidden);
        let top = recommend(*u, &rest);
        n += 1;
        if let Some(rank) = top.iter().take(10).position(|&id| id == hidden) {
            hits += 1.0;
            gain += 1.0 / ((rank + 2) as f64).log2();
        }
    }
    (hits / n as f64, gain / n as f64, n)
}

#[tokio::test]
async fn leave_one_out_picks_beat_popularity() {
    let t = TestDb::new().await;
    t.seed(800).await;
    // The demo guests' saves carry a taste (seed/saves.rs); the demo bookings are calendar
    // filler by guests drawn at random, so they are left out of the evaluation.
    let (items, data) = world(&t, true).await;

    let ours = |u: Uuid, d: &Interactions| {
        let mine: Vec<Item> = d.by_user[&u]
            .iter()
            .filter_map(|i| items.get(i).cloned())
            .collect();
        rank(&mine, &d.candidates(u, &items), 10)
            .into_iter()
            .map(|r| r.0)
            .collect()
    };
    let popular = |u: Uuid, d: &Interactions| {
        let mut c = d.candidates(u, &items);
        c.sort_by(|a, b| {
            b.popularity
                .cmp(&a.popularity)
                .then(a.item.id.cmp(&b.item.id))
        });
        c.into_iter().take(10).map(|c| c.item.id).collect()
    };
    let (hr, ndcg, n) = evaluate(&items, &data, &ours);
    let (hr_pop, ndcg_pop, _) = evaluate(&items, &data, &popular);
    // On stderr, so `cargo test -- --nocapture` shows it (docs/BENCHMARKS.md quotes it).
    eprintln!(
        "picks leave-one-out over {n} people: HR@10 {hr:.3} NDCG@10 {ndcg:.3}; popularity HR@10 {hr_pop:.3} NDCG@10 {ndcg_pop:.3}"
    );
    assert!(n >= 100, "{n} people");
    assert!(
        hr > hr_pop && ndcg > ndcg_pop,
        "ours {hr:.3}/{ndcg:.3} vs popularity {hr_pop:.3}/{ndcg_pop:.3}"
    );
}

#[tokio::test]
async fn the_databases_signals_are_the_brute_force_ones() {
    let t = TestDb::new().await;
    t.seed(300).await;
    let (items, data) = world(&t, false).await;
    let db = DbScope::new(t.db(None));
    let mut people: Vec<&Uuid> = data.by_user.keys().collect();
    people.sort();
    for u in people.into_iter().step_by(7).take(12) {
        let (mine, candidates) = store::signals(&db, *u).await.expect("signals");
        let expected: Vec<i64> = data.by_user[u]
            .iter()
            .copied()
            .filter(|i| items.contains_key(i))
            .collect();
        let mut got: Vec<i64> = mine.iter().map(|m| m.id).collect();
        got.sort();
        assert_eq!(got, expected, "{u}'s homes");
        let brute: HashMap<i64, _> = data
            .candidates(*u, &items)
            .into_iter()
            .map(|c| (c.item.id, c))
            .collect();
        assert!(!candidates.is_empty());
        for c in &candidates {
            if expected.contains(&c.item.id) {
                continue;
            }
            let b = &brute[&c.item.id];
            assert!(
                (c.co - b.co).abs() < 1e-9,
                "{}: co {} vs {}",
                c.item.id,
                c.co,
                b.co
            );
            assert_eq!(c.popularity, b.popularity, "{}", c.item.id);
            assert_eq!(c.item, b.item);
        }
        // Every home someone linked to theirs is a candidate.
        for (id, b) in &brute {
            if b.co > 0.0 {
                assert!(candidates.iter().any(|c| c.item.id == *id), "{id} missing");
            }
        }
    }
}

#[tokio::test]
async fn searches_are_kept_only_with_consent_and_picks_follow_them() {
    let t = TestDb::new().await;
    t.seed(120).await;
    let app = app(t.db(None));
    let db = DbScope::new(t.db(None));
    let bearer = signed_up(&app, "nova@example.com", "Nova").await;
    let pool = t.primary_pool().await;
    let me: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE email = 'nova@example.com'")
        .fetch_one(&pool)
        .await
        .expect("user");
    assert_eq!(
        call(&app, "GET", "/api/v1/ai/recommendations", None, None)
            .await
            .status,
        401
    );
    let none = call(
        &app,
        "GET",
        "/api/v1/ai/recommendations",
        Some(&bearer),
        None,
    )
    .await
    .json();
    assert_eq!(none["picks"], json!([]));
    assert_eq!(none["reason"], serde_json::Value::Null);

    // A search for the city with the most homes: picks are its most popular ones.
    let city: String = sqlx::query_scalar("SELECT city FROM listings WHERE is_active GROUP BY city ORDER BY count(*) DESC, city LIMIT 1")
        .fetch_one(&pool)
        .await
        .expect("city");
    history::record(&db, me, &city, None).await;
    history::record(&db, me, &city, None).await;
    let status = call(
        &app,
        "GET",
        "/api/v1/me/search-history",
        Some(&bearer),
        None,
    )
    .await
    .json();
    assert_eq!(
        status,
        json!({"keep": true, "count": 1}),
        "the same search twice in a row is one"
    );
    let picks = call(
        &app,
        "GET",
        "/api/v1/ai/recommendations",
        Some(&bearer),
        None,
    )
    .await
    .json();
    let cards = picks["picks"].as_array().expect("picks");
    assert!(!cards.is_empty(), "{picks}");
    assert!(picks["reason"].as_str().expect("reason").contains(&city));
    assert!(
        cards.iter().all(|c| c["location"]["city"] == city.as_str()),
        "{picks}"
    );

    // Off: nothing is kept, and what was is gone.
    let off = call(
        &app,
        "PUT",
        "/api/v1/me/search-history",
        Some(&bearer),
        Some(json!({"keep": false})),
    )
    .await;
    assert_eq!(off.json(), json!({"keep": false, "count": 0}));
    history::record(&db, me, "Porto", None).await;
    assert_eq!(history::status(&db, me).await.expect("status"), (false, 0));
    // On again, and cleared on request.
    call(
        &app,
        "PUT",
        "/api/v1/me/search-history",
        Some(&bearer),
        Some(json!({"keep": true})),
    )
    .await;
    history::record(&db, me, "Porto", None).await;
    assert_eq!(history::status(&db, me).await.expect("status"), (true, 1));
    assert_eq!(
        call(
            &app,
            "DELETE",
            "/api/v1/me/search-history",
            Some(&bearer),
            None
        )
        .await
        .status,
        204
    );
    assert_eq!(history::status(&db, me).await.expect("status"), (true, 0));
    let bad = call(
        &app,
        "PUT",
        "/api/v1/me/search-history",
        Some(&bearer),
        Some(json!({"keep": "maybe"})),
    )
    .await;
    assert_eq!(bad.status, 400);

    // It goes with the account.
    history::record(&db, me, "Porto", None).await;
    sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(me)
        .execute(&pool)
        .await
        .ok();
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM search_history WHERE user_id = $1")
        .bind(me)
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(left, 0);
}
