use super::use_hydrated;
use crate::tr;
use leptos::html::Div;
use leptos::prelude::*;

/// A map for choosing a point, tied to two `<input>`s of the page by their ids.
///
/// - Clicking the map puts the marker there; the marker can be dragged. Either way the
///   point is written into the inputs with 5 decimals (about a metre), and each input
///   gets an `input` and a `change` event (bubbling), so `bind:value`, `on:input` and
///   form state see the new value as if it had been typed.
/// - Typing a valid latitude (-90 to 90) and longitude (-180 to 180) into the inputs
///   moves the marker there.
/// - The inputs stay the source of truth: without JavaScript (the map is hidden until
///   the page has hydrated) or if the map cannot load, they work on their own.
///
/// Props:
/// - `latitude`, `longitude`: the ids of the two inputs. They must be in the page when
///   the map loads (render them in the same view, before or after the picker).
/// - `label`: the map's accessible name (default "Choose the location on the map").
///
/// ```text
/// view! {
///     <input id="lat" name="latitude" inputmode="decimal"/>
///     <input id="lng" name="longitude" inputmode="decimal"/>
///     <LocationPicker latitude="lat" longitude="lng"/>
/// }
/// ```
#[component]
pub fn LocationPicker(
    #[prop(into)] latitude: String,
    #[prop(into)] longitude: String,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let hydrated = use_hydrated();
    let node = NodeRef::<Div>::new();
    let (failed, set_failed) = signal(false);
    browser::attach(node, latitude, longitude, set_failed);
    let label = label.unwrap_or_else(|| tr!("map-picker-label"));
    view! {
        <div class="location-picker" role="region" aria-label=label hidden=move || !hydrated.get()>
            <div class="map location-picker__map" node_ref=node></div>
            <p class="map__note" hidden=move || !failed.get()>{tr!("map-picker-failed")}</p>
        </div>
    }
}

/// A point typed into the two inputs, when both are numbers within range.
pub fn parse_point(lat: &str, lng: &str) -> Option<(f64, f64)> {
    let number = |s: &str| s.trim().parse::<f64>().ok().filter(|n| n.is_finite());
    let (lat, lng) = (number(lat)?, number(lng)?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng)).then_some((lat, lng))
}

/// A coordinate as the picker writes it: 5 decimals, never "-0.00000".
pub fn format_coordinate(x: f64) -> String {
    let text = format!("{x:.5}");
    if text
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        "0.00000".to_string()
    } else {
        text
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use leptos::html::Div;
    use leptos::prelude::*;

    pub fn attach(_: NodeRef<Div>, _: String, _: String, _: WriteSignal<bool>) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{format_coordinate, parse_point};
    use crate::app::components::map::leaflet::{self, MapHandle, options};
    use leptos::html::Div;
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{Event, EventInit, HtmlInputElement};

    /// The two inputs, and whether the picker itself is writing them (its own events are
    /// not the user typing).
    struct Inputs {
        lat: HtmlInputElement,
        lng: HtmlInputElement,
        writing: Cell<bool>,
    }

    impl Inputs {
        fn point(&self) -> Option<(f64, f64)> {
            parse_point(&self.lat.value(), &self.lng.value())
        }

        fn write(&self, lat: f64, lng: f64) {
            self.writing.set(true);
            for (input, value) in [(&self.lat, lat), (&self.lng, lng)] {
                input.set_value(&format_coordinate(value));
                for kind in ["input", "change"] {
                    let init = EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
                        let _ = input.dispatch_event(&event);
                    }
                }
            }
            self.writing.set(false);
        }
    }

    /// The map, the marker and the inputs' listener (removed on drop).
    struct Picker {
        _handle: MapHandle,
        inputs: Rc<Inputs>,
        on_input: Closure<dyn FnMut(JsValue)>,
    }

    impl Drop for Picker {
        fn drop(&mut self) {
            for input in [&self.inputs.lat, &self.inputs.lng] {
                let _ = input.remove_event_listener_with_callback(
                    "input",
                    self.on_input.as_ref().unchecked_ref(),
                );
            }
        }
    }

    pub fn attach(
        node: NodeRef<Div>,
        latitude: String,
        longitude: String,
        set_failed: WriteSignal<bool>,
    ) {
        let picker = StoredValue::new_local(None::<Picker>);
        on_cleanup(move || drop(picker.try_update_value(Option::take)));
        Effect::new(move |_| {
            let Some(container) = node.get() else {
                return;
            };
            let (latitude, longitude) = (latitude.clone(), longitude.clone());
            leptos::task::spawn_local(async move {
                let input = |id: &str| {
                    document()
                        .get_element_by_id(id)
                        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
                };
                let (Some(lat), Some(lng)) = (input(&latitude), input(&longitude)) else {
                    leptos::logging::warn!("LocationPicker: no inputs #{latitude}, #{longitude}");
                    set_failed.try_set(true);
                    return;
                };
                if leaflet::load().await.is_err() {
                    set_failed.try_set(true);
                    return;
                }
                let inputs = Rc::new(Inputs {
                    lat,
                    lng,
                    writing: Cell::new(false),
                });
                drop(picker.try_set_value(Some(build(&container, inputs))));
            });
        });
    }

    fn build(container: &web_sys::HtmlElement, inputs: Rc<Inputs>) -> Picker {
        let mut handle = MapHandle::new(container, &[]);
        let icon = leaflet::div_icon(&options(&[
            ("className", "map-marker".into()),
            ("iconSize", JsValue::NULL),
        ]));
        let marker = leaflet::marker(
            &leaflet::lat_lng(0.0, 0.0),
            &options(&[
                ("icon", icon),
                ("draggable", true.into()),
                ("keyboard", false.into()),
                (
                    "title",
                    crate::tr_in!(crate::app::i18n::page_locale(), "map-picker-marker").into(),
                ),
            ]),
        );
        let map = handle.map.clone();
        let place = {
            let (map, marker) = (map.clone(), marker.clone());
            move |lat: f64, lng: f64| {
                marker.set_lat_lng(&leaflet::lat_lng(lat, lng));
                if !map.has_layer(&marker) {
                    marker.add_to(&map);
                }
            }
        };
        let still = options(&[("animate", false.into())]);
        match inputs.point() {
            Some((lat, lng)) => {
                handle.quietly(|m| m.set_view(&leaflet::lat_lng(lat, lng), 13.0, &still));
                place(lat, lng);
            }
            None => handle.quietly(|m| m.set_view(&leaflet::lat_lng(20.0, 0.0), 2.0, &still)),
        }

        // A click on the map puts the point there.
        handle.listen(&map, "click", {
            let (inputs, place) = (inputs.clone(), place.clone());
            move |event| {
                if let Some(at) = leaflet::event_lat_lng(&event).map(|at| at.wrap()) {
                    place(at.lat(), at.lng());
                    inputs.write(at.lat(), at.lng());
                }
            }
        });
        // So does dropping the marker.
        handle.listen(&marker, "dragend", {
            let (inputs, marker) = (inputs.clone(), marker.clone());
            move |_| {
                let at = marker.get_lat_lng().wrap();
                inputs.write(at.lat(), at.lng());
            }
        });
        // Typing a point moves the marker to it.
        let on_input = Closure::<dyn FnMut(JsValue)>::new({
            let inputs = inputs.clone();
            move |_| {
                if inputs.writing.get() {
                    return;
                }
                if let Some((lat, lng)) = inputs.point() {
                    place(lat, lng);
                    map.pan_to(&leaflet::lat_lng(lat, lng));
                }
            }
        });
        for input in [&inputs.lat, &inputs.lng] {
            let _ =
                input.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        }
        Picker {
            _handle: handle,
            inputs,
            on_input,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_needs_two_numbers_within_range() {
        assert_eq!(parse_point(" 38.7", "-9.14 "), Some((38.7, -9.14)));
        assert_eq!(parse_point("90", "180"), Some((90.0, 180.0)));
        for (lat, lng) in [
            ("", "1"),
            ("1", ""),
            ("91", "0"),
            ("0", "-180.5"),
            ("NaN", "0"),
            ("x", "1"),
        ] {
            assert_eq!(parse_point(lat, lng), None, "{lat}, {lng}");
        }
    }

    #[test]
    fn coordinates_are_written_with_five_decimals() {
        assert_eq!(format_coordinate(38.712_345_6), "38.71235");
        assert_eq!(format_coordinate(-9.1), "-9.10000");
        assert_eq!(format_coordinate(-0.000_001), "0.00000");
    }
}
