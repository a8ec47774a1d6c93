//! Each listing's figures over the period, sortable by any column with plain links (so it
//! sorts without JavaScript too): `?sort=occupancy&dir=asc`, the other parameters kept.

use super::format::percent;
use crate::app::i18n;
use crate::app::types::analytics::ListingFigures;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A sortable column: its key, heading (a message), and the value it sorts by.
struct Column {
    key: &'static str,
    heading: &'static str,
    value: fn(&ListingFigures) -> f64,
    show: fn(&ListingFigures) -> String,
}

fn money(m: Option<crate::app::types::Money>) -> String {
    m.map_or_else(|| "—".into(), i18n::money)
}

fn columns() -> [Column; 9] {
    [
        Column {
            key: "booked",
            heading: "dashboard-col-booked",
            value: |l| l.figures.booked_nights as f64,
            show: |l| l.figures.booked_nights.to_string(),
        },
        Column {
            key: "occupancy",
            heading: "dashboard-col-occupancy",
            value: |l| l.figures.occupancy.unwrap_or(-1.0),
            show: |l| percent(l.figures.occupancy),
        },
        Column {
            key: "adr",
            heading: "dashboard-col-adr",
            value: |l| l.figures.adr.map_or(-1.0, |m| m.amount_minor as f64),
            show: |l| money(l.figures.adr),
        },
        Column {
            key: "revpar",
            heading: "dashboard-col-revpar",
            value: |l| l.figures.revpar.map_or(-1.0, |m| m.amount_minor as f64),
            show: |l| money(l.figures.revpar),
        },
        Column {
            key: "revenue",
            heading: "dashboard-col-revenue",
            value: |l| l.figures.revenue.amount_minor as f64,
            show: |l| i18n::money(l.figures.revenue),
        },
        Column {
            key: "earnings",
            heading: "dashboard-col-earnings",
            value: |l| l.figures.earnings.amount_minor as f64,
            show: |l| i18n::money(l.figures.earnings),
        },
        Column {
            key: "stays",
            heading: "dashboard-col-stays",
            value: |l| l.figures.stays as f64,
            show: |l| l.figures.stays.to_string(),
        },
        Column {
            key: "cancellations",
            heading: "dashboard-col-cancellations",
            value: |l| l.figures.cancellation_rate.unwrap_or(-1.0),
            show: |l| percent(l.figures.cancellation_rate),
        },
        Column {
            key: "views",
            heading: "dashboard-col-views",
            value: |l| l.figures.views as f64,
            show: |l| l.figures.views.to_string(),
        },
    ]
}

/// `listings` sorted as the page's query asks (by title when it asks nothing known).
#[component]
pub fn ListingTable(listings: Vec<ListingFigures>, currency: &'static str) -> impl IntoView {
    let query = use_query_map();
    let q = query.get_untracked();
    let sort = q.get("sort").unwrap_or_default();
    let ascending = q.get("dir").as_deref() == Some("asc");
    let cols = columns();
    let mut rows = listings;
    match cols.iter().find(|c| c.key == sort) {
        Some(c) => rows.sort_by(|a, b| {
            let o = (c.value)(a).total_cmp(&(c.value)(b));
            if ascending { o } else { o.reverse() }
        }),
        None => rows.sort_by(|a, b| a.title.cmp(&b.title)),
    }
    // A heading's link: by this column, descending first, the other way when it is on.
    let current = sort.clone();
    let link = move |key: &'static str| {
        let mut q = query.get_untracked();
        let dir = if current == key && !ascending {
            "asc"
        } else {
            "desc"
        };
        q.replace("sort", key.to_string());
        q.replace("dir", dir.to_string());
        format!("/host?{}", q.to_query_string().trim_start_matches('?'))
    };
    let head = cols
        .iter()
        .map(|c| {
            let on = sort == c.key;
            let state = on.then_some(if ascending { "ascending" } else { "descending" });
            view! { <th scope="col" aria-sort=state><a href=link(c.key)>{i18n::message(c.heading)}</a></th> }
        })
        .collect_view();
    let body = rows
        .iter()
        .map(|l| {
            let cells = cols.iter().map(|c| view! { <td>{(c.show)(l)}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row"><a href=format!("/host?listing_id={}", l.listing_id)>{l.title.clone()}</a></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="dash-table">
                <caption>{tr!("dashboard-table-caption", currency = currency)}</caption>
                <thead><tr><th scope="col">{tr!("dashboard-col-listing")}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
