//! The export: a private address per listing that parses back (with icalendar's parser)
//! into exactly the calendar's booked and blocked nights, answers without sign-in, and
//! stops working when regenerated.

use super::World;
use super::common;
use icalendar::parser::{read_calendar, unfold};
use std::collections::BTreeSet;
use time::Date;

/// `(DTSTART, DTEND, SUMMARY, UID)` of every event, read back with the parser.
fn events(ics: &str) -> Vec<(String, String, String, String)> {
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).expect("the export parses");
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .map(|e| {
            let get = |k: &str| {
                e.properties
                    .iter()
                    .find(|p| p.name.as_str() == k)
                    .map(|p| {
                        if k.starts_with("DT") {
                            let is_date = p.params.iter().any(|x| {
                                x.key.as_str() == "VALUE"
                                    && x.val.as_ref().map(|v| v.as_str()) == Some("DATE")
                            });
                            assert!(is_date, "{k} is VALUE=DATE");
                        }
                        p.val.as_str().to_string()
                    })
                    .unwrap_or_else(|| panic!("{k} in every event"))
            };
            (get("DTSTART"), get("DTEND"), get("SUMMARY"), get("UID"))
        })
        .collect()
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

#[tokio::test]
async fn the_export_parses_back_into_the_calendars_booked_and_blocked_nights() {
    let w = World::new().await;
    let booking = w.booking(3, 6).await;
    assert_eq!(w.block(8, 10, true).await, 200);
    assert_eq!(w.block(20, 21, true).await, 200);
    // Imported nights are not sent back out (no loops between sites).
    w.feeds.calendar("/vrbo.ics", w.fixture("vrbo.ics"));
    w.add_feed("Vrbo", "/vrbo.ics").await;
    w.sync().await;
    let r = w
        .call(
            "GET",
            &format!("/api/v1/listings/{}/ical", w.listing),
            &w.host,
            None,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let url = r.json()["url"].as_str().expect("url").to_string();
    assert!(
        url.starts_with("http://127.0.0.1:3000/api/v1/ical/") && url.ends_with(".ics"),
        "{url}"
    );
    let path = url.trim_start_matches("http://127.0.0.1:3000");

    let r = common::get(&w.app, path).await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), "text/calendar; charset=utf-8");
    for line in r.body.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        r.body
            .contains("X-WR-CALNAME:Haven: Porto riverside loft\\; with a view\\, of course")
    );
    let got = events(&r.body);
    let expected = vec![
        (
            compact(w.day(3)),
            compact(w.day(6)),
            "Reserved".to_string(),
            format!("booking-{booking}@127.0.0.1"),
        ),
        (
            compact(w.day(8)),
            compact(w.day(10)),
            "Not available".into(),
            format!(
                "blocked-{}-{}-{}@127.0.0.1",
                w.listing,
                compact(w.day(8)),
                compact(w.day(10))
            ),
        ),
        (
            compact(w.day(20)),
            compact(w.day(21)),
            "Not available".into(),
            format!(
                "blocked-{}-{}-{}@127.0.0.1",
                w.listing,
                compact(w.day(20)),
                compact(w.day(21))
            ),
        ),
    ];
    assert_eq!(got, expected);
    // Night by night, the same as the host's calendar shows booked or blocked, less the
    // imported nights.
    let cal = w
        .call(
            "GET",
            &format!(
                "/api/v1/listings/{}/calendar?from={}&days=45",
                w.listing,
                w.day(0)
            ),
            &w.host,
            None,
        )
        .await
        .json();
    let from_calendar: BTreeSet<i64> = cal["nights"]
        .as_array()
        .expect("nights")
        .iter()
        .enumerate()
        .filter(|(_, n)| n["blocked"] == true || !n["booking_id"].is_null())
        .map(|(i, _)| i as i64)
        .filter(|i| !(30..35).contains(i) && !(40..41).contains(i))
        .collect();
    let from_export: BTreeSet<i64> = [(3, 6), (8, 10), (20, 21)]
        .iter()
        .flat_map(|(a, b)| *a..*b)
        .collect();
    assert_eq!(from_calendar, from_export);
    // Stable: the same answer, and a 304 to its ETag; no guest data.
    let etag = r.header("etag").to_string();
    let again = common::get(&w.app, path).await;
    assert_eq!(again.body, r.body);
    let cached = common::request(
        &w.app,
        "GET",
        path,
        &[("if-none-match", etag.as_str())],
        None,
    )
    .await;
    assert_eq!(cached.status, 304);
    assert!(!r.body.contains("Gil") && !r.body.contains("gil@example.com"));
}

#[tokio::test]
async fn an_unknown_or_replaced_address_is_a_404() {
    let w = World::new().await;
    let first = w
        .call(
            "GET",
            &format!("/api/v1/listings/{}/ical", w.listing),
            &w.host,
            None,
        )
        .await
        .json()["url"]
        .as_str()
        .expect("url")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string();
    assert_eq!(common::get(&w.app, &first).await.status, 200);
    let same = w
        .call(
            "GET",
            &format!("/api/v1/listings/{}/ical", w.listing),
            &w.host,
            None,
        )
        .await
        .json();
    assert!(
        same["url"].as_str().expect("url").ends_with(&first),
        "the address stays until replaced"
    );

    let r = w
        .call(
            "POST",
            &format!("/api/v1/listings/{}/ical/regenerate", w.listing),
            &w.host,
            None,
        )
        .await;

    assert_eq!(r.status, 200, "{}", r.body);
    let second = r.json()["url"]
        .as_str()
        .expect("url")
        .trim_start_matches("http://127.0.0.1:3000")
        .to_string();
    assert_ne!(first, second);
    let gone = common::get(&w.app, &first).await;
    assert_eq!(gone.status, 404, "{}", gone.body);
    assert_eq!(gone.error_message(), "Calendar was not found.");
    assert_eq!(common::get(&w.app, &second).await.status, 200);
    for bad in [
        "nope.ics",
        "x",
        &"A".repeat(43),
        &format!("{}.ics", "A".repeat(43)),
        "%FF.ics",
    ] {
        let r = common::get(&w.app, &format!("/api/v1/ical/{bad}")).await;
        assert_eq!(r.status, 404, "{bad}: {}", r.body);
    }
}
