//! `POST /api/v1/ai/itinerary`: every plan is checked stop by stop against the rules by
//! brute force (the place's own hours that weekday, no place twice, the days of the stay,
//! light arrival and departure days, the day's loop within the travel limit); a
//! booking's plan is saved, pinned, dropped from, exported as .ics and private.

use crate::activities::{cafe, porto};
use crate::common::accounts::{mark_all_verified_directly, signed_up, token};
use crate::common::{call, get};
use haven::server::assistant::activities::hours;
use haven::server::assistant::local_date;
use haven::server::assistant::planner::haversine_km;
use serde_json::{Value, json};
use std::collections::HashSet;
use time::format_description::well_known::Iso8601;
use time::{Date, Duration};

const HOME: (f64, f64) = (41.15, -8.61);

fn today() -> Date {
    local_date(time::OffsetDateTime::now_utc(), Some("Europe/Lisbon"))
}

fn day(offset: i64) -> String {
    (today() + Duration::days(offset)).to_string()
}

fn minutes(hhmm: &str) -> u16 {
    let (h, m) = hhmm.split_once(':').expect("HH:MM");
    h.parse::<u16>().expect("h") * 60 + m.parse::<u16>().expect("m")
}

/// Every rule the planner promises, checked on the plan as the API returned it.
fn check(plan: &Value, check_in: &str, check_out: &str, limit_km: f64, kids: bool) {
    let days = plan["days"].as_array().expect("days");
    let first = Date::parse(check_in, &Iso8601::DATE).expect("date");
    let last = Date::parse(check_out, &Iso8601::DATE).expect("date");
    assert_eq!(
        days.len() as i64,
        (last - first).whole_days() + 1,
        "one day per date"
    );
    let mut seen = HashSet::new();
    for (i, d) in days.iter().enumerate() {
        let date = first + Duration::days(i as i64);
        assert_eq!(d["date"], date.to_string());
        let stops = d["stops"].as_array().expect("stops");
        let mut route = vec![];
        let mut previous_end = 0;
        for s in stops {
            let a = &s["activity"];
            let key = a["key"].as_str().expect("key");
            assert!(seen.insert(key.to_string()), "{key} twice");
            let raw = a["opening_hours"]
                .as_str()
                .expect("planned places have hours");
            let week = hours::parse(raw).expect("hours that parse");
            let (start, end) = (
                minutes(s["start"].as_str().expect("start")),
                minutes(s["end"].as_str().expect("end")),
            );
            assert!(
                week.fits(date, start, end),
                "{key} {start}-{end} on {date}: {raw}"
            );
            assert_eq!(s["open"], hours::day_line(&week, date.weekday()));
            assert!(start >= previous_end, "in time order");
            previous_end = end;
            if kids {
                assert_eq!(a["kid_friendly"], true, "{key}");
            }
            route.push((
                a["latitude"].as_f64().expect("lat"),
                a["longitude"].as_f64().expect("lon"),
            ));
        }
        if date == first {
            assert!(
                stops.len() <= 1 && stops.iter().all(|s| s["slot"] == "evening"),
                "arrival: {d}"
            );
        } else if date == last {
            assert!(
                stops.len() <= 1 && stops.iter().all(|s| s["slot"] == "morning"),
                "departure: {d}"
            );
        }
        let mut km = 0.0;
        let mut at = HOME;
        for p in route.iter().chain([HOME].iter()) {
            km += haversine_km(at.0, at.1, p.0, p.1);
            at = *p;
        }
        if route.is_empty() {
            km = 0.0;
        }
        assert!(km <= limit_km + 1e-9, "{date}: {km} km");
        assert!(
            (d["travel_km"].as_f64().expect("km") - km).abs() < 0.06,
            "{date}: {km} vs {}",
            d["travel_km"]
        );
    }
}

fn stops(plan: &Value) -> Vec<Value> {
    plan["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|d| d["stops"].as_array().expect("stops").clone())
        .collect()
}

#[tokio::test]
async fn a_plan_for_a_listing_keeps_every_rule_and_is_the_same_twice() {
    let (_t, app, id) = porto(None).await;
    let hana = token(&app, "hana@example.com").await;
    let added = call(
        &app,
        "POST",
        &format!("/api/v1/listings/{id}/guidebook"),
        Some(&hana),
        Some(cafe()),
    )
    .await;
    assert_eq!(added.status, 201);
    for (prefs, limit, kids) in [
        (
            json!({"interests": ["food", "museum"], "pace": "relaxed", "travel": "walking"}),
            8.0,
            false,
        ),
        (json!({"pace": "packed", "travel": "transit"}), 30.0, false),
        (
            json!({"pace": "moderate", "travel": "walking", "with_kids": true}),
            8.0,
            true,
        ),
    ] {
        let body = json!({"listing_id": id, "check_in": day(20), "check_out": day(25), "preferences": prefs});
        let r = call(
            &app,
            "POST",
            "/api/v1/ai/itinerary",
            None,
            Some(body.clone()),
        )
        .await;
        assert_eq!(r.status, 200, "{}", r.body);
        let plan = r.json();
        check(&plan, &day(20), &day(25), limit, kids);
        assert!(
            stops(&plan).len() >= 6,
            "Porto has enough to fill the days: {plan}"
        );
        assert_eq!(plan["booking_id"], Value::Null, "not saved");
        let again = call(&app, "POST", "/api/v1/ai/itinerary", None, Some(body))
            .await
            .json();
        assert_eq!(again["days"], plan["days"], "deterministic");
    }
    // The host's pick is planned first when it fits.
    let body = json!({"listing_id": id, "check_in": day(20), "check_out": day(25)});
    let plan = call(&app, "POST", "/api/v1/ai/itinerary", None, Some(body))
        .await
        .json();
    assert!(
        stops(&plan)
            .iter()
            .any(|s| s["activity"]["source"] == "guidebook"),
        "{plan}"
    );
}

#[tokio::test]
async fn bad_requests_are_4xx_with_a_reason() {
    let (_t, app, id) = porto(None).await;
    let ok = |extra: Value| {
        let mut b = json!({"listing_id": id, "check_in": day(20), "check_out": day(23)});
        for (k, v) in extra.as_object().expect("object") {
            b[k] = v.clone();
        }
        b
    };
    for (body, status) in [
        (json!({}), 400),
        (json!({"listing_id": id, "booking_id": 1}), 400),
        (json!({"listing_id": id}), 400),
        (ok(json!({"check_out": day(19)})), 400),
        (ok(json!({"check_out": day(60)})), 400),
        (ok(json!({"check_in": "20-01-2027"})), 400),
        (
            ok(json!({"check_in": day(500), "check_out": day(503)})),
            400,
        ),
        (ok(json!({"preferences": {"pace": "frantic"}})), 400),
        (ok(json!({"surprise": true})), 400),
        (
            ok(json!({"locked": [{"date": day(40), "slot": "morning", "key": "haven:1"}]})),
            400,
        ),
        (
            ok(json!({"locked": [{"date": day(21), "slot": "morning", "key": "haven:999999"}]})),
            422,
        ),
        (ok(json!({"listing_id": id + 1000})), 404),
        (json!({"booking_id": 1}), 401),
    ] {
        let r = call(
            &app,
            "POST",
            "/api/v1/ai/itinerary",
            None,
            Some(body.clone()),
        )
        .await;
        assert_eq!(r.status, status, "{body}: {}", r.body);
        assert!(
            r.json()["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty())
        );
    }
}

#[tokio::test]
async fn a_trips_plan_is_saved_pinned_dropped_exported_and_private() {
    let (t, app, id) = porto(None).await;
    let pool = t.primary_pool().await;
    sqlx::query("UPDATE listings SET instant_book = true, max_guests = 4 WHERE id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .expect("instant");
    let ana = signed_up(&app, "ana@example.com", "Ana").await;
    let ola = signed_up(&app, "ola@example.com", "Ola").await;
    mark_all_verified_directly(&pool).await;
    let booked = call(
        &app,
        "POST",
        "/api/v1/bookings",
        Some(&ana),
        Some(json!({
            "listing_id": id, "check_in": day(30), "check_out": day(34), "guest_count": 2,
        })),
    )
    .await;
    assert_eq!(booked.status, 201, "{}", booked.body);
    let booking = booked.json()["id"].as_i64().expect("id");
    let saved_uri = format!("/api/v1/bookings/{booking}/itinerary");
    assert_eq!(
        call(&app, "GET", &saved_uri, Some(&ana), None).await.status,
        404,
        "no plan yet"
    );

    let ask = |body: Value, who: &'static str| {
        let app = app.clone();
        let bearer = if who == "ana" {
            ana.clone()
        } else {
            ola.clone()
        };
        async move {
            call(
                &app,
                "POST",
                "/api/v1/ai/itinerary",
                Some(&bearer),
                Some(body),
            )
            .await
        }
    };
    let r = ask(
        json!({"booking_id": booking, "preferences": {"interests": ["sight"]}}),
        "ana",
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let plan = r.json();
    check(&plan, &day(30), &day(34), 8.0, false);
    assert_eq!(plan["booking_id"], booking);
    assert_eq!(
        call(&app, "GET", &saved_uri, Some(&ana), None).await.json(),
        plan
    );
    assert_eq!(
        ask(json!({"booking_id": booking}), "ola").await.status,
        404,
        "not hers"
    );
    assert_eq!(
        call(&app, "GET", &saved_uri, Some(&ola), None).await.status,
        404
    );

    // Pin a full day's stop, drop another place: the pin stays through a new plan with
    // other preferences, the dropped place is gone, and both are remembered.
    let all = stops(&plan);
    let full_day = &plan["days"][1];
    let pinned = &full_day["stops"][0];
    let gone = all
        .iter()
        .find(|s| s["activity"]["key"] != pinned["activity"]["key"])
        .expect("two stops");
    let pin =
        json!({"date": full_day["date"], "slot": pinned["slot"], "key": pinned["activity"]["key"]});
    let r = ask(
        json!({"booking_id": booking, "locked": [pin], "dropped": [gone["activity"]["key"]]}),
        "ana",
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = ask(
        json!({"booking_id": booking, "preferences": {"pace": "packed", "travel": "transit"}}),
        "ana",
    )
    .await;
    let replanned = r.json();
    check(&replanned, &day(30), &day(34), 30.0, false);
    let kept = &replanned["days"][1]["stops"];
    assert!(
        kept.as_array()
            .expect("stops")
            .iter()
            .any(|s| s["activity"]["key"] == pinned["activity"]["key"]
                && s["slot"] == pinned["slot"]
                && s["locked"] == true),
        "the pin stays: {kept}"
    );
    assert!(
        stops(&replanned)
            .iter()
            .all(|s| s["activity"]["key"] != gone["activity"]["key"])
    );
    assert_eq!(replanned["dropped"][0][0], gone["activity"]["key"]);
    assert_eq!(replanned["preferences"]["pace"], "packed");

    // The calendar: one event per stop, in UTC.
    let ics = call(&app, "GET", &format!("{saved_uri}.ics"), Some(&ana), None).await;
    assert_eq!(ics.status, 200);
    assert!(ics.header("content-type").starts_with("text/calendar"));
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n") && ics.body.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        ics.body.matches("BEGIN:VEVENT").count(),
        stops(&replanned).len()
    );
    let first = &stops(&replanned)[0];
    assert!(ics.body.contains(&format!(
            "SUMMARY:{}",
            first["activity"]["name"]
                .as_str()
                .expect("name")
                .replace(',', "\\,")
        )));
    assert_eq!(
        call(&app, "GET", &format!("{saved_uri}.ics"), Some(&ola), None)
            .await
            .status,
        404
    );

    // A cancelled trip has nothing to plan.
    let cancelled = call(
        &app,
        "POST",
        &format!("/api/v1/bookings/{booking}/cancel"),
        Some(&ana),
        Some(json!({})),
    )
    .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.body);
    assert_eq!(ask(json!({"booking_id": booking}), "ana").await.status, 409);
    let unknown = get(&app, "/api/v1/bookings/abc/itinerary").await;
    assert_eq!(unknown.status, 401, "credentials come first");
}
