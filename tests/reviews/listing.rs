//! A listing's reviews in public: the host's one response, reports, and the rank by
//! rating (a Bayesian average) against the same formula computed here.

use super::{World, guest_review, host_review};
use haven::server::reviews::rating;
use serde_json::json;

#[tokio::test]
async fn the_host_responds_once_and_anyone_signed_in_reports() {
    let w = World::new().await;
    let id = w.stayed().await;
    assert_eq!(w.review(id, &w.guest, guest_review(3)).await.status, 201);
    assert_eq!(w.review(id, &w.host, host_review(5)).await.status, 201);
    let public = w.listing_reviews().await;
    let review = public["items"][0]["id"].as_i64().expect("id");
    let respond_uri = format!("/api/v1/reviews/{review}/response");

    // Only the listing's host answers; once.
    assert_eq!(
        w.call(
            "POST",
            &respond_uri,
            &w.guest,
            Some(json!({"text": "Thanks!"}))
        )
        .await
        .status,
        404
    );
    assert_eq!(
        w.call(
            "POST",
            &respond_uri,
            &w.stranger,
            Some(json!({"text": "Thanks!"}))
        )
        .await
        .status,
        404
    );
    let r = w
        .call(
            "POST",
            &respond_uri,
            &w.host,
            Some(json!({"text": "  Thank you, Gil. The drain is fixed.  "})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["response"], "Thank you, Gil. The drain is fixed.");
    assert_eq!(
        w.call(
            "POST",
            &respond_uri,
            &w.host,
            Some(json!({"text": "Again"}))
        )
        .await
        .status,
        409
    );
    assert_eq!(
        w.listing_reviews().await["items"][0]["response"],
        "Thank you, Gil. The drain is fixed."
    );

    let report_uri = format!("/api/v1/reviews/{review}/report");
    // Reporting again changes nothing (204 again); an unknown reason is a 400.
    for (reason, status) in [("spam", 204), ("offensive", 204), ("rude", 400)] {
        let r = w
            .call(
                "POST",
                &report_uri,
                &w.stranger,
                Some(json!({"reason": reason})),
            )
            .await;
        assert_eq!(r.status, status, "{reason}: {}", r.body);
    }
    let reports: i64 =
        sqlx::query_scalar("SELECT count(*) FROM review_reports WHERE review_id = $1")
            .bind(review)
            .fetch_one(&w.pool)
            .await
            .expect("reports");
    assert_eq!(reports, 1);
    let anonymous = common_post(&w, &format!("/api/v1/reviews/{review}/report")).await;
    assert_eq!(anonymous, 401);
}

async fn common_post(w: &World, uri: &str) -> u16 {
    super::common::request(&w.app, "POST", uri, &[], Some(json!({"reason": "spam"})))
        .await
        .status
}

#[tokio::test]
async fn the_rank_by_rating_is_the_bayesian_average() {
    let w = World::new().await;
    // Constructed listings: (reviews, sum of overall ratings).
    let cases: [(i64, i64); 6] = [(0, 0), (1, 5), (200, 980), (3, 15), (40, 120), (12, 57)];
    let mut ids = Vec::new();
    for (i, (count, sum)) in cases.iter().enumerate() {
        let id = super::common::insert_listing(&w.pool, &format!("Ranked {i}"))
            .await
            .expect("listing");
        sqlx::query("UPDATE listings SET review_count = $2, rating_sum = $3 WHERE id = $1")
            .bind(id)
            .bind(i32::try_from(*count).expect("count"))
            .bind(i32::try_from(*sum).expect("sum"))
            .execute(&w.pool)
            .await
            .expect("ratings");
        ids.push(id);
    }
    let by_db: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM listings WHERE id = ANY($1) ORDER BY rating_rank DESC, id",
    )
    .bind(&ids)
    .fetch_all(&w.pool)
    .await
    .expect("ranked");
    let mut by_formula: Vec<(f64, i64)> = cases
        .iter()
        .zip(&ids)
        .map(|((count, sum), id)| (rating::rank(*sum, *count), *id))
        .collect();
    by_formula.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let by_formula: Vec<i64> = by_formula.into_iter().map(|(_, id)| id).collect();
    assert_eq!(by_db, by_formula);
    // Two hundred 4.9s outrank one 5.0, which outranks no reviews at all.
    let pos = |i: usize| by_db.iter().position(|id| *id == ids[i]).expect("ranked");
    assert!(pos(2) < pos(1) && pos(1) < pos(0));
}
