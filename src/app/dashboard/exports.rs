//! The dashboard's downloads: the period's reservations and earnings lines as CSV, for the
//! period and listing in the URL (the same query the figures on the page come from). Plain
//! links with `download`, which the router leaves to the browser, so they work without
//! JavaScript; the session cookie signs the request.

use crate::app::types::search::encode;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The parameters an export reads; the rest (sort order, chart buckets) do not change it.
const KEPT: [&str; 4] = ["period", "from", "to", "listing_id"];

/// "Download CSV": reservations, and earnings lines.
#[component]
pub fn ExportLinks() -> impl IntoView {
    let query = use_query_map();
    let href = move |what: &str| {
        let pairs: Vec<String> = query.with(|q| {
            KEPT.iter()
                .filter_map(|k| q.get(k).map(|v| format!("{k}={}", encode(&v))))
                .collect()
        });
        let path = format!("/api/v1/host/{what}.csv");
        if pairs.is_empty() {
            path
        } else {
            format!("{path}?{}", pairs.join("&"))
        }
    };
    view! {
        <p class="dash-exports">
            {tr!("dashboard-exports")}" "
            <a href=move || href("reservations") download="">{tr!("dashboard-export-reservations")}</a>
            " · "
            <a href=move || href("earnings") download="">{tr!("dashboard-export-earnings")}</a>
        </p>
    }
}
