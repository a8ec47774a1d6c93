//! `GET /api/v1/places`: prefixes, accents, other names, typos and ranking, checked by
//! hand on the fixture and against a brute force over every stored name.

use super::World;
use haven::server::places::distance::prefix_edits;
use haven::server::places::fold;
use std::collections::BTreeMap;

#[tokio::test]
async fn prefixes_accents_and_other_names_find_the_town() {
    let w = World::new().await;

    assert_eq!(
        w.labels("sao p", "place").await[0],
        "São Paulo, Sao Paulo, Brazil"
    );
    assert_eq!(
        w.labels("SÃO PAULO", "place").await[0],
        "São Paulo, Sao Paulo, Brazil"
    );
    assert_eq!(
        w.labels("zur", "place").await,
        ["Zürich, Zurich, Switzerland"]
    );
    // Other names; towns a typo away may follow the one that matches.
    assert_eq!(w.labels("Lisboa", "place").await[0], "Lisbon, Portugal");
    assert_eq!(w.labels("lisbonne", "place").await[0], "Lisbon, Portugal");
    assert_eq!(w.labels("لشبونة", "place").await, ["Lisbon, Portugal"]);
}

#[tokio::test]
async fn the_twenty_springfields_are_told_apart_and_ranked_by_population() {
    let w = World::new().await;

    assert_eq!(
        w.labels("springf", "place").await,
        [
            "Springfield, Missouri, United States",
            "Springfield, Massachusetts, United States",
            "Springfield, Illinois, United States",
            "Springfield, Oregon, United States",
        ]
    );
}

#[tokio::test]
async fn a_typo_finds_the_town_nearest_in_edits_then_the_biggest() {
    let w = World::new().await;

    let lisbons = w.labels("Lisobn", "place").await;
    assert_eq!(
        lisbons[..2],
        ["Lisbon, Portugal", "Lisbon, Maine, United States"]
    );
    assert_eq!(
        w.labels("guimra", "place").await[0],
        "Guimarães, Braga, Portugal"
    );
    assert_eq!(
        w.labels("Elvs", "place").await,
        ["Elvas, Portalegre, Portugal"]
    );
    // Three letters are too few to guess from.
    assert!(w.labels("lsb", "place").await.is_empty());
    assert!(w.labels("qqqqqq", "place").await.is_empty());
}

#[tokio::test]
async fn regions_and_countries_are_suggested_for_destinations_only() {
    let w = World::new().await;

    let any = w.places_json("port", "any", 8).await;
    let firsts: Vec<(&str, &str)> = any
        .iter()
        .take(3)
        .map(|p| {
            (
                p["kind"].as_str().unwrap_or(""),
                p["label"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        firsts,
        [
            ("country", "Portugal"),
            ("place", "Porto, Portugal"),
            ("region", "Portalegre, Portugal")
        ]
    );
    assert!(any[0]["id"].is_null() && any[1]["id"].as_i64() == Some(2_735_943));
    assert_eq!(w.labels("port", "place").await, ["Porto, Portugal"]);
    assert_eq!(w.labels("Portgal", "any").await[0], "Portugal");
}

#[tokio::test]
async fn bad_parameters_name_the_field() {
    let w = World::new().await;
    let long = "a".repeat(101);

    for (uri, field) in [
        ("/api/v1/places".to_string(), "q"),
        ("/api/v1/places?q=%20%20".to_string(), "q"),
        (format!("/api/v1/places?q={long}"), "q"),
        ("/api/v1/places?q=lis&kind=city".to_string(), "kind"),
        ("/api/v1/places?q=lis&limit=0".to_string(), "limit"),
        ("/api/v1/places?q=lis&limit=21".to_string(), "limit"),
        ("/api/v1/places?q=lis&limit=two".to_string(), "limit"),
    ] {
        let r = w.get(&uri, None).await;
        assert_eq!(
            (r.status, r.error_field()),
            (400, field.to_string()),
            "{uri}: {}",
            r.body
        );
    }
}

/// Every stored name, folded, with its town and the town's population.
async fn names(w: &World) -> Vec<(String, i64, i64)> {
    let pool = w.t.primary_pool().await;
    sqlx::query_as("SELECT key, place_id, population FROM place_names")
        .fetch_all(&pool)
        .await
        .expect("names")
}

/// The towns the brute force suggests first for `typed`: those with a name that starts
/// with it (one or two letters: towns of 100,000 or more; three: 15,000), the biggest
/// first, then the lowest id.
fn prefix_reference(names: &[(String, i64, i64)], typed: &str, limit: usize) -> Vec<i64> {
    let key = fold(typed);
    let floor = match key.chars().count() {
        0..=2 => 100_000,
        3 => 15_000,
        _ => 0,
    };
    let mut towns: BTreeMap<i64, i64> = BTreeMap::new();
    for (k, id, population) in names {
        if k.starts_with(&key) && *population >= floor {
            towns.insert(*id, *population);
        }
    }
    let mut ranked: Vec<(i64, i64)> = towns.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(limit).map(|(id, _)| id).collect()
}

#[tokio::test]
async fn prefix_suggestions_match_a_brute_force_over_every_name() {
    let w = World::new().await;
    let names = names(&w).await;
    let mut typed: Vec<String> = names
        .iter()
        .flat_map(|(k, _, _)| (1..=5).map(|n| k.chars().take(n).collect::<String>()))
        .collect();
    typed.sort();
    typed.dedup();
    assert!(typed.len() > 100, "{}", typed.len());

    for q in typed {
        let got: Vec<i64> = w
            .places_json(&q, "place", 5)
            .await
            .iter()
            .map(|p| p["id"].as_i64().expect("a town's id"))
            .collect();
        let want = prefix_reference(&names, &q, 5);
        // Prefix matches come first; typos may follow only when fewer than asked start so.
        assert_eq!(got[..want.len().min(got.len())], want[..], "{q}");
        assert!(got.len() >= want.len(), "{q}: {got:?} {want:?}");
    }
}

#[tokio::test]
async fn typo_suggestions_are_close_in_edits_and_ranked_by_them() {
    let w = World::new().await;
    let names = names(&w).await;

    for q in [
        "lisobn",
        "guimra",
        "sprnigfield",
        "badajzo",
        "zurihc",
        "elvs",
        "prto",
    ] {
        let key = fold(q);
        let allowed = if key.chars().count() >= 6 { 2 } else { 1 };
        let got = w.places_json(q, "place", 8).await;
        assert!(!got.is_empty(), "{q}");
        let mut last = (0, i64::MAX);
        for p in &got {
            let id = p["id"].as_i64().expect("id");
            let edits = names
                .iter()
                .filter(|(_, town, _)| *town == id)
                .map(|(k, _, _)| {
                    prefix_edits(
                        &key.chars().collect::<Vec<_>>(),
                        &k.chars().collect::<Vec<_>>(),
                    )
                })
                .min()
                .expect("a name");
            let population = p["population"].as_i64().expect("population");
            assert!(edits <= allowed, "{q}: {p}");
            // Fewest edits first, then the biggest.
            assert!(
                (edits, -population) >= (last.0, -last.1),
                "{q}: {p} after {last:?}"
            );
            last = (edits, population);
        }
    }
}

#[tokio::test]
async fn a_search_for_a_misspelt_destination_offers_the_place_it_meant() {
    let w = World::new().await;
    // Follows the sentence reader's redirect (no JavaScript), as a browser does.
    let w = &w;
    let page = |uri: &'static str| async move {
        let mut page = w.get(uri, None).await;
        if page.status == 303 {
            let to = page.location().expect("a redirect").to_owned();
            page = w.get(&to, None).await;
        }
        assert_eq!(page.status, 200, "{}", page.body);
        page.body
    };

    // A town nobody lists in yet, misspelt: the gazetteer's closest name, as a link that
    // keeps the rest of the search.
    let body = page("/search?q=Zuirch&adults=2").await;
    assert!(body.contains("Did you mean "), "no suggestion");
    let link = body
        .split("search__did-you-mean")
        .nth(1)
        .and_then(|rest| rest.split("href=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("a link");
    // The canton outranks its town (more people), and a search of it finds the town's stays.
    assert_eq!(link, "/search?q=Zurich%2C+Switzerland&amp;adults=2");
    assert!(body.contains(">Zurich, Switzerland</a>?"));
    // A place's own name with nothing to stay in: no correction to offer.
    let body = page("/search?q=Zurich&adults=2").await;
    assert!(!body.contains("Did you mean"));
}
