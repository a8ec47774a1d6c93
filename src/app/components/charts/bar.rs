//! Bars: grouped bars per label (this year beside last year), and the histogram, whose bars
//! touch because its bins are ranges of one quantity.

use super::data::{ChartSeries, HistogramBin, fit_series, has_values};
use super::format::ValueFormat;
use super::layout::Frame;
use super::model::{Chart, Kind, Mark, Shape, describe, point_name};
use super::render::{ChartText, render};
use leptos::prelude::*;

/// Grouped bars: one group per label, one bar per series in the legend's order. Values may be
/// negative (a month of refunds): such bars hang below the zero line.
#[component]
pub fn BarChart(
    /// Unique on the page: the prefix of the chart's element ids.
    #[prop(into)]
    id: String,
    /// The chart's caption and the data table's caption.
    #[prop(into)]
    title: String,
    /// The header of the table's first column ("Month").
    #[prop(into)]
    x_label: String,
    labels: Vec<String>,
    series: Vec<ChartSeries>,
    format: ValueFormat,
    /// Named above the y axis, with the currency's code for money ("Earnings (EUR)").
    #[prop(optional, into)]
    y_label: Option<String>,
    /// Replaces the generated description that screen readers hear.
    #[prop(optional, into)]
    description: Option<String>,
) -> impl IntoView {
    let text = ChartText {
        id,
        title,
        x_label,
        y_label,
        description,
    };
    render(text, bar_chart(Kind::Bars, labels, series, format))
}

/// A histogram: one bar per bin, bins in order ("0–6 days", "7–13 days", …).
#[component]
pub fn Histogram(
    /// Unique on the page: the prefix of the chart's element ids.
    #[prop(into)]
    id: String,
    #[prop(into)] title: String,
    /// What the bins measure, the header of the table's first column ("Lead time").
    #[prop(into)]
    x_label: String,
    /// What is counted, the header of the counts' column ("Bookings").
    #[prop(into)]
    count_label: String,
    bins: Vec<HistogramBin>,
    #[prop(optional, into)] y_label: Option<String>,
    #[prop(optional, into)] description: Option<String>,
) -> impl IntoView {
    let labels = bins.iter().map(|b| b.label.clone()).collect();
    // Counts above 2^53 would lose precision as f64; no host has that many bookings.
    let counts = ChartSeries::full(count_label, bins.iter().map(|b| b.count as f64));
    let text = ChartText {
        id,
        title,
        x_label,
        y_label,
        description,
    };
    let chart = bar_chart(Kind::Histogram, labels, vec![counts], ValueFormat::Count);
    render(text, chart)
}

/// The bars' model, or `None` when there is nothing to draw.
pub(super) fn bar_chart(
    kind: Kind,
    labels: Vec<String>,
    series: Vec<ChartSeries>,
    format: ValueFormat,
) -> Option<Chart> {
    let series = fit_series(&series, labels.len());
    if labels.is_empty() || !has_values(&series) {
        return None;
    }
    let frame = Frame::new(labels.len(), &series, format);
    let marks = bar_marks(&frame, kind, &labels, &series, format);
    Some(Chart {
        description: describe(kind, &labels, &series, format),
        kind,
        format,
        labels,
        series,
        frame,
        marks,
        lines: Vec::new(),
    })
}

/// One mark per value present, band by band, so Tab moves left to right.
fn bar_marks(
    frame: &Frame,
    kind: Kind,
    labels: &[String],
    series: &[ChartSeries],
    format: ValueFormat,
) -> Vec<Mark> {
    let band = frame.band();
    // A histogram's bars nearly touch; grouped bars leave a fifth of the band between groups.
    let padding = if kind == Kind::Histogram {
        band.min(2.0) / 2.0
    } else {
        band * 0.1
    };
    let slot = (band - 2.0 * padding) / series.len().max(1) as f64;
    // A hairline between the bars of one group, when they are wide enough to afford it.
    let gap = if series.len() > 1 && slot > 6.0 {
        1.0
    } else {
        0.0
    };
    let baseline = frame.baseline();
    let mut marks = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        for (s, values) in series.iter().enumerate() {
            let Some(value) = values.values[i] else {
                continue;
            };
            let x = frame.band_start(i) + padding + s as f64 * slot;
            let top = frame.y(value);
            let shape = Shape::Rect {
                x: x + gap / 2.0,
                y: top.min(baseline),
                w: slot - gap,
                h: (top - baseline).abs(),
            };
            let hit = Shape::Rect {
                x,
                y: frame.top,
                w: slot,
                h: frame.bottom - frame.top,
            };
            let text = format.value(value);
            marks.push(Mark {
                series: s,
                shape,
                hit: Some(hit),
                name: point_name(label, values, series.len() > 1, &text),
                center: x + slot / 2.0,
            });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::types::Currency;

    fn months(n: usize) -> Vec<String> {
        (1..=n).map(|m| format!("M{m}")).collect()
    }

    fn rect(shape: Shape) -> (f64, f64, f64, f64) {
        match shape {
            Shape::Rect { x, y, w, h } => (x, y, w, h),
            other => panic!("not a rect: {other:?}"),
        }
    }

    #[test]
    fn two_series_make_side_by_side_bars_inside_their_band() {
        let series = vec![
            ChartSeries::full("2026", (1..=12).map(|m| m as f64 * 100.0)),
            ChartSeries::full("2025", (1..=12).map(|m| m as f64 * 50.0)),
        ];
        let eur = ValueFormat::Money(Currency::Eur);
        let chart = bar_chart(Kind::Bars, months(12), series, eur).expect("a chart");
        assert_eq!(chart.marks.len(), 24);
        let f = &chart.frame;
        for (n, mark) in chart.marks.iter().enumerate() {
            let (x, y, w, h) = rect(mark.shape);
            let band = n / 2;
            assert!(x >= f.band_start(band) && x + w <= f.band_start(band) + f.band() + 1e-9);
            assert!(
                y >= f.top && (y + h - f.baseline()).abs() < 1e-9,
                "{mark:?}"
            );
            assert_eq!(mark.series, n % 2);
        }
        let (first, second) = (rect(chart.marks[0].shape), rect(chart.marks[1].shape));
        assert!(
            first.0 + first.2 <= second.0,
            "this year's bar left of last year's"
        );
        assert_eq!(chart.marks[23].name, "M12, 2025: €6");
        assert_eq!(chart.marks[0].name, "M1, 2026: €1");
    }

    #[test]
    fn the_tallest_bar_reaches_its_value_not_the_axis_top() {
        let series = vec![ChartSeries::full("n", [930.0, 465.0])];
        let chart = bar_chart(Kind::Bars, months(2), series, ValueFormat::Count).expect("a chart");
        let (_, y, _, h) = rect(chart.marks[0].shape);
        let f = &chart.frame;
        assert!((h - (f.bottom - f.top) * 0.93).abs() < 1e-9);
        assert!((y - f.y(930.0)).abs() < 1e-9);
        let (_, _, _, half) = rect(chart.marks[1].shape);
        assert!((half * 2.0 - h).abs() < 1e-9);
    }

    #[test]
    fn missing_values_leave_a_hole_and_zero_still_has_a_mark() {
        let series = vec![ChartSeries::new("n", vec![Some(0.0), None, Some(4.0)])];
        let chart = bar_chart(Kind::Bars, months(3), series, ValueFormat::Count).expect("a chart");
        let names: Vec<_> = chart.marks.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["M1: 0", "M3: 4"]);
        let (_, _, _, h) = rect(chart.marks[0].shape);
        assert_eq!(h, 0.0);
        let hit = chart.marks[0].hit.map(rect).expect("a hit area");
        assert_eq!(hit.3, chart.frame.bottom - chart.frame.top);
    }

    #[test]
    fn negative_bars_hang_from_the_zero_line() {
        let series = vec![ChartSeries::full("n", [-50.0, 100.0])];
        let chart = bar_chart(Kind::Bars, months(2), series, ValueFormat::Count).expect("a chart");
        let (_, y, _, h) = rect(chart.marks[0].shape);
        assert!((y - chart.frame.baseline()).abs() < 1e-9);
        assert!((y + h - chart.frame.y(-50.0)).abs() < 1e-9);
    }

    #[test]
    fn nothing_to_draw_is_no_chart() {
        let none = |labels, series| bar_chart(Kind::Bars, labels, series, ValueFormat::Count);
        assert!(none(vec![], vec![]).is_none());
        assert!(none(months(3), vec![]).is_none());
        assert!(none(months(3), vec![ChartSeries::new("n", vec![None; 3])]).is_none());
        assert!(none(vec![], vec![ChartSeries::full("n", [1.0])]).is_none());
    }

    #[test]
    fn histogram_bars_fill_their_bins() {
        let series = vec![ChartSeries::full("Bookings", [4.0, 9.0, 2.0])];
        let chart =
            bar_chart(Kind::Histogram, months(3), series, ValueFormat::Count).expect("a chart");
        let f = &chart.frame;
        let (x0, _, w0, _) = rect(chart.marks[0].shape);
        let (x1, _, _, _) = rect(chart.marks[1].shape);
        assert!(w0 > f.band() - 3.0);
        assert!(x1 - (x0 + w0) <= 3.0, "bins nearly touch");
    }
}
