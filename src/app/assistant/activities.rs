//! "Things to do nearby" on the listing page: the host's guidebook first, then Haven's
//! place list (and OpenStreetMap when configured), each with its hours and distance.

use crate::app::types::activities::{Activity, ActivityList, ActivityOrigin};
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
        Some(a.category.label().to_string()),
        Some(format!("{:.1} km", a.distance_km)),
        a.price_label().map(str::to_string),
        Some(if a.indoor { "Indoors" } else { "Outdoors" }.to_string()),
        (a.kid_friendly == Some(true)).then(|| "Good for children".to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let hours = if a.hours.is_empty() {
        match &a.opening_hours {
            Some(raw) => format!("Hours as listed: {raw}"),
            None => "Opening hours not known".to_string(),
        }
    } else {
        a.hours.join("; ")
    };
    let host = a.source == ActivityOrigin::Guidebook;
    view! {
        <li class="activity" data-key=a.key.clone() data-source=format!("{:?}", a.source).to_lowercase()>
            <h3 class="activity__name">{a.name.clone()}</h3>
            {host.then(|| view! { <p class="activity__badge">"Host’s pick"</p> })}
            <p class="activity__facts muted">{facts}</p>
            <p class="activity__hours">{hours}</p>
            {(!a.description.is_empty()).then(|| view! { <p class="activity__about">{a.description.clone()}</p> })}
            {children.map(|c| c())}
        </li>
    }
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
                let sources = list.sources.join(", ");
                view! {
                    <section class="listing__section things-to-do" aria-labelledby="things-heading">
                        <h2 id="things-heading">"Things to do nearby"</h2>
                        <ul class="activities">
                            {list.activities.into_iter().map(|a| view! { <ActivityCard activity=a/> }).collect_view()}
                        </ul>
                        <p class="muted activities__sources">
                            {format!("From: {sources}. Hours change: check before you go.")}
                        </p>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}
