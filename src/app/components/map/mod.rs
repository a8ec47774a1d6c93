//! Maps: Leaflet driven through wasm-bindgen, loaded on demand by the pages that show a
//! map (the home page never fetches it).
//!
//! Every map renders on the server as an empty container, hidden until the page has
//! hydrated; all Leaflet work runs in the browser, in effects (`browser` modules and
//! `leaflet.rs`, compiled only with `hydrate`). Server and browser therefore render the
//! same HTML, and a page without JavaScript has no map and nothing broken. Tiles come
//! from the server's configuration through `<meta>` tags in the shell
//! ([`MapTiles`](crate::app::types::map::MapTiles)); with no tiles, or none reachable,
//! pins and areas show on a plain background.

#[cfg(feature = "hydrate")]
mod leaflet;
mod picker;
mod place_map;
mod results_map;

pub use picker::{LocationPicker, format_coordinate, parse_point};
pub use place_map::PlaceMap;
pub use results_map::{Pin, ResultsMap};

use crate::app::Hydrated;
use leptos::prelude::*;

/// Whether the page has hydrated (false during SSR and until the WASM takes over).
fn use_hydrated() -> ReadSignal<bool> {
    use_context::<Hydrated>().map_or_else(|| signal(false).0, |h| h.0)
}
