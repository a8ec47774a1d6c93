//! Ids in the path (`/{id}`) are parsed once, by one extractor: anything that is not a
//! positive whole number names nothing, and is answered as an unknown id of that kind is
//! (404 `not_found`), after the credentials are checked, on every route that takes one.

mod common;

use common::accounts::{register, token};
use common::{TestResponse, request, send_request};
use serde_json::{Value, json};

const NOT_IDS: [&str; 6] = ["abc", "99999999999999999999", "0", "-1", "1.5", "%FF"];

fn assert_not_found(r: &TestResponse, what: &str, context: &str) {
    assert_eq!(r.status, 404, "{context}: {}", r.body);
    assert_eq!(
        r.json(),
        json!({"error": {"code": "not_found", "message": format!("{what} was not found.")}}),
        "{context}"
    );
}

#[tokio::test]
async fn every_route_with_an_id_answers_404_for_what_is_not_one() {
    let t = common::TestDb::new().await;
    // Dozens of writes from one person, well past the per-person write quota.
    let app = common::app_with(t.db(None), |c| {
        c.writes_per_user = haven::server::platform::ratelimit::Rate {
            burst: 1_000_000,
            period: std::time::Duration::from_millis(1),
        };
    });
    assert_eq!(register(&app, "hana@example.com", "Hana").await.status, 201);
    let host = token(&app, "hana@example.com").await;
    let pool = t.primary_pool().await;
    let listing = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    let auth = [("authorization", host.as_str())];

    for bad in NOT_IDS {
        let listing_routes: [(&str, String, Option<Value>); 13] = [
            ("GET", format!("/api/v1/listings/{bad}"), None),
            ("GET", format!("/api/v1/listings/{bad}/availability"), None),
            (
                "GET",
                format!("/api/v1/listings/{bad}/quote?check_in=2030-01-01&check_out=2030-01-03"),
                None,
            ),
            (
                "PUT",
                format!("/api/v1/listings/{bad}"),
                Some(json!({"title": "A new title"})),
            ),
            ("DELETE", format!("/api/v1/listings/{bad}"), None),
            ("GET", format!("/api/v1/listings/{bad}/photos"), None),
            ("POST", format!("/api/v1/listings/{bad}/photos"), None),
            (
                "POST",
                format!("/api/v1/listings/{bad}/photos/1/move"),
                Some(json!({"to": "cover"})),
            ),
            ("DELETE", format!("/api/v1/listings/{bad}/photos/1"), None),
            ("GET", format!("/api/v1/listings/{bad}/calendar"), None),
            (
                "PUT",
                format!("/api/v1/listings/{bad}/calendar"),
                Some(json!({"changes": []})),
            ),
            (
                "POST",
                format!("/api/v1/listings/{bad}/inquiries"),
                Some(json!({"body": "Hello"})),
            ),
            (
                "GET",
                format!("/api/v1/listings/{bad}/response-stats"),
                None,
            ),
        ];
        for (method, uri, body) in listing_routes {
            let r = request(&app, method, &uri, &auth, body).await;
            assert_not_found(&r, "Listing", &format!("{method} {uri}"));
        }
        for (method, uri) in [
            ("GET", format!("/api/v1/bookings/{bad}")),
            ("POST", format!("/api/v1/bookings/{bad}/accept")),
            ("POST", format!("/api/v1/bookings/{bad}/decline")),
            ("POST", format!("/api/v1/bookings/{bad}/cancel")),
            ("GET", format!("/api/v1/bookings/{bad}/cancel")),
            ("GET", format!("/api/v1/bookings/{bad}/reviews")),
            ("POST", format!("/api/v1/bookings/{bad}/reviews")),
        ] {
            let r = request(&app, method, &uri, &auth, Some(json!({}))).await;
            assert_not_found(&r, "Booking", &format!("{method} {uri}"));
        }
        let uri = format!("/api/v1/listings/{bad}/reviews");
        let r = request(&app, "GET", &uri, &auth, None).await;
        assert_not_found(&r, "Listing", &format!("GET {uri}"));
        for (uri, body) in [
            (
                format!("/api/v1/reviews/{bad}/response"),
                json!({"text": "Thanks"}),
            ),
            (
                format!("/api/v1/reviews/{bad}/report"),
                json!({"reason": "spam"}),
            ),
        ] {
            let r = request(&app, "POST", &uri, &auth, Some(body)).await;
            assert_not_found(&r, "Review", &format!("POST {uri}"));
        }
        for (method, uri, body) in [
            ("GET", format!("/api/v1/conversations/{bad}"), None),
            ("GET", format!("/api/v1/conversations/{bad}/messages"), None),
            (
                "POST",
                format!("/api/v1/conversations/{bad}/messages"),
                Some(json!({"body": "Hello"})),
            ),
            ("POST", format!("/api/v1/conversations/{bad}/read"), None),
        ] {
            let r = request(&app, method, &uri, &auth, body).await;
            assert_not_found(&r, "Conversation", &format!("{method} {uri}"));
        }
        let uri = format!("/api/v1/favorites/{bad}");
        let r = request(&app, "DELETE", &uri, &auth, None).await;
        assert_not_found(&r, "Saved listing", &format!("DELETE {uri}"));
        for (method, uri, body) in [
            (
                "POST",
                format!("/api/v1/listings/{listing}/photos/{bad}/move"),
                Some(json!({"to": "cover"})),
            ),
            (
                "DELETE",
                format!("/api/v1/listings/{listing}/photos/{bad}"),
                None,
            ),
        ] {
            let r = request(&app, method, &uri, &auth, body).await;
            // Bytes that are not UTF-8 anywhere in the path leave no id to read: the first
            // id asked for is the one not found.
            let what = if bad == "%FF" { "Listing" } else { "Photo" };
            assert_not_found(&r, what, &format!("{method} {uri}"));
        }
    }

    // A real id still finds its listing; credentials are checked before the id.
    let found = request(
        &app,
        "GET",
        &format!("/api/v1/listings/{listing}"),
        &[],
        None,
    )
    .await;
    assert_eq!(found.status, 200, "{}", found.body);
    let anonymous = request(&app, "DELETE", "/api/v1/listings/abc", &[], None).await;
    assert_eq!(anonymous.status, 401);
}

#[tokio::test]
async fn the_photo_form_answers_a_plain_404_page() {
    let t = common::TestDb::new().await;
    let app = common::app(t.db(None));
    for bad in NOT_IDS {
        let req = axum::http::Request::builder()
            .method("POST")
            .uri(format!("/host/listings/{bad}/photos"))
            .header("content-type", "multipart/form-data; boundary=b")
            .body(axum::body::Body::from("--b--\r\n"))
            .expect("request");
        let r = send_request(&app, req).await;
        assert_eq!((r.status, r.body.as_str()), (404, "Listing was not found."));
    }
}
