//! Brute-force limits: per client IP and per account, answered with 429 and Retry-After,
//! and recovering once the quota refills.

mod common;

use axum::extract::connect_info::MockConnectInfo;
use common::accounts::{PASSWORD, login_with, registered, sign_in_with};
use common::{TestDb, TestResponse, app_with};
use haven::server::platform::config::Config;
use haven::server::platform::ratelimit::Rate;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

async fn login_from(app: &axum::Router, ip: &str, email: &str, password: &str) -> TestResponse {
    // The forwarded address counts only from a trusted proxy: the test calls the router as
    // if nginx on 127.0.0.1 had forwarded the request.
    let app = app
        .clone()
        .layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40_000))));
    login_with(&app, &[("x-forwarded-for", ip)], email, password).await
}

fn rate(burst: u32, period: Duration) -> Rate {
    Rate { burst, period }
}

/// The app behind the trusted proxy `login_from` pretends to be, with limits set by `limit`.
fn behind_proxy(t: &TestDb, limit: impl FnOnce(&mut Config)) -> axum::Router {
    app_with(t.db(None), |c| {
        c.trusted_proxies = "127.0.0.1".parse().unwrap_or_default();
        limit(c);
    })
}

#[tokio::test]
async fn too_many_attempts_from_one_address_get_429_with_retry_after() {
    let t = TestDb::new().await;
    let app = behind_proxy(&t, |c| c.auth_per_ip = rate(3, Duration::from_secs(60)));
    let wrong_guess =
        |ip: &'static str| login_from(&app, ip, "nobody@example.com", "wrong password here");
    for _ in 0..3 {
        assert_eq!(wrong_guess("203.0.113.5").await.status, 401);
    }
    let limited = wrong_guess("203.0.113.5").await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert_eq!(limited.error_code(), "rate_limited");
    let retry = limited.retry_after().expect("Retry-After in seconds");
    assert!((1..=60).contains(&retry), "Retry-After {retry}");
    // Another address is not affected.
    let other = wrong_guess("198.51.100.7").await;
    assert_eq!(other.status, 401);
}

#[tokio::test]
async fn an_account_under_attack_is_slowed_not_locked_out() {
    let t = TestDb::new().await;
    let app = behind_proxy(&t, |c| {
        c.sign_in_per_account = rate(2, Duration::from_millis(400));
    });
    registered(&app, "ana@example.com", "Ana").await;
    // An attacker spreads guesses over many addresses: the account's own quota stops them.
    for (i, ip) in ["192.0.2.1", "192.0.2.2"].iter().enumerate() {
        let r = login_from(&app, ip, "ana@example.com", "guess number one two").await;
        assert_eq!(r.status, 401, "guess {i}");
    }
    let limited = login_from(&app, "192.0.2.3", "ANA@example.com", "guess number three").await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.headers["retry-after"], "1");
    // Other accounts sign in normally meanwhile.
    registered(&app, "bob@example.com", "Bob").await;
    assert_eq!(
        login_from(&app, "192.0.2.9", "bob@example.com", PASSWORD)
            .await
            .status,
        200
    );

    // The real owner gets in as soon as the quota refills (one attempt per 400 ms).
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let r = login_from(&app, "198.51.100.20", "ana@example.com", PASSWORD).await;
        if r.status == 200 {
            break;
        }
        assert_eq!(r.status, 429, "{}", r.body);
        assert!(Instant::now() < deadline, "never recovered");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_sign_in_form_is_limited_too() {
    let t = TestDb::new().await;
    let app = app_with(t.db(None), |c| {
        c.auth_per_ip = rate(1, Duration::from_secs(60));
    });
    let attempt = || sign_in_with(&app, "ana@example.com", "whatever it is", "", None);
    let first = attempt().await;
    assert_eq!(first.status, 400, "{}", first.body);
    let second = attempt().await;
    assert_eq!(second.status, 429, "{}", second.body);
    assert!(second.headers.contains_key("retry-after"));
    assert!(second.body.contains("RateLimited"), "{}", second.body);
}

#[tokio::test]
async fn the_trip_assistant_is_limited_per_address_on_every_endpoint() {
    let t = TestDb::new().await;
    let app = behind_proxy(&t, |c| {
        c.assistant_per_ip = rate(4, Duration::from_secs(60));
    })
    .layer(MockConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40_000))));
    let from = |ip: &'static str, uri: &'static str| {
        let app = app.clone();
        async move { common::request(&app, "GET", uri, &[("x-forwarded-for", ip)], None).await }
    };
    // Four answers (whatever their status), shared by all the assistant's endpoints.
    for uri in [
        "/api/v1/ai/search?text=Lisbon",
        "/api/v1/ai/weather?listing_id=1&from=2027-01-01&to=2027-01-02",
        "/api/v1/ai/activities?lat=38.7&lon=-9.1",
        "/api/v1/ai/recommendations?listing_id=1",
    ] {
        assert_ne!(from("203.0.113.9", uri).await.status, 429, "{uri}");
    }
    for uri in [
        "/api/v1/ai/search?text=Porto",
        "/api/v1/ai/activities?lat=41.1&lon=-8.6",
    ] {
        let limited = from("203.0.113.9", uri).await;
        assert_eq!(limited.status, 429, "{uri}: {}", limited.body);
        assert_eq!(limited.error_code(), "rate_limited");
        assert!(limited.retry_after().is_some());
    }
    assert_eq!(
        from("198.51.100.8", "/api/v1/ai/search?text=Porto")
            .await
            .status,
        200
    );
}
