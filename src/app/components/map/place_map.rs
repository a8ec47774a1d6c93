use super::use_hydrated;
use crate::tr;
use leptos::html::Div;
use leptos::prelude::*;

/// A small map of the area around a place, as a shaded circle. Hidden until the page has
/// hydrated (without JavaScript the section around it still names the place).
#[component]
pub fn PlaceMap(
    lat: f64,
    lng: f64,
    /// The map's accessible name, e.g. "Map of the area around Lisbon".
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let hydrated = use_hydrated();
    let node = NodeRef::<Div>::new();
    let (failed, set_failed) = signal(false);
    browser::attach(node, lat, lng, set_failed);
    view! {
        <div class="place-map" role="region" aria-label=label hidden=move || !hydrated.get()>
            <div class="map place-map__map" node_ref=node></div>
            <p class="map__note" hidden=move || !failed.get()>{tr!("map-failed")}</p>
        </div>
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::html::Div;
    use leptos::prelude::*;

    pub fn attach(_: NodeRef<Div>, _: f64, _: f64, _: WriteSignal<bool>) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::app::components::map::leaflet::{self, MapHandle, options};
    use leptos::html::Div;
    use leptos::prelude::*;

    /// How far around the place the shaded area reaches: the page tells the neighbourhood,
    /// not the door.
    const AREA_RADIUS_M: f64 = 400.0;

    pub fn attach(node: NodeRef<Div>, lat: f64, lng: f64, set_failed: WriteSignal<bool>) {
        let map = StoredValue::new_local(None::<MapHandle>);
        on_cleanup(move || drop(map.try_update_value(Option::take)));
        Effect::new(move |_| {
            let Some(container) = node.get() else {
                return;
            };
            leptos::task::spawn_local(async move {
                if leaflet::load().await.is_err() {
                    set_failed.try_set(true);
                    return;
                }
                // The page scrolls past this map: the wheel scrolls the page, not the map.
                let handle = MapHandle::new(&container, &[("scrollWheelZoom", false.into())]);
                let center = leaflet::lat_lng(lat, lng);
                handle.quietly(|m| m.set_view(&center, 14.0, &options(&[])));
                let area = leaflet::circle(
                    &center,
                    &options(&[
                        ("radius", AREA_RADIUS_M.into()),
                        ("className", "map-area".into()),
                        ("interactive", false.into()),
                    ]),
                );
                area.add_to(&handle.map);
                drop(map.try_set_value(Some(handle)));
            });
        });
    }
}
