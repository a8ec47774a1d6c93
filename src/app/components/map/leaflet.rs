//! Browser only: wasm-bindgen bindings to the parts of Leaflet (`window.L`) the maps use,
//! and what every map shares: loading Leaflet on demand, the configured tiles, following
//! the container's size, telling the user's moves from the program's, removal on drop.
//!
//! The bindings resolve `L` when called, not when the WASM starts, so Leaflet need only
//! be present by the time [`load`] has finished.

use crate::app::types::map::{BBox, MapTiles};
use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::document;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, ResizeObserver};

/// Copied from the npm package into `public/` by `scripts/install-tools.sh`.
const SCRIPT: &str = "/vendor/leaflet/leaflet.js";
const STYLESHEET: &str = "/vendor/leaflet/leaflet.css";

#[wasm_bindgen]
extern "C" {
    /// `window.matchMedia(query)`'s answer; only whether it matches is read.
    type MediaQuery;
    #[wasm_bindgen(js_name = matchMedia)]
    fn match_media(query: &str) -> MediaQuery;
    #[wasm_bindgen(method, getter)]
    fn matches(this: &MediaQuery) -> bool;
}

#[wasm_bindgen]
extern "C" {
    /// Anything with `on(event, handler)`.
    #[derive(Clone)]
    pub type Evented;
    #[wasm_bindgen(method)]
    fn on(this: &Evented, event: &str, handler: &Function);

    /// `L.Map`.
    #[wasm_bindgen(extends = Evented)]
    #[derive(Clone)]
    pub type Map;
    #[wasm_bindgen(js_namespace = L, js_name = map)]
    fn new_map(container: &HtmlElement, options: &Object) -> Map;
    #[wasm_bindgen(method, js_name = fitBounds)]
    pub fn fit_bounds(this: &Map, bounds: &LatLngBounds, options: &Object);
    #[wasm_bindgen(method, js_name = setView)]
    pub fn set_view(this: &Map, center: &Array, zoom: f64, options: &Object);
    #[wasm_bindgen(method, js_name = panTo)]
    pub fn pan_to(this: &Map, center: &Array);
    #[wasm_bindgen(method, js_name = getBounds)]
    fn get_bounds(this: &Map) -> LatLngBounds;
    #[wasm_bindgen(method, js_name = hasLayer)]
    pub fn has_layer(this: &Map, layer: &Layer) -> bool;
    /// Reads the container's size again (after it changed).
    #[wasm_bindgen(method, js_name = invalidateSize)]
    pub fn invalidate_size(this: &Map);
    #[wasm_bindgen(method)]
    fn remove(this: &Map);

    /// `L.LatLngBounds`.
    #[derive(Clone)]
    pub type LatLngBounds;
    #[wasm_bindgen(js_namespace = L, js_name = latLngBounds)]
    fn lat_lng_bounds(corners: &Array) -> LatLngBounds;
    #[wasm_bindgen(method, js_name = getWest)]
    fn get_west(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getSouth)]
    fn get_south(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getEast)]
    fn get_east(this: &LatLngBounds) -> f64;
    #[wasm_bindgen(method, js_name = getNorth)]
    fn get_north(this: &LatLngBounds) -> f64;

    /// `L.LatLng`.
    #[derive(Clone)]
    pub type LatLng;
    #[wasm_bindgen(method, getter)]
    pub fn lat(this: &LatLng) -> f64;
    #[wasm_bindgen(method, getter)]
    pub fn lng(this: &LatLng) -> f64;
    /// The same point with its longitude brought into -180..180.
    #[wasm_bindgen(method)]
    pub fn wrap(this: &LatLng) -> LatLng;

    /// `L.Layer`: markers, circles, tile layers, groups.
    #[wasm_bindgen(extends = Evented)]
    #[derive(Clone)]
    pub type Layer;
    #[wasm_bindgen(method, js_name = addTo)]
    pub fn add_to(this: &Layer, map: &Map);
    #[wasm_bindgen(js_namespace = L, js_name = tileLayer)]
    fn tile_layer(url: &str, options: &Object) -> Layer;
    #[wasm_bindgen(js_namespace = L, js_name = circle)]
    pub fn circle(center: &Array, options: &Object) -> Layer;

    /// `L.Marker`.
    #[wasm_bindgen(extends = Layer, extends = Evented)]
    #[derive(Clone)]
    pub type Marker;
    #[wasm_bindgen(js_namespace = L, js_name = marker)]
    pub fn marker(at: &Array, options: &Object) -> Marker;
    #[wasm_bindgen(method, js_name = getLatLng)]
    pub fn get_lat_lng(this: &Marker) -> LatLng;
    #[wasm_bindgen(method, js_name = setLatLng)]
    pub fn set_lat_lng(this: &Marker, at: &Array);
    /// The marker's element, once it is on a map.
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &Marker) -> Option<HtmlElement>;
    #[wasm_bindgen(method, js_name = setZIndexOffset)]
    pub fn set_z_index_offset(this: &Marker, offset: f64);
    /// `L.divIcon`: a marker drawn by HTML and CSS, no images.
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &Object) -> JsValue;

    /// `L.FeatureGroup`: passes its layers' events on, with the layer as `event.layer`.
    #[wasm_bindgen(extends = Layer, extends = Evented)]
    #[derive(Clone)]
    pub type FeatureGroup;
    #[wasm_bindgen(js_namespace = L, js_name = featureGroup)]
    pub fn feature_group() -> FeatureGroup;
    #[wasm_bindgen(method, js_name = addLayer)]
    pub fn add_layer(this: &FeatureGroup, layer: &Layer);
    #[wasm_bindgen(method, js_name = clearLayers)]
    pub fn clear_layers(this: &FeatureGroup);
}

thread_local! {
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Loads Leaflet's script and stylesheet, once per page however many maps ask.
pub async fn load() -> Result<(), JsValue> {
    let promise = LOADING.with(|l| l.borrow_mut().get_or_insert_with(inject).clone());
    let loaded = JsFuture::from(promise).await.map(drop);
    if loaded.is_err() {
        // A later map tries again.
        LOADING.with(|l| l.borrow_mut().take());
    }
    loaded
}

fn inject() -> Promise {
    if Reflect::has(&js_sys::global(), &"L".into()).unwrap_or(false) {
        return Promise::resolve(&JsValue::UNDEFINED);
    }
    let element = |tag: &str, attributes: &[(&str, &str)]| {
        Promise::new(&mut |resolve, reject| {
            let doc = document();
            let (Ok(el), Some(head)) = (doc.create_element(tag), doc.head()) else {
                let _ = reject.call0(&JsValue::NULL);
                return;
            };
            for (name, value) in attributes {
                let _ = el.set_attribute(name, value);
            }
            let _ = el.add_event_listener_with_callback("load", &resolve);
            let _ = el.add_event_listener_with_callback("error", &reject);
            let _ = head.append_child(&el);
        })
    };
    let stylesheet = element("link", &[("rel", "stylesheet"), ("href", STYLESHEET)]);
    let script = element("script", &[("src", SCRIPT)]);
    Promise::all(&Array::of2(&stylesheet, &script))
}

/// A Leaflet options object.
pub fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// `[lat, lng]`, as Leaflet takes a point.
pub fn lat_lng(lat: f64, lng: f64) -> Array {
    Array::of2(&lat.into(), &lng.into())
}

/// Leaflet bounds of `area`; one across the antimeridian stays the short way round.
pub fn bounds(area: BBox) -> LatLngBounds {
    let east = if area.west > area.east {
        area.east + 360.0
    } else {
        area.east
    };
    lat_lng_bounds(&Array::of2(
        &lat_lng(area.south, area.west),
        &lat_lng(area.north, east),
    ))
}

/// The smallest bounds around `points` (`(lat, lng)`).
pub fn bounds_around(points: impl IntoIterator<Item = (f64, f64)>) -> LatLngBounds {
    lat_lng_bounds(
        &points
            .into_iter()
            .map(|(lat, lng)| JsValue::from(lat_lng(lat, lng)))
            .collect(),
    )
}

/// The area the map shows, as a search would take it.
pub fn visible_area(map: &Map) -> BBox {
    let b = map.get_bounds();
    BBox::from_view(b.get_west(), b.get_south(), b.get_east(), b.get_north())
}

/// `event.latlng` of a map or marker event.
pub fn event_lat_lng(event: &JsValue) -> Option<LatLng> {
    Reflect::get(event, &"latlng".into())
        .ok()
        .filter(|v| v.is_object())
        .map(JsCast::unchecked_into)
}

/// The DOM event behind a Leaflet event (`event.originalEvent`).
fn original_event(event: &JsValue) -> Option<web_sys::Event> {
    Reflect::get(event, &"originalEvent".into())
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::Event>().ok())
}

/// The key of a Leaflet keyboard event (`event.originalEvent.key`).
pub fn event_key(event: &JsValue) -> Option<String> {
    let original = original_event(event)?;
    Reflect::get(&original, &"key".into()).ok()?.as_string()
}

/// Stops the browser's default action for the DOM event behind a Leaflet event.
pub fn prevent_default(event: &JsValue) {
    if let Some(original) = original_event(event) {
        original.prevent_default();
    }
}

/// A string option of the layer an event came from (`event.layer.options[key]`).
pub fn event_layer_option(event: &JsValue, key: &str) -> Option<String> {
    let layer = Reflect::get(event, &"layer".into()).ok()?;
    let options = Reflect::get(&layer, &"options".into()).ok()?;
    Reflect::get(&options, &key.into()).ok()?.as_string()
}

/// A map in a container, with the configured tiles, and the handlers it calls: all
/// released when it is dropped (the component unmounts), which also removes the map.
pub struct MapHandle {
    pub map: Map,
    /// Set while the program moves the map, so only the user's moves count as moves.
    quiet: Rc<Cell<bool>>,
    observer: Option<ResizeObserver>,
    handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl MapHandle {
    pub fn new(container: &HtmlElement, map_options: &[(&str, JsValue)]) -> Self {
        let settings = options(map_options);
        // The observer below follows every size change (a column opening, a phone turning),
        // not only the window's.
        let _ = Reflect::set(&settings, &"trackResize".into(), &false.into());
        // With prefers-reduced-motion: no zoom or fade animations, and the map does not
        // glide on after a drag. (The stylesheet cuts CSS transitions short; Leaflet runs
        // these itself.)
        if match_media("(prefers-reduced-motion: reduce)").matches() {
            for key in [
                "zoomAnimation",
                "fadeAnimation",
                "markerZoomAnimation",
                "inertia",
            ] {
                let _ = Reflect::set(&settings, &key.into(), &false.into());
            }
        }
        let map = new_map(container, &settings);
        name_zoom_buttons(container);
        add_tiles(&map);
        let mut handle = Self {
            map,
            quiet: Rc::new(Cell::new(false)),
            observer: None,
            handlers: Vec::new(),
        };
        let resize = {
            let (map, quiet) = (handle.map.clone(), handle.quiet.clone());
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                quiet.set(true);
                map.invalidate_size();
                quiet.set(false);
            })
        };
        handle.observer = ResizeObserver::new(resize.as_ref().unchecked_ref()).ok();
        if let Some(observer) = &handle.observer {
            observer.observe(container);
        }
        handle.handlers.push(resize);
        handle
    }

    /// Moves the map without it counting as the user's move. `f` must not animate
    /// (`animate: false`), so the move has ended when it returns.
    pub fn quietly(&self, f: impl FnOnce(&Map)) {
        self.quiet.set(true);
        f(&self.map);
        self.quiet.set(false);
    }

    /// Calls `f` after the user has moved or zoomed the map (drag, wheel, keys, buttons).
    pub fn on_user_move(&mut self, mut f: impl FnMut(&Map) + 'static) {
        let (map, quiet) = (self.map.clone(), self.quiet.clone());
        self.listen(&map.clone(), "moveend", move |_| {
            if !quiet.get() {
                f(&map);
            }
        });
    }

    /// `target.on(event, handler)`, the handler living as long as the map.
    pub fn listen(
        &mut self,
        target: &Evented,
        event: &str,
        handler: impl FnMut(JsValue) + 'static,
    ) {
        let closure = Closure::<dyn FnMut(JsValue)>::new(handler);
        target.on(event, closure.as_ref().unchecked_ref());
        self.handlers.push(closure);
    }
}

impl Drop for MapHandle {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.map.remove();
    }
}

/// The tile layer the server configured (`<meta>` tags written by the shell); none when
/// the URL is empty or absent. Tiles that fail to load leave the plain background.
/// Leaflet names its zoom buttons in English: they take the page's language instead.
fn name_zoom_buttons(container: &HtmlElement) {
    let locale = crate::app::i18n::page_locale();
    for (selector, label) in [
        (
            ".leaflet-control-zoom-in",
            crate::tr_in!(locale, "map-zoom-in"),
        ),
        (
            ".leaflet-control-zoom-out",
            crate::tr_in!(locale, "map-zoom-out"),
        ),
    ] {
        if let Ok(Some(button)) = container.query_selector(selector) {
            let _ = button.set_attribute("title", &label);
            let _ = button.set_attribute("aria-label", &label);
        }
    }
}

fn add_tiles(map: &Map) {
    let meta = |name: &str| {
        document()
            .query_selector(&format!(r#"meta[name="{name}"]"#))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
    };
    let Some(url) = meta(MapTiles::URL_META).filter(|u| !u.trim().is_empty()) else {
        return;
    };
    let attribution = meta(MapTiles::ATTRIBUTION_META).unwrap_or_default();
    let settings = options(&[("attribution", attribution.into()), ("maxZoom", 19.into())]);
    tile_layer(&url, &settings).add_to(map);
}
