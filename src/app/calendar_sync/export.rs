//! The export address (read-only, with "Make a new address") and the conflicts list.

use super::api::{DismissCalendarConflict, RegenerateCalendarExport};
use crate::app::components::busy_while;
use crate::app::i18n::{self, DateStyle};
use crate::app::types::calendar_sync::{CalendarConflict, CalendarExport};
use crate::tr;
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
            <h2 id="export-heading">{tr!("calendar-sync-export-heading")}</h2>
            <p>{tr!("calendar-sync-export-intro")}</p>
            <p class="form-notice" role="status" hidden=move || !regenerated()>
                {tr!("calendar-sync-export-regenerated")}
            </p>
            <div class="field">
                <label for="ical-export">{tr!("calendar-sync-export-address")}</label>
                <input id="ical-export" type="text" readonly=true value=address.url.clone() class="calendar-sync__address"/>
            </div>
            <p class="calendar-sync__export-actions">
                <a href=address.url rel="nofollow" download="haven-calendar.ics">{tr!("calendar-sync-export-download")}</a>
            </p>
            <ActionForm action=regenerate>
                <input type="hidden" name="listing" value=listing/>
                <button type="submit" {..busy_while(regenerate.pending())} class="button button--quiet">{tr!("calendar-sync-export-regenerate")}</button>
                <p class="field__hint">{tr!("calendar-sync-export-regenerate-hint")}</p>
            </ActionForm>
        </section>
    }
}

/// Stand-ins for the calendar's name and the booking's link in a conflict's sentence, which
/// the page then draws in bold and as a link, wherever the language puts them.
const FEED_MARK: char = '\u{E000}';
const BOOKING_MARK: char = '\u{E001}';

/// One conflict's sentence: "**Airbnb** lists Dec 7, 2026 to Dec 9, 2026, nights that
/// [booking 12] holds. …".
fn conflict_sentence(c: &CalendarConflict, from: &str, to: &str) -> Vec<AnyView> {
    let text = tr!(
        "calendar-sync-conflict",
        feed = FEED_MARK.to_string(),
        from = from,
        to = to,
        booking = BOOKING_MARK.to_string()
    );
    let booking = tr!(
        "calendar-sync-conflict-booking",
        id = c.booking_id.to_string()
    );
    let href = format!("/trips/{}", c.booking_id);
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find([FEED_MARK, BOOKING_MARK]) {
        parts.push(rest[..at].to_string().into_any());
        let mark = rest[at..].chars().next().unwrap_or_default();
        parts.push(if mark == FEED_MARK {
            view! { <strong>{c.feed_name.clone()}</strong> }.into_any()
        } else {
            view! { <a href=href.clone()>{booking.clone()}</a> }.into_any()
        });
        rest = &rest[at + mark.len_utf8()..];
    }
    parts.push(rest.to_string().into_any());
    parts
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
            let (from, to) = (
                i18n::date(&c.from, DateStyle::Date),
                i18n::date(&c.to, DateStyle::Date),
            );
            let label = tr!(
                "calendar-sync-conflict-dismiss-label",
                feed = c.feed_name.as_str(),
                from = from.as_str(),
                to = to.as_str()
            );
            let sentence = conflict_sentence(&c, &from, &to);
            view! {
                <li class="calendar-sync__conflict" class:calendar-sync__conflict--dismissed=c.dismissed>
                    <p>{sentence}</p>
                    {if c.dismissed {
                        view! { <p class="muted">{tr!("calendar-sync-conflict-dismissed")}</p> }.into_any()
                    } else {
                        view! {
                            <ActionForm action=dismiss>
                                <input type="hidden" name="listing" value=listing/>
                                <input type="hidden" name="conflict" value=c.id/>
                                <button type="submit" class="button button--quiet button--small" aria-label=label>{tr!("calendar-sync-conflict-dismiss")}</button>
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
            <h2 id="conflicts-heading">{tr!("calendar-sync-conflicts", count = open)}</h2>
            {if open == 0 {
                view! { <p class="muted">{tr!("calendar-sync-conflicts-none")}</p> }.into_any()
            } else {
                view! { <p>{tr!("calendar-sync-conflicts-intro")}</p> }.into_any()
            }}
            <ul class="calendar-sync__conflicts">{items}</ul>
        </section>
    }
}
