//! Charts for the owner's dashboard: [`BarChart`] (this year against last), [`LineChart`]
//! (occupancy by week) and [`Histogram`] (lead time). Inline SVG rendered on the server, so a
//! chart is there in the first HTML and without JavaScript; every bar and point is focusable,
//! named for screen readers ("August, 2026: €4,210") and shows its value on hover and on
//! keyboard focus through CSS alone, before and after hydration. Each chart is followed by its
//! data as a table, folded under "Show the data", and "No data for this period" stands in for
//! a chart with nothing to draw.
//!
//! # Why not a chart crate
//!
//! The issue asked for a maintained crate where one fits Leptos 0.8 server rendering. None
//! did:
//! - **leptos-chartistry** (0.2, Leptos 0.8) measures its container with a `ResizeObserver`
//!   and renders `<p>Loading...</p>` until it has: the server's HTML has no chart, so nothing
//!   shows without JavaScript. Its tooltip follows the mouse only (no focusable points, no
//!   ARIA), and it brings `chrono` and `leptos-use` into the WASM.
//! - **plotters** (`SVGBackend`) and **charts-rs** produce an SVG *string*: it would go in
//!   through `inner_html` (so the same string on both sides, or a hydration mismatch), with
//!   fixed pixel sizes, colours baked in (no dark scheme from CSS variables), and no way to
//!   make a bar focusable or name it. charts-rs also measures text with `fontdue` and an
//!   embedded font; in `src/app` all of it would be compiled into the WASM.
//!
//! So this is a small chart set of our own, with no dependency: the scale and tick code in
//! [`scale`] and the formatting in [`format`] are unit-tested, and the geometry is tested on
//! the models before any rendering.
//!
//! # Use
//!
//! Inputs are plain data (serde), so a server function can return them as they are. Money is
//! in minor units, as `Money::amount_minor`; percentages are ratios (0.734 is 73.4%).
//!
//! ```ignore
//! use crate::app::components::charts::{
//!     BarChart, ChartSeries, Histogram, LineChart, ValueFormat, ranged_bins,
//! };
//! use crate::app::types::Currency;
//!
//! view! {
//!     <BarChart
//!         id="earnings"
//!         title="Earnings by month"
//!         x_label="Month"
//!         y_label="Earnings"
//!         labels=months            // Vec<String>: "January", …
//!         series=vec![
//!             ChartSeries::new("2026", this_year),   // Vec<Option<f64>>, minor units
//!             ChartSeries::new("2025", last_year),
//!         ]
//!         format=ValueFormat::Money(Currency::Eur)
//!     />
//!     <LineChart
//!         id="occupancy"
//!         title="Occupancy by week"
//!         x_label="Week"
//!         labels=weeks
//!         series=vec![ChartSeries::new("Occupancy", ratios)]   // None: a gap
//!         format=ValueFormat::Percent
//!     />
//!     <Histogram
//!         id="lead-time"
//!         title="Lead time"
//!         x_label="Booked ahead"
//!         count_label="Bookings"
//!         bins=ranged_bins(&counts, 7, ("day", "days"))   // "0–6 days", …, "56+ days"
//!     />
//! }
//! ```
//!
//! `id` must be unique on the page: the chart's element ids (`{id}-title`, `{id}-desc`) start
//! with it. The drawing is 640 × 300 viewBox units and scales to its container's width; the
//! colours are the stylesheet's `--chart-*` variables, for both colour schemes.

mod bar;
mod data;
pub mod format;
mod layout;
mod line;
mod model;
mod render;
pub mod scale;
mod table;
#[cfg(all(test, feature = "ssr"))]
mod tests;

pub use bar::{BarChart, Histogram};
pub use data::{ChartSeries, HistogramBin, ranged_bins};
pub use format::ValueFormat;
pub use line::LineChart;
pub use table::DataTable;
