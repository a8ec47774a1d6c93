//! The mailer's delivery rules: new-message e-mails at most once per conversation and
//! recipient every 10 minutes; a relay that does not answer retries with back-off, then
//! dead-letters, and the booking it was about stands.

use crate::World;
use crate::common::accounts::mark_all_verified_directly;
use crate::maildir;
use haven::server::notifications;
use haven::server::platform::outbox;
use time::Duration;

/// A new message in `conversation` for `to`, now by the test's clock.
async fn message_notice(w: &World, to: uuid::Uuid, conversation: i64) {
    let at = w.state.clock.now();
    let mut tx = w.pool.begin().await.expect("tx");
    notifications::send_message_notice(
        &mut tx,
        to,
        conversation,
        "New message from Gil",
        "Is the loft quiet at night?".into(),
        at,
    )
    .await
    .expect("publish");
    tx.commit().await.expect("commit");
}

#[tokio::test]
async fn new_messages_are_mailed_at_most_once_per_conversation_every_ten_minutes() {
    let w = World::new().await;
    let host = w.signed_up("hana").await;
    let me = w.call("GET", "/api/v1/me", Some(&host), None).await.json();
    let hana: uuid::Uuid = me["id"].as_str().expect("id").parse().expect("uuid");
    let clock = &w.state.clock;
    let count = |c: i64| {
        let link = format!("http://127.0.0.1:3000/inbox/{c}");
        let mails = w.mails("hana", "New message from Gil");
        mails.iter().filter(|m| m.text().contains(&link)).count()
    };

    message_notice(&w, hana, 7).await; // t0: mailed at once
    w.relay().await;
    clock.advance(Duration::minutes(3));
    message_notice(&w, hana, 7).await; // t0+3: held for the window's end
    w.relay().await;
    clock.advance(Duration::minutes(2));
    message_notice(&w, hana, 7).await; // t0+5: joins the one held
    message_notice(&w, hana, 8).await; // another conversation: mailed at once
    w.relay().await;
    maildir::wait_for(&w.email("hana"), 3).await;
    assert_eq!((count(7), count(8)), (1, 1));

    clock.advance(Duration::minutes(5) + Duration::seconds(1)); // t0+10: the batch goes
    w.relay().await;
    maildir::wait_for(&w.email("hana"), 4).await;
    assert_eq!(count(7), 2);
    clock.advance(Duration::minutes(1));
    message_notice(&w, hana, 7).await; // t0+11: within the batch's own window
    w.relay().await;
    clock.advance(Duration::minutes(10));
    w.relay().await; // t0+21
    let mails = maildir::wait_for(&w.email("hana"), 5).await;
    assert_eq!((count(7), count(8)), (3, 1), "{mails:?}");
    let mails = w.mails("hana", "New message from Gil");
    assert!(mails[0].header("List-Unsubscribe").is_some());
    // Not in the bell: the inbox counts its own unread messages.
    let bell = w
        .call("GET", "/api/v1/notifications", Some(&host), None)
        .await;
    assert_eq!(bell.json()["unread"], 0, "{}", bell.body);
}

/// A local port where nothing listens.
fn dead_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

#[tokio::test]
async fn a_dead_smtp_server_means_retries_then_a_dead_letter_and_the_booking_stands() {
    let port = dead_port();
    let w = World::configured(|c| c.mail.smtp_port = port).await;
    let _host = w.signed_up("hana").await;
    let guest = w.signed_up("gil").await;
    mark_all_verified_directly(&w.pool).await;
    let listing = w.listing(true).await;
    let r = w.book(&guest, listing).await;
    assert_eq!(
        r.status, 201,
        "the request never waits for e-mail: {}",
        r.body
    );
    let booking = r.json()["id"].as_i64().expect("id");

    for attempt in 1..=outbox::MAX_ATTEMPTS {
        let stats = w.relay().await;
        if attempt < outbox::MAX_ATTEMPTS {
            assert!(
                stats.failed >= 2 && stats.dead == 0,
                "attempt {attempt}: {stats:?}"
            );
        } else {
            assert!(stats.dead >= 2, "attempt {attempt}: {stats:?}");
        }
        w.state
            .clock
            .advance(outbox::backoff(attempt) + Duration::seconds(1));
    }

    let dead = outbox::dead_letters(w.state.db.primary())
        .await
        .expect("dead");
    let mail: Vec<_> = dead.iter().filter(|d| d.consumer == "mail").collect();
    // Two sign-up verifications and the two booking notices.
    assert_eq!(mail.len(), 4, "{dead:?}");
    assert!(
        mail.iter().all(|d| d.last_error.contains("SMTP")),
        "{mail:?}"
    );
    assert!(dead.iter().all(|d| d.consumer == "mail"), "{dead:?}");
    let state: String = sqlx::query_scalar("SELECT status::text FROM bookings WHERE id = $1")
        .bind(booking)
        .fetch_one(&w.pool)
        .await
        .expect("booking");
    assert_eq!(state, "confirmed");
    let bell = w
        .call("GET", "/api/v1/notifications", Some(&guest), None)
        .await;
    assert_eq!(
        bell.json()["unread"],
        1,
        "the bell is unaffected: {}",
        bell.body
    );
    let sent: i64 = sqlx::query_scalar("SELECT count(*) FROM mail_sent")
        .fetch_one(&w.pool)
        .await
        .expect("mail_sent");
    assert_eq!(sent, 0);
}
