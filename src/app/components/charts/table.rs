//! The chart's values as a table, folded under "Show the data": what a screen reader, a
//! keyboard user or anyone wanting the exact figures reads instead of the picture.

use super::data::ChartSeries;
use super::format::ValueFormat;
use crate::tr;
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
    let unit = format.unit();
    let headers = series
        .iter()
        .map(|s| {
            let header = match unit {
                Some(unit) => tr!(
                    "dashboard-chart-with-unit",
                    name = s.name.as_str(),
                    unit = unit
                ),
                None => s.name.clone(),
            };
            view! { <th scope="col">{header}</th> }
        })
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
            // Screen readers hear which chart's data: "Show the data: Earnings by month".
            <summary>
                <span aria-hidden="true">{tr!("dashboard-chart-show-data")}</span>
                <span class="visually-hidden">{tr!("dashboard-chart-show-data-named", title = title.as_str())}</span>
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
                <span class="visually-hidden">{tr!("dashboard-chart-no-data")}</span>
            </td>
        }
        .into_any(),
    }
}
