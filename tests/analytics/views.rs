//! Listing page views: counted on the server for guests and signed-out visitors, not for
//! the host's own views, robots or prefetches; written per listing and local day.

use crate::common::{self, TestDb, accounts, request};
use haven::server::analytics::views;

const CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

#[tokio::test]
async fn views_count_once_per_page_and_never_the_hosts_a_robots_or_a_prefetch() {
    let t = TestDb::new().await;
    let state = common::state(t.db(None));
    let app = haven::server::http::router(state.clone());
    let pool = t.primary_pool().await;
    accounts::registered(&app, "hana@example.com", "Hana").await;
    let listing = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    sqlx::query("UPDATE listings SET time_zone = 'Pacific/Kiritimati' WHERE id = $1")
        .bind(listing)
        .execute(&pool)
        .await
        .expect("zone");
    // Half past eight in the evening UTC: half past ten the next morning at the listing.
    let at = (state.clock.now().date() + time::Duration::days(1))
        .with_hms(20, 30, 0)
        .expect("time")
        .assume_utc();
    state.clock.advance(at - state.clock.now());
    let page = format!("/listings/{listing}");
    let host = accounts::sign_in_with(&app, "hana@example.com", accounts::PASSWORD, "/", None)
        .await
        .cookie();

    for headers in [
        vec![("user-agent", CHROME)],
        vec![("user-agent", CHROME)],
        vec![("user-agent", CHROME), ("cookie", host.as_str())],
        vec![("user-agent", "Mozilla/5.0 (compatible; Googlebot/2.1)")],
        vec![("user-agent", CHROME), ("sec-purpose", "prefetch")],
        vec![],
    ] {
        let r = request(&app, "GET", &page, &headers, None).await;
        assert_eq!(r.status, 200, "{headers:?}");
    }
    // Other pages that show the listing do not count.
    let r = request(
        &app,
        "GET",
        &format!("/api/fn/get_listing?id={listing}"),
        &[("user-agent", CHROME)],
        None,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);

    assert_eq!(
        views::flush(&state).await.expect("flush"),
        1,
        "one listing-day"
    );
    assert_eq!(
        views::flush(&state).await.expect("flush"),
        0,
        "nothing left"
    );
    let (day, n): (time::Date, i32) =
        sqlx::query_as("SELECT day, views FROM listing_views WHERE listing_id = $1")
            .bind(listing)
            .fetch_one(&pool)
            .await
            .expect("views");
    assert_eq!(n, 2, "the two guest views");
    assert_eq!(
        day,
        at.date() + time::Duration::days(1),
        "the listing's local day (UTC+14)"
    );

    // A second batch adds to the same day.
    request(&app, "GET", &page, &[("user-agent", CHROME)], None).await;
    views::flush(&state).await.expect("flush");
    let n: i32 = sqlx::query_scalar("SELECT views FROM listing_views WHERE listing_id = $1")
        .bind(listing)
        .fetch_one(&pool)
        .await
        .expect("views");
    assert_eq!(n, 3);
}
