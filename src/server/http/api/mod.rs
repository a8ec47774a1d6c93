//! /api/v1: JSON endpoints for API clients. Every handler authenticates and authorises
//! itself through its extractors (`CurrentUser`); errors use [`ApiError`]'s shape.
//!
//! Each handler carries its `#[utoipa::path]`, and [`router`] registers it through
//! utoipa-axum's `routes!`, which takes the route's path and method from that attribute:
//! the OpenAPI document (`GET /api/v1/openapi.json`, see `openapi.rs`) and the router are
//! built from the same list.

mod accounts;
mod activities;
mod analytics;
mod assistant;
mod bookings;
mod calendar;
mod calendar_sync;
mod error;
mod exports;
mod favorites;
mod hosting;
mod itinerary;
mod listings;
mod messages;
mod notifications;
mod openapi;
mod payouts;
mod places;
mod rates;
mod recovery;
mod reviews;
mod today;

pub use error::{ApiError, ErrorBody};

use crate::server::platform::state::AppState;
use axum::{Extension, Router};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Every /api/v1 route, serving the OpenAPI document that describes them (rendered once,
/// here).
pub fn router() -> Router<AppState> {
    let (router, doc) = documented_routes().split_for_parts();
    let doc = openapi::finish(doc);
    router.layer(Extension(openapi::Document::new(&doc)))
}

/// The OpenAPI document of /api/v1, as `GET /api/v1/openapi.json` serves it.
pub fn document() -> utoipa::openapi::OpenApi {
    openapi::finish(documented_routes().into_openapi())
}

fn documented_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::ApiDoc::openapi())
        .routes(routes!(accounts::register))
        .routes(routes!(accounts::login))
        .routes(routes!(accounts::logout))
        .routes(routes!(accounts::me, accounts::update_me))
        .routes(routes!(accounts::change_password))
        .routes(routes!(recovery::request_reset))
        .routes(routes!(recovery::confirm_reset))
        .routes(routes!(recovery::confirm_verification))
        .routes(routes!(recovery::resend_verification))
        .routes(routes!(recovery::change_email))
        .merge(super::photo::api_routes())
        .routes(routes!(listings::search, hosting::create))
        .routes(routes!(listings::detail, hosting::update, hosting::delete))
        .routes(routes!(hosting::photos, hosting::add_photo))
        .routes(routes!(hosting::move_photo))
        .routes(routes!(hosting::delete_photo))
        .routes(routes!(hosting::mine))
        .routes(routes!(places::places))
        .routes(routes!(rates::exchange_rates))
        .routes(routes!(listings::availability))
        .routes(routes!(listings::quote))
        .routes(routes!(favorites::list, favorites::save))
        .routes(routes!(favorites::remove))
        .routes(routes!(bookings::create, bookings::list))
        .routes(routes!(bookings::get))
        .routes(routes!(bookings::accept))
        .routes(routes!(bookings::decline))
        .routes(routes!(bookings::cancel, bookings::preview_cancel))
        .routes(routes!(calendar::get_calendar, calendar::update_calendar))
        .routes(routes!(calendar_sync::list, calendar_sync::add))
        .routes(routes!(calendar_sync::remove))
        .routes(routes!(calendar_sync::sync))
        .routes(routes!(calendar_sync::dismiss))
        .routes(routes!(calendar_sync::export_address))
        .routes(routes!(calendar_sync::regenerate))
        .routes(routes!(calendar_sync::calendar))
        .routes(routes!(notifications::notifications))
        .routes(routes!(notifications::read_notifications))
        .routes(routes!(reviews::stay, reviews::write))
        .routes(routes!(reviews::for_listing))
        .routes(routes!(reviews::about_guest))
        .routes(routes!(reviews::respond))
        .routes(routes!(reviews::report))
        .routes(routes!(messages::inbox))
        .routes(routes!(messages::unread))
        .routes(routes!(messages::start_inquiry))
        .routes(routes!(messages::thread))
        .routes(routes!(messages::list_messages, messages::send))
        .routes(routes!(messages::mark_read))
        .routes(routes!(messages::response_stats))
        .routes(routes!(analytics::host_analytics))
        .routes(routes!(exports::reservations_csv))
        .routes(routes!(exports::earnings_csv))
        .routes(routes!(today::host_today))
        .routes(routes!(payouts::host_payouts))
        .routes(routes!(assistant::search))
        .routes(routes!(assistant::weather))
        .routes(routes!(assistant::recommendations))
        .routes(routes!(
            assistant::search_history,
            assistant::set_search_history,
            assistant::clear_search_history
        ))
        .routes(routes!(activities::activities))
        .routes(routes!(activities::add_guidebook_place))
        .routes(routes!(activities::remove_guidebook_place))
        .routes(routes!(itinerary::itinerary))
        .routes(routes!(itinerary::saved))
        .routes(routes!(itinerary::saved_ics))
        .routes(routes!(openapi::serve))
}
