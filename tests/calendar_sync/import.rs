//! Importing: a feed's events become blocked nights, follow the feed as it changes, never
//! touch the host's own blocks, and go when the feed goes. Each site's shape of feed.

use super::World;
use serde_json::json;

impl World {
    /// Makes every feed due now (as 15 minutes passing would).
    pub(crate) async fn due(&self) {
        sqlx::query("UPDATE calendar_feeds SET next_sync_at = $1")
            .bind(self.state.clock.now())
            .execute(&self.pool)
            .await
            .expect("due");
    }

    /// Hana blocks nights `[from, to)` herself.
    pub(crate) async fn block(&self, from: i64, to: i64, blocked: bool) -> u16 {
        let body = json!({"changes": [{"from": self.day(from).to_string(), "to": self.day(to).to_string(), "blocked": blocked}]});
        let uri = format!("/api/v1/listings/{}/calendar", self.listing);
        self.call("PUT", &uri, &self.host, Some(body)).await.status
    }
}

#[tokio::test]
async fn an_import_adds_updates_and_removes_blocks_and_leaves_the_hosts_own_alone() {
    let w = World::new().await;
    assert_eq!(w.block(5, 7, true).await, 200);
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));

    let feed = w.add_feed("Airbnb", "/airbnb.ics").await;
    assert_eq!(w.sync().await, 1);

    assert_eq!(w.imported().await, [(10, 13), (20, 22)]);
    let listed = w.feed(feed).await;
    assert_eq!(listed["status"], "updated", "{listed}");
    assert_eq!(listed["blocked_nights"], 5);
    assert_eq!(listed["message"], "Synced: it blocks 5 nights from today.");
    assert!(listed["last_success_at"].is_string());
    // The public calendar: imported nights, and the host's own, cannot be booked.
    let unavailable = w.unavailable().await;
    for range in [(5, 7), (10, 13), (20, 22)] {
        assert!(unavailable.contains(&range), "{range:?} in {unavailable:?}");
    }
    // The host's calendar shows them blocked.
    let cal = w
        .call(
            "GET",
            &format!(
                "/api/v1/listings/{}/calendar?from={}&days=30",
                w.listing,
                w.day(0)
            ),
            &w.host,
            None,
        )
        .await
        .json();
    let blocked: Vec<i64> = cal["nights"]
        .as_array()
        .expect("nights")
        .iter()
        .enumerate()
        .filter(|(_, n)| n["blocked"] == true)
        .map(|(i, _)| i as i64)
        .collect();
    assert_eq!(blocked, [5, 6, 10, 11, 12, 20, 21]);

    // The reservation moves a night later and grows into the host's own block's
    // neighbourhood; the "Not available" stretch goes; a new event overlaps the host's block.
    let changed = w.dated(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Airbnb Inc//Hosting Calendar 1.0.0//EN\r\n\
         BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{D+11}\r\nDTEND;VALUE=DATE:{D+14}\r\n\
         UID:1418fb94e984-0c5fba7b1e9a3c2d4f5a6b7c8d9e0f1a@airbnb.com\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{D+4}\r\nDTEND;VALUE=DATE:{D+8}\r\n\
         UID:new@airbnb.com\r\nSUMMARY:Airbnb (Not available)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    w.feeds.calendar("/airbnb.ics", changed);
    w.due().await;
    assert_eq!(w.sync().await, 1);

    assert_eq!(w.imported().await, [(4, 5), (7, 8), (11, 14)]);
    assert_eq!(
        w.holds("feed_id IS NULL AND booking_id IS NULL").await,
        [(5, 7)],
        "the host's block stays whole"
    );

    // An empty calendar frees every imported night, and only those.
    w.feeds.calendar(
        "/airbnb.ics",
        w.dated("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n"),
    );
    w.due().await;
    w.sync().await;
    assert_eq!(w.imported().await, []);
    assert_eq!(w.holds("true").await, [(5, 7)]);
    assert_eq!(w.feed(feed).await["blocked_nights"], 0);
}

#[tokio::test]
async fn a_304_changes_nothing_and_validators_are_sent_back() {
    let w = World::new().await;
    w.feeds.calendar("/vrbo.ics", w.fixture("vrbo.ics"));
    let feed = w.add_feed("Vrbo", "/vrbo.ics").await;
    w.sync().await;
    let before = w.holds("true").await;
    assert_eq!(w.imported().await, [(30, 35), (40, 41)]);

    w.due().await;
    assert_eq!(w.sync().await, 1);

    let seen = w.feeds.seen("/vrbo.ics");
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[0].if_none_match, None,
        "the first fetch is unconditional"
    );
    assert!(seen[1].if_none_match.is_some(), "the ETag goes back");
    assert_eq!(
        seen[1].if_modified_since.as_deref(),
        Some(super::server::LAST_MODIFIED)
    );
    assert_eq!(w.holds("true").await, before);
    let listed = w.feed(feed).await;
    assert_eq!(listed["status"], "unchanged");
    assert_eq!(
        listed["message"],
        "No changes since the last sync: it blocks 6 nights from today."
    );
}

#[tokio::test]
async fn booking_com_and_google_calendar_feeds_are_read_by_their_rules() {
    let w = World::new().await;
    w.feeds
        .calendar("/booking.ics", w.fixture("booking_com.ics"));
    w.feeds.calendar("/google.ics", w.fixture("google.ics"));
    let booking_com = w.add_feed("Booking.com", "/booking.ics").await;
    let google = w.add_feed("Google", "/google.ics").await;

    assert_eq!(w.sync().await, 2);

    let by_feed = |id: i64| format!("feed_id = {id}");
    // Booking.com: the past closure is history, not imported.
    assert_eq!(w.holds(&by_feed(booking_com)).await, [(50, 53)]);
    // Google: 16:00 to 10:00 (Berlin) two days later blocks two nights; the weekly clean
    // repeats 4 times less the excluded week; the cancelled trip and the "free" reminder
    // block nothing; a one-hour viewing blocks its night.
    assert_eq!(
        w.holds(&by_feed(google)).await,
        [(60, 62), (70, 71), (84, 85), (91, 92), (110, 111)]
    );
}

#[tokio::test]
async fn timed_events_are_nights_in_the_listings_own_time_zone() {
    let w = World::new().await;
    sqlx::query("UPDATE listings SET time_zone = 'Asia/Tokyo' WHERE id = $1")
        .bind(w.listing)
        .execute(&w.pool)
        .await
        .expect("zone");
    w.feeds.calendar("/google.ics", w.fixture("google.ics"));
    w.add_feed("Google", "/google.ics").await;

    w.sync().await;

    // Tokyo is 8 hours ahead of Berlin in winter: 16:00 Berlin is 00:00 the next day, so
    // the family stay's first Tokyo night is a day later; 16:00 UTC is 01:00 in Tokyo.
    // (Offsets are from UTC's today; Tokyo's may be a day ahead, which moves nothing here
    // but the window's start.)
    let imported = w.imported().await;
    assert!(imported.contains(&(61, 62)), "{imported:?}");
    assert!(imported.contains(&(111, 112)), "{imported:?}");
    assert!(
        imported.contains(&(70, 71)),
        "all-day events do not move: {imported:?}"
    );
}

#[tokio::test]
async fn removing_a_feed_frees_its_nights_and_another_feed_takes_over_shared_ones() {
    let w = World::new().await;
    w.feeds.calendar("/airbnb.ics", w.fixture("airbnb.ics"));
    // Vrbo mirrors Airbnb's first reservation, and adds a night after it.
    w.feeds.calendar(
        "/vrbo.ics",
        w.dated("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//HomeAway.com, Inc.//EN\r\nBEGIN:VEVENT\r\nUID:HA-1\r\nDTSTART;VALUE=DATE:{D+10}\r\nDTEND;VALUE=DATE:{D+14}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    );
    let airbnb = w.add_feed("Airbnb", "/airbnb.ics").await;
    let vrbo = w.add_feed("Vrbo", "/vrbo.ics").await;
    w.sync().await;
    assert_eq!(
        w.holds(&format!("feed_id = {airbnb}")).await,
        [(10, 13), (20, 22)]
    );
    assert_eq!(w.holds(&format!("feed_id = {vrbo}")).await, [(13, 14)]);

    let r = w
        .call(
            "DELETE",
            &format!("/api/v1/listings/{}/calendar-feeds/{airbnb}", w.listing),
            &w.host,
            None,
        )
        .await;

    assert_eq!(r.status, 204, "{}", r.body);
    assert_eq!(
        w.holds(&format!("feed_id = {vrbo}")).await,
        [(10, 14)],
        "Vrbo's nights stay blocked"
    );
    assert_eq!(w.imported().await, [(10, 14)]);
    // Search's copy of the holds follows (statement triggers, through the cascade too).
    let held: bool =
        sqlx::query_scalar("SELECT held_nights @> daterange($2, $3) FROM listings WHERE id = $1")
            .bind(w.listing)
            .bind(w.day(20))
            .bind(w.day(22))
            .fetch_one(&w.pool)
            .await
            .expect("held");
    assert!(!held, "the Airbnb-only nights are free for search");
    let listed = w.feeds().await;
    assert_eq!(listed["feeds"].as_array().map(Vec::len), Some(1));
}
