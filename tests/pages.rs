//! The first pages, rendered by the real router over a seeded database.

mod common;

use common::{TestDb, app, app_with, get};
use tokio::sync::{Mutex, MutexGuard};

/// One page test at a time. Each `#[tokio::test]` has a runtime of its own, and Leptos's
/// server rendering keeps process-wide state: twice in CI, with these tests rendering on
/// several runtimes at once, a response stream never finished (a 30 s 503, then a body that
/// never ended), and neither reproduced in isolation nor in production, which runs one
/// runtime. Serial, they take about a second more.
async fn one_at_a_time() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::const_new(());
    LOCK.lock().await
}

async fn newest(t: &TestDb) -> (i64, String, String) {
    let pool = t.primary_pool().await;
    let row = sqlx::query_as(
        "SELECT l.id, l.title, u.display_name FROM listings l JOIN users u ON u.id = l.host_id
         WHERE l.is_active ORDER BY l.created_at DESC, l.id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .expect("newest listing");
    pool.close().await;
    row
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[tokio::test]
async fn home_page_features_the_newest_listings() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(40).await;
    let (id, title, _) = newest(&t).await;
    let app = app(t.db(None));

    let r = get(&app, "/").await;
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").starts_with("text/html"));
    assert!(r.body.contains("Featured stays"));
    assert!(
        r.body.contains(&html_escape(&title)),
        "newest title missing"
    );
    assert!(r.body.contains(&format!(r#"href="/listings/{id}""#)));
    assert_eq!(r.body.matches(r#"<article class="card">"#).count(), 12);
}

#[tokio::test]
async fn home_page_with_no_listings_says_so() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    let r = get(&app(t.db(None)), "/").await;
    assert_eq!(r.status, 200);
    assert!(r.body.contains("No stays are listed yet"));
}

#[tokio::test]
async fn listing_page_shows_the_listing() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(10).await;
    let (id, title, host) = newest(&t).await;
    let r = get(&app(t.db(None)), &format!("/listings/{id}")).await;
    assert_eq!(r.status, 200);
    let title = html_escape(&title);
    assert!(
        r.body.contains(&format!("<title>{title} · Haven</title>")),
        "title tag"
    );
    assert!(
        r.body
            .contains(&format!(r#"<h1 class="listing__title">{title}</h1>"#))
    );
    assert!(
        r.body
            .contains(&format!("Meet your host, {}", html_escape(&host)))
    );
    assert!(r.body.contains("What this place offers"));
    assert!(r.body.contains("/photos/exterior-"));
}

#[tokio::test]
async fn unknown_and_malformed_listings_are_404_pages() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(2).await;
    let app = app(t.db(None));
    for uri in [
        "/listings/999999",
        "/listings/0",
        "/listings/-4",
        "/listings/abc",
        "/nowhere",
    ] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, 404, "{uri}");
        assert!(r.body.contains("We can’t find that page"), "{uri}");
    }
}

#[tokio::test]
async fn inactive_listings_are_not_shown() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(3).await;
    let (id, _, _) = newest(&t).await;
    common::set_active(&t.primary_pool().await, id, false).await;
    let r = get(&app(t.db(None)), &format!("/listings/{id}")).await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn server_functions_answer_json_and_reject_bad_input_with_4xx() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(3).await;
    let (id, title, _) = newest(&t).await;
    let app = app(t.db(None));

    let ok = get(&app, &format!("/api/fn/get_listing?id={id}")).await;
    assert_eq!(ok.status, 200);
    assert!(ok.body.contains(&format!(
        r#""title":{}"#,
        serde_json::to_string(&title).unwrap_or_default()
    )));
    assert!(ok.body.contains(r#""price_per_night":{"amount_minor":"#));
    assert!(
        ok.body
            .contains(r#""coordinates":{"type":"Point","coordinates":["#)
    );

    let missing = get(&app, "/api/fn/get_listing?id=999999").await;
    assert_eq!(missing.status, 404, "{}", missing.body);
    for bad in [
        "/api/fn/get_listing?id=abc",
        "/api/fn/get_listing",
        "/api/fn/featured_listings?limit=0",
        "/api/fn/featured_listings?limit=1000",
        "/api/fn/featured_listings?limit=-1",
    ] {
        let r = get(&app, bad).await;
        assert_eq!(r.status, 400, "{bad}: {}", r.body);
    }
}

#[tokio::test]
async fn responses_carry_a_request_id() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    let r = get(&app(t.db(None)), "/healthz").await;
    assert_eq!(r.status, 200);
    let id = r.header("x-request-id");
    assert_eq!(id.len(), 36, "a UUID: {id}");
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    assert_eq!(r.headers["x-frame-options"], "DENY");
}

#[tokio::test]
async fn pages_carry_the_configured_map_tiles_for_the_browser() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    let tiles =
        r#"<meta name="haven:map-tiles" content="https://tile.openstreetmap.org/{z}/{x}/{y}.png">"#;
    let credit = r#"<meta name="haven:map-attribution" content="&amp;copy; &lt;a href="#;

    // Arrange: default configuration (OpenStreetMap). Act: a page and the 404 fallback.
    let app = app(t.db(None));
    let search = get(&app, "/search").await;
    let missing = get(&app, "/no/such/page").await;

    // Assert: both carry the tile source and its credit in the head.
    assert_eq!(search.status, 200);
    assert!(search.body.contains(tiles), "search page without tiles");
    assert!(search.body.contains(credit), "search page without credit");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains(tiles), "404 page without tiles");
    // The map is an empty container until the browser takes over: no Leaflet in the page.
    assert!(!search.body.contains("leaflet"));

    // Switched off: the meta tag says so with an empty URL.
    let none = app_with(t.db(None), |c| {
        c.map_tiles = haven::app::types::map::MapTiles::none()
    });
    let r = get(&none, "/search").await;
    assert!(
        r.body
            .contains(r#"<meta name="haven:map-tiles" content="">"#)
    );
}

/// Every inline script carries this response's nonce and the policy allows nothing else:
/// an injected `<script>` would not run. The asset base (a CDN) is where the build output
/// loads from, and the only other script source.
#[tokio::test]
async fn pages_carry_a_content_security_policy_with_a_fresh_nonce() {
    let _serial = one_at_a_time().await;
    let t = TestDb::new().await;
    t.seed(5).await;
    let app = app_with(t.db(None), |c| {
        c.asset_base_url = "https://cdn.example.com".into();
    });
    let nonce_of = |csp: &str| -> String {
        csp.split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_default()
            .to_string()
    };
    let first = get(&app, "/").await;
    let csp = first.header("content-security-policy");
    let nonce = nonce_of(csp);
    assert!(nonce.len() >= 22, "a 128-bit nonce: {csp}");
    assert!(
        csp.contains("script-src 'self' https://cdn.example.com 'nonce-"),
        "{csp}"
    );
    assert!(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"));
    let scripts = first.body.matches("<script").count();
    assert!(scripts > 0);
    assert_eq!(
        first.body.matches(&format!(r#"nonce="{nonce}""#)).count(),
        scripts,
        "every script tag carries the nonce"
    );
    assert!(
        first.body.contains("https://cdn.example.com/pkg/"),
        "the build output comes from the CDN"
    );
    let second = get(&app, "/no-such-page").await;
    let again = nonce_of(second.header("content-security-policy"));
    assert!(
        !again.is_empty() && again != nonce,
        "a new nonce per response"
    );
}
