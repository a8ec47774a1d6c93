//! Server functions of booking: reserving from the listing page, the guest's trips, the
//! host's reservations and calendar, and the notification bell. Each one requires a
//! signed-in user; the engine checks which party they are for every booking.

use crate::app::types::AppError;
use crate::app::types::booking::{
    Booking, HostCalendar, NotificationFeed, RefundPreview, ReserveForm,
};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Books a stay from the listing page's form (`attempt` is the form's idempotency key), then
/// opens the trip.
#[server(prefix = "/api/fn", endpoint = "reserve_stay")]
pub async fn reserve_stay(#[server(flatten)] form: ReserveForm) -> Result<(), AppError> {
    use crate::server::bookings::{self, BookingRequest, Idempotency};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let req = BookingRequest::parse_form(&form).map_err(|errors| {
        // A form without a usable listing did not come from a listing page.
        if errors.iter().any(|e| e.field == "listing_id") {
            AppError::NotFound("Listing".into())
        } else {
            AppError::Form {
                errors,
                values: Vec::new(),
            }
        }
    })?;
    let attempt = form.attempt.trim();
    let idempotency = (!attempt.is_empty() && attempt.len() <= 255).then(|| Idempotency {
        key: attempt,
        fingerprint: req.fingerprint(),
    });
    let created = bookings::create(&state, &db, user, &req, idempotency).await?;
    leptos_axum::redirect(&format!("/trips/{}?booked=1", created.booking.id));
    Ok(())
}

/// The signed-in user's trips, newest stays first.
#[server(prefix = "/api/fn", endpoint = "my_trips", input = GetUrl)]
pub async fn my_trips() -> Result<Vec<Booking>, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::bookings::list(&state, &db, user, crate::server::bookings::Role::Guest).await
}

/// Bookings of the signed-in user's listings.
#[server(prefix = "/api/fn", endpoint = "host_reservations", input = GetUrl)]
pub async fn host_reservations() -> Result<Vec<Booking>, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::bookings::list(&state, &db, user, crate::server::bookings::Role::Host).await
}

/// One booking of the signed-in user (as guest or host), and what cancelling it now would
/// refund when they may cancel it.
#[server(prefix = "/api/fn", endpoint = "booking_details", input = GetUrl)]
pub async fn booking_details(id: i64) -> Result<(Booking, Option<RefundPreview>), AppError> {
    use crate::server::bookings;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let booking = bookings::get(&state, &db, user, id).await?;
    let preview = if booking.can_cancel() {
        Some(bookings::refund_preview(&state, &db, user, id).await?)
    } else {
        None
    };
    Ok((booking, preview))
}

/// Accept, decline or cancel a booking; `next` is where to go after (the trip page by
/// default, `reservations` for the host's list).
#[server(prefix = "/api/fn", endpoint = "change_booking")]
pub async fn change_booking(
    id: i64,
    action: String,
    reason: Option<String>,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::app::types::booking::Action;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let action = match action.as_str() {
        "accept" => Action::Accept,
        "decline" => Action::Decline,
        "cancel" => Action::Cancel,
        _ => {
            return Err(AppError::BadRequest(crate::tr!(
                "booking-error-unknown-action"
            )));
        }
    };
    let reason = reason.unwrap_or_default();
    crate::server::bookings::act(&state, &db, user, id, action, &reason).await?;
    let to = match next.as_deref() {
        Some("reservations") => "/host/reservations".to_string(),
        _ => format!("/trips/{id}"),
    };
    leptos_axum::redirect(&to);
    Ok(())
}

/// The signed-in user's notifications.
#[server(prefix = "/api/fn", endpoint = "my_notifications", input = GetUrl)]
pub async fn my_notifications() -> Result<NotificationFeed, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::notifications::list(&db, user).await
}

/// How many unread notifications the signed-in user has (0 when signed out).
#[server(prefix = "/api/fn", endpoint = "unread_notifications", input = GetUrl)]
pub async fn unread_notifications() -> Result<i64, AppError> {
    let session = crate::server::accounts::auth::session().await?;
    let Some(user) = crate::server::accounts::auth::session_user(&session).await? else {
        return Ok(0);
    };
    let db = crate::server::platform::request::db().await?;
    crate::server::notifications::unread(&db, user).await
}

/// Marks every notification read.
#[server(prefix = "/api/fn", endpoint = "read_notifications")]
pub async fn read_notifications() -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::notifications::mark_all_read(&db, user, state.clock.now()).await?;
    leptos_axum::redirect("/notifications");
    Ok(())
}

/// Six weeks of a listing's calendar from `from` (default: this month), for its host.
#[server(prefix = "/api/fn", endpoint = "listing_calendar", input = GetUrl)]
pub async fn listing_calendar(
    listing: i64,
    from: Option<String>,
) -> Result<HostCalendar, AppError> {
    use crate::server::bookings::calendar;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::hosting::owned(&db, user, listing).await?;
    let now = state.clock.now();
    let first = from
        .as_deref()
        .and_then(crate::app::types::stay::Day::parse_date)
        .unwrap_or(now.date());
    let first = first.replace_day(1).unwrap_or(first);
    calendar::host_calendar(&db, listing, first, 42, now).await
}

/// Blocks or opens nights `[from, to)`, or sets or resets their price, from the host's
/// calendar form.
#[server(prefix = "/api/fn", endpoint = "change_calendar")]
pub async fn change_calendar(
    listing: i64,
    from: String,
    to: String,
    change: String,
    price: Option<String>,
) -> Result<(), AppError> {
    use crate::app::types::account::FieldError;
    use crate::app::types::booking::CalendarChange;
    use crate::server::bookings::calendar;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::hosting::owned(&db, user, listing).await?;
    let form_error = |errors| AppError::Form {
        errors,
        values: Vec::new(),
    };
    let mut c = CalendarChange {
        from: from.clone(),
        to,
        ..CalendarChange::default()
    };
    match change.as_str() {
        "block" => c.blocked = Some(true),
        "open" => c.blocked = Some(false),
        "reset_price" => c.reset_price = true,
        "price" => {
            // The price in major units, as the host types it ("120" or "120.50").
            let minor = price
                .as_deref()
                .and_then(|p| crate::app::types::money::parse_amount(p).ok().flatten())
                .filter(|minor| *minor >= 1)
                .ok_or_else(|| {
                    form_error(vec![FieldError::new(
                        "price",
                        crate::tr!("booking-calendar-bad-price"),
                    )])
                })?;
            c.price_minor = Some(minor);
        }
        _ => {
            return Err(AppError::BadRequest(crate::tr!(
                "booking-calendar-unknown-change"
            )));
        }
    }
    let changes = calendar::parse(&[c]).map_err(form_error)?;
    calendar::update(&db, listing, changes, state.clock.now()).await?;
    leptos_axum::redirect(&format!("/host/listings/{listing}/calendar?from={from}"));
    Ok(())
}
