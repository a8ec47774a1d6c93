//! The listing's rules a booking must keep (nights, notice, window, guests, pets,
//! preparation time, its time zone), and idempotent retries.

use super::World;
use crate::common::request;
use serde_json::json;
use time::{Date, Duration};

#[tokio::test]
async fn the_listing_rules_hold() {
    let w = World::new(
        "instant_book = true, min_nights = 2, max_nights = 5, advance_notice_days = 3, \
         booking_window_days = 60",
    )
    .await;
    let day = |n: i64| w.day(n);
    let body = |a: i64, b: i64, guests: i64| json!({"listing_id": w.listing, "check_in": day(a), "check_out": day(b), "guest_count": guests});
    for (what, req, status) in [
        ("one night, under the minimum", body(10, 11, 2), 422),
        ("six nights, over the maximum", body(10, 16, 2), 422),
        ("too little notice", body(2, 5, 2), 422),
        ("past the booking window", body(58, 62, 2), 422),
        ("more guests than beds", body(10, 12, 5), 422),
        ("in the past", body(-3, -1, 2), 400),
        ("no guests", body(10, 12, 0), 400),
        ("check-out before check-in", body(12, 10, 2), 400),
    ] {
        let r = w.book(&w.guest, req, None).await;
        assert_eq!(r.status, status, "{what}: {}", r.body);
    }
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": w.listing, "check_in": "2030-02-30", "check_out": "x"}),
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.error_field(), "check_in");
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": 99_999, "check_in": day(10), "check_out": day(12)}),
            None,
        )
        .await;
    assert_eq!(r.status, 404, "{}", r.body);
    // Pets only where allowed.
    let r = w
        .book(
            &w.guest,
            json!({"listing_id": w.listing, "check_in": day(10), "check_out": day(12), "pets": 1}),
            None,
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    // A host cannot book their own listing.
    let r = w.book(&w.host, body(10, 12, 2), None).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(r.body.contains("own listing"), "{}", r.body);
    // Not JSON, or not the shape.
    let r = request(
        &w.app,
        "POST",
        "/api/v1/bookings",
        &[("authorization", &w.guest)],
        Some(json!({"listing_id": "seven"})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    // Instant book: confirmed at once; the same nights then conflict (and so do nights
    // touching the stay only at its ends? No: check-out day is the next check-in day).
    let r = w.book(&w.guest, body(10, 12, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.json()["status"], "confirmed");
    let r = w.book(&w.stranger, body(11, 13, 2), None).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(r.error_code(), "conflict");
    let r = w.book(&w.stranger, body(12, 14, 2), None).await;
    assert_eq!(r.status, 201, "back to back: {}", r.body);
    let r = w.book(&w.stranger, body(8, 10, 2), None).await;
    assert_eq!(r.status, 201, "back to back before: {}", r.body);
    // No body at all: not JSON, so the media type is refused before the shape is read.
    let r = w.call("POST", "/api/v1/bookings", &w.guest, None).await;
    assert_eq!(r.status, 415, "{}", r.body);
    assert_eq!(r.error_code(), "unsupported_media_type");
}

#[tokio::test]
async fn preparation_time_keeps_nights_free_after_each_stay() {
    let w = World::new("instant_book = true, preparation_nights = 2").await;
    let r = w.book(&w.guest, w.stay(10, 3), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    // Nights 13 and 14 are for cleaning.
    for start in [13, 14] {
        let r = w.book(&w.stranger, w.stay(start, 2), None).await;
        assert_eq!(r.status, 409, "day {start}: {}", r.body);
    }
    // A stay ending on day 9 would leave no preparation before the next stay either.
    let r = w.book(&w.stranger, w.stay(7, 2), None).await;
    assert_eq!(r.status, 409, "{}", r.body);
    let r = w.book(&w.stranger, w.stay(15, 2), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let r = w.book(&w.stranger, w.stay(5, 3), None).await;
    assert_eq!(r.status, 201, "{}", r.body);
}

#[tokio::test]
async fn advance_notice_counts_in_the_listing_time_zone() {
    // Kiritimati is UTC+14, Pago Pago UTC-11: at 12:00 UTC it is already tomorrow in the
    // one and still today in the other.
    let w = World::new(
        "instant_book = true, advance_notice_days = 0, time_zone = 'Pacific/Kiritimati'",
    )
    .await;
    let now = w.state.clock.now();
    let noon = now.replace_time(time::macros::time!(12:00));
    let noon = if noon <= now {
        noon + Duration::days(1)
    } else {
        noon
    };
    w.state.clock.advance(noon - now);
    let utc_today: Date = noon.date();
    let stay = json!({
        "listing_id": w.listing,
        "check_in": utc_today.to_string(),
        "check_out": (utc_today + Duration::days(2)).to_string(),
    });
    let r = w.book(&w.guest, stay.clone(), None).await;
    assert_eq!(r.status, 422, "already yesterday in Kiritimati: {}", r.body);
    sqlx::query("UPDATE listings SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1")
        .bind(w.listing)
        .execute(&w.pool)
        .await
        .expect("zone");
    let r = w.book(&w.guest, stay, None).await;
    assert_eq!(r.status, 201, "still today in Pago Pago: {}", r.body);
}

#[tokio::test]
async fn a_retry_with_the_same_key_gets_the_first_answer() {
    let w = World::new("instant_book = true").await;
    let first = w.book(&w.guest, w.stay(20, 2), Some("attempt-1")).await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert!(first.headers.get("idempotent-replayed").is_none());
    let again = w.book(&w.guest, w.stay(20, 2), Some("attempt-1")).await;
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(
        again
            .headers
            .get("idempotent-replayed")
            .map(|v| v.as_bytes()),
        Some(&b"true"[..])
    );
    assert_eq!(again.json(), first.json());
    assert_eq!(
        w.scalar("SELECT count(*) FROM bookings WHERE listing_id = $1")
            .await,
        1
    );
    // The same key for another stay is refused; another person's key space is their own.
    let other = w.book(&w.guest, w.stay(30, 2), Some("attempt-1")).await;
    assert_eq!(other.status, 422, "{}", other.body);
    let theirs = w.book(&w.stranger, w.stay(30, 2), Some("attempt-1")).await;
    assert_eq!(theirs.status, 201, "{}", theirs.body);
    // A failed attempt keeps no key: fixing the cause and retrying works.
    let clash = w.book(&w.guest, w.stay(30, 2), Some("attempt-2")).await;
    assert_eq!(clash.status, 409);
    sqlx::query("DELETE FROM listing_holds WHERE listing_id = $1")
        .bind(w.listing)
        .execute(&w.pool)
        .await
        .expect("free");
    let retry = w.book(&w.guest, w.stay(30, 2), Some("attempt-2")).await;
    assert_eq!(retry.status, 201, "{}", retry.body);
    // Keys are ASCII and short.
    let bad = w
        .book(&w.guest, w.stay(40, 2), Some(&"k".repeat(256)))
        .await;
    assert_eq!(bad.status, 400);
    // Kept two days, then forgotten.
    w.state.clock.advance(Duration::hours(49));
    w.sweep().await;
    assert_eq!(
        w.scalar("SELECT count(*) FROM idempotency_keys k JOIN bookings b ON b.id = k.booking_id WHERE b.listing_id = $1").await,
        0
    );
}
