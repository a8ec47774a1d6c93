//! The owner's dashboard (`/host`), the host's landing page: the period's figures against
//! the period before and a year earlier, and each listing. Everything is in the URL's
//! query (`period`, `from`, `to`, `listing_id`, `granularity`, `sort`, `dir`), read by a
//! GET form, so it works without JavaScript. Definitions: `server::analytics`.

mod api;
mod charts;
mod controls;
mod exports;
mod format;
mod kpis;
mod payouts;
mod table;
mod today;

pub use api::host_report;

use crate::app::components::ErrorView;
use crate::app::hosting::api::host_listings;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::AppError;
use crate::tr;
use charts::Charts;
use controls::Controls;
use kpis::Kpis;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;
use payouts::PayoutsSection;
use table::ListingTable;

/// `/host`: the dashboard.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let query = use_query_map();
    let key = move || {
        let q = query.read();
        ["period", "from", "to", "listing_id", "granularity"].map(|k| q.get(k))
    };
    let report = Resource::new(key, |[period, from, to, listing_id, granularity]| {
        host_report(period, from, to, listing_id, granularity)
    });
    // The listing chooser needs every listing's title. A report of all listings has them;
    // only a report of one needs the host's list (which is heavy for a host of hundreds).
    let one = move || {
        query
            .read()
            .get("listing_id")
            .is_some_and(|v| !v.trim().is_empty())
    };
    let listings = Resource::new(one, |one| async move {
        if one {
            host_listings().await
        } else {
            Ok(Vec::new())
        }
    });
    view! {
        <Title text=tr!("dashboard-title")/>
        <section class="container section host dashboard">
            <div class="host__heading">
                <h1>{tr!("dashboard-title")}</h1>
                <nav aria-label=tr!("dashboard-nav")>
                    <a href="/host/reservations">{tr!("dashboard-nav-reservations")}</a>" · "
                    <a href="/host/listings">{tr!("dashboard-nav-listings")}</a>
                </nav>
            </div>
            <today::TodayPanel/>
            <Transition fallback=|| view! { <p class="muted">{tr!("dashboard-loading")}</p> }>
                {move || Suspend::new(async move {
                    let listings = listings.await.unwrap_or_default();
                    match report.await {
                        Ok(report) => {
                            let currency = report.currency.code();
                            let rows = report.listings.clone();
                            let choices: Vec<(i64, String)> = if report.listing_id.is_some() {
                                let mut all: Vec<_> = listings.into_iter().map(|l| (l.id, l.title)).collect();
                                all.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
                                all
                            } else {
                                rows.iter().map(|l| (l.listing_id, l.title.clone())).collect()
                            };
                            let performance = tr!(
                                "dashboard-performance",
                                from = i18n::date(&report.current.span.from, DateStyle::Date),
                                to = i18n::date(&report.current.span.to, DateStyle::Date),
                            );
                            view! {
                                <Controls report=report.clone() listings=choices/>
                                <h2>{performance}</h2>
                                <Kpis report=report.clone()/>
                                <exports::ExportLinks/>
                                <h2>{tr!("dashboard-trends")}</h2>
                                <Charts report/>
                                <h2>{tr!("dashboard-listings")}</h2>
                                // Sorting changes only the URL's `sort` and `dir`: the
                                // table is drawn again when they change.
                                {move || {
                                    query.with(|q| (q.get("sort"), q.get("dir")));
                                    let listings = rows.clone();
                                    view! { <ListingTable listings currency/> }
                                }}
                            }.into_any()
                        }
                        Err(AppError::Unauthorized) => view! { <Redirect path="/signin?next=/host"/> }.into_any(),
                        Err(error) => view! { <ErrorView error/> }.into_any(),
                    }
                })}
            </Transition>
            <PayoutsSection/>
        </section>
    }
}
