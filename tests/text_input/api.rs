//! The /api/v1 operations: every query parameter and string JSON field, and the
//! credentials (which the API and the forms share).

use crate::common::accounts::PASSWORD;
use crate::common::{lisbon_loft, send_request};
use crate::world::{World, encode, with};
use crate::{MAX_URI, Shape, judge};
use axum::body::Body;
use proptest::test_runner::TestCaseError;
use serde_json::json;

/// Request headers.
type Headers<'a> = &'a [(&'a str, &'a str)];

pub(crate) const SEARCH_PARAMS: [&str; 25] = [
    "q",
    "city",
    "check_in",
    "check_out",
    "guests",
    "adults",
    "children",
    "infants",
    "pets",
    "min_price",
    "max_price",
    "currency",
    "property_type",
    "min_bedrooms",
    "min_beds",
    "min_bathrooms",
    "amenities",
    "instant_book",
    "bbox",
    "lat",
    "lng",
    "radius_km",
    "sort",
    "page",
    "per_page",
];

/// Every query parameter of /api/v1.
pub(crate) async fn api_queries(w: &World, text: &str) -> Result<(), TestCaseError> {
    let listing = w.listing;
    let as_guest = [("authorization", w.guest.as_str())];
    let as_host = [("authorization", w.host.as_str())];
    let mut calls: Vec<(String, &str, Headers)> = Vec::new();
    for key in SEARCH_PARAMS {
        calls.push(("/api/v1/listings".into(), key, &[]));
    }
    for key in ["from", "to"] {
        calls.push((format!("/api/v1/listings/{listing}/availability"), key, &[]));
    }
    for key in ["q", "kind", "limit"] {
        calls.push(("/api/v1/places".into(), key, &[]));
    }
    for key in [
        "check_in",
        "check_out",
        "guests",
        "adults",
        "children",
        "infants",
        "pets",
    ] {
        calls.push((format!("/api/v1/listings/{listing}/quote"), key, &[]));
    }
    calls.push(("/api/v1/bookings".into(), "role", &as_guest));
    for key in ["from", "days"] {
        calls.push((
            format!("/api/v1/listings/{listing}/calendar"),
            key,
            &as_host,
        ));
    }
    for key in ["page", "per_page"] {
        calls.push(("/api/v1/conversations".into(), key, &as_guest));
    }
    // Not `wait`: a text that happens to be a number would hold the test that long.
    let messages = format!("/api/v1/conversations/{}/messages", w.conversation);
    calls.push((messages, "after", &as_host));
    for (path, key, headers) in calls {
        if let Some(r) = w.get(&path, &[(key, text)], headers).await {
            judge(w, Shape::Api, &path, key, text, &r)?;
        }
    }
    // The photo's alt text rides in the query of an upload (here an empty one).
    let uri = format!(
        "/api/v1/listings/{listing}/photos?{}",
        encode(&[("alt", text)])
    );
    if uri.len() <= MAX_URI {
        let req = axum::http::Request::builder()
            .method("POST")
            .uri(&uri)
            .header("authorization", &w.host)
            .header("content-type", "image/png")
            .body(Body::empty())
            .expect("request");
        judge(
            w,
            Shape::Api,
            "add photo",
            "alt",
            text,
            &send_request(&w.app, req).await,
        )?;
    }
    Ok(())
}

pub(crate) const LISTING_TEXT: [&[&str]; 11] = [
    &["title"],
    &["description"],
    &["property_type"],
    &["location", "address"],
    &["location", "city"],
    &["location", "country"],
    &["amenities", "0"],
    &["house_rules", "check_in_after"],
    &["house_rules", "notes"],
    &["price_per_night", "currency"],
    &["booking", "cancellation_policy"],
];

/// The JSON name of `path`: `location.city`, `amenities[0]`.
pub(crate) fn json_path(path: &[&str]) -> String {
    let mut out = String::new();
    for key in path {
        if key.parse::<usize>().is_ok() {
            out.push_str(&format!("[{key}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(key);
        }
    }
    out
}

/// Every string field of the /api/v1 JSON bodies.
pub(crate) async fn api_bodies(w: &World, text: &str) -> Result<(), TestCaseError> {
    let listing = w.listing;
    let listing_uri = format!("/api/v1/listings/{listing}");
    for path in LISTING_TEXT {
        let field = json_path(path);
        let body = with(lisbon_loft(), path, text);
        let r = w.json("POST", "/api/v1/listings", &w.host, body).await;
        judge(w, Shape::Api, "create listing", &field, text, &r)?;
        let change = with(json!({}), path, text);
        let r = w.json("PUT", &listing_uri, &w.host, change).await;
        judge(w, Shape::Api, "update listing", &field, text, &r)?;
    }
    for path in [
        &["display_name"][..],
        &["about"],
        &["city"],
        &["country"],
        &["languages", "0"],
        &["language"],
        &["currency"],
        &["time_zone"],
    ] {
        let field = json_path(path);
        let body = with(json!({}), path, text);
        let r = w.json("PUT", "/api/v1/me", &w.guest, body).await;
        judge(w, Shape::Api, "update me", &field, text, &r)?;
    }
    let body = json!({"listing_id": listing, "list": text});
    let r = w.json("POST", "/api/v1/favorites", &w.guest, body).await;
    judge(w, Shape::Api, "save favorite", "list", text, &r)?;

    let r = w
        .json("POST", "/api/v1/bookings", &w.guest, w.booking(text))
        .await;
    judge(w, Shape::Api, "book", "special_requests", text, &r)?;
    for key in ["check_in", "check_out"] {
        let body = with(w.booking("Hi"), &[key], text);
        let r = w.json("POST", "/api/v1/bookings", &w.guest, body).await;
        judge(w, Shape::Api, "book", key, text, &r)?;
    }
    for (action, who) in [("decline", &w.host), ("cancel", &w.guest)] {
        let id = w.pending_booking().await;
        let uri = format!("/api/v1/bookings/{id}/{action}");
        let r = w.json("POST", &uri, who, json!({"reason": text})).await;
        judge(w, Shape::Api, action, "reason", text, &r)?;
    }

    let inquiries = format!("{listing_uri}/inquiries");
    for key in ["body", "check_in", "check_out"] {
        let body = with(json!({"body": "Hi"}), &[key], text);
        let r = w.json("POST", &inquiries, &w.guest, body).await;
        judge(w, Shape::Api, "inquiry", key, text, &r)?;
    }
    let messages = format!("/api/v1/conversations/{}/messages", w.conversation);
    let r = w
        .json("POST", &messages, &w.host, json!({"body": text}))
        .await;
    judge(w, Shape::Api, "send message", "body", text, &r)?;

    let calendar = format!("{listing_uri}/calendar");
    let (from, to) = w.stay();
    for key in ["from", "to"] {
        let change = with(
            json!({"from": from, "to": to, "blocked": true}),
            &[key],
            text,
        );
        let body = json!({"changes": [change]});
        let r = w.json("PUT", &calendar, &w.host, body).await;
        judge(
            w,
            Shape::Api,
            "calendar",
            &format!("changes[0].{key}"),
            text,
            &r,
        )?;
    }
    let r = w
        .json(
            "POST",
            &format!("{listing_uri}/photos/1/move"),
            &w.host,
            json!({"to": text}),
        )
        .await;
    judge(w, Shape::Api, "move photo", "to", text, &r)?;
    Ok(())
}

/// Registration, sign-in and password changes: the API and the forms.
pub(crate) async fn credentials(w: &World, text: &str) -> Result<(), TestCaseError> {
    let email = || format!("guest{}@example.com", w.fresh());
    for (field, body) in [
        (
            "display_name",
            json!({"email": email(), "password": PASSWORD, "display_name": text}),
        ),
        (
            "email",
            json!({"email": text, "password": PASSWORD, "display_name": "Ana"}),
        ),
        (
            "password",
            json!({"email": email(), "password": text, "display_name": "Ana"}),
        ),
    ] {
        let r = w.json("POST", "/api/v1/auth/register", "", body).await;
        judge(w, Shape::Api, "register", field, text, &r)?;
    }
    for (field, body) in [
        ("email", json!({"email": text, "password": PASSWORD})),
        (
            "password",
            json!({"email": "hana@example.com", "password": text}),
        ),
    ] {
        let r = w.json("POST", "/api/v1/auth/login", "", body).await;
        judge(w, Shape::Api, "login", field, text, &r)?;
    }
    let current = w.password.lock().map(|p| p.clone()).unwrap_or_default();
    for (field, body) in [
        (
            "current_password",
            json!({"current_password": text, "new_password": "another fine password 9"}),
        ),
        (
            "new_password",
            json!({"current_password": current, "new_password": text}),
        ),
    ] {
        let r = w.json("PUT", "/api/v1/me/password", &w.guest, body).await;
        if r.status == 204
            && let Ok(mut p) = w.password.lock()
        {
            *p = text.to_string();
        }
        judge(w, Shape::Api, "change password", field, text, &r)?;
    }

    let fresh = email();
    let sign_up = [
        ("email", fresh.as_str()),
        ("display_name", "Ana"),
        ("password", PASSWORD),
        ("next", "/"),
    ];
    let sign_in = [
        ("email", "hana@example.com"),
        ("password", PASSWORD),
        ("next", "/"),
    ];
    for (uri, what, form) in [
        ("/api/fn/sign_up", "sign up", &sign_up[..]),
        ("/api/fn/sign_in", "sign in", &sign_in[..]),
    ] {
        for (field, pairs) in each_replaced(form, text) {
            let r = w.form(uri, None, "*/*", &pairs).await;
            judge(w, Shape::Fn, what, field, text, &r)?;
        }
    }
    let pairs = [
        ("current_password", text),
        ("new_password", "another fine password 9"),
    ];
    let r = w
        .form(
            "/api/fn/change_password",
            Some(&w.host_cookie),
            "*/*",
            &pairs,
        )
        .await;
    judge(
        w,
        Shape::Fn,
        "change password",
        "current_password",
        text,
        &r,
    )
}

/// For each field of a valid form in turn: its name, and the form with its value replaced
/// by `text`.
fn each_replaced<'a>(
    form: &[(&'a str, &'a str)],
    text: &'a str,
) -> impl Iterator<Item = (&'a str, Vec<(&'a str, &'a str)>)> {
    let form = form.to_vec();
    (0..form.len()).map(move |i| {
        let mut pairs = form.clone();
        pairs[i].1 = text;
        (pairs[i].0, pairs)
    })
}
