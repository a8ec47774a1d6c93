//! "Forgot password": the same answer for any address, a link that works once and for 30
//! minutes, and using it ends every sign-in.

use crate::World;
use crate::common::accounts::{PASSWORD, form_encode, login, me, sign_in_with};
use crate::maildir;
use haven::server::platform::ratelimit::Rate;
use serde_json::json;
use time::Duration;

const NEW_PASSWORD: &str = "amber kettle quietly orbits";
const SUBJECT: &str = "Reset your Haven password";

async fn ask(w: &World, email: &str) -> crate::common::TestResponse {
    w.call(
        "POST",
        "/api/v1/password-reset",
        None,
        Some(json!({ "email": email })),
    )
    .await
}

async fn confirm(w: &World, token: &str, password: &str) -> crate::common::TestResponse {
    let body = json!({ "token": token, "password": password });
    w.call("POST", "/api/v1/password-reset/confirm", None, Some(body))
        .await
}

/// Ana signs up, asks for a reset, and the link arrives: its token.
async fn reset_token(w: &World) -> String {
    assert_eq!(ask(w, &w.email("ana")).await.status, 202);
    w.relay().await;
    maildir::wait_for(&w.email("ana"), 2).await;
    let mails = w.mails("ana", SUBJECT);
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert!(mails[0].html().contains("Choose a new password"));
    assert!(
        mails[0].header("List-Unsubscribe").is_none(),
        "security mail: no unsubscribe"
    );
    mails[0].token("http://127.0.0.1:3000/reset-password?token=")
}

#[tokio::test]
async fn known_and_unknown_addresses_get_the_same_answer_and_only_one_gets_mail() {
    let w = World::new().await;
    w.signed_up("ana").await;
    let known = ask(&w, &w.email("ana")).await;
    let unknown = ask(&w, &w.email("nobody")).await;
    assert_eq!((known.status, unknown.status), (202, 202));
    assert_eq!(known.body, unknown.body);
    w.relay().await;
    maildir::wait_for(&w.email("ana"), 2).await;
    assert_eq!(w.mails("ana", SUBJECT).len(), 1);
    assert!(maildir::to(&w.email("nobody")).is_empty());
    // Not an address at all: a 400 about the input, whoever asks.
    assert_eq!(ask(&w, "not an address").await.status, 400);
}

#[tokio::test]
async fn a_reset_link_sets_the_password_once_and_ends_every_sign_in() {
    let w = World::new().await;
    let bearer = w.signed_up("ana").await;
    let signed_in = sign_in_with(&w.app, &w.email("ana"), PASSWORD, "/", None).await;
    let cookie = signed_in.cookie();
    let before = me(&w.app, ("cookie", &cookie)).await;
    assert_eq!(before.status, 200, "a browser session: {}", before.body);
    let token = reset_token(&w).await;

    let weak = confirm(&w, &token, "password").await;
    assert_eq!(weak.status, 400, "{}", weak.body);
    assert_eq!(weak.json()["error"]["field"], "password");
    let done = confirm(&w, &token, NEW_PASSWORD).await;
    assert_eq!(done.status, 200, "{}", done.body);

    let by_token = w.call("GET", "/api/v1/me", Some(&bearer), None).await;
    assert_eq!(by_token.status, 401, "the old token is revoked");
    let session = me(&w.app, ("cookie", &cookie)).await;
    assert_eq!(session.status, 401, "the browser session ended too");
    assert_eq!(login(&w.app, &w.email("ana"), PASSWORD).await.status, 401);
    assert_eq!(
        login(&w.app, &w.email("ana"), NEW_PASSWORD).await.status,
        200
    );
    let again = confirm(&w, &token, "another fine long passphrase").await;
    assert_eq!(again.status, 400, "single use: {}", again.body);
    assert_eq!(again.json()["error"]["field"], "token");
}

#[tokio::test]
async fn an_expired_or_wrong_token_is_refused_with_one_message() {
    let w = World::new().await;
    w.signed_up("ana").await;
    let token = reset_token(&w).await;
    w.state.clock.advance(Duration::minutes(31));
    let expired = confirm(&w, &token, NEW_PASSWORD).await;
    let unknown = confirm(&w, &"A".repeat(43), NEW_PASSWORD).await;
    let malformed = confirm(&w, "not-a-token", NEW_PASSWORD).await;
    for r in [&expired, &unknown, &malformed] {
        assert_eq!(r.status, 400, "{}", r.body);
        assert_eq!(r.json()["error"]["field"], "token");
    }
    assert_eq!(expired.body, unknown.body);
    assert_eq!(unknown.body, malformed.body);
    assert_eq!(login(&w.app, &w.email("ana"), PASSWORD).await.status, 200);
}

#[tokio::test]
async fn reset_requests_are_limited_per_address() {
    let w = World::configured(|c| {
        c.sign_in_per_account = Rate {
            burst: 2,
            period: std::time::Duration::from_secs(3_600),
        }
    })
    .await;
    for _ in 0..2 {
        assert_eq!(ask(&w, &w.email("ana")).await.status, 202);
    }
    let limited = ask(&w, &w.email("ana")).await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(!limited.header("retry-after").is_empty());
    assert_eq!(ask(&w, &w.email("bo")).await.status, 202);
}

/// A form posted as a browser without JavaScript sends it.
async fn form(w: &World, path: &str, body: String) -> crate::common::TestResponse {
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(path)
        .header("accept", "text/html")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .expect("request");
    crate::common::send_request(&w.app, req).await
}

#[tokio::test]
async fn the_pages_reset_a_password_without_javascript() {
    let w = World::new().await;
    w.signed_up("ana").await;
    let signin = w.call("GET", "/signin", None, None).await;
    assert!(
        signin.body.contains("href=\"/forgot-password\""),
        "{}",
        signin.body
    );
    let page = w.call("GET", "/forgot-password", None, None).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Send the link"));

    let email = form_encode(&w.email("ana"));
    let asked = form(
        &w,
        "/api/fn/request_password_reset",
        format!("email={email}"),
    )
    .await;
    assert_eq!(asked.status, 302, "{}", asked.body);
    assert_eq!(asked.header("location"), "/forgot-password?sent=1");
    let sent = w.call("GET", "/forgot-password?sent=1", None, None).await;
    assert!(
        sent.body.contains("If an account uses this address"),
        "{}",
        sent.body
    );

    w.relay().await;
    maildir::wait_for(&w.email("ana"), 2).await;
    let token = w.mails("ana", SUBJECT)[0].token("http://127.0.0.1:3000/reset-password?token=");
    let page = w
        .call("GET", &format!("/reset-password?token={token}"), None, None)
        .await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains(&format!("value=\"{token}\"")),
        "{}",
        page.body
    );

    let password = form_encode(NEW_PASSWORD);
    let done = form(
        &w,
        "/api/fn/reset_password",
        format!("token={token}&password={password}"),
    )
    .await;
    assert_eq!(done.status, 302, "{}", done.body);
    assert_eq!(done.header("location"), "/signin?reset=1");
    assert_eq!(
        login(&w.app, &w.email("ana"), NEW_PASSWORD).await.status,
        200
    );
    let again = form(
        &w,
        "/api/fn/reset_password",
        format!("token={token}&password={password}"),
    )
    .await;
    assert_ne!(again.location(), Some("/signin?reset=1"), "single use");
    assert!(
        again.body.contains("invalid or has expired"),
        "{}",
        again.body
    );
}
