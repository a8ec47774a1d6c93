//! The panel's edges: the cap and the totals, the request deadline the sweep keeps, the
//! unread count, and the panel on the server-rendered dashboard and in the API.

use super::{Stay, insert, listing, user};
use crate::common::{self, TestDb, accounts, call, send};
use haven::app::types::today::TODAY_CAP;
use haven::server::analytics::today::today;
use haven::server::platform::db::DbScope;
use serde_json::json;
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

#[tokio::test]
async fn each_list_keeps_its_first_twenty_and_counts_them_all() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let host = user(&pool, "hana@example.com", "Hana").await;
    let guest = user(&pool, "gil@example.com", "Gil").await;
    let home = listing(&pool, host, "Porto riverside loft", "Europe/Lisbon").await;
    let now = datetime!(2026-12-07 10:00 UTC);
    let mut requests = Vec::new();
    for i in 0..25i64 {
        let stay = |status, expires_at| Stay {
            listing: home,
            zone: "Europe/Lisbon",
            guest,
            check_in: date!(2026 - 12 - 07),
            check_out: date!(2026 - 12 - 09),
            status,
            expires_at,
            adults: 2,
            children: 0,
        };
        insert(&pool, &stay("confirmed", None)).await;
        // Deadlines in reverse order of creation: the list is by deadline, not by id.
        let at = now + Duration::minutes(600 - i * 10);
        requests.push((at, insert(&pool, &stay("pending", Some(at))).await));
    }

    let day = today(&DbScope::new(t.db(None)), host, now)
        .await
        .expect("today");

    assert_eq!(
        (day.arrivals_today.total, day.arrivals_today.items.len()),
        (25, 20)
    );
    assert_eq!(day.staying_tonight.total, 25);
    assert_eq!(day.requests.total, 25);
    requests.sort();
    let soonest: Vec<i64> = requests
        .iter()
        .take(TODAY_CAP as usize)
        .map(|r| r.1)
        .collect();
    let shown: Vec<i64> = day.requests.items.iter().map(|r| r.booking_id).collect();
    assert_eq!(shown, soonest);
    assert_eq!(day.requests.items[0].seconds_left, 360 * 60);
}

#[tokio::test]
async fn a_request_waits_until_the_deadline_the_sweep_expires_it_at() {
    let t = TestDb::new().await;
    let state = common::state(t.db(None));
    let app = haven::server::http::router(state.clone());
    accounts::signed_up(&app, "hana@example.com", "Hana").await;
    let guest = accounts::signed_up(&app, "gil@example.com", "Gil").await;
    let pool = t.primary_pool().await;
    accounts::mark_all_verified_directly(&pool).await;
    let home = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    sqlx::query("UPDATE listings SET instant_book = false, max_guests = 4 WHERE id = $1")
        .bind(home)
        .execute(&pool)
        .await
        .expect("request to book");
    let day = |n: i64| (state.clock.now().date() + Duration::days(n)).to_string();
    let body =
        json!({"listing_id": home, "check_in": day(10), "check_out": day(12), "guest_count": 2});
    let r = call(&app, "POST", "/api/v1/bookings", Some(&guest), Some(body)).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_i64().expect("id");
    let (host, deadline): (Uuid, OffsetDateTime) = sqlx::query_as(
        "SELECT l.host_id, b.expires_at FROM bookings b JOIN listings l ON l.id = b.listing_id
         WHERE b.id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .expect("deadline");
    let db = DbScope::new(t.db(None));

    // A second before the deadline the request waits, with a second left; at it, it does not.
    let before = today(&db, host, deadline - Duration::seconds(1))
        .await
        .expect("today");
    assert_eq!(before.requests.items.len(), 1);
    assert_eq!(before.requests.items[0].booking_id, id);
    assert_eq!(before.requests.items[0].seconds_left, 1);
    let at = today(&db, host, deadline).await.expect("today");
    assert_eq!(at.requests.total, 0);

    // The sweep agrees: nothing to expire two seconds early, this one at the deadline.
    state
        .clock
        .advance(deadline - Duration::seconds(2) - state.clock.now());
    assert_eq!(
        haven::server::bookings::sweep(&state)
            .await
            .expect("sweep")
            .expired,
        0
    );
    state.clock.advance(Duration::seconds(2));
    assert_eq!(
        haven::server::bookings::sweep(&state)
            .await
            .expect("sweep")
            .expired,
        1
    );
}

#[tokio::test]
async fn unread_is_the_count_of_conversations_with_a_guests_message_unread() {
    let t = TestDb::new().await;
    let pool = t.primary_pool().await;
    let host = user(&pool, "hana@example.com", "Hana").await;
    let home = listing(&pool, host, "Porto riverside loft", "Europe/Lisbon").await;
    let mut conversations = Vec::new();
    for (i, name) in ["Ana", "Ben", "Chloé"].iter().enumerate() {
        let guest = user(&pool, &format!("g{i}@example.com"), name).await;
        let c: i64 = sqlx::query_scalar(
            "INSERT INTO conversations (listing_id, guest_id, host_id, kind, created_at,
                                        last_message_at)
             VALUES ($1, $2, $3, 'inquiry', now(), now()) RETURNING id",
        )
        .bind(home)
        .bind(guest)
        .bind(host)
        .fetch_one(&pool)
        .await
        .expect("conversation");
        // Ana and Ben write; Chloé's thread has only the host's message.
        let sender = if i < 2 { guest } else { host };
        sqlx::query("INSERT INTO messages (conversation_id, sender_id, body, created_at) VALUES ($1, $2, 'Hello', now())")
            .bind(c)
            .bind(sender)
            .execute(&pool)
            .await
            .expect("message");
        conversations.push(c);
    }
    let db = DbScope::new(t.db(None));
    let now = OffsetDateTime::now_utc();
    assert_eq!(
        today(&db, host, now)
            .await
            .expect("today")
            .unread_conversations,
        2
    );

    sqlx::query(
        "UPDATE conversations SET host_read_id = (SELECT max(id) FROM messages) WHERE id = $1",
    )
    .bind(conversations[0])
    .execute(&pool)
    .await
    .expect("read");
    assert_eq!(
        today(&db, host, now)
            .await
            .expect("today")
            .unread_conversations,
        1
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_day_without_javascript_and_the_api_has_it() {
    let t = TestDb::new().await;
    let app = common::app(t.db(None));
    let pool = t.primary_pool().await;
    let hana = accounts::signed_up(&app, "hana@example.com", "Hana").await;
    let home = common::insert_listing(&pool, "Porto riverside loft")
        .await
        .expect("listing");
    let greta = user(&pool, "greta@example.com", "Greta Arrival").await;
    // Today and tomorrow in the listing's zone, as PostgreSQL's clock has them.
    let (zone, today_local): (String, time::Date) = sqlx::query_as(
        "SELECT time_zone, (now() AT TIME ZONE time_zone)::date FROM listings WHERE id = $1",
    )
    .bind(home)
    .fetch_one(&pool)
    .await
    .expect("today");
    let stay = |status, expires_at| Stay {
        listing: home,
        zone: &zone,
        guest: greta,
        check_in: today_local,
        check_out: today_local + Duration::days(3),
        status,
        expires_at,
        adults: 2,
        children: 1,
    };
    let arrival = insert(&pool, &stay("confirmed", None)).await;
    let request = insert(
        &pool,
        &stay(
            "pending",
            Some(OffsetDateTime::now_utc() + Duration::hours(5)),
        ),
    )
    .await;
    let cookie = accounts::sign_in_with(&app, "hana@example.com", accounts::PASSWORD, "/", None)
        .await
        .cookie();

    let page = send(&app, "GET", "/host", Some(&cookie)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    for text in [
        "<h2 id=\"today-title\">Today</h2>",
        "aria-label=\"Check-ins today\"",
        "Greta Arrival",
        &format!("href=\"/trips/{arrival}\""),
        &format!("href=\"/trips/{request}\""),
        "Requests waiting (1)",
        "No departures today",
        "No unread messages",
        "No reviews due",
    ] {
        assert!(page.body.contains(text), "{text} missing");
    }
    assert!(
        page.body.contains(" h ") && page.body.contains(" min left"),
        "the time left in words"
    );

    let r = call(&app, "GET", "/api/v1/host/today", Some(&hana), None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let j = r.json();
    assert_eq!(j["arrivals_today"]["total"], 1);
    assert_eq!(
        j["arrivals_today"]["items"][0]["guest_name"],
        "Greta Arrival"
    );
    assert_eq!(j["arrivals_today"]["items"][0]["guests"], 3);
    assert_eq!(j["requests"]["items"][0]["booking_id"], request);
    assert_eq!(
        call(&app, "GET", "/api/v1/host/today", None, None)
            .await
            .status,
        401
    );
    // Another host's day is empty: nothing of Hana's shows.
    let omar = accounts::signed_up(&app, "omar@example.com", "Omar").await;
    let theirs = call(&app, "GET", "/api/v1/host/today", Some(&omar), None)
        .await
        .json();
    assert_eq!(theirs["arrivals_today"]["total"], 0);
    assert_eq!(theirs["requests"]["total"], 0);
}
