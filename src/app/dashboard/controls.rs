//! The period and listing chooser: a GET form, so every view of the dashboard is a URL
//! (shareable, and working without JavaScript).

use crate::app::i18n::{self, DateStyle, format};
use crate::app::types::analytics::Report;
use crate::app::types::stay::Day;
use crate::tr;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// Each preset's value and its label's message.
const PRESETS: [(&str, &str); 6] = [
    ("7d", "dashboard-period-7d"),
    ("30d", "dashboard-period-30d"),
    ("90d", "dashboard-period-90d"),
    ("365d", "dashboard-period-365d"),
    ("next30", "dashboard-period-next30"),
    ("next90", "dashboard-period-next90"),
];

/// Each bucket size's value and its label's message.
const GRANULARITIES: [(&str, &str); 3] = [
    ("day", "dashboard-granularity-day"),
    ("week", "dashboard-granularity-week"),
    ("month", "dashboard-granularity-month"),
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
    let locale = i18n::locale();
    let months: Vec<(String, String)> = today
        .map(|t| {
            (0..13)
                .map(|i| {
                    let back = t.year * 12 + t.month as i32 - 1 - i;
                    let (y, mo) = (back.div_euclid(12), back.rem_euclid(12) as u32 + 1);
                    let first = Day {
                        year: y,
                        month: mo,
                        day: 1,
                    };
                    (
                        format!("{y:04}-{mo:02}"),
                        format::day(locale, first, DateStyle::MonthYear),
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
        .map(|(v, l)| option(v.to_string(), i18n::message(l), &period))
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
        <Form method="GET" action="/host" attr:class="dash-controls" attr:aria-label=tr!("dashboard-controls")>
            <div class="field">
                <label for="dash-period">{tr!("dashboard-period")}</label>
                <select id="dash-period" name="period">
                    {presets}
                    <optgroup label=tr!("dashboard-period-months")>{month_options}</optgroup>
                    <option value="" selected=period.is_empty()>{tr!("dashboard-period-custom")}</option>
                </select>
            </div>
            <div class="field">
                <label for="dash-from">{tr!("dashboard-from")}</label>
                <input id="dash-from" type="date" name="from" value=from/>
            </div>
            <div class="field">
                <label for="dash-to">{tr!("dashboard-to")}</label>
                <input id="dash-to" type="date" name="to" value=to/>
            </div>
            <div class="field">
                <label for="dash-listing">{tr!("dashboard-listing")}</label>
                <select id="dash-listing" name="listing_id">
                    <option value="" selected=chosen_listing.is_empty()>{tr!("dashboard-all-listings")}</option>
                    {listing_options}
                </select>
            </div>
            <div class="field">
                <label for="dash-granularity">{tr!("dashboard-chart-by")}</label>
                <select id="dash-granularity" name="granularity">
                    {GRANULARITIES.into_iter().map(|(v, l)| {
                        view! { <option value=v selected=v == granularity>{i18n::message(l)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{tr!("dashboard-show")}</button>
        </Form>
    }
}
