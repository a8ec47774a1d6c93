//! The calendar-sync page without JavaScript: it renders the export address and the
//! calendars, its forms post and come back (a bad address comes back with its error and
//! what was typed), and for anyone but the host the page and its server functions are the
//! 404 of an unknown listing.

use super::World;
use super::common::accounts::{PASSWORD, form_encode, sign_in_with};
use super::common::{TestResponse, send, send_request};

/// A form posted from the calendar-sync page (its `Referer`), as a browser without
/// JavaScript posts it.
async fn post_form(w: &World, uri: &str, cookie: &str, pairs: &[(&str, &str)]) -> TestResponse {
    let body = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "text/html,application/xhtml+xml")
        .header("cookie", cookie)
        .header("host", "haven.test")
        .header(
            "referer",
            format!(
                "http://haven.test/host/listings/{}/calendar/sync",
                w.listing
            ),
        )
        .body(axum::body::Body::from(body))
        .expect("request");
    send_request(&w.app, req).await
}

async fn session(w: &World, email: &str) -> String {
    sign_in_with(&w.app, email, PASSWORD, "/", None)
        .await
        .cookie()
}

#[tokio::test]
async fn the_page_and_its_forms_work_without_javascript_for_the_host_only() {
    let w = World::new().await;
    let hana = session(&w, "hana@example.com").await;
    let otto = session(&w, "otto@example.com").await;
    let page_uri = format!("/host/listings/{}/calendar/sync", w.listing);
    let listing = w.listing.to_string();
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));

    // A bad address comes back to the form with its error and what was typed.
    let r = post_form(
        &w,
        "/api/fn/add_calendar_feed",
        &hana,
        &[
            ("listing", &listing),
            ("name", "Airbnb"),
            ("url", "ftp://x.example/a.ics"),
        ],
    )
    .await;
    assert_eq!(r.status, 302, "{}", r.body);
    let back = r
        .location()
        .expect("location")
        .trim_start_matches("http://haven.test")
        .to_string();
    assert!(
        back.starts_with(&page_uri) && back.contains("__err="),
        "{back}"
    );
    let page = send(&w.app, "GET", &back, Some(&hana)).await;
    assert!(
        page.body
            .contains("Only http:// and https:// addresses can be imported."),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"value="ftp://x.example/a.ics""#));

    // A good one is added; the page lists it once synced, with the export address.
    let url = w.feeds.url("/airbnb.ics");
    let r = post_form(
        &w,
        "/api/fn/add_calendar_feed",
        &hana,
        &[("listing", &listing), ("name", "Airbnb"), ("url", &url)],
    )
    .await;
    assert_eq!(r.status, 302, "{}", r.body);
    assert_eq!(r.location(), Some(page_uri.as_str()));
    w.sync().await;
    let page = send(&w.app, "GET", &page_uri, Some(&hana)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.body.contains("Synced: it blocks 5 nights from today."),
        "{}",
        page.body
    );
    assert!(page.body.contains("/api/v1/ical/"));
    assert!(page.body.contains(r#"aria-label="Remove: Airbnb""#));

    // Otto: the page and every server function answer as for an unknown listing.
    let feed = w.feeds().await["feeds"][0]["id"]
        .as_i64()
        .expect("feed")
        .to_string();
    // A form's error travels in the URL as base64 JSON of the `AppError`.
    let not_found = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .encode(r#"{"NotFound":"Listing"}"#)
            .replace('=', "%3D")
    };
    let r = send(&w.app, "GET", &page_uri, Some(&otto)).await;
    assert_eq!(r.status, 404, "{}", r.body);
    let r = send(
        &w.app,
        "GET",
        &format!("/api/fn/load_calendar_sync?listing={listing}"),
        Some(&otto),
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.body);
    for (uri, pairs) in [
        (
            "/api/fn/remove_calendar_feed",
            vec![("listing", listing.as_str()), ("feed", feed.as_str())],
        ),
        (
            "/api/fn/sync_calendar_feed",
            vec![("listing", listing.as_str()), ("feed", feed.as_str())],
        ),
        (
            "/api/fn/regenerate_calendar_export",
            vec![("listing", listing.as_str())],
        ),
    ] {
        let r = post_form(&w, uri, &otto, &pairs).await;
        let location = r.location().unwrap_or_default().to_string();
        assert!(
            r.status == 404 || location.ends_with(&format!("__err={not_found}")),
            "{uri}: {} {location}",
            r.status
        );
    }
    assert_eq!(
        w.feeds().await["feeds"].as_array().map(Vec::len),
        Some(1),
        "still there"
    );

    // Hana removes it: the nights are freed.
    let r = post_form(
        &w,
        "/api/fn/remove_calendar_feed",
        &hana,
        &[("listing", &listing), ("feed", &feed)],
    )
    .await;
    assert_eq!(r.status, 302, "{}", r.body);
    assert_eq!(w.imported().await, []);
}
