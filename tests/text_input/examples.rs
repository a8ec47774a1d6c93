//! The refusals, case by case: where a NUL can be typed, keys and JSON paths, bodies
//! past the limit, uploads, and the page a browser without JavaScript gets.

use crate::common;
use crate::common::accounts::{register, token};
use crate::common::{TestDb, request, send_request};
use axum::body::Body;
use haven::server::http::text::MAX_BODY_BYTES;
use serde_json::json;

#[tokio::test]
async fn a_search_for_a_nul_is_a_400_naming_the_field_wherever_it_is_typed() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let page = [("accept", "text/html")];
    for raw in ["%00", "Lis%00bon", "%1B", "%7F", "%C2%85", "%FF", "%C3"] {
        let r = request(&app, "GET", &format!("/search?q={raw}"), &page, None).await;
        assert_eq!(r.status, 400, "{raw}: {}", r.body);
        assert!(
            r.headers["content-type"]
                .to_str()
                .unwrap_or("")
                .starts_with("text/html")
        );
        assert!(r.body.contains("`q`"), "{}", r.body);

        let r = request(&app, "GET", &format!("/api/v1/listings?q={raw}"), &[], None).await;
        assert_eq!(r.status, 400, "{raw}: {}", r.body);
        let error = &r.json()["error"];
        assert_eq!(
            (&error["code"], &error["field"]),
            (&json!("invalid"), &json!("q"))
        );

        let uri = format!("/api/fn/search_listings?params%5Bq%5D={raw}");
        let r = request(&app, "GET", &uri, &[], None).await;
        assert_eq!(r.status, 400, "{raw}: {}", r.body);
        assert_eq!(r.json()["Form"]["errors"][0]["field"], "params[q]");
    }
    // Ordinary Unicode is searched for as it is.
    for q in [
        "%E2%80%8FLisbon",
        "%F0%9F%8F%96%EF%B8%8F",
        "%E6%9D%B1%E4%BA%AC",
        "e%CC%81",
    ] {
        let r = request(&app, "GET", &format!("/api/v1/listings?q={q}"), &[], None).await;
        assert_eq!(r.status, 200, "{q}: {}", r.body);
        let r = request(&app, "GET", &format!("/search?q={q}"), &page, None).await;
        assert_eq!(r.status, 200, "{q}");
    }
}

#[tokio::test]
async fn keys_are_text_too_and_json_paths_name_the_field() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let r = request(&app, "GET", "/api/v1/listings?a%00b=1", &[], None).await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"]["field"], "a\\u{0}b");

    assert_eq!(register(&app, "hana@example.com", "Hana").await.status, 201);
    let host = token(&app, "hana@example.com").await;
    let body = json!({"changes": [{"from": "2030-01-01", "to": "2030-01-03"},
                                  {"from": "2030-02-01\u{0}", "to": "2030-02-03"}]});
    let r = request(
        &app,
        "PUT",
        "/api/v1/listings/1/calendar",
        &[("authorization", &host)],
        Some(body),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["error"]["field"], "changes[1].from");
}

#[tokio::test]
async fn bodies_past_the_limit_are_refused_by_their_readers_as_before_and_uploads_pass() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    // Too large to check, and too large for the server function's own limit.
    let huge = format!("email=a%00&password={}", "x".repeat(MAX_BODY_BYTES));
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/fn/sign_in")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(huge))
        .expect("request");
    let r = send_request(&app, req).await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("length limit exceeded"), "{}", r.body);

    // /api/v1 bodies that large are refused by the handlers' own limit, as before.
    let body = format!(
        "{{\"email\":\"a\\u0000\",\"password\":\"{}\"}}",
        "x".repeat(MAX_BODY_BYTES)
    );
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/v1/auth/login")
        .header("content-type", "application/json")
        .body(Body::from(body))
        .expect("request");
    let r = send_request(&app, req).await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "bad_json");

    // Multipart uploads are not read by the check: the upload form answers as it does.
    let multipart = "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n\0\r\n--b--\r\n";
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/account/photo")
        .header("content-type", "multipart/form-data; boundary=b")
        .body(Body::from(multipart))
        .expect("request");
    let r = send_request(&app, req).await;
    assert_eq!(r.status, 303, "{}", r.body);
}

#[tokio::test]
async fn a_form_posted_without_javascript_gets_a_page() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/fn/sign_in")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html,application/xhtml+xml")
        .body(Body::from("email=ana%00%40example.com&password=x&next=%2F"))
        .expect("request");
    let r = send_request(&app, req).await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("<h1>Check what you typed</h1>"),
        "{}",
        r.body
    );
    assert!(
        r.body
            .contains("`email` contains a control character (U+0000)")
    );
}
