//! Account helpers for the tests that sign people up and in.

use super::{TestResponse, request, send_request};
use axum::Router;
use serde_json::{Value, json};

/// A password zxcvbn rates strong.
pub const PASSWORD: &str = "violet tram honest glacier";

/// The JSON body of `POST /api/v1/auth/register`.
pub fn registration(email: &str, password: &str, display_name: &str) -> Value {
    json!({ "email": email, "password": password, "display_name": display_name })
}

/// `POST /api/v1/auth/register` with the strong password.
pub async fn register(app: &Router, email: &str, display_name: &str) -> TestResponse {
    register_with(app, &[], registration(email, PASSWORD, display_name)).await
}

/// `POST /api/v1/auth/register` with any body and extra headers (an `Origin`, say).
pub async fn register_with(app: &Router, headers: &[(&str, &str)], body: Value) -> TestResponse {
    request(app, "POST", "/api/v1/auth/register", headers, Some(body)).await
}

/// Registers `email` with the strong password, which must succeed.
pub async fn registered(app: &Router, email: &str, display_name: &str) {
    let r = register(app, email, display_name).await;
    assert_eq!(r.status, 201, "register {email}: {}", r.body);
}

/// Registers `email` with the strong password and signs in; returns the bearer header value.
pub async fn signed_up(app: &Router, email: &str, display_name: &str) -> String {
    registered(app, email, display_name).await;
    token(app, email).await
}

/// `POST /api/v1/auth/login`.
pub async fn login(app: &Router, email: &str, password: &str) -> TestResponse {
    login_with(app, &[], email, password).await
}

/// `POST /api/v1/auth/login` with extra headers (an `X-Forwarded-For`, say).
pub async fn login_with(
    app: &Router,
    headers: &[(&str, &str)],
    email: &str,
    password: &str,
) -> TestResponse {
    let body = json!({ "email": email, "password": password });
    request(app, "POST", "/api/v1/auth/login", headers, Some(body)).await
}

/// `POST /api/v1/auth/login` with the strong password; returns the bearer header value.
pub async fn token(app: &Router, email: &str) -> String {
    let r = login(app, email, PASSWORD).await;
    assert_eq!(r.status, 200, "{}", r.body);
    format!("Bearer {}", r.json()["token"].as_str().expect("token"))
}

/// `GET /api/v1/me` with one credential header (`authorization` or `cookie`).
pub async fn me(app: &Router, credential: (&str, &str)) -> TestResponse {
    request(app, "GET", "/api/v1/me", &[credential], None).await
}

/// `POST /api/v1/auth/logout` with one credential header.
pub async fn logout(app: &Router, credential: (&str, &str)) -> TestResponse {
    request(app, "POST", "/api/v1/auth/logout", &[credential], None).await
}

/// Signs ana@example.com in with the sign-in form, posted as a browser without JavaScript
/// sends it; `next` is URL-encoded.
pub async fn sign_in(app: &Router, next: &str, cookie: Option<&str>) -> TestResponse {
    sign_in_with(app, "ana@example.com", PASSWORD, next, cookie).await
}

/// The sign-in form with any credentials.
pub async fn sign_in_with(
    app: &Router,
    email: &str,
    password: &str,
    next: &str,
    cookie: Option<&str>,
) -> TestResponse {
    let mut req = axum::http::Request::builder()
        .method("POST")
        .uri("/api/fn/sign_in")
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let body = format!(
        "email={}&password={}&next={next}",
        form_encode(email),
        form_encode(password)
    );
    send_request(
        app,
        req.body(axum::body::Body::from(body)).expect("request"),
    )
    .await
}

/// `application/x-www-form-urlencoded` encoding of one value.
pub fn form_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                (b as char).to_string()
            }
            b' ' => "+".to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Marks every account of the test's database as having verified its e-mail address,
/// directly in the database: for tests about something else (booking, listing) whose
/// people would otherwise first follow the link e-mailed at sign-up. `tests/mail` follows
/// the real link.
pub async fn mark_all_verified_directly(pool: &sqlx::PgPool) {
    sqlx::query("UPDATE users SET email_verified_at = now() WHERE email_verified_at IS NULL")
        .execute(pool)
        .await
        .expect("mark accounts verified");
}
