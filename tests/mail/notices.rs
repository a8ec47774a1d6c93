//! Booking notices by e-mail: once each, both parts, the right links and the unsubscribe
//! headers; preferences respected; the unsubscribe link works without signing in.

use crate::World;
use crate::common::accounts::mark_all_verified_directly;
use crate::maildir;
use serde_json::json;

#[tokio::test]
async fn a_booking_request_mails_the_host_once_with_both_parts_links_and_unsubscribe() {
    let w = World::new().await;
    let _host = w.signed_up("hana").await;
    let guest = w.signed_up("gil").await;
    mark_all_verified_directly(&w.pool).await;
    let listing = w.listing(false).await;
    let r = w.book(&guest, listing).await;
    assert_eq!(r.status, 201, "{}", r.body);

    w.relay().await;
    // Delivered again (at least once): the mail is not sent twice.
    sqlx::query("UPDATE outbox_deliveries SET delivered_at = NULL WHERE consumer = 'mail'")
        .execute(&w.pool)
        .await
        .expect("redeliver");
    w.relay().await;
    maildir::wait_for(&w.email("hana"), 2).await;

    let mails = w.mails("hana", "New booking request");
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert!(
        mail.header("Content-Type")
            .unwrap_or_default()
            .starts_with("multipart/alternative"),
        "{mail:?}"
    );
    assert!(
        mail.text()
            .contains("Gil asks to stay at Porto riverside loft"),
        "{}",
        mail.text()
    );
    assert!(
        mail.html()
            .contains("Gil asks to stay at Porto riverside loft")
    );
    assert!(
        mail.html_unescaped()
            .contains("href=\"http://127.0.0.1:3000/host/reservations\"")
    );
    assert_eq!(
        mail.link("http://127.0.0.1:3000/host/"),
        "http://127.0.0.1:3000/host/reservations"
    );
    let unsubscribe = mail.header("List-Unsubscribe").expect("List-Unsubscribe");
    assert!(
        unsubscribe.starts_with("<http://127.0.0.1:3000/unsubscribe?token="),
        "{unsubscribe}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(mail.text().contains("/unsubscribe?token="));
    // The guest hears nothing of a request they made themselves.
    assert!(w.mails("gil", "New booking request").is_empty());
}

#[tokio::test]
async fn a_person_who_switched_booking_updates_off_gets_none_and_others_still_do() {
    let w = World::new().await;
    let _host = w.signed_up("hana").await;
    let guest = w.signed_up("gil").await;
    mark_all_verified_directly(&w.pool).await;
    let off =
        json!({"notifications": {"booking_updates": false, "messages": true, "marketing": false}});
    let r = w.call("PUT", "/api/v1/me", Some(&guest), Some(off)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let listing = w.listing(true).await;
    assert_eq!(w.book(&guest, listing).await.status, 201);

    w.relay().await;
    maildir::wait_for(&w.email("hana"), 2).await;

    assert_eq!(w.mails("hana", "New reservation").len(), 1);
    let gil: Vec<_> = maildir::to(&w.email("gil"))
        .into_iter()
        .filter(|m| m.header("List-Unsubscribe").is_some())
        .collect();
    assert!(gil.is_empty(), "{gil:?}");
    // The bell still has it: only e-mail is switched off.
    let bell = w
        .call("GET", "/api/v1/notifications", Some(&guest), None)
        .await;
    assert_eq!(bell.json()["unread"], 1, "{}", bell.body);
}

#[tokio::test]
async fn the_unsubscribe_link_works_without_signing_in_and_a_forged_one_does_not() {
    let w = World::new().await;
    let host = w.signed_up("hana").await;
    let guest = w.signed_up("gil").await;
    mark_all_verified_directly(&w.pool).await;
    let listing = w.listing(false).await;
    assert_eq!(w.book(&guest, listing).await.status, 201);
    w.relay().await;
    let mails = maildir::wait_for(&w.email("hana"), 2).await;
    let header = mails
        .iter()
        .find_map(|m| m.header("List-Unsubscribe"))
        .expect("an unsubscribable mail")
        .to_string();
    let url = header
        .trim_start_matches('<')
        .split('>')
        .next()
        .expect("url");
    let path = url.trim_start_matches("http://127.0.0.1:3000");

    let page = w.call("GET", path, None, None).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("<form method=\"post\""), "{}", page.body);
    assert!(page.body.contains("booking updates"));

    let tampered = path.replacen("token=", "token=0", 1);
    assert_eq!(w.call("POST", &tampered, None, None).await.status, 400);
    let forged = format!("{}x", &path[..path.len() - 1]);
    assert_eq!(w.call("POST", &forged, None, None).await.status, 400);
    assert_eq!(w.call("GET", "/unsubscribe", None, None).await.status, 400);

    // RFC 8058: what a mail client posts, with no cookie and no token of the person's.
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from("List-Unsubscribe=One-Click"))
        .expect("request");
    let done = crate::common::send_request(&w.app, req).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("You are unsubscribed"));

    let me = w.call("GET", "/api/v1/me", Some(&host), None).await.json();
    assert_eq!(me["preferences"]["notifications"]["booking_updates"], false);
    assert_eq!(me["preferences"]["notifications"]["messages"], true);
}

#[tokio::test]
async fn a_notice_is_mailed_in_the_recipients_language() {
    let w = World::new().await;
    let _host = w.signed_up("hana").await;
    let guest = w.signed_up("gil").await;
    mark_all_verified_directly(&w.pool).await;
    // The host reads Haven in Spanish (chosen); the guest never chose.
    sqlx::query("UPDATE users SET preferred_language = 'es' WHERE email = $1")
        .bind(w.email("hana"))
        .execute(&w.pool)
        .await
        .expect("preference");
    let listing = w.listing(false).await;
    let r = w.book(&guest, listing).await;
    assert_eq!(r.status, 201, "{}", r.body);
    w.relay().await;
    maildir::wait_for(&w.email("hana"), 2).await;

    let mails = w.mails("hana", "Nueva solicitud de reserva");
    assert_eq!(mails.len(), 1, "the request in Spanish");
    let mail = &mails[0];
    assert!(mail.text().starts_with("Hola, Hana:"), "{}", mail.text());
    assert!(
        mail.text()
            .contains("Gil quiere alojarse en Porto riverside loft")
    );
    assert!(mail.html().contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(mail.text().contains("Leer y responder") || mail.text().contains("Ver las reservas"));
}
