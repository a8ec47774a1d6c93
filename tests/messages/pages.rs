//! The pages without JavaScript: the contact form posts and opens the thread, the thread
//! shows the messages escaped with safe links, the reply form posts and comes back, the
//! inbox shows unread ones in bold, the header counts them, and a stranger gets a 404.

use super::World;
use super::common::accounts::{PASSWORD, form_encode, sign_in_with};
use super::common::{TestResponse, send, send_request};

/// A form posted as a browser without JavaScript posts it.
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
async fn the_contact_form_thread_and_inbox_work_without_javascript() {
    let w = World::new().await;
    let gil = session(&w, "gil@example.com").await;
    let hana = session(&w, "hana@example.com").await;
    let sam = session(&w, "sam@example.com").await;

    let page = send(
        &w.app,
        "GET",
        &format!("/listings/{}/contact", w.listing),
        Some(&gil),
    )
    .await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Contact Hana"), "{}", page.body);
    assert!(page.body.contains(r#"action="/api/fn/contact_host""#));

    let text = "Is there parking? See https://example.com/map?a=1&b=2. <script>alert(1)</script> javascript:alert(2)";
    let listing = w.listing.to_string();
    let (check_in, check_out) = (w.day(10), w.day(12));
    let r = post_form(
        &w,
        "/api/fn/contact_host",
        &gil,
        &[
            ("listing", &listing),
            ("check_in", &check_in),
            ("check_out", &check_out),
            ("guests", "2"),
            ("body", text),
        ],
    )
    .await;
    assert_eq!(r.status, 302, "{}", r.body);
    let thread_uri = r.location().expect("location").to_string();
    assert!(thread_uri.starts_with("/inbox/"), "{thread_uri}");

    let thread = send(&w.app, "GET", &thread_uri, Some(&gil)).await;
    assert_eq!(thread.status, 200, "{}", thread.body);
    assert!(
        thread.body.contains(
            r#"<a href="https://example.com/map?a=1&amp;b=2" rel="nofollow noopener" target="_blank">"#
        ),
        "{}",
        thread.body
    );
    assert!(
        thread
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(!thread.body.contains("<script>alert(1)"));
    assert!(!thread.body.contains(r#"href="javascript:"#));

    // Hana: the header counts it, the inbox shows it in bold.
    let inbox = send(&w.app, "GET", "/inbox", Some(&hana)).await;
    assert_eq!(inbox.status, 200, "{}", inbox.body);
    assert!(
        inbox.body.contains("Inbox, 1 unread conversation"),
        "{}",
        inbox.body
    );
    assert!(inbox.body.contains("<strong>Porto riverside loft</strong>"));
    assert!(inbox.body.contains("1 unread message"));

    // Her reply posts and comes back to the thread, which she has now read.
    let id = thread_uri.trim_start_matches("/inbox/");
    let r = post_form(
        &w,
        "/api/fn/send_message",
        &hana,
        &[("conversation", id), ("body", "Yes, in the garage.")],
    )
    .await;
    assert_eq!(r.status, 302, "{}", r.body);
    assert_eq!(r.location(), Some(thread_uri.as_str()));
    let thread = send(&w.app, "GET", &thread_uri, Some(&hana)).await;
    assert!(thread.body.contains("Yes, in the garage."));
    assert!(thread.body.contains(r#"name="body""#));
    let inbox = send(&w.app, "GET", "/inbox", Some(&hana)).await;
    assert!(!inbox.body.contains("unread message"), "{}", inbox.body);
    // Gil's receipt: Hana has seen his message.
    let thread = send(&w.app, "GET", &thread_uri, Some(&gil)).await;
    assert!(thread.body.contains("Seen "), "{}", thread.body);

    // Gil books: the trip page links to the same conversation.
    let booking = w.book(10).await;
    let trip = send(&w.app, "GET", &format!("/trips/{booking}"), Some(&gil)).await;
    assert_eq!(trip.status, 200, "{}", trip.body);
    assert!(
        trip.body
            .contains(&format!(r#"<a href="{thread_uri}">Messages</a>"#)),
        "{}",
        trip.body
    );

    // Anyone else: the 404 page; signed out: to the sign-in page.
    let r = send(&w.app, "GET", &thread_uri, Some(&sam)).await;
    assert_eq!(r.status, 404, "{}", r.body);
    // (the same `<Redirect>` as the trips page's, answered the same way here).
    let r = send(&w.app, "GET", "/inbox", None).await;
    let trips = send(&w.app, "GET", "/trips", None).await;
    assert_eq!(r.status, trips.status);
    assert_eq!(
        r.location().map(|l| l.replace("inbox", "trips")),
        trips.location().map(str::to_string)
    );
    assert!(!r.body.contains("Porto riverside loft"));
}
