//! "Your days" on the trip page: the plan saved with the trip, each stop with the hours
//! its place keeps that day, buttons to pin or drop it, the form to make the plan again,
//! and the `.ics` link. Part of the page the service worker keeps, so it opens offline.

use super::activities::{indoors, list, sources_text};
use super::plan_api::{DropPlanStop, PinPlanStop, PlanTrip};
use crate::app::components::{FormAlert, busy_while, fixed, submission_error};
use crate::app::i18n::{self, DateStyle};
use crate::app::types::activities::ActivityCategory;
use crate::app::types::assistant::{DayWeather, WeatherKind};
use crate::app::types::itinerary::{
    Itinerary, Pace, PlanDay, PlanPreferences, PlanStop, TravelMode,
};
use crate::tr;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The plan's actions, shared by its parts.
#[derive(Clone, Copy)]
pub struct PlanActions {
    pub plan: ServerAction<PlanTrip>,
    pub pin: ServerAction<PinPlanStop>,
    pub drop: ServerAction<DropPlanStop>,
}

impl PlanActions {
    pub fn new() -> Self {
        Self {
            plan: ServerAction::new(),
            pin: ServerAction::new(),
            drop: ServerAction::new(),
        }
    }

    /// Changes with every finished action: the page reloads the plan on it.
    pub fn version(&self) -> usize {
        self.plan.version().get() + self.pin.version().get() + self.drop.version().get()
    }
}

impl Default for PlanActions {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn TripPlan(booking: i64, plan: Option<Itinerary>, actions: PlanActions) -> impl IntoView {
    let plan_error = submission_error(
        move || actions.plan.value().get().and_then(Result::err),
        PlanTrip::PATH,
    );
    let stop_error = submission_error(
        move || {
            actions
                .pin
                .value()
                .get()
                .and_then(Result::err)
                .or_else(|| actions.drop.value().get().and_then(Result::err))
        },
        DropPlanStop::PATH,
    );
    let prefs = plan
        .as_ref()
        .map(|p| p.preferences.clone())
        .unwrap_or_default();
    let has_plan = plan.is_some();
    let body = plan.map(|p| -> AnyView {
        let sources = sources_text(&p.sources);
        let dropped = p.dropped.clone();
        let check_in = p.check_in.clone();
        let story = p.narrative.clone().map(|n| view! {
            <p class="trip-plan__story">{n}</p>
            <p class="muted">{tr!("assistant-plan-narrative-note")}</p>
        });
        view! {
            {story}
            <div class="trip-plan__days">
                {p.days.into_iter().map(|d| view! { <Day booking day=d check_in=check_in.clone() actions/> }).collect_view()}
            </div>
            <p>
                <a href=format!("/api/v1/bookings/{booking}/itinerary.ics") download=format!("haven-trip-{booking}.ics")>
                    {tr!("assistant-plan-ics")}
                </a>
            </p>
            {(!dropped.is_empty()).then(|| view! {
                <p class="muted">{tr!("assistant-plan-dropped", places = list(dropped.iter().map(|(_, n)| dropped_name(n))))}</p>
            })}
            <p class="muted trip-plan__sources">
                {tr!("assistant-plan-sources", time_zone = p.time_zone.clone(), sources = sources)}
            </p>
        }
        .into_any()
    });
    view! {
        <section id="plan" class="listing__section trip-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{tr!("assistant-plan-heading")}</h2>
            <FormAlert error=stop_error/>
            {if has_plan {
                None
            } else {
                Some(view! {
                    <p>{tr!("assistant-plan-intro")}</p>
                })
            }}
            {body}
            <details class="trip-plan__form" open=!has_plan>
                <summary>{if has_plan { tr!("assistant-plan-change") } else { tr!("assistant-plan-wishes") }}</summary>
                <PlanFormView booking prefs actions error=plan_error has_plan/>
            </details>
        </section>
    }
    .into_any()
}

#[component]
fn Day(booking: i64, day: PlanDay, check_in: String, actions: PlanActions) -> impl IntoView {
    let date_text = i18n::date(&day.date, DateStyle::LongDate);
    let heading = match (day.light, day.date == check_in) {
        (false, _) => date_text,
        (true, true) => tr!("assistant-day-arrival", date = date_text),
        (true, false) => tr!("assistant-day-departure", date = date_text),
    };
    let weather = day.weather.as_ref().map(weather_text);
    let empty = day.stops.is_empty();
    let date = day.date.clone();
    view! {
        <section class="plan-day" data-date=day.date.clone() aria-label=heading.clone()>
            <h3>{heading.clone()}</h3>
            {weather.map(|w| view! { <p class="plan-day__weather muted">{w}</p> })}
            {if empty {
                view! { <p class="muted">{tr!("assistant-day-free")}</p> }.into_any()
            } else {
                view! {
                    <ol class="plan-day__stops">
                        {day.stops.into_iter().map(|s| view! { <Stop booking date=date.clone() stop=s actions/> }).collect_view()}
                    </ol>
                    <p class="muted">{tr!("assistant-day-travel", km = fixed(day.travel_km, 1))}</p>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn Stop(booking: i64, date: String, stop: PlanStop, actions: PlanActions) -> impl IntoView {
    let a = &stop.activity;
    let name = a.name.clone();
    let facts = [
        Some(a.category.label()),
        Some(tr!("assistant-km-from-home", km = fixed(a.distance_km, 1))),
        Some(indoors(a.indoor)),
        a.price_label(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let pin_label = if stop.locked {
        tr!("assistant-stop-unpin-label", name = name.clone())
    } else {
        tr!("assistant-stop-pin-label", name = name.clone())
    };
    let drop_label = tr!("assistant-stop-drop-label", name = name.clone());
    let key = a.key.clone();
    let key_field = key.clone();
    let slot = stop.slot;
    view! {
        <li class="plan-stop" class:plan-stop--pinned=stop.locked data-key=key
            data-start=stop.start.clone() data-end=stop.end.clone() data-open=stop.open.clone()>
            <p class="plan-stop__when">
                <strong>{tr!("assistant-stop-when", slot = slot.label(), start = stop.start.clone(), end = stop.end.clone())}</strong>
                {stop.locked.then(|| format!(" {}", tr!("assistant-stop-pinned")))}
            </p>
            <p class="plan-stop__name">{name.clone()}</p>
            <p class="plan-stop__open">{tr!("assistant-stop-open", hours = day_hours(&stop.open))}</p>
            <p class="muted">{facts}</p>
            <div class="plan-stop__actions">
                <ActionForm action=actions.pin>
                    <input type="hidden" name="booking" value=booking/>
                    <input type="hidden" name="date" value=date.clone()/>
                    <input type="hidden" name="slot" value=slot.as_str()/>
                    <input type="hidden" name="pin" value=if stop.locked { "false" } else { "true" }/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.pin.pending())}
                        aria-label=pin_label>{if stop.locked { tr!("assistant-stop-unpin") } else { tr!("assistant-stop-pin") }}</button>
                </ActionForm>
                <ActionForm action=actions.drop>
                    <input type="hidden" name="booking" value=booking/>
                    <input type="hidden" name="key" value=key_field.clone()/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.drop.pending())}
                        aria-label=drop_label>{tr!("assistant-stop-drop")}</button>
                </ActionForm>
            </div>
        </li>
    }
}

#[component]
fn PlanFormView(
    booking: i64,
    prefs: PlanPreferences,
    actions: PlanActions,
    error: crate::app::components::FormError,
    has_plan: bool,
) -> impl IntoView {
    view! {
        <ActionForm action=actions.plan attr:class="form trip-plan__prefs">
            <FormAlert error/>
            <input type="hidden" name="booking" value=booking/>
            <fieldset class="trip-plan__interests">
                <legend>{tr!("assistant-plan-interests")}</legend>
                {ActivityCategory::ALL.iter().map(|c| {
                    let id = format!("plan-{}", c.as_str());
                    view! {
                        <div class="check">
                            <input type="checkbox" id=id.clone() name=c.as_str() value="on" checked=prefs.interests.contains(c)/>
                            <label for=id>{c.label()}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="plan-pace">{tr!("assistant-plan-pace")}</label>
                <select id="plan-pace" name="pace">
                    {Pace::ALL.iter().map(|p| view! {
                        <option value=p.as_str() selected=*p == prefs.pace>{p.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-travel">{tr!("assistant-plan-travel")}</label>
                <select id="plan-travel" name="travel">
                    {TravelMode::ALL.iter().map(|t| view! {
                        <option value=t.as_str() selected=*t == prefs.travel>{t.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="check">
                <input type="checkbox" id="plan-kids" name="kids" value="on" checked=prefs.with_kids/>
                <label for="plan-kids">{tr!("assistant-plan-kids")}</label>
            </div>
            <button type="submit" class="button" {..busy_while(actions.plan.pending())}>
                {if has_plan { tr!("assistant-plan-again") } else { tr!("assistant-plan-submit") }}
            </button>
        </ActionForm>
    }
}

/// A day's weather: "Forecast: 22° / 14°C, 10% chance of rain", or the month's typical.
fn weather_text(w: &DayWeather) -> String {
    let label = match w.kind {
        WeatherKind::Forecast => tr!("assistant-weather-forecast"),
        WeatherKind::Typical => tr!(
            "assistant-weather-typical",
            month = i18n::date(&w.date, DateStyle::Month)
        ),
    };
    let (high, low) = (w.high_c.round(), w.low_c.round());
    match (w.rain_chance, w.rain_days) {
        (Some(chance), _) => tr!(
            "assistant-weather-rain-chance",
            label = label,
            high = high,
            low = low,
            chance = chance
        ),
        (None, Some(days)) => tr!(
            "assistant-weather-rain-days",
            label = label,
            high = high,
            low = low,
            days = days.round()
        ),
        _ => tr!("assistant-weather", label = label, high = high, low = low),
    }
}

/// A place's hours on the day of a stop ("10:00–18:00", "closed", "open 24 hours"), in
/// the current language.
fn day_hours(open: &str) -> String {
    match open {
        "closed" => tr!("assistant-hours-closed"),
        "open 24 hours" => tr!("assistant-hours-open-all-day"),
        times => times.to_string(),
    }
}

/// A dropped place's name, or what stands for one no longer listed.
fn dropped_name(name: &str) -> String {
    match name {
        "A place no longer listed" => tr!("assistant-plan-dropped-unknown"),
        name => name.to_string(),
    }
}
