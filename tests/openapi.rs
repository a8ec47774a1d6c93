//! The OpenAPI document at `GET /api/v1/openapi.json`: OpenAPI 3, and in step with the
//! router: every /api/v1 route the source registers is in it, every documented operation
//! is routed, and no route answers a method the document does not list.

mod common;

use common::{TestResponse, get, request};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

async fn document(app: &axum::Router) -> (TestResponse, Value) {
    let r = get(app, "/api/v1/openapi.json").await;
    let doc = r.json();
    (r, doc)
}

#[tokio::test]
async fn the_document_is_openapi_3_and_cacheable() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));

    let (r, doc) = document(&app).await;

    assert_eq!(r.status, 200);
    assert_eq!(r.headers["content-type"], "application/json");
    let cache = r.header("cache-control");
    assert!(cache.starts_with("public, max-age="), "{cache}");
    let version = doc["openapi"].as_str().expect("an `openapi` version");
    assert!(version.starts_with("3."), "OpenAPI 3.x, not {version}");
    assert_eq!(doc["info"]["title"], "Haven API");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(doc["servers"][0]["url"], "/");
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["session"]["in"], "cookie");
    assert_eq!(
        r.body,
        get(&app, "/api/v1/openapi.json").await.body,
        "stable"
    );
}

/// The paths the source registers under /api/v1: each string literal that follows
/// `.route(`, `.route_service(`, `.nest(` or a `#[utoipa::path]`'s `path =`, in every
/// Rust file under src/. A route added with plain axum, outside the documented router,
/// is found here.
fn registered_paths() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for file in rust_files(Path::new("src")) {
        let text = std::fs::read_to_string(&file).expect("source file");
        let mut from = 0;
        while let Some(i) = text[from..].find("\"/api/v1") {
            let start = from + i + 1;
            let end = start + text[start..].find('"').expect("closing quote");
            from = end + 1;
            let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
            if text[line_start..start].trim_start().starts_with("//") {
                continue;
            }
            let before = text[..start - 1].trim_end();
            let declares = [
                "route(",
                "route_service(",
                "nest(",
                "nest_service(",
                "path =",
            ]
            .iter()
            .any(|p| before.ends_with(p));
            if declares {
                found.insert(text[start..end].to_owned());
            }
        }
    }
    found
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("readable dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[tokio::test]
async fn every_route_under_api_v1_is_documented() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    let registered = registered_paths();

    let (_, doc) = document(&app).await;

    let documented: BTreeSet<String> = doc["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .cloned()
        .collect();
    assert!(
        registered.len() >= 12,
        "the source scan found too few routes: {registered:?}"
    );
    let missing: Vec<_> = registered.difference(&documented).collect();
    assert!(
        missing.is_empty(),
        "routes missing from the document: {missing:?}"
    );
    let stray: Vec<_> = documented.difference(&registered).collect();
    assert!(stray.is_empty(), "documented but not registered: {stray:?}");
}

const METHODS: [&str; 5] = ["get", "post", "put", "delete", "patch"];

#[tokio::test]
async fn the_router_answers_exactly_the_documented_methods() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    let (_, doc) = document(&app).await;

    for (path, item) in doc["paths"].as_object().expect("paths") {
        // Any id will do: the route must match, whatever the handler then answers.
        let uri = path
            .split('/')
            .map(|s| if s.starts_with('{') { "1" } else { s })
            .collect::<Vec<_>>()
            .join("/");
        for method in METHODS {
            let r = request(&app, &method.to_uppercase(), &uri, &[], None).await;
            let html = r
                .headers
                .get("content-type")
                .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
            if item.get(method).is_some() {
                assert!(
                    r.status != 405 && !html,
                    "{method} {path} is documented but not routed: {} {}",
                    r.status,
                    r.body
                );
            } else {
                assert_eq!(
                    r.status, 405,
                    "{method} {path} is routed but not documented"
                );
            }
        }
    }
}

#[tokio::test]
async fn operations_document_their_parameters_errors_and_credentials() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    let (_, doc) = document(&app).await;
    let mut ids = BTreeSet::new();

    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let name = format!("{method} {path}");
            let id = op["operationId"].as_str().expect("an operationId");
            assert!(ids.insert(id.to_owned()), "{name}: operationId {id} twice");
            assert!(
                op["tags"].as_array().is_some_and(|t| !t.is_empty()),
                "{name}: no tag"
            );
            let responses = op["responses"].as_object().expect("responses");
            for (status, response) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ErrorBody",
                        "{name}: {status} is not the error shape"
                    );
                }
            }
            if op.get("security").is_some() {
                assert!(responses.contains_key("401"), "{name}: secured, no 401");
            }
            if ["post", "put", "delete"].contains(&method) {
                assert!(responses.contains_key("429"), "{name}: a write without 429");
            }
            let params: Vec<&str> = op["parameters"]
                .as_array()
                .map(|ps| ps.iter().filter(|p| p["in"] == "path"))
                .into_iter()
                .flatten()
                .filter_map(|p| p["name"].as_str())
                .collect();
            for segment in path.split('/').filter(|s| s.starts_with('{')) {
                let param = segment.trim_matches(['{', '}']);
                assert!(
                    params.contains(&param),
                    "{name}: path parameter {param} undocumented"
                );
            }
        }
    }
    assert!(ids.len() >= 15, "too few operations: {ids:?}");
}
