//! The pages: the search page's query, and the forms and server functions behind them.

use crate::world::World;
use crate::{Shape, judge};
use proptest::test_runner::TestCaseError;

/// The search page, and the forms and server functions of the pages.
pub(crate) async fn pages_and_server_fns(w: &World, text: &str) -> Result<(), TestCaseError> {
    let listing = w.listing.to_string();
    let page = [("accept", "text/html")];
    for key in [
        "q",
        "check_in",
        "check_out",
        "adults",
        "min_price",
        "property_type",
        "amenities",
        "sort",
        "bbox",
    ] {
        if let Some(r) = w.get("/search", &[(key, text)], &page).await {
            judge(w, Shape::Page, "search page", key, text, &r)?;
        }
    }
    for key in ["params[q]", "params[check_in]", "params[amenities]"] {
        if let Some(r) = w.get("/api/fn/search_listings", &[(key, text)], &[]).await {
            judge(w, Shape::Fn, "search_listings", key, text, &r)?;
        }
    }
    let typed = [("q", text), ("towns_only", "true")];
    if let Some(r) = w.get("/api/fn/place_suggestions", &typed, &[]).await {
        judge(w, Shape::Fn, "place_suggestions", "q", text, &r)?;
    }
    let quote = [("id", listing.as_str()), ("stay[check_in]", text)];
    if let Some(r) = w.get("/api/fn/get_quote", &quote, &[]).await {
        judge(w, Shape::Fn, "get_quote", "stay[check_in]", text, &r)?;
    }
    let host = [("cookie", w.host_cookie.as_str())];
    let calendar = [("listing", listing.as_str()), ("from", text)];
    if let Some(r) = w.get("/api/fn/listing_calendar", &calendar, &host).await {
        judge(w, Shape::Fn, "listing_calendar", "from", text, &r)?;
    }

    let guest = Some(w.guest_cookie.as_str());
    let hana = Some(w.host_cookie.as_str());
    let mut forms: Vec<FormCall> = Vec::new();
    let profile = [
        ("display_name", "Gil"),
        ("about", ""),
        ("city", ""),
        ("country", ""),
        ("languages", ""),
    ];
    for field in ["display_name", "about", "city", "country", "languages"] {
        forms.push(form_call("/api/fn/save_profile", guest, field, &profile));
    }
    let preferences = [
        ("language", "en"),
        ("currency", "EUR"),
        ("time_zone", "UTC"),
    ];
    for field in ["language", "currency", "time_zone"] {
        forms.push(form_call(
            "/api/fn/save_preferences",
            guest,
            field,
            &preferences,
        ));
    }
    for (step, field) in [
        ("basics", "title"),
        ("basics", "description"),
        ("basics", "property_type"),
        ("location", "address"),
        ("rules", "house_rules"),
        ("basics", "step"),
    ] {
        let fields = [("listing", listing.as_str()), ("step", step)];
        forms.push(form_call("/api/fn/save_listing_step", hana, field, &fields));
    }
    let (check_in, check_out) = w.stay();
    let attempt = format!("attempt-{}", w.fresh());
    let reserve = [
        ("listing_id", listing.as_str()),
        ("check_in", &check_in),
        ("check_out", &check_out),
        ("adults", "1"),
        ("special_requests", "Hi"),
        ("attempt", &attempt),
    ];
    for field in ["special_requests", "check_in", "attempt"] {
        forms.push(form_call("/api/fn/reserve_stay", guest, field, &reserve));
    }
    let booking = w.pending_booking().await.to_string();
    let change = [
        ("id", booking.as_str()),
        ("action", "cancel"),
        ("reason", ""),
        ("next", ""),
    ];
    for field in ["reason", "next", "action"] {
        forms.push(form_call("/api/fn/change_booking", guest, field, &change));
    }
    let (from, to) = w.stay();
    let days = [
        ("listing", listing.as_str()),
        ("from", &from),
        ("to", &to),
        ("change", "price"),
        ("price", "120"),
    ];
    for field in ["from", "change", "price"] {
        forms.push(form_call("/api/fn/change_calendar", hana, field, &days));
    }
    let conversation = w.conversation.to_string();
    let message = [("conversation", conversation.as_str()), ("body", "Hello")];
    forms.push(form_call("/api/fn/send_message", hana, "body", &message));
    let (check_in, check_out) = w.stay();
    let contact = [
        ("listing", listing.as_str()),
        ("check_in", &check_in),
        ("check_out", &check_out),
        ("guests", "2"),
        ("body", "Is there parking nearby?"),
    ];
    for field in ["body", "check_in", "guests"] {
        forms.push(form_call("/api/fn/contact_host", guest, field, &contact));
    }
    let favorite = [
        ("listing_id", listing.as_str()),
        ("save", "true"),
        ("back", "/"),
    ];
    forms.push(form_call(
        "/api/fn/toggle_favorite",
        None,
        "back",
        &favorite,
    ));
    forms.push(form_call(
        "/api/fn/discard_listing_draft",
        hana,
        "listing",
        &[],
    ));

    for FormCall {
        uri,
        cookie,
        field,
        mut pairs,
    } in forms
    {
        pairs.retain(|(k, _)| *k != field);
        pairs.push((field, text.to_string()));
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = w.form(uri, cookie, "*/*", &pairs).await;
        judge(w, Shape::Fn, uri, field, text, &r)?;
    }
    // The same form posted by a browser without JavaScript is answered with a page.
    let r = w
        .form(
            "/api/fn/save_profile",
            guest,
            "text/html,application/xhtml+xml",
            &[
                ("display_name", text),
                ("about", ""),
                ("city", ""),
                ("country", ""),
                ("languages", ""),
            ],
        )
        .await;
    judge(w, Shape::Page, "profile form", "display_name", text, &r)
}

/// A server function's form, `field` to be filled with the text under test.
pub(crate) struct FormCall<'a> {
    uri: &'static str,
    cookie: Option<&'a str>,
    field: &'static str,
    pairs: Vec<(&'static str, String)>,
}

pub(crate) fn form_call<'a>(
    uri: &'static str,
    cookie: Option<&'a str>,
    field: &'static str,
    pairs: &[(&'static str, &str)],
) -> FormCall<'a> {
    let pairs = pairs.iter().map(|(k, v)| (*k, (*v).to_string())).collect();
    FormCall {
        uri,
        cookie,
        field,
        pairs,
    }
}
