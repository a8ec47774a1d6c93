//! Who may do what: another host's listing or calendar is unknown (404), so is any id that
//! is not one; no credentials is 401; bad input is a 4xx naming the field; "Sync now" is
//! limited; feeds sync every 15 minutes.

use super::World;
use super::common::{self, TestResponse};
use serde_json::json;

fn assert_unknown(r: &TestResponse, what: &str, context: &str) {
    assert_eq!(r.status, 404, "{context}: {}", r.body);
    assert_eq!(
        r.error_message(),
        format!("{what} was not found."),
        "{context}"
    );
}

#[tokio::test]
async fn another_hosts_listing_and_calendars_are_unknown() {
    let w = World::new().await;
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));
    let feed = w.add_feed("Airbnb", "/airbnb.ics").await;
    w.booking(11, 12).await;
    w.sync().await;
    let conflict = w.feeds().await["conflicts"][0]["id"]
        .as_i64()
        .expect("a conflict");
    let (l, other) = (w.listing, w.other_listing);
    let body = json!({"name": "Mine now", "url": "https://example.com/a.ics"});

    // Otto, on Hana's listing: every route answers as for an unknown listing.
    for (method, uri, body) in [
        ("GET", format!("/api/v1/listings/{l}/calendar-feeds"), None),
        (
            "POST",
            format!("/api/v1/listings/{l}/calendar-feeds"),
            Some(body.clone()),
        ),
        (
            "DELETE",
            format!("/api/v1/listings/{l}/calendar-feeds/{feed}"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/listings/{l}/calendar-feeds/{feed}/sync"),
            None,
        ),
        (
            "POST",
            format!("/api/v1/listings/{l}/calendar-conflicts/{conflict}/dismiss"),
            None,
        ),
        ("GET", format!("/api/v1/listings/{l}/ical"), None),
        (
            "POST",
            format!("/api/v1/listings/{l}/ical/regenerate"),
            None,
        ),
    ] {
        let r = w.call(method, &uri, &w.other_host, body).await;
        assert_unknown(&r, "Listing", &format!("{method} {uri}"));
    }
    // Otto, naming Hana's calendar under his own listing: unknown calendar.
    for (method, uri) in [
        (
            "DELETE",
            format!("/api/v1/listings/{other}/calendar-feeds/{feed}"),
        ),
        (
            "POST",
            format!("/api/v1/listings/{other}/calendar-feeds/{feed}/sync"),
        ),
    ] {
        let r = w.call(method, &uri, &w.other_host, None).await;
        assert_unknown(&r, "Calendar feed", &format!("{method} {uri}"));
    }
    let r = w
        .call(
            "POST",
            &format!("/api/v1/listings/{other}/calendar-conflicts/{conflict}/dismiss"),
            &w.other_host,
            None,
        )
        .await;
    assert_unknown(&r, "Conflict", "dismiss");
    // Nothing changed for Hana.
    assert_eq!(w.feeds().await["feeds"].as_array().map(Vec::len), Some(1));
    assert_eq!(w.imported().await, [(10, 11), (12, 13), (20, 22)]);

    // Ids that are not ids; no credentials.
    for bad in ["abc", "0", "-1", "99999999999999999999"] {
        let r = w
            .call(
                "GET",
                &format!("/api/v1/listings/{bad}/calendar-feeds"),
                &w.host,
                None,
            )
            .await;
        assert_unknown(&r, "Listing", bad);
        let r = w
            .call(
                "DELETE",
                &format!("/api/v1/listings/{l}/calendar-feeds/{bad}"),
                &w.host,
                None,
            )
            .await;
        assert_unknown(&r, "Calendar feed", bad);
    }
    let r = common::call(
        &w.app,
        "GET",
        &format!("/api/v1/listings/{l}/calendar-feeds"),
        None,
        None,
    )
    .await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn bad_input_is_a_clear_400_and_duplicates_a_409() {
    let w = World::new().await;
    let uri = format!("/api/v1/listings/{}/calendar-feeds", w.listing);
    for (body, field, message) in [
        (
            json!({"name": "", "url": "https://example.com/a.ics"}),
            "name",
            "Name the calendar, e.g. “Airbnb”.",
        ),
        (
            json!({"name": "Airbnb", "url": "example.com/a.ics"}),
            "url",
            "Paste the calendar's full address, starting with https:// or http://.",
        ),
        (
            json!({"name": "Airbnb", "url": "ftp://example.com/a.ics"}),
            "url",
            "Only http:// and https:// addresses can be imported.",
        ),
        (
            json!({"name": "Airbnb", "url": "https://me:secret@example.com/a.ics"}),
            "url",
            "Leave the user name and password out of the address.",
        ),
        (
            json!({"name": "x".repeat(61), "url": "https://example.com/a.ics"}),
            "name",
            "Use at most 60 characters, on one line.",
        ),
        (
            json!({"name": "Airbnb", "url": format!("https://example.com/{}", "a".repeat(2000))}),
            "url",
            "That address is too long.",
        ),
    ] {
        let r = w.call("POST", &uri, &w.host, Some(body.clone())).await;
        assert_eq!(r.status, 400, "{body}: {}", r.body);
        assert_eq!(
            (r.error_field().as_str(), r.error_message().as_str()),
            (field, message),
            "{body}"
        );
    }
    let r = w
        .call("POST", &uri, &w.host, Some(json!({"name": "Airbnb"})))
        .await;
    assert!(
        r.status >= 400 && r.status < 500,
        "a missing field: {}",
        r.body
    );
    let r = w
        .call(
            "POST",
            &uri,
            &w.host,
            Some(json!({"name": "A", "url": "https://example.com/a.ics", "x": 1})),
        )
        .await;
    assert!(r.status >= 400 && r.status < 500, "{}", r.body);

    let good = json!({"name": "Airbnb", "url": "https://example.com/a.ics"});
    assert_eq!(
        w.call("POST", &uri, &w.host, Some(good.clone()))
            .await
            .status,
        201
    );
    let again = w.call("POST", &uri, &w.host, Some(good)).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert_eq!(
        again.error_message(),
        "This listing already imports that calendar."
    );
}

#[tokio::test]
async fn sync_now_is_limited_and_feeds_come_due_every_15_minutes() {
    let w = World::new().await;
    w.feeds.calendar("/vrbo.ics", w.fixture("vrbo.ics"));
    let feed = w.add_feed("Vrbo", "/vrbo.ics").await;
    assert_eq!(w.sync().await, 1);
    assert_eq!(w.sync().await, 0, "not due again yet");

    let uri = format!("/api/v1/listings/{}/calendar-feeds/{feed}/sync", w.listing);
    let first = w.call("POST", &uri, &w.host, None).await;
    assert_eq!(first.status, 202, "{}", first.body);
    assert_eq!(first.json()["syncing"], true);
    let second = w.call("POST", &uri, &w.host, None).await;
    assert_eq!(second.status, 429, "{}", second.body);
    assert!(
        second.retry_after().is_some_and(|s| (1..=60).contains(&s)),
        "{:?}",
        second.headers
    );
    assert_eq!(w.sync().await, 1, "the first request made it due");

    w.state.clock.advance(time::Duration::minutes(14));
    assert_eq!(w.sync().await, 0);
    w.state.clock.advance(time::Duration::minutes(2));
    assert_eq!(w.sync().await, 1, "15 minutes after the last sync");
    assert_eq!(w.feeds.seen("/vrbo.ics").len(), 3);
}
