//! The language of a page (issue 20): `?lang=`, then the account's preference, then the
//! picker's cookie, then `Accept-Language`, then English; chosen on the server, so the HTML
//! itself is in it. And the picker's form, which remembers the choice.

use super::common;

use common::accounts::{PASSWORD, registered, sign_in_with};
use common::{TestDb, app, request};

/// The page's language as the HTML says it, and as the response header says it.
fn language(r: &common::TestResponse) -> (String, String) {
    let lang = r
        .body
        .split("<html lang=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned();
    (lang, r.header("content-language").to_owned())
}

async fn page(app: &axum::Router, uri: &str, headers: &[(&str, &str)]) -> common::TestResponse {
    let r = request(app, "GET", uri, headers, None).await;
    assert_eq!(r.status, 200, "{uri}: {}", r.body);
    r
}

#[tokio::test]
async fn each_source_of_the_language_wins_over_the_next() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let pool = t.primary_pool().await;
    registered(&app, "lea@example.com", "Léa").await;
    let session = sign_in_with(&app, "lea@example.com", PASSWORD, "", None)
        .await
        .cookie();

    // Nothing: English.
    let r = page(&app, "/", &[]).await;
    assert_eq!(language(&r), ("en".into(), "en".into()));
    assert!(r.body.contains(">Sign in<"));

    // The browser's languages, by weight: French.
    let browser = ("accept-language", "de-DE,de;q=0.9,fr-CA;q=0.8,es;q=0.5");
    let r = page(&app, "/", &[browser]).await;
    assert_eq!(language(&r), ("fr".into(), "fr".into()));
    assert!(r.body.contains(">Connexion<"), "the nav is French");
    assert!(r.header("vary").contains("Accept-Language"));

    // The picker's cookie beats the browser.
    let cookie = "haven.lang=es".to_string();
    let r = page(&app, "/", &[browser, ("cookie", &cookie)]).await;
    assert_eq!(language(&r).0, "es");

    // Signed in without a preference: still the cookie, and the account remembers it.
    let both = format!("{session}; haven.lang=es");
    let r = page(&app, "/", &[browser, ("cookie", &both)]).await;
    assert_eq!(language(&r).0, "es");
    let last: Option<String> =
        sqlx::query_scalar("SELECT last_language FROM users WHERE email = 'lea@example.com'")
            .fetch_one(&pool)
            .await
            .expect("last language");
    assert_eq!(last.as_deref(), Some("es"));

    // The account's preference beats the cookie.
    sqlx::query("UPDATE users SET preferred_language = 'ar' WHERE email = 'lea@example.com'")
        .execute(&pool)
        .await
        .expect("preference");
    let r = page(&app, "/", &[browser, ("cookie", &both)]).await;
    assert_eq!(language(&r).0, "ar");
    assert!(r.body.contains("<html lang=\"ar\" dir=\"rtl\""));

    // An address with ?lang= beats everything (a shared link, a search engine's alternate).
    let r = page(&app, "/?lang=fr", &[browser, ("cookie", &both)]).await;
    assert_eq!(language(&r).0, "fr");
    assert!(
        r.body
            .contains("hreflang=\"es\" href=\"http://127.0.0.1:3000/?lang=es\""),
        "alternates"
    );
    assert!(
        r.body
            .contains("hreflang=\"x-default\" href=\"http://127.0.0.1:3000/\"")
    );

    // What is not a shipped language is ignored at every step.
    let r = page(
        &app,
        "/?lang=xx",
        &[("accept-language", "ja"), ("cookie", "haven.lang=zz")],
    )
    .await;
    assert_eq!(language(&r).0, "en");
    pool.close().await;
}

#[tokio::test]
async fn the_picker_sets_the_cookie_and_the_accounts_preference() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let pool = t.primary_pool().await;
    registered(&app, "tom@example.com", "Tom").await;
    let session = sign_in_with(&app, "tom@example.com", PASSWORD, "", None)
        .await
        .cookie();
    let form = |body: &'static str, cookie: Option<String>| {
        let mut req = axum::http::Request::builder()
            .method("POST")
            .uri("/language")
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.body(axum::body::Body::from(body)).expect("request")
    };

    // Anonymous: a cookie, and back to the page (never to another site).
    let r = common::send_request(&app, form("lang=fr&next=%2Fsearch%3Fq%3DLisbon", None)).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), Some("/search?q=Lisbon"));
    assert!(r.header("set-cookie").starts_with("haven.lang=fr;"));
    let r = common::send_request(&app, form("lang=es&next=https%3A%2F%2Fevil.example", None)).await;
    assert_eq!(r.location(), Some("/"));

    // Signed in: the account's preference too.
    let r = common::send_request(&app, form("lang=ar&next=%2Ftrips", Some(session))).await;
    assert_eq!(r.status, 303);
    let preferred: Option<String> =
        sqlx::query_scalar("SELECT preferred_language FROM users WHERE email = 'tom@example.com'")
            .fetch_one(&pool)
            .await
            .expect("preference");
    assert_eq!(preferred.as_deref(), Some("ar"));

    // Not a shipped language: 400 with a message, nothing set.
    for bad in ["lang=de", "lang=", "lang=es-MX", "next=%2F"] {
        let r = common::send_request(&app, form(bad, None)).await;
        assert_eq!(r.status, 400, "{bad}");
        assert!(r.body.contains("Choose one of the languages offered"));
        assert!(r.headers.get("set-cookie").is_none());
    }
    pool.close().await;
}
