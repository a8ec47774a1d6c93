//! What a chart is given: plain data a server function can return as it is.

use serde::{Deserialize, Serialize};

/// One series of values, one per label; `None` where there is no value (a week before the
/// listing existed), drawn as a gap and written "—" in the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartSeries {
    /// Named in the legend, the tooltips and the table's header ("2026", "Last year").
    pub name: String,
    pub values: Vec<Option<f64>>,
}

impl ChartSeries {
    pub fn new(name: impl Into<String>, values: Vec<Option<f64>>) -> Self {
        Self {
            name: name.into(),
            values,
        }
    }

    /// A series with a value for every label.
    pub fn full(name: impl Into<String>, values: impl IntoIterator<Item = f64>) -> Self {
        Self::new(name, values.into_iter().map(Some).collect())
    }
}

/// One bar of a histogram: its range as a person reads it ("7–13 days") and how many fell in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistogramBin {
    pub label: String,
    pub count: u64,
}

/// Bins of equal `width` from zero, the last one open-ended: counts `[4, 9, 2]` with width 7
/// and unit `("day", "days")` are "0–6 days", "7–13 days", "14+ days".
pub fn ranged_bins(counts: &[u64], width: u32, unit: (&str, &str)) -> Vec<HistogramBin> {
    let width = u64::from(width.max(1));
    let last = counts.len().saturating_sub(1);
    let noun = |n: u64| if n == 1 { unit.0 } else { unit.1 };
    counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let from = (i as u64).saturating_mul(width);
            let to = from.saturating_add(width - 1);
            let label = if i == last && counts.len() > 1 {
                format!("{from}+ {}", unit.1)
            } else if from == to {
                format!("{from} {}", noun(from))
            } else {
                format!("{from}–{to} {}", unit.1)
            };
            HistogramBin { label, count }
        })
        .collect()
}

/// The series made fit to draw: exactly `len` values each, and anything not finite (NaN,
/// infinity) treated as missing rather than drawn off the chart.
pub(super) fn fit_series(series: &[ChartSeries], len: usize) -> Vec<ChartSeries> {
    series
        .iter()
        .map(|s| ChartSeries {
            name: s.name.clone(),
            values: (0..len)
                .map(|i| s.values.get(i).copied().flatten().filter(|v| v.is_finite()))
                .collect(),
        })
        .collect()
}

/// Whether there is anything to draw: at least one label and one value.
pub(super) fn has_values(series: &[ChartSeries]) -> bool {
    series.iter().any(|s| s.values.iter().any(Option::is_some))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranged_bins_name_their_ranges_and_leave_the_last_open() {
        let bins = ranged_bins(&[4, 9, 2], 7, ("day", "days"));
        let labels: Vec<_> = bins.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["0–6 days", "7–13 days", "14+ days"]);
        assert_eq!(bins[1].count, 9);
    }

    #[test]
    fn ranged_bins_of_width_one_use_the_singular_where_it_fits() {
        let bins = ranged_bins(&[1, 1, 1, 1], 1, ("night", "nights"));
        let labels: Vec<_> = bins.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["0 nights", "1 night", "2 nights", "3+ nights"]);
        assert_eq!(ranged_bins(&[5], 0, ("day", "days"))[0].label, "0 days");
        assert!(ranged_bins(&[], 7, ("day", "days")).is_empty());
    }

    #[test]
    fn series_are_cut_or_padded_to_the_labels_and_lose_non_finite_values() {
        let series = [
            ChartSeries::new("a", vec![Some(1.0), Some(f64::NAN)]),
            ChartSeries::full("b", [1.0, 2.0, 3.0, 4.0]),
        ];
        let fitted = fit_series(&series, 3);
        assert_eq!(fitted[0].values, vec![Some(1.0), None, None]);
        assert_eq!(fitted[1].values, vec![Some(1.0), Some(2.0), Some(3.0)]);
        assert!(has_values(&fitted));
        assert!(!has_values(&fit_series(&series, 0)));
        assert!(!has_values(&[]));
    }
}
