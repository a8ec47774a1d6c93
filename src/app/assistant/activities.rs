//! "Things to do nearby" on the listing page: the host's guidebook first, then Haven's
//! place list (and OpenStreetMap when configured), each with its hours and distance.

use crate::app::components::fixed;
use crate::app::i18n::{Locale, locale};
use crate::app::types::activities::{Activity, ActivityList, ActivityOrigin};
use crate::tr;
use leptos::prelude::*;

/// One place: name, kind, distance, hours, price, indoor or out, and its line; `children`
/// (a button, say) at the end.
#[component]
pub fn ActivityCard(
    activity: Activity,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let a = activity;
    let facts = [
        Some(a.category.label()),
        Some(tr!("assistant-km", km = fixed(a.distance_km, 1))),
        a.price_label(),
        Some(indoors(a.indoor)),
        (a.kid_friendly == Some(true)).then(|| tr!("assistant-good-for-children")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let hours = if a.hours.is_empty() {
        match &a.opening_hours {
            Some(raw) => tr!("assistant-hours-as-listed", hours = raw.as_str()),
            None => tr!("assistant-hours-unknown"),
        }
    } else {
        a.hours.join("; ")
    };
    let host = a.source == ActivityOrigin::Guidebook;
    view! {
        <li class="activity" data-key=a.key.clone() data-source=format!("{:?}", a.source).to_lowercase()>
            <h3 class="activity__name">{a.name.clone()}</h3>
            {host.then(|| view! { <p class="activity__badge">{ActivityOrigin::Guidebook.label()}</p> })}
            <p class="activity__facts muted">{facts}</p>
            <p class="activity__hours">{hours}</p>
            {(!a.description.is_empty()).then(|| view! { <p class="activity__about">{a.description.clone()}</p> })}
            {children.map(|c| c())}
        </li>
    }
}

/// "Indoors" or "Outdoors".
pub(super) fn indoors(indoor: bool) -> String {
    if indoor {
        tr!("assistant-indoors")
    } else {
        tr!("assistant-outdoors")
    }
}

/// Names in a list, as the language separates them ("a, b, c").
pub(super) fn list(items: impl IntoIterator<Item = String>) -> String {
    let separator = match locale() {
        Locale::Ar => "، ",
        _ => ", ",
    };
    items.into_iter().collect::<Vec<_>>().join(separator)
}

/// A source of places or weather as the API names it ("Haven's place list",
/// "OpenStreetMap: unavailable", "Typical weather: NOAA"), in the current language.
pub(super) fn source_label(source: &str) -> String {
    if let Some(name) = source.strip_suffix(": unavailable") {
        return tr!("assistant-source-unavailable", source = source_label(name));
    }
    if let Some(station) = source.strip_prefix("Typical weather: ") {
        return tr!("assistant-source-typical-weather", station = station);
    }
    if let Some(model) = source.strip_prefix("Narrative: ") {
        return tr!("assistant-source-narrative", model = model);
    }
    match source {
        "The host's guidebook" => tr!("assistant-source-guidebook"),
        "Haven's place list" => tr!("assistant-source-haven"),
        "Open-Meteo forecast" => tr!("assistant-source-open-meteo"),
        other => other.to_string(),
    }
}

/// The sources of a list, named in the current language.
pub(super) fn sources_text(sources: &[String]) -> String {
    list(sources.iter().map(|s| source_label(s)))
}

/// The listing page's section; nothing at all when there is nothing near (or the places
/// could not be read: the page is complete without them).
#[component]
pub fn ThingsToDo(list: Resource<Option<ActivityList>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Some(list) = list.await else { return ().into_any() };
                if list.activities.is_empty() {
                    return ().into_any();
                }
                let sources = sources_text(&list.sources);
                view! {
                    <section class="listing__section things-to-do" aria-labelledby="things-heading">
                        <h2 id="things-heading">{tr!("assistant-things-to-do")}</h2>
                        <ul class="activities">
                            {list.activities.into_iter().map(|a| view! { <ActivityCard activity=a/> }).collect_view()}
                        </ul>
                        <p class="muted activities__sources">
                            {tr!("assistant-things-sources", sources = sources)}
                        </p>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}
