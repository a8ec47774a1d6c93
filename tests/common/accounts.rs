//! Account helpers for the tests that sign people up and in.

use super::{TestResponse, request};
use axum::Router;
use serde_json::json;

/// A password zxcvbn rates strong.
pub const PASSWORD: &str = "violet tram honest glacier";

/// `POST /api/v1/auth/register` with the strong password.
pub async fn register(app: &Router, email: &str, display_name: &str) -> TestResponse {
    let body = json!({ "email": email, "password": PASSWORD, "display_name": display_name });
    request(app, "POST", "/api/v1/auth/register", &[], Some(body)).await
}

/// `POST /api/v1/auth/login`.
pub async fn login(app: &Router, email: &str, password: &str) -> TestResponse {
    let body = json!({ "email": email, "password": password });
    request(app, "POST", "/api/v1/auth/login", &[], Some(body)).await
}

/// `GET /api/v1/me` with one credential header (`authorization` or `cookie`).
pub async fn me(app: &Router, credential: (&str, &str)) -> TestResponse {
    request(app, "GET", "/api/v1/me", &[credential], None).await
}

/// `POST /api/v1/auth/logout` with one credential header.
pub async fn logout(app: &Router, credential: (&str, &str)) -> TestResponse {
    request(app, "POST", "/api/v1/auth/logout", &[credential], None).await
}
