//! `/offline`: what the service worker shows for a page it cannot reach and never saved.
//! It is served under other pages' URLs, without its scripts (the worker strips them), so
//! it must read well as plain HTML: "Try again" is a link to the URL the person asked for.

use crate::tr;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=tr!("catalog-offline-title")/>
        <Meta name="robots" content="noindex"/>
        <section class="container section offline-page">
            <h1>{tr!("catalog-offline-heading")}</h1>
            <p>{tr!("catalog-offline-lead")}</p>
            <p>{tr!("catalog-offline-saved")}</p>
            <ul class="offline-page__links">
                <li><a href="/trips">{tr!("catalog-offline-trips")}</a></li>
                <li><a href="/">{tr!("catalog-offline-home")}</a></li>
            </ul>
            // An empty href is this document's own URL: the page the person asked for.
            <p><a class="button" href="">{tr!("catalog-offline-retry")}</a></p>
        </section>
    }
}
