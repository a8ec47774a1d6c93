use super::use_hydrated;
use crate::app::types::map::BBox;
use crate::app::types::search::area_search_query;
use crate::tr;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};

/// A search result on the map: a price label at the listing's place, opening the listing.
#[derive(Clone, Debug, PartialEq)]
pub struct Pin {
    pub id: i64,
    pub lat: f64,
    pub lng: f64,
    /// The nightly price, as the cards show it.
    pub label: String,
    pub title: String,
    /// The listing page, with the stay carried in the query.
    pub href: String,
}

/// The reactive handles the browser side drives the map with (all `Copy`).
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
struct Wiring {
    node: NodeRef<Div>,
    pins: Signal<Vec<Pin>>,
    frame: Signal<Option<BBox>>,
    highlight: Signal<Option<i64>>,
    /// False while folded away (narrow screens).
    open: Signal<bool>,
    set_area: WriteSignal<Option<BBox>>,
    set_failed: WriteSignal<bool>,
}

/// The current page of search results as price pins on a map. The map shows `frame` (the
/// searched map area, from the URL's `bbox`) when there is one, else all the pins. Once the
/// user moves or zooms it, "Search this area" loads the current URL again with the area in
/// view as `bbox` (every other parameter kept, the page reset; see [`area_search_query`]).
/// `highlight` brings one result's pin forward (the card under the pointer or focus).
///
/// Hidden until the page has hydrated: without JavaScript there is no map, only the list.
/// On narrow screens the map sits above the list and can be folded away.
#[component]
pub fn ResultsMap(
    #[prop(into)] pins: Signal<Vec<Pin>>,
    #[prop(into)] frame: Signal<Option<BBox>>,
    #[prop(into)] highlight: Signal<Option<i64>>,
) -> impl IntoView {
    let hydrated = use_hydrated();
    let node = NodeRef::<Div>::new();
    let (area, set_area) = signal(None::<BBox>);
    let (failed, set_failed) = signal(false);
    let (open, set_open) = signal(true);
    browser::attach(Wiring {
        node,
        pins,
        frame,
        highlight,
        open: open.into(),
        set_area,
        set_failed,
    });
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    let search_area = move |_| {
        let Some(area) = area.get_untracked() else {
            return;
        };
        let pairs = query.with_untracked(|map| {
            map.latest_values()
                .flat_map(|(key, _)| {
                    let values = map.get_all(key).unwrap_or_default();
                    values.into_iter().map(move |v| (key.to_string(), v))
                })
                .collect::<Vec<_>>()
        });
        let path = location.pathname.get_untracked();
        let href = format!("{path}?{}", area_search_query(pairs, &area));
        navigate(&href, NavigateOptions::default());
    };

    view! {
        <section
            class="results-map"
            class=("results-map--folded", move || !open.get())
            aria-label=tr!("map-results-label")
            // Its place is kept (invisible) until the WASM draws it, so nothing moves when it
            // appears; without JavaScript the stylesheet leaves it out (`scripting: none`).
            class=("results-map--live", move || hydrated.get())
        >
            <button
                type="button"
                class="button button--quiet button--small results-map__toggle"
                aria-controls="results-map"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || if open.get() { tr!("map-hide") } else { tr!("map-show") }}
            </button>
            <div class="results-map__frame" id="results-map">
                <div class="map results-map__map" node_ref=node></div>
                <button
                    type="button"
                    class="button button--small results-map__search"
                    hidden=move || area.get().is_none()
                    on:click=search_area
                >
                    {tr!("map-search-area")}
                </button>
                <p class="map__note" hidden=move || !failed.get()>{tr!("map-failed")}</p>
            </div>
        </section>
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    pub fn attach(_: super::Wiring) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{Pin, Wiring};
    use crate::app::components::map::leaflet::{self, FeatureGroup, MapHandle, Marker, options};
    use crate::app::types::map::BBox;
    use leptos::prelude::*;
    use leptos_router::NavigateOptions;
    use leptos_router::hooks::use_navigate;
    use wasm_bindgen::JsValue;

    /// The map and the pins on it.
    struct Layers {
        handle: MapHandle,
        group: FeatureGroup,
        markers: Vec<(i64, Marker)>,
        /// Whether the map has been given a view yet (until then it has no bounds).
        placed: bool,
    }

    pub fn attach(w: Wiring) {
        let navigate = use_navigate();
        let layers = StoredValue::new_local(None::<Layers>);
        let (ready, set_ready) = signal(false);
        on_cleanup(move || drop(layers.try_update_value(Option::take)));

        // Build the map once its container is in the page and Leaflet has loaded.
        Effect::new(move |_| {
            let Some(container) = w.node.get() else {
                return;
            };
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                if leaflet::load().await.is_err() {
                    w.set_failed.try_set(true);
                    return;
                }
                let mut handle = MapHandle::new(&container, &[("minZoom", 1.into())]);
                handle.on_user_move(move |map| {
                    w.set_area.try_set(Some(leaflet::visible_area(map)));
                });
                let group = leaflet::feature_group();
                group.add_to(&handle.map);
                // A pin opens its listing: on a click, or on Enter or Space once focused
                // (Leaflet makes pins focusable buttons, but a div has no keyboard click).
                let open = move |event: &JsValue| {
                    if let Some(href) = leaflet::event_layer_option(event, "href") {
                        navigate(&href, NavigateOptions::default());
                    }
                };
                handle.listen(&group, "click", {
                    let open = open.clone();
                    move |event| open(&event)
                });
                handle.listen(&group, "keydown", move |event| {
                    if let Some(key) = leaflet::event_key(&event)
                        && (key == "Enter" || key == " ")
                    {
                        leaflet::prevent_default(&event);
                        open(&event);
                    }
                });
                let built = Layers {
                    handle,
                    group,
                    markers: Vec::new(),
                    placed: false,
                };
                // Unmounted meanwhile: the value comes back and is dropped, removing the map.
                if layers.try_set_value(Some(built)).is_none() {
                    set_ready.set(true);
                }
            });
        });

        // The pins and the view follow the results; a new search hides "Search this area".
        // Unfolding the map fits it again (folded, it had no size to fit in).
        Effect::new(move |_| {
            let (pins, frame) = (w.pins.get(), w.frame.get());
            w.open.track();
            if ready.get() {
                layers.update_value(|l| {
                    if let Some(l) = l {
                        l.show(&pins, frame);
                    }
                });
            }
            w.set_area.set(None);
        });

        Effect::new(move |_| {
            let id = w.highlight.get();
            if ready.get() {
                layers.with_value(|l| {
                    for (pin, marker) in l.iter().flat_map(|l| &l.markers) {
                        let on = Some(*pin) == id;
                        if let Some(el) = marker.get_element() {
                            let _ = el.class_list().toggle_with_force("map-pin--active", on);
                        }
                        marker.set_z_index_offset(if on { 1000.0 } else { 0.0 });
                    }
                });
            }
        });
    }

    impl Layers {
        fn show(&mut self, pins: &[Pin], frame: Option<BBox>) {
            // The view first: Leaflet adds layers (and creates their elements) only to a map
            // that has one.
            self.handle.quietly(leaflet::Map::invalidate_size);
            let still = options(&[("animate", false.into())]);
            match frame {
                // The area the user just asked for from this very view: leave it be.
                Some(area) if self.placed && leaflet::visible_area(&self.handle.map) == area => {}
                Some(area) => self
                    .handle
                    .quietly(|map| map.fit_bounds(&leaflet::bounds(area), &still)),
                None if !pins.is_empty() => {
                    let around = leaflet::bounds_around(pins.iter().map(|p| (p.lat, p.lng)));
                    let fit = options(&[
                        ("animate", false.into()),
                        ("padding", js_sys::Array::of2(&40.into(), &40.into()).into()),
                        ("maxZoom", 14.into()),
                    ]);
                    self.handle.quietly(|map| map.fit_bounds(&around, &fit));
                }
                None => self
                    .handle
                    .quietly(|map| map.set_view(&leaflet::lat_lng(20.0, 0.0), 2.0, &still)),
            }
            self.placed = true;
            self.group.clear_layers();
            self.markers = pins
                .iter()
                .map(|pin| {
                    let marker = price_pin(pin);
                    self.group.add_layer(&marker);
                    if let Some(el) = marker.get_element() {
                        let name = crate::tr_in!(
                            crate::app::i18n::page_locale(),
                            "map-pin-label",
                            title = pin.title.as_str(),
                            price = pin.label.as_str()
                        );
                        let _ = el.set_attribute("aria-label", &name);
                    }
                    (pin.id, marker)
                })
                .collect();
        }
    }

    /// A price label at the listing's place; `href` rides in the options for the click.
    fn price_pin(pin: &Pin) -> Marker {
        let label = document().create_element("span").ok();
        if let Some(label) = &label {
            label.set_text_content(Some(&pin.label));
        }
        let icon = leaflet::div_icon(&options(&[
            ("className", "map-pin".into()),
            ("html", label.map_or(JsValue::NULL, JsValue::from)),
            // No size: the label sizes itself, and CSS centres it above the point.
            ("iconSize", JsValue::NULL),
        ]));
        leaflet::marker(
            &leaflet::lat_lng(pin.lat, pin.lng),
            &options(&[
                ("icon", icon),
                ("title", pin.title.as_str().into()),
                ("href", pin.href.as_str().into()),
                ("riseOnHover", true.into()),
            ]),
        )
    }
}
