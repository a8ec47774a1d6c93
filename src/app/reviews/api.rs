//! The reviews' server functions: a listing's page of reviews, a trip's reviews, and the
//! forms (write, respond, report), which redirect so they work without JavaScript.

use crate::app::types::AppError;
use crate::app::types::review::{ReviewForm, ReviewPage, StayReviews, TripReviews};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Reviews shown on a listing page at a time.
pub const PER_PAGE: i64 = 6;

/// Listing `id`'s rating and page `page` of its published reviews, newest first.
#[server(prefix = "/api/fn", endpoint = "listing_reviews", input = GetUrl)]
pub async fn get_listing_reviews(id: i64, page: i64) -> Result<ReviewPage, AppError> {
    if id <= 0 {
        return Err(AppError::NotFound("Listing".into()));
    }
    if !(1..=10_000).contains(&page) {
        return Err(AppError::BadRequest(crate::tr!("reviews-error-no-page")));
    }
    let viewer = crate::server::accounts::auth::session_user(
        &crate::server::accounts::auth::session().await?,
    )
    .await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::reviews::for_listing(&db, viewer, id, page, PER_PAGE).await
}

/// The reviews of booking `id` for the trip page: the stay's own once it is over, and for
/// the host of a request, what hosts have said about the guest. 404 for a non-party.
#[server(prefix = "/api/fn", endpoint = "trip_reviews", input = GetUrl)]
pub async fn get_trip_reviews(id: i64) -> Result<TripReviews, AppError> {
    use crate::app::types::booking::{BookingStatus, Party};
    use crate::server::{bookings, reviews};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let booking = bookings::get(&state, &db, user, id).await?;
    let stay = match booking.status {
        BookingStatus::Completed => Some(reviews::stay(&state, &db, user, id).await?),
        _ => None,
    };
    let about_guest = match (booking.viewer, booking.guest_id.parse::<uuid::Uuid>()) {
        (Party::Host, Ok(guest)) => reviews::about_guest(&db, Some(user), guest).await?,
        _ => Vec::new(),
    };
    Ok(TripReviews { stay, about_guest })
}

/// Booking `id`'s reviews as the caller sees them (for the review form).
#[server(prefix = "/api/fn", endpoint = "stay_reviews", input = GetUrl)]
pub async fn get_stay_reviews(id: i64) -> Result<StayReviews, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::reviews::stay(&state, &db, user, id).await
}

/// Writes the caller's review of booking `id`, then back to the trip.
#[server(prefix = "/api/fn", endpoint = "write_review")]
pub async fn write_review(id: i64, review: ReviewForm) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    match crate::server::reviews::write(&state, &db, user, id, &review.to_review()).await {
        Ok(_) => {
            leptos_axum::redirect(&format!("/trips/{id}?reviewed=1#reviews"));
            Ok(())
        }
        Err(AppError::Form { errors, .. }) => Err(AppError::Form {
            errors,
            values: review.values(),
        }),
        Err(e) => Err(e),
    }
}

/// The host's public response to published review `review` of booking `booking`.
#[server(prefix = "/api/fn", endpoint = "respond_to_review")]
pub async fn respond_to_review(booking: i64, review: i64, text: String) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::reviews::respond(&state, &db, user, review, &text).await?;
    leptos_axum::redirect(&format!("/trips/{booking}#reviews"));
    Ok(())
}

/// Reports review `review` (shown on listing `listing`) to the operators.
#[server(prefix = "/api/fn", endpoint = "report_review")]
pub async fn report_review(
    listing: i64,
    review: i64,
    reason: String,
    details: Option<String>,
) -> Result<(), AppError> {
    use crate::app::types::review::ReportReason;
    let user = crate::server::accounts::auth::require_user().await?;
    let reason = ReportReason::from_key(&reason)
        .ok_or_else(|| AppError::BadRequest(crate::tr!("reviews-error-report-reason")))?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let details = details.unwrap_or_default();
    crate::server::reviews::report(&state, &db, user, review, reason, &details).await?;
    leptos_axum::redirect(&format!("/listings/{listing}?reported=1#reviews"));
    Ok(())
}

/// The signed-in host's progress towards the badge.
#[server(prefix = "/api/fn", endpoint = "host_standing", input = GetUrl)]
pub async fn my_host_standing() -> Result<crate::app::types::review::HostStanding, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::reviews::badge::standing(&db, user).await
}
