//! Where things go in a chart's drawing: the plot area inside the axes, the y axis for the
//! data, one band per label along x, and which labels fit. All in viewBox units, so the
//! chart scales with its container.

use super::data::ChartSeries;
use super::format::ValueFormat;
use super::scale::{LinearScale, Ticks, nice_ticks};

/// The drawing's size in viewBox units (CSS scales it to the container's width).
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 300.0;
/// Text size, in viewBox units, that the estimates below assume (the stylesheet sets it).
pub const FONT: f64 = 13.0;
/// The band above the plot where a tooltip shows: it never covers a bar or a point.
pub const TIP_TOP: f64 = 6.0;
pub const TIP_HEIGHT: f64 = 24.0;

const LEFT: f64 = 72.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 34.0;

/// The plot area, the y axis and the x bands of one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// How many bands (labels) share the width; at least 1.
    pub bands: usize,
    pub ticks: Ticks,
    y: LinearScale,
}

impl Frame {
    /// The frame for `bands` labels and the values of `series`.
    pub fn new(bands: usize, series: &[ChartSeries], format: ValueFormat) -> Self {
        let values = series
            .iter()
            .flat_map(|s| s.values.iter().flatten().copied());
        let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let ticks = nice_ticks(lo, hi, format.quantum(), format.empty_top());
        let (top, bottom) = (TOP, HEIGHT - BOTTOM);
        let y = LinearScale::new((ticks.min, ticks.max), (bottom, top));
        Self {
            left: LEFT,
            right: WIDTH - RIGHT,
            top,
            bottom,
            bands: bands.max(1),
            ticks,
            y,
        }
    }

    /// The width of one band.
    pub fn band(&self) -> f64 {
        (self.right - self.left) / self.bands as f64
    }

    /// Where band `i` starts (band 0 at the plot's left edge).
    pub fn band_start(&self, i: usize) -> f64 {
        self.left + i as f64 * self.band()
    }

    /// The middle of band `i`, where its label and a line's point go.
    pub fn band_center(&self, i: usize) -> f64 {
        self.band_start(i) + self.band() / 2.0
    }

    /// The y of a value.
    pub fn y(&self, value: f64) -> f64 {
        self.y.map(value)
    }

    /// The y of zero, where bars start (the plot's bottom unless there are negative values).
    pub fn baseline(&self) -> f64 {
        self.y(0.0)
    }

    /// Show every n-th x label so the longest does not run into the next one: 1 for twelve
    /// months, more for 52 weeks.
    pub fn label_every(&self, labels: &[String]) -> usize {
        let longest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
        let every = ((longest + FONT / 2.0) / self.band()).ceil();
        if every.is_finite() && every >= 1.0 {
            every as usize
        } else {
            1
        }
    }
}

/// Roughly how wide `text` is in viewBox units at [`FONT`] (an average glyph of a system
/// sans-serif is a little over half the font size; digits are about that wide).
pub fn text_width(text: &str) -> f64 {
    text.chars().count() as f64 * FONT * 0.58
}

/// A tooltip box for `text` over x = `center`: its left edge and width, kept inside the
/// drawing so one at either end is not cut off.
pub fn tip_box(text: &str, center: f64) -> (f64, f64) {
    let width = (text_width(text) + 16.0).min(WIDTH);
    let left = (center - width / 2.0).clamp(0.0, WIDTH - width);
    (left, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(bands: usize, values: &[f64]) -> Frame {
        let series = [ChartSeries::full("s", values.iter().copied())];
        Frame::new(bands, &series, ValueFormat::Count)
    }

    #[test]
    fn bands_tile_the_plot_exactly() {
        for bands in [1, 2, 7, 12, 52, 53] {
            let f = frame(bands, &[1.0]);
            assert_eq!(f.band_start(0), f.left);
            let end = f.band_start(bands - 1) + f.band();
            assert!(
                (end - f.right).abs() < 1e-9,
                "{bands}: {end} != {}",
                f.right
            );
            assert!(f.band_center(bands - 1) < f.right);
        }
    }

    #[test]
    fn zero_bands_is_one_band_not_a_division_by_zero() {
        let f = frame(0, &[]);
        assert_eq!(f.bands, 1);
        assert!(f.band().is_finite());
    }

    #[test]
    fn the_axis_top_is_the_plot_top_and_zero_the_bottom() {
        let f = frame(12, &[930.0, 10.0]);
        assert_eq!(f.ticks.max, 1000.0);
        assert_eq!(f.y(1000.0), f.top);
        assert_eq!(f.baseline(), f.bottom);
        assert!(f.y(930.0) > f.top && f.y(930.0) < f.bottom);
    }

    #[test]
    fn negative_values_lift_the_baseline() {
        let f = frame(3, &[-200.0, 600.0]);
        assert!(f.baseline() < f.bottom && f.baseline() > f.top);
        assert!(f.y(-200.0) > f.baseline());
    }

    #[test]
    fn all_zero_values_still_have_an_axis() {
        let f = frame(12, &[0.0, 0.0]);
        assert_eq!(f.ticks.values, vec![0.0, 1.0]);
        assert_eq!(f.baseline(), f.bottom);
    }

    #[test]
    fn long_labels_are_thinned_and_short_ones_are_not() {
        let months: Vec<String> = (0..12)
            .map(|m| ["Jan", "Feb", "Mar"][m % 3].to_string())
            .collect();
        assert_eq!(frame(12, &[1.0]).label_every(&months), 1);
        let weeks: Vec<String> = (1..=52).map(|w| format!("W{w}")).collect();
        let every = frame(52, &[1.0]).label_every(&weeks);
        assert!(every > 1 && every < 10, "{every}");
        assert_eq!(frame(1, &[1.0]).label_every(&[]), 1);
    }

    #[test]
    fn tooltips_stay_inside_the_drawing() {
        let (left, width) = tip_box("August, 2026: €4,210", 0.0);
        assert_eq!(left, 0.0);
        assert!(width > 100.0);
        let (left, width) = tip_box("August, 2026: €4,210", WIDTH);
        assert!((left + width - WIDTH).abs() < 1e-9);
        let (left, width) = tip_box(&"x".repeat(500), WIDTH / 2.0);
        assert_eq!((left, width), (0.0, WIDTH));
    }
}
