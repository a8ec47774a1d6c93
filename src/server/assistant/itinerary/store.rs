//! A booking's saved plan (`trip_plans`), for its guest only: anyone else's booking is
//! unknown to them.

use super::{Stay, Wishes};
use crate::app::types::AppError;
use crate::app::types::itinerary::Itinerary;
use crate::server::assistant::weather::Place;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use sqlx::types::Json;
use uuid::Uuid;

/// The stay of `guest`'s booking `id`; 404 for anyone else's, 409 for a booking that
/// will not happen (declined, expired, cancelled).
pub async fn stay_of(db: &DbScope, guest: Uuid, id: i64) -> Result<Stay, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT b.guest_id AS "guest_id!", b.listing_id AS "listing_id!",
                          b.check_in AS "check_in!", b.check_out AS "check_out!",
                          b.status AS "status!", l.city AS "city!", l.country AS "country!",
                          l.latitude AS "latitude!", l.longitude AS "longitude!",
                          l.time_zone AS "time_zone!"
                   FROM bookings b JOIN listings l ON l.id = b.listing_id
                   WHERE b.id = $1"#,
                id
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "plan booking"))?
        .filter(|r| r.guest_id == guest)
        .ok_or_else(|| AppError::NotFound("Booking".into()))?;
    if !matches!(row.status.as_str(), "pending" | "confirmed" | "completed") {
        return Err(AppError::Conflict(crate::tr!(
            "assistant-plan-error-cancelled"
        )));
    }
    Ok(Stay {
        booking_id: Some(id),
        listing_id: row.listing_id,
        place: Place {
            city: row.city,
            country: row.country,
            latitude: row.latitude,
            longitude: row.longitude,
            time_zone: row.time_zone,
        },
        check_in: row.check_in,
        check_out: row.check_out,
    })
}

/// The saved plan of booking `id` (its guest already checked), if one was made.
pub async fn load(db: &DbScope, id: i64) -> Result<Option<Itinerary>, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                r#"SELECT plan AS "plan: Json<Itinerary>" FROM trip_plans WHERE booking_id = $1"#,
                id
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "plan load"))?;
    Ok(row.map(|j| j.0))
}

/// What the saved plan was made from: the guest's preferences, pins and dropped places.
pub fn wishes_of(saved: &Itinerary) -> Wishes {
    Wishes {
        preferences: saved.preferences.clone(),
        locked: saved.locked.clone(),
        dropped: saved.dropped.iter().map(|(k, _)| k.clone()).collect(),
    }
}

/// Saves `plan` as booking `id`'s, replacing the last one.
pub async fn save(db: &DbScope, id: i64, plan: &Itinerary) -> Result<(), AppError> {
    let plan = plan.clone();
    db.write(|pool| async move {
        sqlx::query!(
            r#"INSERT INTO trip_plans (booking_id, preferences, locked, dropped, plan)
               VALUES ($1, $2, $3, $4, $5)
               ON CONFLICT (booking_id) DO UPDATE SET preferences = EXCLUDED.preferences,
                   locked = EXCLUDED.locked, dropped = EXCLUDED.dropped, plan = EXCLUDED.plan,
                   updated_at = now()"#,
            id,
            Json(&plan.preferences) as _,
            Json(&plan.locked) as _,
            Json(&plan.dropped) as _,
            Json(&plan) as _
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "plan save"))?;
    Ok(())
}

/// Makes booking `id`'s plan again with its wishes changed by `change` (new preferences, a
/// place dropped), and saves it.
pub async fn replan(
    db: &DbScope,
    config: &crate::server::platform::config::Config,
    guest: Uuid,
    id: i64,
    now: time::OffsetDateTime,
    change: impl FnOnce(&mut Wishes),
) -> Result<Itinerary, AppError> {
    let stay = stay_of(db, guest, id).await?;
    let mut wishes = load(db, id)
        .await?
        .as_ref()
        .map(wishes_of)
        .unwrap_or_default();
    change(&mut wishes);
    let wishes = super::checked_wishes(wishes.preferences, wishes.locked, wishes.dropped, &stay)?;
    let who =
        crate::server::assistant::llm::caller(Some(guest), std::net::Ipv4Addr::UNSPECIFIED.into());
    let plan = super::make(db, config, &stay, &wishes, now, &who).await?;
    save(db, id, &plan).await?;
    Ok(plan)
}

/// Pins (or unpins) the stop at `date` and `slot` of booking `id`'s saved plan: it stays
/// there when the plan is made again. The plan itself does not move.
pub async fn pin(
    db: &DbScope,
    guest: Uuid,
    id: i64,
    date: &str,
    slot: crate::app::types::itinerary::DaySlot,
    on: bool,
) -> Result<(), AppError> {
    use crate::app::types::itinerary::Pin;
    stay_of(db, guest, id).await?;
    let mut plan = load(db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("Plan".into()))?;
    let stop = plan
        .days
        .iter_mut()
        .filter(|d| d.date == date)
        .flat_map(|d| d.stops.iter_mut())
        .find(|s| s.slot == slot)
        .ok_or_else(|| AppError::NotFound("Plan stop".into()))?;
    stop.locked = on;
    let key = stop.activity.key.clone();
    plan.locked
        .retain(|p| !(p.date == date && p.slot == slot) && p.key != key);
    if on {
        plan.locked.push(Pin {
            date: date.to_string(),
            slot,
            key,
        });
    }
    save(db, id, &plan).await
}
