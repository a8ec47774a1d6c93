//! The export address (read-only, with "Make a new address") and the conflicts list.

use super::api::{DismissCalendarConflict, RegenerateCalendarExport};
use crate::app::components::busy_while;
use crate::app::types::calendar_sync::{CalendarConflict, CalendarExport};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// "Export": the address other sites import Haven's calendar from.
#[component]
pub fn ExportPanel(
    listing: i64,
    address: CalendarExport,
    regenerate: ServerAction<RegenerateCalendarExport>,
) -> impl IntoView {
    let query = use_query_map();
    let regenerated = move || query.read().get_str("regenerated") == Some("1");
    view! {
        <section class="calendar-sync__part" aria-labelledby="export-heading">
            <h2 id="export-heading">"Export: your Haven calendar"</h2>
            <p>
                "Paste this address into the calendar import of every other site this home is listed on. "
                "It lists booked nights as “Reserved” and the nights you blocked as “Not available”, "
                "with no guest names. Keep it private: anyone with it can see which nights are taken."
            </p>
            <p class="form-notice" role="status" hidden=move || !regenerated()>
                "A new address is ready. The old one no longer works: give the new one to your other sites."
            </p>
            <div class="field">
                <label for="ical-export">"Calendar address (iCalendar)"</label>
                <input id="ical-export" type="text" readonly=true value=address.url.clone() class="calendar-sync__address"/>
            </div>
            <p class="calendar-sync__export-actions">
                <a href=address.url rel="nofollow" download="haven-calendar.ics">"Download the calendar"</a>
            </p>
            <ActionForm action=regenerate>
                <input type="hidden" name="listing" value=listing/>
                <button type="submit" {..busy_while(regenerate.pending())} class="button button--quiet">"Make a new address"</button>
                <p class="field__hint">"Do this if the address got out: the old one stops working at once."</p>
            </ActionForm>
        </section>
    }
}

/// Imported events over nights a Haven booking holds.
#[component]
pub fn Conflicts(
    listing: i64,
    conflicts: Vec<CalendarConflict>,
    dismiss: ServerAction<DismissCalendarConflict>,
) -> impl IntoView {
    let open = conflicts.iter().filter(|c| !c.dismissed).count();
    let items = conflicts
        .into_iter()
        .map(|c| {
            let label = format!("Set aside: {} {} to {}", c.feed_name, c.from, c.to);
            view! {
                <li class="calendar-sync__conflict" class:calendar-sync__conflict--dismissed=c.dismissed>
                    <p>
                        <strong>{c.feed_name.clone()}</strong>
                        {format!(" lists {} to {}, nights that ", c.from, c.to)}
                        <a href=format!("/trips/{}", c.booking_id)>{format!("booking {}", c.booking_id)}</a>
                        " holds. The booking keeps them: settle it on the other site, or cancel here."
                    </p>
                    {if c.dismissed {
                        view! { <p class="muted">"Set aside."</p> }.into_any()
                    } else {
                        view! {
                            <ActionForm action=dismiss>
                                <input type="hidden" name="listing" value=listing/>
                                <input type="hidden" name="conflict" value=c.id/>
                                <button type="submit" class="button button--quiet button--small" aria-label=label>"Set aside"</button>
                            </ActionForm>
                        }
                        .into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="calendar-sync__part" aria-labelledby="conflicts-heading">
            <h2 id="conflicts-heading">{format!("Conflicts ({open})")}</h2>
            {if open == 0 {
                view! { <p class="muted">"No imported event clashes with a Haven booking."</p> }.into_any()
            } else {
                view! { <p>"These events on other sites overlap stays booked on Haven."</p> }.into_any()
            }}
            <ul class="calendar-sync__conflicts">{items}</ul>
        </section>
    }
}
