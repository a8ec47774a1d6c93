//! The dashboard page without JavaScript: server-rendered figures for the period in the
//! URL, sortable table links, and a redirect to sign in for visitors.

use crate::common::{self, TestDb, accounts, send};

#[tokio::test]
async fn the_dashboard_renders_the_period_in_its_url_for_the_signed_in_host() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    accounts::registered(&app, "hana@example.com", "Hana").await;
    let listing = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    sqlx::query("UPDATE listings SET created_at = now() - interval '400 days' WHERE id = $1")
        .bind(listing)
        .execute(&pool)
        .await
        .expect("age");
    let cookie = accounts::sign_in_with(&app, "hana@example.com", accounts::PASSWORD, "/", None)
        .await
        .cookie();

    let signed_out = send(&app, "GET", "/host", None).await;
    assert_eq!(signed_out.location(), Some("/signin?next=/host"));

    let page = send(
        &app,
        "GET",
        "/host?period=7d&sort=occupancy&dir=desc",
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, 200, "{}", page.body);
    for text in [
        "Dashboard",
        "Occupancy",
        "RevPAR",
        "Porto riverside loft",
        "Last 7 days",
        "aria-sort=\"descending\"",
    ] {
        assert!(page.body.contains(text), "{text} missing");
    }
    // Seven open nights, none booked: 0 %.
    assert!(page.body.contains("0 %"), "occupancy shown");

    let bad = send(&app, "GET", "/host?period=31d", Some(&cookie)).await;
    assert!(
        bad.body.contains("Choose 7d, 30d"),
        "the bad period is named"
    );
}
