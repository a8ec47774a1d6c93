//! The period and listing chooser: a GET form, so every view of the dashboard is a URL
//! (shareable, and working without JavaScript).

use crate::app::types::analytics::Report;
use crate::app::types::stay::{Day, MONTH_NAMES};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

const PRESETS: [(&str, &str); 6] = [
    ("7d", "Last 7 days"),
    ("30d", "Last 30 days"),
    ("90d", "Last 90 days"),
    ("365d", "Last 365 days"),
    ("next30", "Next 30 days (booked so far)"),
    ("next90", "Next 90 days (booked so far)"),
];

/// The form: a period (preset, one of the last 13 months, or the dates below), the
/// listing (`listings`: every one's id and title, in the order shown), and the series'
/// buckets.
#[component]
pub fn Controls(report: Report, listings: Vec<(i64, String)>) -> impl IntoView {
    let q = use_query_map().get_untracked();
    let period = q.get("period").unwrap_or_else(|| {
        if q.get("from").is_some() {
            String::new()
        } else {
            "30d".into()
        }
    });
    let today = Day::parse(&report.today);
    let months: Vec<(String, String)> = today
        .map(|t| {
            (0..13)
                .map(|i| {
                    let back = t.year * 12 + t.month as i32 - 1 - i;
                    let (y, mo) = (back.div_euclid(12), back.rem_euclid(12) as u32 + 1);
                    (
                        format!("{y:04}-{mo:02}"),
                        format!("{} {y}", MONTH_NAMES[(mo - 1) as usize]),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let option = |value: String, label: String, chosen: &str| {
        let selected = value == chosen;
        view! { <option value=value selected=selected>{label}</option> }
    };
    let presets = PRESETS
        .iter()
        .map(|(v, l)| option(v.to_string(), l.to_string(), &period))
        .collect_view();
    let month_options = months
        .into_iter()
        .map(|(v, l)| option(v, l, &period))
        .collect_view();
    let chosen_listing = report.listing_id.map(|i| i.to_string()).unwrap_or_default();
    let listing_options = listings
        .into_iter()
        .map(|(id, title)| option(id.to_string(), title, &chosen_listing))
        .collect_view();
    let granularity = report.granularity.as_str();
    let (from, to) = (
        report.current.span.from.clone(),
        report.current.span.to.clone(),
    );
    view! {
        <Form method="GET" action="/host" attr:class="dash-controls" attr:aria-label="Period and listing">
            <div class="field">
                <label for="dash-period">"Period"</label>
                <select id="dash-period" name="period">
                    {presets}
                    <optgroup label="Months">{month_options}</optgroup>
                    <option value="" selected=period.is_empty()>"The dates below"</option>
                </select>
            </div>
            <div class="field">
                <label for="dash-from">"From"</label>
                <input id="dash-from" type="date" name="from" value=from/>
            </div>
            <div class="field">
                <label for="dash-to">"To"</label>
                <input id="dash-to" type="date" name="to" value=to/>
            </div>
            <div class="field">
                <label for="dash-listing">"Listing"</label>
                <select id="dash-listing" name="listing_id">
                    <option value="" selected=chosen_listing.is_empty()>"All listings"</option>
                    {listing_options}
                </select>
            </div>
            <div class="field">
                <label for="dash-granularity">"Chart by"</label>
                <select id="dash-granularity" name="granularity">
                    {[("day", "Day"), ("week", "Week"), ("month", "Month")].into_iter().map(|(v, l)| {
                        view! { <option value=v selected=v == granularity>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">"Show"</button>
        </Form>
    }
}
