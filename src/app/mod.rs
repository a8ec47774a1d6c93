//! The isomorphic application: pages, components, shared types and server functions.
//! Compiles for the server (`ssr`) and for the browser (`hydrate`, wasm32) alike.

pub mod accounts;
pub mod assistant;
pub mod bookings;
pub mod calendar_sync;
pub mod catalog;
pub mod components;
pub mod dashboard;
pub mod favorites;
pub mod hosting;
pub mod i18n;
pub mod messages;
mod offline;
pub mod places;
pub mod reviews;
pub mod types;

use crate::tr_in;
use accounts::{
    AccountPage, ForgotPasswordPage, ResetPasswordPage, SignInPage, SignUpPage, VerifyEmailPage,
};
use assistant::GuidebookPage;
use bookings::{CalendarPage, NotificationsPage, ReservationsPage, TripPage, TripsPage};
use calendar_sync::CalendarSyncPage;
use catalog::{HomePage, ListingPage, SearchPage};
use components::{AuthScope, Footer, Header, NotFound, Toaster, Toasts};
use dashboard::DashboardPage;
use favorites::WishlistsPage;
use hosting::{HostListingsPage, ListingEditorPage, ListingPhotosPage};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};
use messages::{ContactHostPage, InboxPage, ThreadPage};
use offline::OfflinePage;
use types::map::MapTiles;
use types::site::AssetBase;

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The maps' tile source (server configuration), read by the browser-side map code. In
    // the head, outside the hydrated body, so it can never cause a hydration mismatch.
    let tiles = use_context::<MapTiles>().map(|tiles| {
        view! {
            <meta name=MapTiles::URL_META content=tiles.url.unwrap_or_default()/>
            <meta name=MapTiles::ATTRIBUTION_META content=tiles.attribution/>
        }
    });
    // The build output comes from the CDN when one is configured (same paths under its base).
    let assets = use_context::<AssetBase>().unwrap_or_default().0;
    let locale = i18n::locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#e0565b"/>
                // Installable: the web app manifest (public/manifest.webmanifest) and the
                // icon iOS uses on the home screen.
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"/>
                {tiles}
                <i18n::Alternates/>
                <i18n::PricesMeta/>
                <i18n::ZoneMeta/>
                <HashedStylesheet options=options.clone() id="leptos" root=assets.clone()/>
                // Deferred: the WASM is fetched at low priority and hydrates when the page is
                // idle, so it never competes with the first paint (every page works before
                // it, without JavaScript).
                <HydrationScripts options root=assets defer=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Whether this page has hydrated: false during SSR and until the WASM takes over.
/// Parts that only work with JavaScript render hidden until then.
#[derive(Clone, Copy)]
pub struct Hydrated(pub ReadSignal<bool>);

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The page's language, chosen by the server for this request (see `i18n`).
    let locale = i18n::page_locale();
    provide_context(locale);
    provide_context(i18n::page_prices());
    provide_context(i18n::page_zone());
    Toasts::provide();
    let (hydrated, set_hydrated) = signal(false);
    provide_context(Hydrated(hydrated));
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| {
        set_hydrated.set(true);
        // The next page the server renders shows times in this browser's zone.
        i18n::remember_browser_zone();
        if let Some(body) = document().body() {
            // A marker for end-to-end tests: clicks before hydration would be lost.
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });

    view! {
        <Title formatter=move |text: String| {
            if text.is_empty() { tr_in!(locale, "site-title") } else { tr_in!(locale, "page-title", title = text) }
        }/>
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg"/>
        <Router>
            <AuthScope>
                <Header/>
                <main id="main">
                    <Routes fallback=NotFound>
                        // In order, never out of order: the streamed cards must show without JavaScript.
                        <Route path=path!("/") view=HomePage ssr=SsrMode::InOrder/>
                        // Async: the title, description and status (404) must be in the first bytes.
                        <Route path=path!("/listings/:id") view=ListingPage ssr=SsrMode::Async/>
                        // In order: results stream in the first response, so they show without JavaScript.
                        <Route path=path!("/search") view=SearchPage ssr=SsrMode::InOrder/>
                        <Route path=path!("/signin") view=SignInPage ssr=SsrMode::InOrder/>
                        <Route path=path!("/signup") view=SignUpPage ssr=SsrMode::InOrder/>
                        <Route path=path!("/forgot-password") view=ForgotPasswordPage ssr=SsrMode::InOrder/>
                        <Route path=path!("/reset-password") view=ResetPasswordPage ssr=SsrMode::InOrder/>
                        <Route path=path!("/verify") view=VerifyEmailPage ssr=SsrMode::InOrder/>
                        // Async: a signed-out visitor gets a real redirect before any byte.
                        <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                        <Route path=path!("/wishlists") view=WishlistsPage ssr=SsrMode::Async/>
                        // The host area: signed-out visitors are redirected before any byte.
                        <Route path=path!("/host") view=DashboardPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings") view=HostListingsPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/new") view=ListingEditorPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/:id/edit") view=ListingEditorPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/:id/photos") view=ListingPhotosPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/:id/calendar") view=CalendarPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/:id/calendar/sync") view=CalendarSyncPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/listings/:id/guidebook") view=GuidebookPage ssr=SsrMode::Async/>
                        <Route path=path!("/host/reservations") view=ReservationsPage ssr=SsrMode::Async/>
                        // Booking: signed-out visitors are redirected before any byte.
                        <Route path=path!("/trips") view=TripsPage ssr=SsrMode::Async/>
                        <Route path=path!("/trips/:id") view=TripPage ssr=SsrMode::Async/>
                        <Route path=path!("/trips/:id/review") view=reviews::ReviewFormPage ssr=SsrMode::Async/>
                        <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                        // Messages: signed-out visitors are redirected before any byte.
                        <Route path=path!("/inbox") view=InboxPage ssr=SsrMode::Async/>
                        <Route path=path!("/inbox/:id") view=ThreadPage ssr=SsrMode::Async/>
                        <Route path=path!("/listings/:id/contact") view=ContactHostPage ssr=SsrMode::Async/>
                        // What the service worker shows for pages it cannot reach.
                        <Route path=path!("/offline") view=OfflinePage/>
                    </Routes>
                </main>
                <Footer/>
                <Toaster/>
            </AuthScope>
        </Router>
    }
}

/// The browser entry point: hydrates the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
