//! Drawing a chart's model: a `<figure>` with its caption, the legend, the inline SVG and the
//! data table. Static markup only (no signals, no browser APIs), so the server's HTML and the
//! hydrated page are the same, and hover and focus work through CSS before the WASM loads.

use super::layout::{HEIGHT, TIP_HEIGHT, TIP_TOP, WIDTH, tip_box};
use super::model::{Chart, Mark, Shape, coord};
use super::table::DataTable;
use crate::tr;
use leptos::prelude::*;

/// The words around a chart, given by the page.
pub struct ChartText {
    pub id: String,
    pub title: String,
    pub x_label: String,
    pub y_label: Option<String>,
    pub description: Option<String>,
}

/// The figure for a chart, or its empty state when there is nothing to draw.
pub fn render(text: ChartText, chart: Option<Chart>) -> AnyView {
    let Some(chart) = chart else {
        return view! {
            <figure class="chart chart--empty" id=text.id>
                <figcaption class="chart__title">{text.title}</figcaption>
                <p class="chart__empty">{tr!("dashboard-chart-empty")}</p>
            </figure>
        }
        .into_any();
    };
    let (title_id, desc_id) = (format!("{}-title", text.id), format!("{}-desc", text.id));
    let (labelledby, describedby) = (title_id.clone(), desc_id.clone());
    let description = text
        .description
        .clone()
        .unwrap_or(chart.description.clone());
    let axis_title = match (text.y_label.clone(), chart.format.unit()) {
        (Some(label), Some(unit)) => {
            Some(tr!("dashboard-chart-with-unit", name = label, unit = unit))
        }
        (Some(label), None) => Some(label),
        (None, unit) => unit.map(str::to_string),
    };
    view! {
        <figure class=chart.kind.class() id=text.id.clone()>
            <figcaption class="chart__title">{text.title.clone()}</figcaption>
            {legend(&chart)}
            <div class="chart__frame">
                <svg
                    class="chart__svg"
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    role="group"
                    aria-labelledby=labelledby
                    aria-describedby=describedby
                >
                    <title id=title_id>{text.title.clone()}</title>
                    <desc id=desc_id>{description}</desc>
                    {axes(&chart, axis_title)}
                    <g class="chart__lines" aria-hidden="true">
                        {chart
                            .lines
                            .iter()
                            .map(|(s, d)| {
                                view! { <path class=series_class("chart__line", *s) d=d.clone()></path> }
                            })
                            .collect_view()}
                    </g>
                    <g class="chart__marks">{chart.marks.iter().map(mark).collect_view()}</g>
                </svg>
            </div>
            <DataTable
                title=text.title
                x_label=text.x_label
                labels=chart.labels.clone()
                series=chart.series.clone()
                format=chart.format
            />
        </figure>
    }
    .into_any()
}

fn series_class(base: &str, series: usize) -> String {
    format!("{base} chart__s{}", series + 1)
}

/// The series named in words beside their swatches (not by colour alone); one series needs
/// no legend, the caption names it.
fn legend(chart: &Chart) -> Option<impl IntoView + use<>> {
    (chart.series.len() > 1).then(|| {
        let items = chart
            .series
            .iter()
            .enumerate()
            .map(|(s, series)| {
                view! {
                    <li>
                        <span class=series_class("chart__swatch", s) aria-hidden="true"></span>
                        {series.name.clone()}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="chart__legend">{items}</ul> }
    })
}

/// Grid lines with the y ticks, the zero line, the axis title and the x labels: decoration
/// for sighted readers (hidden from screen readers, who have the table).
fn axes(chart: &Chart, axis_title: Option<String>) -> impl IntoView + use<> {
    let f = &chart.frame;
    let (left, right) = (coord(f.left), coord(f.right));
    let ticks = f
        .ticks
        .values
        .iter()
        .map(|&v| {
            let y = coord(f.y(v));
            let label = chart.format.tick(v, f.ticks.step);
            view! {
                <line class="chart__grid" x1=left.clone() x2=right.clone() y1=y.clone() y2=y></line>
                <text class="chart__tick" x=coord(f.left - 8.0) y=coord(f.y(v) + 4.5)>
                    {label}
                </text>
            }
        })
        .collect_view();
    let zero = coord(f.baseline());
    let every = f.label_every(&chart.labels);
    let labels = chart
        .labels
        .iter()
        .enumerate()
        .filter(|(i, _)| i % every == 0)
        .map(|(i, label)| {
            view! {
                <text class="chart__label" x=coord(f.band_center(i)) y=coord(f.bottom + 20.0)>
                    {label.clone()}
                </text>
            }
        })
        .collect_view();
    let title = axis_title.map(|title| {
        view! {
            <text class="chart__unit" x="0" y=coord(f.top - 14.0)>
                {title}
            </text>
        }
    });
    view! {
        <g class="chart__axis" aria-hidden="true">
            {ticks}
            <line class="chart__zero" x1=left x2=right y1=zero.clone() y2=zero></line>
            {title}
            {labels}
        </g>
    }
}

/// A bar or point: focusable, named, with the tooltip that hover and focus reveal.
fn mark(mark: &Mark) -> impl IntoView + use<> {
    let (tip_left, tip_width) = tip_box(&mark.name, mark.center);
    view! {
        <g class=series_class("chart__mark", mark.series) tabindex="0" role="img" aria-label=mark.name.clone()>
            {mark.hit.map(|hit| shape(hit, "chart__hit"))}
            {shape(mark.shape, "chart__shape")}
            <g class="chart__tip">
                <rect x=coord(tip_left) y=coord(TIP_TOP) width=coord(tip_width) height=coord(TIP_HEIGHT) rx="4"></rect>
                <text x=coord(tip_left + tip_width / 2.0) y=coord(TIP_TOP + 16.5)>
                    {mark.name.clone()}
                </text>
            </g>
        </g>
    }
}

fn shape(shape: Shape, class: &'static str) -> AnyView {
    match shape {
        Shape::Rect { x, y, w, h } => view! {
            <rect class=class x=coord(x) y=coord(y) width=coord(w) height=coord(h)></rect>
        }
        .into_any(),
        Shape::Dot { cx, cy, r } => view! {
            <circle class=class cx=coord(cx) cy=coord(cy) r=coord(r)></circle>
        }
        .into_any(),
        Shape::Square { cx, cy, half } => view! {
            <rect
                class=class
                x=coord(cx - half)
                y=coord(cy - half)
                width=coord(half * 2.0)
                height=coord(half * 2.0)
            ></rect>
        }
        .into_any(),
    }
}
