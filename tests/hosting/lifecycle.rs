//! Listing, pausing and deleting: what guests can find at each step.

use super::Hosting;
use serde_json::json;

#[tokio::test]
async fn a_listing_without_a_photo_cannot_be_listed() {
    let h = Hosting::new().await;
    let id = h.loft().await;

    let r = h.edit(id, json!({"is_active": true})).await;

    assert_eq!(r.status, 422, "{}", r.body);
}

#[tokio::test]
async fn a_listed_listing_is_found_in_search_with_its_cover() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    h.two_photos(id).await;
    h.run_jobs().await;

    let r = h.edit(id, json!({"is_active": true})).await;
    let found = h.search_lisbon().await;

    assert_eq!(
        (r.status, r.json()["is_active"].as_bool()),
        (200, Some(true)),
        "{}",
        r.body
    );
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["id"], id);
    let cover = found["items"][0]["cover_photo"]["url"].as_str();
    assert!(cover.unwrap_or_default().ends_with("-640.jpg"), "{cover:?}");
}

#[tokio::test]
async fn a_paused_listing_is_gone_from_search() {
    let h = Hosting::new().await;
    let id = h.listed_loft().await;

    let r = h.edit(id, json!({"is_active": false})).await;
    let found = h.search_lisbon().await;

    assert_eq!(r.status, 200);
    assert_eq!(found["total"], 0);
}

#[tokio::test]
async fn a_deleted_listing_is_gone_for_everyone_but_its_row_is_kept() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    let uri = format!("/api/v1/listings/{id}");

    let deleted = h.call("DELETE", &uri, Some(&h.ana), None).await;
    let seen = h.call("GET", &uri, Some(&h.ana), None).await;
    let deleted_again = h.call("DELETE", &uri, Some(&h.ana), None).await;

    assert_eq!(deleted.status, 204);
    assert_eq!(seen.status, 404, "gone for its host too");
    assert_eq!(deleted_again.status, 404);
    assert_eq!(h.host_listings().await, json!([]));
    let pool = h.t.primary_pool().await;
    let kept: bool =
        sqlx::query_scalar("SELECT deleted_at IS NOT NULL FROM listings WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("row kept");
    assert!(kept, "soft delete keeps the row for past bookings");
}

#[tokio::test]
async fn a_listing_with_a_stay_to_come_cannot_be_deleted() {
    let h = Hosting::new().await;
    let id = h.loft().await;
    // A confirmed stay next month: the listing cannot be deleted until it is cancelled.
    let pool = h.t.primary_pool().await;
    sqlx::query(
        "INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status, currency, total_minor)
         SELECT $1, id, current_date + 30, current_date + 33, 2, 'confirmed', 'EUR', 30000 FROM users LIMIT 1",
    )
    .bind(id)
    .execute(&pool)
    .await
    .expect("booking");

    let r = h
        .call(
            "DELETE",
            &format!("/api/v1/listings/{id}"),
            Some(&h.ana),
            None,
        )
        .await;

    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(h.host_listings().await[0]["upcoming_stays"], 1);
}
