//! E-mail verification: the link arrives at sign-up; until it is followed the account
//! cannot book; it works once; a new one can be asked for.

use crate::World;
use crate::maildir;
use serde_json::json;

const SUBJECT: &str = "Confirm your e-mail address";
const LINK: &str = "http://127.0.0.1:3000/verify?token=";

async fn confirm(w: &World, token: &str) -> crate::common::TestResponse {
    let body = json!({ "token": token });
    w.call("POST", "/api/v1/verification/confirm", None, Some(body))
        .await
}

#[tokio::test]
async fn an_unverified_account_cannot_book_until_it_follows_the_link() {
    let w = World::new().await;
    let host = w.signed_up("hana").await;
    sqlx::query("UPDATE users SET email_verified_at = now()")
        .execute(&w.pool)
        .await
        .expect("the host is verified");
    let guest = w.signed_up("gil").await;
    let listing = w.listing(true).await;

    let refused = w.book(&guest, listing).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(refused.json()["error"]["code"], "email_unverified");
    assert!(refused.body.contains("verify your e-mail address"));
    let me = w.call("GET", "/api/v1/me", Some(&guest), None).await.json();
    assert_eq!(me["email_verified"], false);

    w.relay().await;
    maildir::wait_for(&w.email("gil"), 1).await;
    let mails = w.mails("gil", SUBJECT);
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].html().contains(&w.email("gil")));
    let token = mails[0].token(LINK);

    let done = confirm(&w, &token).await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(confirm(&w, &token).await.status, 400, "single use");
    let me = w.call("GET", "/api/v1/me", Some(&guest), None).await.json();
    assert_eq!(me["email_verified"], true);
    let booked = w.book(&guest, listing).await;
    assert_eq!(booked.status, 201, "{}", booked.body);
    let _ = host;
}

#[tokio::test]
async fn a_new_link_can_be_asked_for_until_the_address_is_verified() {
    let w = World::new().await;
    let ana = w.signed_up("ana").await;
    let r = w
        .call("POST", "/api/v1/verification/resend", Some(&ana), None)
        .await;
    assert_eq!(r.status, 202, "{}", r.body);
    assert_eq!(
        w.call("POST", "/api/v1/verification/resend", None, None)
            .await
            .status,
        401
    );
    w.relay().await;
    maildir::wait_for(&w.email("ana"), 2).await;
    let mails = w.mails("ana", SUBJECT);
    assert_eq!(mails.len(), 2, "{mails:?}");
    // Either link works; the newest is used here.
    let token = mails[1].token(LINK);
    assert_eq!(confirm(&w, &token).await.status, 200);
    let again = w
        .call("POST", "/api/v1/verification/resend", Some(&ana), None)
        .await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert_eq!(confirm(&w, &"B".repeat(43)).await.status, 400);
}

#[tokio::test]
async fn an_unverified_host_cannot_put_a_listing_live() {
    let w = World::new().await;
    let host = w.signed_up("hana").await;
    let mut loft = crate::common::lisbon_loft();
    loft["is_active"] = json!(true);
    let r = w
        .call("POST", "/api/v1/listings", Some(&host), Some(loft))
        .await;
    assert_eq!(r.status, 403, "{}", r.body);
    assert_eq!(r.json()["error"]["code"], "email_unverified");
    let live: i64 = sqlx::query_scalar("SELECT count(*) FROM listings WHERE is_active")
        .fetch_one(&w.pool)
        .await
        .expect("count");
    assert_eq!(live, 0);
}

#[tokio::test]
async fn the_verify_page_confirms_with_one_button_without_javascript() {
    let w = World::new().await;
    w.signed_up("ana").await;
    w.relay().await;
    maildir::wait_for(&w.email("ana"), 1).await;
    let token = w.mails("ana", SUBJECT)[0].token(LINK);

    let page = w
        .call("GET", &format!("/verify?token={token}"), None, None)
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(&format!("value=\"{token}\"")),
        "{}",
        page.body
    );
    let me: (bool,) = sqlx::query_as("SELECT email_verified_at IS NOT NULL FROM users")
        .fetch_one(&w.pool)
        .await
        .expect("user");
    assert!(!me.0, "opening the link verifies nothing");

    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/fn/verify_email")
        .header("accept", "text/html")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(format!("token={token}")))
        .expect("request");
    let done = crate::common::send_request(&w.app, req).await;
    assert_eq!(done.status, 302, "{}", done.body);
    assert_eq!(done.location(), Some("/signin?verified=1"));
    let me: (bool,) = sqlx::query_as("SELECT email_verified_at IS NOT NULL FROM users")
        .fetch_one(&w.pool)
        .await
        .expect("user");
    assert!(me.0);
}
