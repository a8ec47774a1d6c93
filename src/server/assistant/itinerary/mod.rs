//! A day-by-day plan of a stay, for `POST /api/v1/ai/itinerary` and the trip page: the
//! places near the stay (`activities`), the weather of each day (`weather`: its outdoor
//! score), and the deterministic `planner`. Only places whose opening hours are known are
//! planned, and each stop shows those hours. `store.rs` keeps a booking's plan;
//! `ics.rs` writes it as a calendar.

pub mod ics;
pub mod store;

use crate::app::types::AppError;
use crate::app::types::activities::Activity;
use crate::app::types::itinerary::{
    DaySlot, Itinerary, Pace, Pin, PlanDay, PlanPreferences, PlanStop, TravelMode,
};
use crate::server::assistant::activities::{self, Fit, Found, Near, hours};
use crate::server::assistant::planner::{self, DayOutlook, Locked, PlanRequest, Slot, Travel};
use crate::server::assistant::weather::{self, Place};
use crate::server::platform::config::Config;
use crate::server::platform::db::DbScope;
use crate::tr;
use std::collections::HashMap;
use time::format_description::well_known::{Iso8601, Rfc3339};
use time::{Date, OffsetDateTime};

/// The places considered for one plan, at most.
const CANDIDATES: usize = 80;

/// What a plan is for.
#[derive(Clone, Debug)]
pub struct Stay {
    pub booking_id: Option<i64>,
    pub listing_id: i64,
    pub place: Place,
    pub check_in: Date,
    pub check_out: Date,
}

/// What the guest asked for.
#[derive(Clone, Debug, Default)]
pub struct Wishes {
    pub preferences: PlanPreferences,
    pub locked: Vec<Pin>,
    pub dropped: Vec<String>,
}

pub fn slot_of(s: DaySlot) -> Slot {
    match s {
        DaySlot::Morning => Slot::Morning,
        DaySlot::Afternoon => Slot::Afternoon,
        DaySlot::Evening => Slot::Evening,
    }
}

fn day_slot(s: Slot) -> DaySlot {
    match s {
        Slot::Morning => DaySlot::Morning,
        Slot::Afternoon => DaySlot::Afternoon,
        Slot::Evening => DaySlot::Evening,
    }
}

/// A date from the wire (`YYYY-MM-DD`).
pub fn date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), &Iso8601::DATE).ok()
}

fn invalid(message: impl Into<String>) -> AppError {
    AppError::BadRequest(message.into())
}

/// The planner's activity for a place whose hours are known.
fn planned(id: i64, a: &Activity, week: &planner::WeeklyHours) -> planner::Activity {
    planner::Activity {
        id,
        name: a.name.clone(),
        category: activities::category_of(a.category),
        lat: a.latitude,
        lon: a.longitude,
        hours: week.clone(),
        duration_min: a.duration_min,
        price_level: a.price_level.unwrap_or(0),
        indoor: a.indoor,
        kid_friendly: a.kid_friendly == Some(true),
    }
}

/// Plans `stay` for `wishes`: the places from every source, the weather, the planner.
/// A pin on a place that is no longer near, or one the planner cannot keep (closed then,
/// two in one slot, too far), is a 422 naming it.
/// `who` is whom a language model's call counts against (`llm::caller`).
pub async fn make(
    db: &DbScope,
    config: &Config,
    stay: &Stay,
    wishes: &Wishes,
    now: OffsetDateTime,
    who: &str,
) -> Result<Itinerary, AppError> {
    let prefs = &wishes.preferences;
    let radius_km = match prefs.travel {
        TravelMode::Walking => 4.0,
        TravelMode::Transit => 15.0,
    };
    let near = Near {
        latitude: stay.place.latitude,
        longitude: stay.place.longitude,
        radius_km,
        listing_id: Some(stay.listing_id),
        limit: CANDIDATES,
        only: Vec::new(),
    };
    let fit = Fit {
        interests: prefs.interests.clone(),
    };
    let (found, mut sources) = activities::gather(db, config, &near, &fit).await;
    let today = crate::server::assistant::local_date(now, Some(&stay.place.time_zone));
    let provider = weather::place::provider(config);
    let (days, weather_sources) = weather::days(
        provider.as_deref(),
        &stay.place,
        stay.check_in,
        stay.check_out,
        today,
    )
    .await;
    sources.extend(weather_sources);
    let mut plan = plan_with(stay, wishes, found, days, sources, now)?;
    if let Some(llm) = crate::server::assistant::llm::from_config(config) {
        // Every place the sources know within 25 km: none of them may appear in the
        // narrative unless the plan holds it.
        let wide = Near {
            radius_km: 25.0,
            limit: 500,
            ..near
        };
        let (all, _) = activities::gather(db, config, &wide, &Fit::default()).await;
        let nearby: Vec<String> = all.into_iter().map(|f| f.activity.name).collect();
        plan.narrative =
            crate::server::assistant::llm::narrate::narrate(&llm, who, today, &plan, &nearby).await;
        if plan.narrative.is_some() {
            plan.sources
                .push(format!("Narrative: {}", llm.provider.model()));
        }
    }
    Ok(plan)
}

/// [`make`] once the places and the weather are known.
pub fn plan_with(
    stay: &Stay,
    wishes: &Wishes,
    found: Vec<Found>,
    weather: Vec<crate::app::types::assistant::DayWeather>,
    sources: Vec<String>,
    now: OffsetDateTime,
) -> Result<Itinerary, AppError> {
    let prefs = &wishes.preferences;
    // Planner ids follow the keys' order, so the same places give the same plan.
    let mut plannable: Vec<(Activity, planner::WeeklyHours)> = found
        .into_iter()
        .filter_map(|f| f.week.map(|w| (f.activity, w)))
        .collect();
    plannable.sort_by(|a, b| a.0.key.cmp(&b.0.key));
    let ids: HashMap<&str, i64> = plannable
        .iter()
        .enumerate()
        .map(|(i, (a, _))| (a.key.as_str(), i as i64 + 1))
        .collect();
    let mut locked = Vec::new();
    for pin in &wishes.locked {
        let (Some(date), Some(&id)) = (date(&pin.date), ids.get(pin.key.as_str())) else {
            return Err(AppError::Unprocessable(tr!(
                "assistant-plan-error-pin-gone",
                key = pin.key.as_str()
            )));
        };
        locked.push(Locked {
            date,
            slot: slot_of(pin.slot),
            activity_id: id,
        });
    }
    let dropped: Vec<i64> = wishes
        .dropped
        .iter()
        .filter_map(|k| ids.get(k.as_str()).copied())
        .collect();
    let outlook: Vec<DayOutlook> = weather
        .iter()
        .filter_map(|d| {
            Some(DayOutlook {
                date: date(&d.date)?,
                outdoor: d.outdoor,
            })
        })
        .collect();
    let request = PlanRequest {
        check_in: stay.check_in,
        check_out: stay.check_out,
        stay_lat: stay.place.latitude,
        stay_lon: stay.place.longitude,
        interests: prefs
            .interests
            .iter()
            .map(|c| activities::category_of(*c))
            .collect(),
        pace: match prefs.pace {
            Pace::Relaxed => planner::Pace::Relaxed,
            Pace::Moderate => planner::Pace::Moderate,
            Pace::Packed => planner::Pace::Packed,
        },
        travel: match prefs.travel {
            TravelMode::Walking => Travel::Walking,
            TravelMode::Transit => Travel::Transit,
        },
        with_kids: prefs.with_kids,
        outlook,
        locked,
        dropped,
    };
    let acts: Vec<planner::Activity> = plannable
        .iter()
        .enumerate()
        .map(|(i, (a, w))| planned(i as i64 + 1, a, w))
        .collect();
    let plan = planner::plan(&request, &acts).map_err(|e| AppError::Unprocessable(refusal(&e)))?;
    let by_id = |id: i64| usize::try_from(id - 1).ok().and_then(|i| plannable.get(i));
    let days = plan
        .days
        .iter()
        .map(|d| PlanDay {
            date: d.date.to_string(),
            weekday: d.date.weekday().to_string(),
            light: d.light,
            travel_km: (d.travel_km * 10.0).round() / 10.0,
            weather: weather
                .iter()
                .find(|w| w.date == d.date.to_string())
                .cloned(),
            stops: d
                .items
                .iter()
                .filter_map(|item| {
                    let (a, week) = by_id(item.activity_id)?;
                    Some(PlanStop {
                        slot: day_slot(item.slot),
                        start: hours::hhmm(item.start_min),
                        end: hours::hhmm(item.end_min),
                        locked: item.locked,
                        open: hours::day_line(week, d.date.weekday()),
                        activity: a.clone(),
                    })
                })
                .collect(),
        })
        .collect();
    let names: HashMap<&str, &str> = plannable
        .iter()
        .map(|(a, _)| (a.key.as_str(), a.name.as_str()))
        .collect();
    Ok(Itinerary {
        booking_id: stay.booking_id,
        listing_id: stay.listing_id,
        check_in: stay.check_in.to_string(),
        check_out: stay.check_out.to_string(),
        time_zone: stay.place.time_zone.clone(),
        preferences: prefs.clone(),
        locked: wishes.locked.clone(),
        dropped: wishes
            .dropped
            .iter()
            .map(|k| {
                let name = names
                    .get(k.as_str())
                    .copied()
                    // A sentinel the trip page recognises and shows in its own language.
                    .unwrap_or("A place no longer listed");
                (k.clone(), name.to_string())
            })
            .collect(),
        days,
        sources,
        made_at: now.format(&Rfc3339).unwrap_or_default(),
        narrative: None,
    })
}

/// `date` as the request's language writes it ("Dec 7, 2026").
fn day_text(date: Date) -> String {
    use crate::app::i18n::{self, DateStyle};
    i18n::date(&date.to_string(), DateStyle::Date)
}

/// Why the planner refused, in the language of the request (the planner's own text is
/// for logs and tests).
fn refusal(e: &planner::PlanError) -> String {
    use planner::PlanError as E;
    let slot = |s: Slot| day_slot(s).label();
    match *e {
        E::CheckOutNotAfterCheckIn {
            check_in,
            check_out,
        } => tr!(
            "assistant-plan-error-dates",
            check_in = day_text(check_in),
            check_out = day_text(check_out)
        ),
        E::TooManyNights { nights, max } => {
            tr!("assistant-plan-error-too-long", nights = nights, max = max)
        }
        E::InvalidStayLocation => tr!("assistant-plan-error-stay-location"),
        E::UnknownActivity { activity_id } => {
            tr!("assistant-plan-error-unknown", activity = activity_id)
        }
        E::InvalidActivityLocation { activity_id } => {
            tr!("assistant-plan-error-location", activity = activity_id)
        }
        E::LockedDropped { activity_id } => {
            tr!(
                "assistant-plan-error-locked-dropped",
                activity = activity_id
            )
        }
        E::LockedOutsideStay { activity_id, date } => tr!(
            "assistant-plan-error-outside-stay",
            activity = activity_id,
            date = day_text(date)
        ),
        E::LockedSlotUnavailable {
            activity_id,
            date,
            slot: s,
        } => tr!(
            "assistant-plan-error-slot-unavailable",
            activity = activity_id,
            slot = slot(s),
            date = day_text(date)
        ),
        E::LockedSlotTaken { date, slot: s } => tr!(
            "assistant-plan-error-slot-taken",
            slot = slot(s),
            date = day_text(date)
        ),
        E::LockedTwice { activity_id } => {
            tr!("assistant-plan-error-locked-twice", activity = activity_id)
        }
        E::LockedClosed {
            activity_id,
            date,
            slot: s,
        } => tr!(
            "assistant-plan-error-closed",
            activity = activity_id,
            slot = slot(s),
            date = day_text(date)
        ),
        E::LockedUnreachable { date } => {
            tr!("assistant-plan-error-unreachable", date = day_text(date))
        }
        E::LockedTooFar {
            date,
            travel_km,
            limit_km,
        } => tr!(
            "assistant-plan-error-too-far",
            date = day_text(date),
            km = crate::app::components::fixed(travel_km, 1),
            limit = limit_km
        ),
    }
}

/// The wishes of a request, checked: pins on dates of the stay, at most 50 pins and 200
/// dropped places, keys of sane length.
pub fn checked_wishes(
    preferences: PlanPreferences,
    locked: Vec<Pin>,
    dropped: Vec<String>,
    stay: &Stay,
) -> Result<Wishes, AppError> {
    if locked.len() > 50 {
        return Err(invalid(tr!("assistant-plan-error-too-many-pins", max = 50)));
    }
    if dropped.len() > 200 {
        return Err(invalid(tr!(
            "assistant-plan-error-too-many-dropped",
            max = 200
        )));
    }
    for pin in &locked {
        let Some(d) = date(&pin.date) else {
            return Err(invalid(tr!(
                "assistant-plan-error-pin-date",
                date = pin.date.as_str()
            )));
        };
        if d < stay.check_in || d > stay.check_out {
            return Err(invalid(tr!(
                "assistant-plan-error-not-in-stay",
                date = day_text(d)
            )));
        }
        if pin.key.is_empty() || pin.key.len() > 100 {
            return Err(invalid(tr!("assistant-plan-error-pin-key")));
        }
    }
    if dropped.iter().any(|k| k.is_empty() || k.len() > 100) {
        return Err(invalid(tr!("assistant-plan-error-dropped-key")));
    }
    let mut preferences = preferences;
    preferences.interests.sort();
    preferences.interests.dedup();
    let mut dropped = dropped;
    dropped.sort();
    dropped.dedup();
    Ok(Wishes {
        preferences,
        locked,
        dropped,
    })
}
