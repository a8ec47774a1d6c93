//! Accounts through /api/v1: registration, bearer tokens, the profile, and the defences
//! around them.

mod common;

use common::accounts::{self, PASSWORD, login, register, register_with, registered, registration};
use common::{TestDb, app, request};
use serde_json::json;

#[tokio::test]
async fn register_login_me_logout_with_a_bearer_token() {
    let t = TestDb::new().await;
    let app = app(t.db(Some(&t.replica_url())));

    let r = register(&app, "ana@example.com", "Ana Lima").await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["email"], "ana@example.com");
    assert_eq!(r.json()["is_host"], false);

    let l = login(&app, "ANA@example.com", PASSWORD).await;
    assert_eq!(l.status, 200, "{}", l.body);
    let token = l.json()["token"].as_str().expect("token").to_owned();
    assert!(token.starts_with("hvn_") && token.len() > 40);
    let expires = l.json()["expires_at"].as_str().expect("expiry").to_owned();
    let expires =
        time::OffsetDateTime::parse(&expires, &time::format_description::well_known::Rfc3339)
            .expect("RFC 3339");
    let hours = (expires - time::OffsetDateTime::now_utc()).whole_minutes() as f64 / 60.0;
    assert!((23.9..=24.0).contains(&hours), "expires in {hours} h");

    let bearer = format!("Bearer {token}");
    let mine = accounts::me(&app, ("authorization", &bearer)).await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(mine.json()["display_name"], "Ana Lima");

    let out = accounts::logout(&app, ("authorization", &bearer)).await;
    assert_eq!(out.status, 204, "{}", out.body);
    let after = accounts::me(&app, ("authorization", &bearer)).await;
    assert_eq!(after.status, 401, "a revoked token is useless");
    assert_eq!(after.error_code(), "unauthorized");
    assert_eq!(after.headers["www-authenticate"], "Bearer");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_are_indistinguishable() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "ana@example.com", "Ana Lima").await;

    let wrong = login(&app, "ana@example.com", "violet tram honest glacieR").await;
    let unknown = login(&app, "bob@example.com", PASSWORD).await;
    assert_eq!(wrong.status, 401);
    assert_eq!((wrong.status, &wrong.body), (unknown.status, &unknown.body));
    assert_eq!(
        wrong.json(),
        json!({ "error": { "code": "invalid_credentials", "message": "Email or password is incorrect." } })
    );
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_at_or_above_the_owasp_minimum() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "ana@example.com", "Ana Lima").await;
    let pool = t.primary_pool().await;
    let hash: String =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE email = 'ana@example.com'")
            .fetch_one(&pool)
            .await
            .expect("hash");
    assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
    let params = hash.split('$').nth(3).expect("params");
    let value = |key: &str| -> u32 {
        params
            .split(',')
            .find_map(|kv| kv.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    assert!(
        value("m") >= 19_456 && value("t") >= 2 && value("p") >= 1,
        "{params}"
    );
    assert!(!hash.contains(PASSWORD));
}

#[tokio::test]
async fn weak_passwords_and_bad_fields_are_refused_with_a_clear_message() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    for (password, needle) in [
        ("password123", "harder password"),
        ("Xk9#q2z", "at least 8"),
    ] {
        let body = registration("ana@example.com", password, "Ana");
        let r = register_with(&app, &[], body).await;
        assert_eq!(r.status, 400, "{password}: {}", r.body);
        assert_eq!(r.error_field(), "password");
        assert!(r.error_message().contains(needle), "{}", r.body);
    }
    let body = registration("not-an-email", PASSWORD, "Ana");
    let bad_email = register_with(&app, &[], body).await;
    assert_eq!(bad_email.status, 400);
    assert_eq!(bad_email.error_field(), "email");
}

#[tokio::test]
async fn a_second_account_with_the_same_email_is_refused() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "ana@example.com", "Ana Lima").await;
    let again = register(&app, "Ana@Example.com", "Ana Lima").await;
    assert_eq!(again.status, 409);
    assert_eq!(again.error_code(), "email_taken");
}

#[tokio::test]
async fn malformed_requests_get_json_errors_not_500s() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let incomplete = json!({ "email": "a@b.co" });
    let unknown_field =
        json!({ "email": "a@b.co", "password": "x", "display_name": "A", "admin": true });
    for (body, status, code) in [
        (Some(incomplete), 400, "bad_json"),
        (Some(unknown_field), 400, "bad_json"),
        (None, 415, "unsupported_media_type"),
    ] {
        let r = request(&app, "POST", "/api/v1/auth/register", &[], body).await;
        assert_eq!(r.status, status, "{}", r.body);
        assert_eq!(r.error_code(), code);
    }
    let garbage = accounts::me(&app, ("authorization", "Bearer hvn_nope")).await;
    assert_eq!(garbage.status, 401);
    let anonymous = request(&app, "GET", "/api/v1/me", &[], None).await;
    assert_eq!(anonymous.status, 401);
}

#[tokio::test]
async fn the_profile_and_preferences_update_and_validate() {
    let t = TestDb::new().await;
    let app = app(t.db(Some(&t.replica_url())));
    let bearer = accounts::signed_up(&app, "ana@example.com", "Ana Lima").await;
    let auth = [("authorization", bearer.as_str())];

    let update = json!({
        "about": "I love slow travel.", "city": "Porto", "languages": ["Portuguese", "English"],
        "currency": "EUR", "time_zone": "Europe/Lisbon",
        "notifications": { "booking_updates": true, "messages": false, "marketing": false }
    });
    let r = request(&app, "PUT", "/api/v1/me", &auth, Some(update)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let me = r.json();
    assert_eq!(me["profile"]["city"], "Porto");
    assert_eq!(me["profile"]["languages"], json!(["Portuguese", "English"]));
    assert_eq!(me["preferences"]["currency"], "EUR");
    assert_eq!(me["preferences"]["notifications"]["messages"], false);
    assert_eq!(me["display_name"], "Ana Lima", "absent fields stay");

    let bad = request(
        &app,
        "PUT",
        "/api/v1/me",
        &auth,
        Some(json!({ "currency": "BTC" })),
    )
    .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.error_field(), "currency");
}

#[tokio::test]
async fn cross_origin_writes_are_refused() {
    let t = TestDb::new().await;
    let app = app(t.db(None));
    let body = registration("ana@example.com", PASSWORD, "Ana");
    let from = |site: (&'static str, &'static str)| [("host", "haven.test"), site];

    let evil = register_with(
        &app,
        &from(("origin", "https://evil.example")),
        body.clone(),
    )
    .await;
    let referer = register_with(
        &app,
        &from(("referer", "https://evil.example/form")),
        body.clone(),
    )
    .await;
    let same = register_with(&app, &from(("origin", "https://haven.test")), body).await;

    assert_eq!(evil.status, 403);
    assert_eq!(evil.error_code(), "cross_origin");
    assert_eq!(referer.status, 403);
    assert_eq!(same.status, 201, "{}", same.body);
}
