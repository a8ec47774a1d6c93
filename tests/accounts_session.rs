//! Accounts in the browser's way: the sign-in server function sets a session cookie that
//! authenticates /api/v1 too; signing in again changes the session id; signing out makes
//! the cookie useless.

mod common;

use common::accounts::{logout, me, registered, sign_in};
use common::app;

#[tokio::test]
async fn sign_in_sets_a_cookie_that_works_until_sign_out() {
    let t = common::TestDb::new().await;
    let app = app(t.db(Some(&t.replica_url())));
    registered(&app, "ana@example.com", "Ana").await;

    let first = sign_in(&app, "%2Faccount", None).await;
    // Without `Accept: text/html` the server function answers 200, naming `next` in
    // `Location` for the page's script to follow.
    assert_eq!(first.status, 200, "{}", first.body);
    let first_cookie = first.cookie();
    assert!(first_cookie.starts_with("haven.sid="), "{first_cookie}");
    let mine = me(&app, ("cookie", &first_cookie)).await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(mine.json()["email"], "ana@example.com");

    // Signing in again on the same session issues a new session id; the old one is dead.
    let second_cookie = sign_in(&app, "", Some(&first_cookie)).await.cookie();
    assert_ne!(
        first_cookie, second_cookie,
        "the session id changes at sign-in"
    );
    assert_eq!(me(&app, ("cookie", &first_cookie)).await.status, 401);

    let out = logout(&app, ("cookie", &second_cookie)).await;
    assert_eq!(out.status, 204, "{}", out.body);
    let after = me(&app, ("cookie", &second_cookie)).await;
    assert_eq!(after.status, 401, "a signed-out cookie is useless");
}

#[tokio::test]
async fn sign_in_redirects_only_to_local_paths() {
    let t = common::TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "ana@example.com", "Ana").await;
    for (next, expected) in [
        ("%2Faccount", "/account"),
        ("https%3A%2F%2Fevil.example", "/"),
        ("%2F%2Fevil.example", "/"),
    ] {
        let r = sign_in(&app, next, None).await;
        assert_eq!(
            r.location(),
            Some(expected),
            "next={next}: {} {:?}",
            r.status,
            r.headers
        );
    }
}

#[tokio::test]
async fn a_sign_in_older_than_the_absolute_lifetime_is_ended() {
    let t = common::TestDb::new().await;
    // Every sign-in is already too old: the lifetime has passed the moment it starts.
    let app = common::app_with(t.db(None), |c| {
        c.session_max_age = time::Duration::seconds(-1);
    });
    registered(&app, "ana@example.com", "Ana").await;
    let session = sign_in(&app, "", None).await.cookie();
    assert_eq!(me(&app, ("cookie", &session)).await.status, 401);
}

#[tokio::test]
async fn over_https_the_cookie_is_host_prefixed_and_secure() {
    let t = common::TestDb::new().await;
    let app = common::app_with(t.db(None), |c| c.secure_cookies = true);
    registered(&app, "ana@example.com", "Ana").await;
    let r = sign_in(&app, "", None).await;
    let header = r.header("set-cookie");
    assert!(header.starts_with("__Host-haven.sid="), "{header}");
    for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(header.contains(attribute), "{attribute} missing: {header}");
    }
    assert!(!header.contains("Domain="), "{header}");
}
