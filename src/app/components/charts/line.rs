//! Lines over ordered labels (occupancy by week): a marker at every value, and a gap where a
//! value is missing rather than a line drawn through it.

use super::data::{ChartSeries, fit_series, has_values};
use super::format::ValueFormat;
use super::layout::Frame;
use super::model::{Chart, Kind, Mark, Shape, coord, describe, point_name};
use super::render::{ChartText, render};
use leptos::prelude::*;

/// One or two lines (a third is drawn but not told apart as well). The first series has round
/// markers and a solid line, the second square markers and a dashed line, so they differ in
/// more than colour.
#[component]
pub fn LineChart(
    /// Unique on the page: the prefix of the chart's element ids.
    #[prop(into)]
    id: String,
    /// The chart's caption and the data table's caption.
    #[prop(into)]
    title: String,
    /// The header of the table's first column ("Week").
    #[prop(into)]
    x_label: String,
    labels: Vec<String>,
    series: Vec<ChartSeries>,
    format: ValueFormat,
    /// Named above the y axis ("Occupancy").
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
    render(text, line_chart(labels, series, format))
}

/// The lines' model, or `None` when there is nothing to draw.
pub(super) fn line_chart(
    labels: Vec<String>,
    series: Vec<ChartSeries>,
    format: ValueFormat,
) -> Option<Chart> {
    let series = fit_series(&series, labels.len());
    if labels.is_empty() || !has_values(&series) {
        return None;
    }
    let frame = Frame::new(labels.len(), &series, format);
    let lines = series
        .iter()
        .enumerate()
        .flat_map(|(s, values)| {
            runs(&frame, &values.values)
                .into_iter()
                .map(move |d| (s, d))
        })
        .collect();
    let marks = point_marks(&frame, &labels, &series, format);
    Some(Chart {
        description: describe(Kind::Lines, &labels, &series, format),
        kind: Kind::Lines,
        format,
        labels,
        series,
        frame,
        marks,
        lines,
    })
}

/// One path per unbroken run of two or more values; a lone value is only its marker.
fn runs(frame: &Frame, values: &[Option<f64>]) -> Vec<String> {
    let mut paths = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut flush = |current: &mut Vec<String>| {
        if current.len() > 1 {
            paths.push(format!("M{}", current.join("L")));
        }
        current.clear();
    };
    for (i, value) in values.iter().enumerate() {
        match value {
            Some(v) => current.push(format!(
                "{} {}",
                coord(frame.band_center(i)),
                coord(frame.y(*v))
            )),
            None => flush(&mut current),
        }
    }
    flush(&mut current);
    paths
}

/// Markers, point by point (both series of one label together), so Tab moves left to right.
fn point_marks(
    frame: &Frame,
    labels: &[String],
    series: &[ChartSeries],
    format: ValueFormat,
) -> Vec<Mark> {
    // Markers shrink a little when 52 weeks share the width, never below 3 units.
    let size = (frame.band() / 3.0).clamp(3.0, 4.5);
    let mut marks = Vec::new();
    for (i, label) in labels.iter().enumerate() {
        for (s, values) in series.iter().enumerate() {
            let Some(value) = values.values[i] else {
                continue;
            };
            let (cx, cy) = (frame.band_center(i), frame.y(value));
            let shape = if s == 1 {
                Shape::Square { cx, cy, half: size }
            } else {
                Shape::Dot { cx, cy, r: size }
            };
            let text = format.value(value);
            marks.push(Mark {
                series: s,
                shape,
                hit: None,
                name: point_name(label, values, series.len() > 1, &text),
                center: cx,
            });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weeks(n: usize) -> Vec<String> {
        (1..=n).map(|w| format!("W{w}")).collect()
    }

    #[test]
    fn gaps_split_the_line_and_lone_points_have_no_segment() {
        let values = vec![
            Some(0.5),
            Some(0.6),
            None,
            Some(0.7),
            None,
            Some(0.2),
            Some(0.1),
        ];
        let series = vec![ChartSeries::new("Occupancy", values)];
        let chart = line_chart(weeks(7), series, ValueFormat::Percent).expect("a chart");
        assert_eq!(chart.lines.len(), 2, "{:?}", chart.lines);
        assert_eq!(chart.lines[0].1.matches('L').count(), 1);
        assert_eq!(chart.marks.len(), 5, "the lone W4 keeps its marker");
        assert!(chart.marks.iter().any(|m| m.name == "W4: 70%"));
    }

    #[test]
    fn points_sit_on_band_centres_at_their_values() {
        let series = vec![
            ChartSeries::full("2026", [0.25, 1.0]),
            ChartSeries::full("2025", [0.5, 0.0]),
        ];
        let chart = line_chart(weeks(2), series, ValueFormat::Percent).expect("a chart");
        let f = &chart.frame;
        let expected = [
            (0, f.band_center(0), f.y(0.25)),
            (1, f.band_center(0), f.y(0.5)),
            (0, f.band_center(1), f.top),
            (1, f.band_center(1), f.bottom),
        ];
        for (mark, (series, x, y)) in chart.marks.iter().zip(expected) {
            assert_eq!(mark.series, series);
            let (cx, cy) = match mark.shape {
                Shape::Dot { cx, cy, .. } | Shape::Square { cx, cy, .. } => (cx, cy),
                Shape::Rect { .. } => panic!("a line has no bars"),
            };
            assert_eq!((cx, cy), (x, y));
        }
        assert!(matches!(chart.marks[1].shape, Shape::Square { .. }));
        assert_eq!(chart.marks[2].name, "W2, 2026: 100%");
    }

    #[test]
    fn a_path_starts_at_the_first_point_and_ends_at_the_last() {
        let series = vec![ChartSeries::full("n", [1.0, 2.0, 3.0])];
        let chart = line_chart(weeks(3), series, ValueFormat::Count).expect("a chart");
        let f = &chart.frame;
        let d = &chart.lines[0].1;
        let first = format!("M{} {}", coord(f.band_center(0)), coord(f.y(1.0)));
        let last = format!("L{} {}", coord(f.band_center(2)), coord(f.y(3.0)));
        assert!(d.starts_with(&first) && d.ends_with(&last), "{d}");
    }

    #[test]
    fn fifty_two_weeks_keep_their_markers_apart() {
        let series = vec![ChartSeries::full("n", (0..52).map(f64::from))];
        let chart = line_chart(weeks(52), series, ValueFormat::Count).expect("a chart");
        assert_eq!(chart.marks.len(), 52);
        let Shape::Dot { r, .. } = chart.marks[0].shape else {
            panic!("a dot");
        };
        assert!(r * 2.0 < chart.frame.band());
    }

    #[test]
    fn all_missing_is_no_chart() {
        let series = vec![ChartSeries::new("n", vec![None, None])];
        assert!(line_chart(weeks(2), series, ValueFormat::Count).is_none());
    }
}
