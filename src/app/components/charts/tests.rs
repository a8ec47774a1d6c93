//! The charts as the server renders them: the accessible structure, the empty state, escaping,
//! and the weight a year of weeks adds to a page.

use super::*;
use crate::app::types::Currency;
use leptos::prelude::*;

fn html(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

fn months() -> Vec<String> {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    .map(String::from)
    .to_vec()
}

fn earnings() -> String {
    let this_year: Vec<Option<f64>> = (1..=12)
        .map(|m| (m <= 8).then_some(m as f64 * 52_625.0))
        .collect();
    let last_year = ChartSeries::full("2025", (1..=12).map(|m| m as f64 * 40_000.0));
    html(|| {
        view! {
            <BarChart
                id="earnings"
                title="Earnings by month"
                x_label="Month"
                y_label="Earnings"
                labels=months()
                series=vec![ChartSeries::new("2026", this_year), last_year]
                format=ValueFormat::Money(Currency::Eur)
            />
        }
        .into_any()
    })
}

#[test]
fn a_bar_chart_is_a_named_group_of_named_focusable_bars() {
    let page = earnings();
    assert!(page.contains(r#"role="group""#), "{page}");
    assert!(page.contains(r#"aria-labelledby="earnings-title""#));
    assert!(page.contains(r#"aria-describedby="earnings-desc""#));
    assert!(page.contains(r#"<title id="earnings-title">Earnings by month</title>"#));
    assert!(page.contains(r#"viewBox="0 0 640 300""#));
    // 8 months of this year and 12 of last year, each a tab stop with its value as its name.
    assert_eq!(page.matches(r#"tabindex="0""#).count(), 20);
    assert!(
        page.contains(r#"aria-label="August, 2026: €4,210""#),
        "{page}"
    );
    assert!(page.contains(r#"aria-label="December, 2025: €4,800""#));
    assert!(
        page.contains(">Earnings (EUR)</text>"),
        "the currency is named on the axis"
    );
    assert!(!page.contains("NaN") && !page.contains("inf"));
}

#[test]
fn the_legend_names_the_series_in_words() {
    let page = earnings();
    let legend = page
        .split(r#"<ul class="chart__legend">"#)
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .expect("a legend");
    assert!(
        legend.contains("2026") && legend.contains("2025"),
        "{legend}"
    );
}

#[test]
fn the_data_table_has_a_caption_headers_and_every_value() {
    let page = earnings();
    assert!(page.contains("<details class=\"chart__data\">"));
    assert!(page.contains("<caption>Earnings by month</caption>"));
    assert!(page.contains(r#"<th scope="col">Month</th>"#));
    assert!(page.contains(r#"<th scope="col">2026 (EUR)</th>"#));
    assert!(page.contains(r#"<th scope="row">December</th>"#));
    assert_eq!(page.matches(r#"<th scope="row">"#).count(), 12);
    assert_eq!(
        page.matches("No data").count(),
        4,
        "September to December of 2026"
    );
}

#[test]
fn a_chart_with_nothing_to_draw_says_so() {
    let page = html(|| {
        view! {
            <LineChart
                id="occupancy"
                title="Occupancy by week"
                x_label="Week"
                labels=vec!["W1".to_string()]
                series=vec![ChartSeries::new("Occupancy", vec![None])]
                format=ValueFormat::Percent
            />
        }
        .into_any()
    });
    assert!(page.contains("No data for this period"));
    assert!(page.contains("Occupancy by week"));
    assert!(!page.contains("<svg") && !page.contains("<table"));
}

#[test]
fn a_histogram_has_one_series_and_no_legend() {
    let bins = ranged_bins(&[4, 9, 0, 2], 7, ("day", "days"));
    let page = html(|| {
        view! {
            <Histogram
                id="lead"
                title="Lead time"
                x_label="Booked ahead"
                count_label="Bookings"
                bins=bins
            />
        }
        .into_any()
    });
    assert!(!page.contains("chart__legend"));
    assert!(page.contains(r#"aria-label="7–13 days: 9""#), "{page}");
    assert!(
        page.contains(r#"aria-label="14–20 days: 0""#),
        "a bin of zero is still a stop"
    );
    assert!(page.contains(r#"<th scope="col">Bookings</th>"#));
}

#[test]
fn labels_and_names_from_data_are_escaped() {
    let page = html(|| {
        view! {
            <BarChart
                id="x"
                title="<b>Title</b>"
                x_label="Label"
                labels=vec!["<script>alert(1)</script>".to_string()]
                series=vec![ChartSeries::full("\"quoted\"", [1.0])]
                format=ValueFormat::Count
            />
        }
        .into_any()
    });
    assert!(
        !page.contains("<script>") && !page.contains("<b>"),
        "{page}"
    );
}

#[test]
fn a_year_of_weeks_stays_light() {
    let weeks: Vec<String> = (1..=52).map(|w| format!("W{w}")).collect();
    let ratio = |w: i32, offset: f64| Some(((f64::from(w) * 0.37).sin() + 1.0) / 2.0 * offset);
    let page = html(|| {
        view! {
            <LineChart
                id="occupancy"
                title="Occupancy by week"
                x_label="Week"
                labels=weeks
                series=vec![
                    ChartSeries::new("2026", (1..=52).map(|w| ratio(w, 1.0)).collect()),
                    ChartSeries::new("2025", (1..=52).map(|w| ratio(w, 0.8)).collect()),
                ]
                format=ValueFormat::Percent
            />
        }
        .into_any()
    });
    assert_eq!(page.matches(r#"tabindex="0""#).count(), 104);
    // 104 points, each with a name and a tooltip, plus a 52-row table: about 40 KB before
    // compression. A guard against it growing unnoticed (see STYLE.md, "Weight").
    assert!(page.len() < 48_000, "{} bytes", page.len());
}
