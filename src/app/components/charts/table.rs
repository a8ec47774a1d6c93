//! The chart's values as a table, folded under "Show the data": what a screen reader, a
//! keyboard user or anyone wanting the exact figures reads instead of the picture.

use super::data::ChartSeries;
use super::format::ValueFormat;
use leptos::prelude::*;

/// A table with a caption, one row per label (a row header) and one column per series, its
/// header naming the unit ("2026 (EUR)").
#[component]
pub fn DataTable(
    #[prop(into)] title: String,
    /// The header of the labels' column ("Month").
    #[prop(into)]
    x_label: String,
    labels: Vec<String>,
    series: Vec<ChartSeries>,
    format: ValueFormat,
) -> impl IntoView {
    let unit = format
        .unit()
        .map(|unit| format!(" ({unit})"))
        .unwrap_or_default();
    let headers = series
        .iter()
        .map(|s| view! { <th scope="col">{format!("{}{unit}", s.name)}</th> })
        .collect_view();
    let rows = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let cells = series
                .iter()
                .map(|s| cell(s.values.get(i).copied().flatten(), format))
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="chart__data">
            <summary>
                "Show the data"<span class="visually-hidden">{format!(": {title}")}</span>
            </summary>
            <table class="chart__table">
                <caption>{title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{x_label}</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

fn cell(value: Option<f64>, format: ValueFormat) -> AnyView {
    match value {
        Some(v) => view! { <td>{format.value(v)}</td> }.into_any(),
        None => view! {
            <td>
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">"No data"</span>
            </td>
        }
        .into_any(),
    }
}
