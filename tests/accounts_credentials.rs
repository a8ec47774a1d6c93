//! Changing a password signs out every other session and token; writes are limited per
//! user; host-side changes check ownership.

mod common;

use common::accounts::{PASSWORD, login, me, registered, sign_in, signed_up, token};
use common::{app, app_with, call, request};
use serde_json::json;

const NEW_PASSWORD: &str = "copper lantern quietly drifts";

async fn change(
    app: &axum::Router,
    credential: (&str, &str),
    current: &str,
    new: &str,
) -> common::TestResponse {
    let body = json!({ "current_password": current, "new_password": new });
    request(app, "PUT", "/api/v1/me/password", &[credential], Some(body)).await
}

/// `PUT /api/v1/me` changing only the "about" text: a write.
async fn update_about(app: &axum::Router, bearer: &str, about: &str) -> common::TestResponse {
    let body = json!({ "about": about });
    call(app, "PUT", "/api/v1/me", Some(bearer), Some(body)).await
}

#[tokio::test]
async fn a_password_change_signs_out_every_other_session_and_token() {
    let t = common::TestDb::new().await;
    let app = app(t.db(Some(&t.replica_url())));
    let phone = signed_up(&app, "ana@example.com", "Ana").await;
    let browser = sign_in(&app, "", None).await.cookie();
    let laptop = token(&app, "ana@example.com").await;
    assert_eq!(me(&app, ("cookie", &browser)).await.status, 200);

    let r = change(&app, ("authorization", &laptop), PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, 204, "{}", r.body);

    assert_eq!(
        me(&app, ("authorization", &laptop)).await.status,
        200,
        "the token that made the change keeps working"
    );
    assert_eq!(me(&app, ("authorization", &phone)).await.status, 401);
    assert_eq!(me(&app, ("cookie", &browser)).await.status, 401);
    assert_eq!(login(&app, "ana@example.com", PASSWORD).await.status, 401);
    assert_eq!(
        login(&app, "ana@example.com", NEW_PASSWORD).await.status,
        200
    );
}

#[tokio::test]
async fn a_change_from_the_browser_keeps_that_browser_signed_in() {
    let t = common::TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "ana@example.com", "Ana").await;
    let here = sign_in(&app, "", None).await.cookie();
    let elsewhere = sign_in(&app, "", None).await.cookie();

    let r = change(&app, ("cookie", &here), PASSWORD, NEW_PASSWORD).await;
    assert_eq!(r.status, 204, "{}", r.body);
    let renewed = r.cookie();
    assert_ne!(renewed, here, "the session id changes with the password");
    assert_eq!(me(&app, ("cookie", &renewed)).await.status, 200);
    assert_eq!(me(&app, ("cookie", &here)).await.status, 401);
    assert_eq!(me(&app, ("cookie", &elsewhere)).await.status, 401);
}

#[tokio::test]
async fn a_password_change_needs_the_current_password_and_a_strong_new_one() {
    let t = common::TestDb::new().await;
    let app = app(t.db(None));
    let bearer = signed_up(&app, "ana@example.com", "Ana").await;
    let auth = ("authorization", bearer.as_str());

    let wrong = change(&app, auth, "not my password at all", NEW_PASSWORD).await;
    assert_eq!(wrong.status, 400, "{}", wrong.body);
    assert_eq!(wrong.error_field(), "current_password");

    let weak = change(&app, auth, PASSWORD, "password1").await;
    assert_eq!(weak.status, 400, "{}", weak.body);
    assert_eq!(weak.error_field(), "new_password");

    let same = change(&app, auth, PASSWORD, PASSWORD).await;
    assert_eq!(same.status, 400, "{}", same.body);
    assert_eq!(same.error_field(), "new_password");

    let signed_out = change(&app, ("cookie", "haven.sid=nope"), PASSWORD, NEW_PASSWORD).await;
    assert_eq!(signed_out.status, 401, "{}", signed_out.body);
    // Nothing changed.
    assert_eq!(login(&app, "ana@example.com", PASSWORD).await.status, 200);
}

#[tokio::test]
async fn writes_are_limited_per_user_and_reads_are_not() {
    let t = common::TestDb::new().await;
    let app = app_with(t.db(None), |c| {
        c.writes_per_user.burst = 3;
        // Three a minute: one more every 20 s.
        c.writes_per_user.period = std::time::Duration::from_secs(20);
    });
    let ana = signed_up(&app, "ana@example.com", "Ana").await;
    let bo = signed_up(&app, "bo@example.com", "Bo").await;

    for i in 0..3 {
        let r = update_about(&app, &ana, "hi").await;
        assert_eq!(r.status, 200, "write {i}: {}", r.body);
    }
    let limited = update_about(&app, &ana, "hi").await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert_eq!(limited.error_code(), "rate_limited");
    let retry = limited.retry_after().expect("Retry-After in seconds");
    assert!(
        (1..=20).contains(&retry),
        "one write refills in 20 s: {retry}"
    );

    assert_eq!(
        me(&app, ("authorization", &ana)).await.status,
        200,
        "reads go on"
    );
    let other = update_about(&app, &bo, "yo").await;
    assert_eq!(other.status, 200, "another user has their own quota");
}

#[tokio::test]
async fn only_the_host_of_a_listing_passes_the_ownership_check() {
    use haven::app::types::AppError;
    use haven::server::accounts::auth::require_host_of;
    let t = common::TestDb::new().await;
    let app = app(t.db(None));
    registered(&app, "host@example.com", "Host").await;
    registered(&app, "guest@example.com", "Guest").await;
    let pool = t.primary_pool().await;
    let listing = common::insert_listing(&pool, "Loft by the river")
        .await
        .expect("listing");
    let id = |email: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = $1")
                .bind(email)
                .fetch_one(&pool)
                .await
                .expect("user")
        }
    };
    let (host, guest) = (id("host@example.com").await, id("guest@example.com").await);
    let scope = haven::server::platform::db::DbScope::new(t.db(None));

    assert_eq!(require_host_of(&scope, host, listing).await, Ok(()));
    assert_eq!(
        require_host_of(&scope, guest, listing).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        require_host_of(&scope, host, listing + 1_000).await,
        Err(AppError::NotFound("Listing".into()))
    );
}
