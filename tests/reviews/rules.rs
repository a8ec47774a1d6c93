//! Who may review what, and how often: answered by the code, and refused by the database
//! whatever the code does.

use super::{World, guest_review, host_review};
use serde_json::json;

#[tokio::test]
async fn only_a_party_of_a_stay_that_happened_reviews_it_once() {
    let w = World::new().await;
    let upcoming = w.booked(20).await;
    let id = w.stayed().await;

    // Not a party: the booking does not exist for them.
    let r = w.review(id, &w.stranger, guest_review(5)).await;
    assert_eq!(r.status, 404, "{}", r.body);
    let r = w
        .call(
            "GET",
            &format!("/api/v1/bookings/{id}/reviews"),
            &w.stranger,
            None,
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    // Not over yet, or cancelled.
    let r = w.review(upcoming, &w.guest, guest_review(5)).await;
    assert_eq!(r.status, 409, "{}", r.body);
    let cancel = w
        .call(
            "POST",
            &format!("/api/v1/bookings/{upcoming}/cancel"),
            &w.guest,
            None,
        )
        .await;
    assert_eq!(cancel.status, 200, "{}", cancel.body);
    let r = w.review(upcoming, &w.guest, guest_review(5)).await;
    assert_eq!(r.status, 409, "{}", r.body);
    // Once.
    assert_eq!(w.review(id, &w.guest, guest_review(5)).await.status, 201);
    let again = w.review(id, &w.guest, guest_review(3)).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert_eq!(
        w.stay_reviews(id, &w.guest).await["mine"]["ratings"]["overall"],
        5
    );
}

#[tokio::test]
async fn the_database_refuses_a_review_by_a_stranger_of_a_stay_that_did_not_happen_or_twice() {
    let w = World::new().await;
    let upcoming = w.booked(20).await;
    let id = w.stayed().await;
    let user = |email: &'static str| {
        let pool = w.pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>("SELECT id FROM users WHERE email = $1")
                .bind(email)
                .fetch_one(&pool)
                .await
                .expect("user")
        }
    };
    let (gil, hana, sam) = (
        user("gil@example.com").await,
        user("hana@example.com").await,
        user("sam@example.com").await,
    );
    let insert = |booking: i64, author: uuid::Uuid, subject: uuid::Uuid, role: &'static str| {
        let pool = w.pool.clone();
        let listing = w.listing;
        async move {
            let guest = role == "guest";
            sqlx::query(
                "INSERT INTO reviews (booking_id, listing_id, author_id, subject_id, author_role,
                     overall, cleanliness, communication, accuracy, check_in, location, value,
                     house_rules, body, written_at)
                 VALUES ($1, $2, $3, $4, $5, 5, 5, 5, $6, $6, $6, $6, $7, 'Fine.', now())",
            )
            .bind(booking)
            .bind(listing)
            .bind(author)
            .bind(subject)
            .bind(role)
            .bind(guest.then_some(5i16))
            .bind((!guest).then_some(5i16))
            .execute(&pool)
            .await
        }
    };
    let code = |r: Result<_, sqlx::Error>| match r {
        Err(sqlx::Error::Database(e)) => e.code().map(|c| c.to_string()),
        other => panic!("expected a refusal, got {other:?}"),
    };
    // A stranger as the guest, the guest as the host, a stay not yet over.
    assert_eq!(
        code(insert(id, sam, hana, "guest").await).as_deref(),
        Some("23514")
    );
    assert_eq!(
        code(insert(id, gil, gil, "host").await).as_deref(),
        Some("23514")
    );
    assert_eq!(
        code(insert(upcoming, gil, hana, "guest").await).as_deref(),
        Some("23514")
    );
    // The real parties, once each.
    insert(id, gil, hana, "guest").await.expect("the guest's");
    insert(id, hana, gil, "host").await.expect("the host's");
    assert_eq!(
        code(insert(id, gil, hana, "guest").await).as_deref(),
        Some("23505")
    );
}

#[tokio::test]
async fn bad_reviews_name_the_field_at_fault() {
    let w = World::new().await;
    let id = w.stayed().await;
    let refused = |r: &super::common::TestResponse| -> (String, String) {
        assert_eq!(r.status, 400, "{}", r.body);
        let e = &r.json()["error"];
        (
            e["field"].as_str().unwrap_or_default().to_string(),
            e["message"].as_str().unwrap_or_default().to_string(),
        )
    };
    let pair = |f: &str, m: &str| (f.to_string(), m.to_string());
    let r = w
        .review(id, &w.guest, json!({"overall": 6, "text": "Fine."}))
        .await;
    assert_eq!(refused(&r), pair("overall", "Rate from 1 to 5 stars."));
    let mut no_text = guest_review(4);
    no_text["text"] = json!("  ");
    let r = w.review(id, &w.guest, no_text).await;
    assert_eq!(
        refused(&r),
        pair("text", "Write a few words about the stay.")
    );
    // A guest does not rate the house rules; a host does not rate the location.
    let mut extra = guest_review(4);
    extra["house_rules"] = json!(4);
    let r = w.review(id, &w.guest, extra).await;
    assert_eq!(
        refused(&r),
        pair("house_rules", "A guest does not rate this.")
    );
    let mut extra = host_review(4);
    extra["location"] = json!(4);
    let r = w.review(id, &w.host, extra).await;
    assert_eq!(refused(&r), pair("location", "A host does not rate this."));
    let mut long = guest_review(4);
    long["text"] = json!("x".repeat(2_001));
    let r = w.review(id, &w.guest, long).await;
    assert_eq!(refused(&r), pair("text", "Keep it under 2,000 characters."));
    // Nothing was written.
    assert_eq!(
        w.stay_reviews(id, &w.guest).await["mine"],
        serde_json::Value::Null
    );
}
