//! `GET /api/v1/host/reservations.csv`: the period's bookings row by row, the edges, the
//! quoting, formula injection, the headers, and every refusal.

use super::{END, FIRST, GUESTS, LISTINGS, NOVEMBER, cents, exported, fixture, rows, shown};
use crate::common::{accounts, call, send};
use haven::app::types::booking::confirmation_code;

const HEADER: &str = "Booking,Confirmation code,Listing,Listing title,Guest,Check-in,Check-out,\
Nights,Nights in period,Adults,Children,Infants,Pets,Status,Booked at (listing time),Currency,\
Total,Refunded,Host earnings,Total (EUR),Host earnings (EUR)";

#[tokio::test]
async fn the_file_holds_the_periods_stays_as_the_host_sees_them() {
    let f = fixture().await;
    let uri = format!("/api/v1/host/reservations.csv?{NOVEMBER}");

    let r = call(&f.app, "GET", &uri, Some(&f.hana), None).await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(
        r.header("content-disposition"),
        "attachment; filename=\"haven-reservations-2026-11-01-2026-11-30.csv\""
    );
    assert_eq!(r.header("cache-control"), "no-store");
    assert!(r.body.starts_with(&format!("{HEADER}\r\n")), "{}", r.body);
    assert!(r.body.ends_with("\r\n"));
    let want: Vec<Vec<String>> = exported(&f.stays, false)
        .iter()
        .map(|s| {
            let (title, currency, _, booked_at, _) = LISTINGS[s.listing];
            let earned = |m: i64| if s.earns() { cents(m) } else { String::new() };
            let eur = |m: i64| (m as f64 * s.rate()).round() as i64;
            vec![
                s.id.to_string(),
                confirmation_code(s.id),
                f.listings[s.listing].to_string(),
                shown(title),
                shown(GUESTS[s.guest]),
                s.check_in.to_string(),
                s.check_out().to_string(),
                s.nights.to_string(),
                s.inside().to_string(),
                "2".into(),
                "1".into(),
                "0".into(),
                "0".into(),
                s.status.into(),
                booked_at.into(),
                currency.into(),
                cents(s.total),
                cents(s.refund),
                earned(s.payout()),
                cents(eur(s.total)),
                earned(eur(s.payout())),
            ]
        })
        .collect();
    assert_eq!(want.len(), 8, "not vacuous: every status, both edges");
    let got = rows(&r.body);
    assert_eq!(got[1..], want[..]);

    // The edges: a stay is in the file when one of its nights is in the period. Out: the
    // stay checking out on 1 November and the one checking in on 1 December.
    let listed: Vec<&str> = got[1..].iter().map(|row| row[0].as_str()).collect();
    let outside = f
        .stays
        .iter()
        .filter(|s| s.check_out() == FIRST || s.check_in == END);
    assert_eq!(outside.clone().count(), 2);
    for s in outside {
        assert!(!listed.contains(&s.id.to_string().as_str()), "{s:?}");
    }
    let crossing: Vec<(&str, &str)> = got[1..]
        .iter()
        .filter(|row| row[7] != row[8])
        .map(|row| (row[5].as_str(), row[8].as_str()))
        .collect();
    assert_eq!(crossing, [("2026-10-29", "1"), ("2026-11-29", "2")]);

    // RFC 4180 on the wire: a title with quotes, a comma and a line break is one quoted
    // field, quotes doubled; a formula is text behind an apostrophe, quoted for its comma.
    assert!(
        r.body
            .contains(",\"Loft \"\"Ribeira\"\", river view\nsecond floor\",")
    );
    assert!(
        r.body
            .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",")
    );
    for name in ["'+44 7700 900123", "'-Dash", "'@handle", "'=1+2"] {
        assert!(got.iter().any(|row| row[4] == name), "{name}");
    }
}

#[tokio::test]
async fn a_month_and_a_listing_narrow_the_file_and_a_browser_link_signs_in_with_its_cookie() {
    let f = fixture().await;
    let cookie = accounts::sign_in_with(&f.app, "hana@example.com", accounts::PASSWORD, "/", None)
        .await
        .cookie();
    let first = f.listings[0];

    // The dashboard links to the file of the period and listing it shows, for a plain
    // download (no JavaScript needed).
    let page = send(
        &f.app,
        "GET",
        &format!("/host?period=2026-11&listing_id={first}&sort=adr"),
        Some(&cookie),
    )
    .await;
    assert_eq!(page.status, 200, "{}", page.body);
    for what in ["reservations", "earnings"] {
        let href =
            format!("href=\"/api/v1/host/{what}.csv?period=2026-11&amp;listing_id={first}\"");
        assert!(page.body.contains(&href), "{href} missing");
    }
    assert_eq!(page.body.matches(" download").count(), 2);

    let uri = format!("/api/v1/host/reservations.csv?period=2026-11&listing_id={first}");
    let r = send(&f.app, "GET", &uri, Some(&cookie)).await;

    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.header("content-disposition"),
        "attachment; filename=\"haven-reservations-2026-11-01-2026-11-30.csv\""
    );
    let want: Vec<String> = exported(&f.stays, false)
        .iter()
        .filter(|s| s.listing == 0)
        .map(|s| s.id.to_string())
        .collect();
    let got: Vec<String> = rows(&r.body)[1..]
        .iter()
        .map(|row| row[0].clone())
        .collect();
    assert_eq!(got, want);
    assert!(got.len() >= 3);
}

#[tokio::test]
async fn strangers_other_hosts_and_bad_periods_are_refused() {
    let f = fixture().await;
    let hanas = f.listings[0];
    for path in ["reservations", "earnings"] {
        let uri = |q: &str| format!("/api/v1/host/{path}.csv?{q}");

        let signed_out = call(&f.app, "GET", &uri(NOVEMBER), None, None).await;
        assert_eq!(signed_out.status, 401, "{path}: {}", signed_out.body);

        let theirs = uri(&format!("{NOVEMBER}&listing_id={hanas}"));
        let r = call(&f.app, "GET", &theirs, Some(&f.omar), None).await;
        assert_eq!(
            r.status, 404,
            "{path}: Omar asks for Hana's listing: {}",
            r.body
        );
        assert_eq!(r.error_code(), "not_found");

        // Omar's own file holds his stay only, never Hana's.
        let own = call(&f.app, "GET", &uri(NOVEMBER), Some(&f.omar), None).await;
        assert_eq!(own.status, 200, "{}", own.body);
        let own_rows = rows(&own.body);
        assert_eq!(own_rows.len(), 2, "{path}: {}", own.body);
        let listing_column = if path == "reservations" { 2 } else { 1 };
        assert_eq!(own_rows[1][listing_column], f.listings[3].to_string());

        for (query, field) in [
            ("period=31d", "period"),
            ("from=2026-11-01", "to"),
            ("from=2026-11-31&to=2026-12-01", "from"),
            ("from=2020-01-01&to=2026-01-01", "to"),
            ("listing_id=-4", "listing_id"),
            ("listing_id=abc", "listing_id"),
        ] {
            let r = call(&f.app, "GET", &uri(query), Some(&f.hana), None).await;
            assert_eq!(r.status, 400, "{path} {query}: {}", r.body);
            assert!(r.header("content-type").starts_with("application/json"));
            assert_eq!(r.error_field(), field, "{path} {query}");
        }
    }
}
