//! What a page shows while its data loads: grey shapes where the content will be, so the
//! page does not jump when it arrives. (Seen on navigations inside the app; the server
//! sends finished pages.)

use crate::tr;
use leptos::prelude::*;

/// `aria-busy` while the content loads.
const BUSY: &str = "true";

/// A grid of card outlines (photo and two lines), as search results and wishlists show.
#[component]
pub fn CardGridSkeleton(#[prop(default = 8)] cards: usize) -> impl IntoView {
    view! {
        <ul class="card-grid" aria-busy=BUSY aria-label=tr!("loading-stays")>
            {(0..cards).map(|_| view! { <li class="card card--skeleton"></li> }).collect_view()}
        </ul>
    }
}

/// A page of rows (trips, reservations, a host's listings, a form) while it loads.
#[component]
pub fn RowsSkeleton(#[prop(default = 3)] rows: usize) -> impl IntoView {
    view! {
        <div class="container section" aria-busy=BUSY>
            <p class="visually-hidden">{tr!("loading-rows")}</p>
            <ul class="rows-skeleton" aria-hidden="true">
                {(0..rows).map(|_| view! { <li></li> }).collect_view()}
            </ul>
        </div>
    }
}
