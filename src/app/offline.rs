//! `/offline`: what the service worker shows for a page it cannot reach and never saved.
//! It is served under other pages' URLs, without its scripts (the worker strips them), so
//! it must read well as plain HTML: "Try again" is a link to the URL the person asked for.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text="Offline"/>
        <Meta name="robots" content="noindex"/>
        <section class="container section offline-page">
            <h1>"You are offline"</h1>
            <p>"Haven cannot reach the internet right now, and this page was not saved on this device."</p>
            <p>
                "Pages you have opened before, such as your trips and the listings you looked at, "
                "still open without a connection."
            </p>
            <ul class="offline-page__links">
                <li><a href="/trips">"Your trips"</a></li>
                <li><a href="/">"Home"</a></li>
            </ul>
            // An empty href is this document's own URL: the page the person asked for.
            <p><a class="button" href="">"Try again"</a></p>
        </section>
    }
}
