//! Server functions of the trip page's plan. Each requires the booking's guest (for
//! anyone else the booking is unknown) and, after a form's success, sends the browser
//! back to the plan, so every form works without JavaScript.

use crate::app::types::AppError;
use crate::app::types::itinerary::Itinerary;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
fn back(booking: i64) -> String {
    format!("/trips/{booking}#plan")
}

/// The plan saved with booking `booking`, if one was made.
#[server(prefix = "/api/fn", endpoint = "trip_plan", input = GetUrl)]
pub async fn trip_plan(booking: i64) -> Result<Option<Itinerary>, AppError> {
    use crate::server::assistant::itinerary::store;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    store::stay_of(&db, user, booking).await?;
    store::load(&db, booking).await
}

/// The plan form as posted: one checkbox per kind of place, the pace, how they travel,
/// children.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanForm {
    pub pace: String,
    pub travel: String,
    pub kids: Option<String>,
    pub food: Option<String>,
    pub museum: Option<String>,
    pub sight: Option<String>,
    pub outdoors: Option<String>,
    pub nightlife: Option<String>,
    pub shopping: Option<String>,
    pub family: Option<String>,
    pub wellness: Option<String>,
    pub culture: Option<String>,
}

/// Makes the plan (again) with these preferences, keeping the pins and dropped places.
#[server(prefix = "/api/fn", endpoint = "plan_trip")]
pub async fn plan_trip(booking: i64, #[server(flatten)] form: PlanForm) -> Result<(), AppError> {
    use crate::app::types::activities::ActivityCategory;
    use crate::app::types::itinerary::{Pace, PlanPreferences, TravelMode};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let ticked = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
    let boxes = [
        (ActivityCategory::Food, &form.food),
        (ActivityCategory::Museum, &form.museum),
        (ActivityCategory::Sight, &form.sight),
        (ActivityCategory::Outdoors, &form.outdoors),
        (ActivityCategory::Nightlife, &form.nightlife),
        (ActivityCategory::Shopping, &form.shopping),
        (ActivityCategory::Family, &form.family),
        (ActivityCategory::Wellness, &form.wellness),
        (ActivityCategory::Culture, &form.culture),
    ];
    let preferences = PlanPreferences {
        interests: boxes
            .iter()
            .filter(|(_, v)| ticked(v))
            .map(|(c, _)| *c)
            .collect(),
        pace: Pace::parse(&form.pace)
            .ok_or_else(|| AppError::BadRequest(crate::tr!("assistant-choose-pace")))?,
        travel: TravelMode::parse(&form.travel)
            .ok_or_else(|| AppError::BadRequest(crate::tr!("assistant-choose-travel")))?,
        with_kids: ticked(&form.kids),
    };
    crate::server::assistant::itinerary::store::replan(
        &db,
        &state.config,
        user,
        booking,
        state.clock.now(),
        |w| w.preferences = preferences,
    )
    .await?;
    leptos_axum::redirect(&back(booking));
    Ok(())
}

/// Pins a stop where it is (`pin` true) or lets it move again.
#[server(prefix = "/api/fn", endpoint = "pin_plan_stop")]
pub async fn pin_plan_stop(
    booking: i64,
    date: String,
    slot: String,
    pin: bool,
) -> Result<(), AppError> {
    use crate::app::types::itinerary::DaySlot;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let slot = DaySlot::parse(&slot).ok_or_else(|| AppError::NotFound("Plan stop".into()))?;
    crate::server::assistant::itinerary::store::pin(&db, user, booking, &date, slot, pin).await?;
    leptos_axum::redirect(&back(booking));
    Ok(())
}

/// Drops a place from the plan for good; the plan is made again without it.
#[server(prefix = "/api/fn", endpoint = "drop_plan_stop")]
pub async fn drop_plan_stop(booking: i64, key: String) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    crate::server::assistant::itinerary::store::replan(
        &db,
        &state.config,
        user,
        booking,
        state.clock.now(),
        |w| {
            w.locked.retain(|p| p.key != key);
            w.dropped.push(key.clone());
        },
    )
    .await?;
    leptos_axum::redirect(&back(booking));
    Ok(())
}
