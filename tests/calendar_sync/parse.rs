//! The reader never panics, whatever the bytes: random bytes, and fixtures cut short or
//! with random lines spliced in, each end in events or one error in words.

use haven::server::calendar_sync::parse::{blocked_nights, window};
use proptest::prelude::*;

fn fixtures() -> Vec<String> {
    [
        "airbnb.ics",
        "vrbo.ics",
        "booking_com.ics",
        "google.ics",
        "malformed.ics",
    ]
    .iter()
    .map(|f| {
        std::fs::read_to_string(format!("tests/fixtures/ical/{f}"))
            .expect("fixture")
            .replace("{D+", "2027010")
            .replace("{D-", "2026120")
            .replace('}', "")
            .replace('\n', "\r\n")
    })
    .collect()
}

fn read(bytes: &[u8]) -> Result<usize, String> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("date");
    blocked_nights(bytes, chrono_tz::Europe::Lisbon, window(today))
        .map(|e| e.len())
        .map_err(|e| e.to_string())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = read(&bytes);
        let mut prefixed = b"BEGIN:VCALENDAR\r\n".to_vec();
        prefixed.extend(&bytes);
        let _ = read(&prefixed);
    }

    #[test]
    fn damaged_fixtures_never_panic(
        which in 0usize..5,
        cut in 0usize..4000,
        at in 0usize..60,
        line in "[A-Z;=:,/+T0-9 -]{0,40}",
    ) {
        let text = &fixtures()[which];
        let cut = text.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(text.len());
        let _ = read(&text.as_bytes()[..cut]);
        let mut lines: Vec<&str> = text.split("\r\n").collect();
        let at = at.min(lines.len());
        lines.insert(at, &line);
        let _ = read(lines.join("\r\n").as_bytes());
    }
}

#[test]
fn repeat_rules_that_would_never_end_are_bounded() {
    let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:19000101\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let n = read(ics.as_bytes()).expect("reads");
    assert!(n > 0 && n <= 731, "{n} nights from today to the horizon");
    let hourly = ics.replace("FREQ=DAILY", "FREQ=SECONDLY");
    let e = read(hourly.as_bytes()).expect_err("refused");
    assert!(e.contains("repeats more often than once a day"), "{e}");
}
