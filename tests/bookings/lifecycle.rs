//! Haven's own transitions with the clock moved (expiry, completion) and cancellation with
//! its refunds.

use super::{World, total_of};
use serde_json::json;
use time::Duration;

#[tokio::test]
async fn an_unanswered_request_expires_after_24_hours() {
    let w = World::new("instant_book = false").await;
    let (id, _) = w.booked(w.stay(10, 2)).await;
    assert_eq!(w.sweep().await.expired, 0);
    w.state.clock.advance(Duration::hours(23));
    assert_eq!(w.sweep().await.expired, 0);
    w.state
        .clock
        .advance(Duration::hours(1) + Duration::seconds(1));
    assert_eq!(w.sweep().await.expired, 1);
    // Idempotent: nothing more to do.
    assert_eq!(w.sweep().await.expired, 0);
    let b = w.booking(id, &w.guest).await.json();
    assert_eq!(b["status"], "expired");
    assert_eq!(b["history"][1]["by"], "system");
    // Too late to accept; the nights are free again; the authorisation was voided.
    let r = w.act(id, "accept", &w.host).await;
    assert_eq!(r.status, 409);
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1")
            .await,
        0
    );
    assert_eq!(
        w.scalar("SELECT count(*) FROM payments p JOIN bookings b ON b.id = p.booking_id WHERE b.listing_id = $1 AND operation = 'void'").await,
        1
    );
    w.relay().await;
    assert_eq!(
        w.notifications(&w.guest).await["items"][0]["kind"],
        "booking_expired"
    );
}

#[tokio::test]
async fn stays_complete_after_check_out_and_pay_the_host() {
    let w = World::new("instant_book = true").await;
    let (id, b) = w.booked(w.stay(1, 2)).await;
    let total = total_of(&b);
    w.state.clock.advance(Duration::days(4));
    assert_eq!(w.sweep().await.completed, 1);
    let b = w.booking(id, &w.guest).await.json();
    assert_eq!(b["status"], "completed");
    // charge = payout + Haven's fee + taxes.
    let paid_out = w
        .scalar("SELECT sum(amount_minor)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1 AND kind IN ('host_payout', 'haven_fee', 'taxes')")
        .await;
    assert_eq!(paid_out, total);
    // A completed stay cannot be cancelled.
    let r = w.act(id, "cancel", &w.guest).await;
    assert_eq!(r.status, 409);
}

#[tokio::test]
async fn cancelling_refunds_by_the_policy_and_frees_the_nights() {
    let w = World::new("instant_book = true, cancellation_policy = 'moderate'").await;
    // Three days ahead: half of the stay back, not the service fee.
    let (id, b) = w.booked(w.stay(3, 2)).await;
    let total = total_of(&b);
    let fee = b["price_breakdown"]
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["label"] == "Haven service fee")
        .and_then(|l| l["amount"]["amount_minor"].as_i64())
        .expect("fee");
    let uri = format!("/api/v1/bookings/{id}/cancel");
    let p = w.call("GET", &uri, &w.guest, None).await;
    assert_eq!(p.status, 200, "{}", p.body);
    let expected = ((total - fee) * 50 + 50) / 100;
    assert_eq!(p.json()["refund"]["amount_minor"], expected);
    let reason = json!({"reason": "Plans changed"});
    let r = w.call("POST", &uri, &w.guest, Some(reason)).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let c = r.json();
    assert_eq!(c["status"], "cancelled");
    assert_eq!(c["refunded"]["amount_minor"], expected);
    assert_eq!(c["cancellation_reason"], "Plans changed");
    assert_eq!(
        w.scalar("SELECT count(*) FROM listing_holds WHERE listing_id = $1")
            .await,
        0
    );
    // Kept money is settled: charge - refund = payout + fee + taxes.
    let settled = w
        .scalar("SELECT sum(CASE kind WHEN 'guest_charge' THEN amount_minor WHEN 'guest_refund' THEN -amount_minor ELSE 0 END - CASE WHEN kind IN ('host_payout','haven_fee','taxes') THEN amount_minor ELSE 0 END)::bigint FROM ledger_entries l JOIN bookings b ON b.id = l.booking_id WHERE b.listing_id = $1")
        .await;
    assert_eq!(settled, 0);
    // Once is enough.
    let r = w.act(id, "cancel", &w.guest).await;
    assert_eq!(r.status, 409);
}

#[tokio::test]
async fn a_host_cancelling_a_stay_refunds_it_all_and_tells_the_guest() {
    let w = World::new("instant_book = true, cancellation_policy = 'moderate'").await;
    let (id, b) = w.booked(w.stay(30, 2)).await;

    let r = w.act(id, "cancel", &w.host).await;
    w.relay().await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["refunded"]["amount_minor"], total_of(&b));
    assert_eq!(
        w.notifications(&w.guest).await["items"][0]["kind"],
        "booking_cancelled"
    );
}
