//! "Your days" on the trip page: the plan saved with the trip, each stop with the hours
//! its place keeps that day, buttons to pin or drop it, the form to make the plan again,
//! and the `.ics` link. Part of the page the service worker keeps, so it opens offline.

use super::plan_api::{DropPlanStop, PinPlanStop, PlanTrip};
use crate::app::components::{FormAlert, busy_while, submission_error};
use crate::app::types::activities::ActivityCategory;
use crate::app::types::itinerary::{
    Itinerary, Pace, PlanDay, PlanPreferences, PlanStop, TravelMode,
};
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
        let sources = p.sources.join(", ");
        let dropped = p.dropped.clone();
        let check_in = p.check_in.clone();
        let story = p.narrative.clone().map(|n| view! {
            <p class="trip-plan__story">{n}</p>
            <p class="muted">"Written by a language model from the plan below, which it may not change."</p>
        });
        view! {
            {story}
            <div class="trip-plan__days">
                {p.days.into_iter().map(|d| view! { <Day booking day=d check_in=check_in.clone() actions/> }).collect_view()}
            </div>
            <p>
                <a href=format!("/api/v1/bookings/{booking}/itinerary.ics") download=format!("haven-trip-{booking}.ics")>
                    "Add these days to your calendar (.ics)"
                </a>
            </p>
            {(!dropped.is_empty()).then(|| view! {
                <p class="muted">{format!("Left out at your request: {}.", dropped.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", "))}</p>
            })}
            <p class="muted trip-plan__sources">
                {format!("Times are local ({}). From: {sources}. Opening hours change: check before you go.", p.time_zone)}
            </p>
        }
        .into_any()
    });
    view! {
        <section id="plan" class="listing__section trip-plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Your days"</h2>
            <FormAlert error=stop_error/>
            {if has_plan {
                None
            } else {
                Some(view! {
                    <p>"Plan each day of your stay: places near your home, open when you visit them, outdoor ones on the days with the best weather."</p>
                })
            }}
            {body}
            <details class="trip-plan__form" open=!has_plan>
                <summary>{if has_plan { "Change what the plan is made of" } else { "Your wishes" }}</summary>
                <PlanFormView booking prefs actions error=plan_error has_plan/>
            </details>
        </section>
    }
    .into_any()
}

#[component]
fn Day(booking: i64, day: PlanDay, check_in: String, actions: PlanActions) -> impl IntoView {
    let tag = match (day.light, day.date == check_in) {
        (false, _) => "",
        (true, true) => " · arrival",
        (true, false) => " · departure",
    };
    let heading = format!("{} {}{tag}", day.weekday, day.date);
    let weather = day.weather.as_ref().map(|w| {
        let rain = match (w.rain_chance, w.rain_days) {
            (Some(c), _) => format!(", {c}% chance of rain"),
            (None, Some(d)) => format!(", rain on {d:.0} days a month"),
            _ => String::new(),
        };
        format!("{}: {:.0}° / {:.0}°C{rain}", w.label, w.high_c, w.low_c)
    });
    let empty = day.stops.is_empty();
    let date = day.date.clone();
    view! {
        <section class="plan-day" data-date=day.date.clone() aria-label=heading.clone()>
            <h3>{heading.clone()}</h3>
            {weather.map(|w| view! { <p class="plan-day__weather muted">{w}</p> })}
            {if empty {
                view! { <p class="muted">"Free time."</p> }.into_any()
            } else {
                view! {
                    <ol class="plan-day__stops">
                        {day.stops.into_iter().map(|s| view! { <Stop booking date=date.clone() stop=s actions/> }).collect_view()}
                    </ol>
                    <p class="muted">{format!("About {:.1} km there and back.", day.travel_km)}</p>
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
        Some(a.category.label().to_string()),
        Some(format!("{:.1} km from home", a.distance_km)),
        Some(if a.indoor { "Indoors" } else { "Outdoors" }.to_string()),
        a.price_label().map(str::to_string),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let pin_label = if stop.locked {
        format!("Unpin {name}")
    } else {
        format!("Pin {name} here")
    };
    let drop_label = format!("Drop {name} from the plan");
    let key = a.key.clone();
    let key_field = key.clone();
    let slot = stop.slot;
    view! {
        <li class="plan-stop" class:plan-stop--pinned=stop.locked data-key=key
            data-start=stop.start.clone() data-end=stop.end.clone() data-open=stop.open.clone()>
            <p class="plan-stop__when">
                <strong>{format!("{} {}–{}", slot.label(), stop.start, stop.end)}</strong>
                {stop.locked.then_some(" · pinned")}
            </p>
            <p class="plan-stop__name">{name.clone()}</p>
            <p class="plan-stop__open">{format!("Open that day: {}", stop.open)}</p>
            <p class="muted">{facts}</p>
            <div class="plan-stop__actions">
                <ActionForm action=actions.pin>
                    <input type="hidden" name="booking" value=booking/>
                    <input type="hidden" name="date" value=date.clone()/>
                    <input type="hidden" name="slot" value=slot.as_str()/>
                    <input type="hidden" name="pin" value=if stop.locked { "false" } else { "true" }/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.pin.pending())}
                        aria-label=pin_label>{if stop.locked { "Unpin" } else { "Pin" }}</button>
                </ActionForm>
                <ActionForm action=actions.drop>
                    <input type="hidden" name="booking" value=booking/>
                    <input type="hidden" name="key" value=key_field.clone()/>
                    <button type="submit" class="button button--quiet button--small" {..busy_while(actions.drop.pending())}
                        aria-label=drop_label>"Drop"</button>
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
                <legend>"What do you enjoy?"</legend>
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
                <label for="plan-pace">"Pace"</label>
                <select id="plan-pace" name="pace">
                    {Pace::ALL.iter().map(|p| view! {
                        <option value=p.as_str() selected=*p == prefs.pace>{p.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="plan-travel">"Getting around"</label>
                <select id="plan-travel" name="travel">
                    {TravelMode::ALL.iter().map(|t| view! {
                        <option value=t.as_str() selected=*t == prefs.travel>{t.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="check">
                <input type="checkbox" id="plan-kids" name="kids" value="on" checked=prefs.with_kids/>
                <label for="plan-kids">"With children: only places good for them"</label>
            </div>
            <button type="submit" class="button" {..busy_while(actions.plan.pending())}>
                {if has_plan { "Make a new plan" } else { "Plan my days" }}
            </button>
        </ActionForm>
    }
}
