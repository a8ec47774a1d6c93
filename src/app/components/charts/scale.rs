//! From data values to drawing positions: a linear scale, and the "nice" axis (round tick
//! values such as 0, 250, 500, 750, 1000) that a value range is stretched to.
//!
//! Pure arithmetic, no panics: empty, all-zero, single-valued, negative, non-finite and
//! absurdly large inputs all give a finite axis with at least two ticks.

/// Values further from zero than this are clamped before an axis is chosen. 10^15 minor units
/// is ten trillion in any currency, and every integer up to it is exact in an `f64`; far above
/// it, rounding to a tick could overflow to infinity.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// How many intervals an axis aims for (so about five ticks).
pub const TARGET_INTERVALS: usize = 4;

/// A linear map from a domain (data values) to a range (drawing coordinates). The range may
/// be reversed, as a y axis is (larger values higher up, so smaller y).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Self { domain, range }
    }

    /// The position of `value`. A zero-width domain maps everything to the range's start
    /// rather than dividing by zero; values outside the domain are clamped to the range.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if span == 0.0 || !span.is_finite() || !value.is_finite() {
            return r0;
        }
        let t = ((value - d0) / span).clamp(0.0, 1.0);
        r0 + t * (r1 - r0)
    }
}

/// An axis: its bounds are multiples of `step`, and `values` runs from `min` to `max`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub values: Vec<f64>,
}

/// The axis for data between `lo` and `hi` (in either order). It always includes zero, so
/// bars start from a true baseline and a line's height is never exaggerated. `quantum` is the
/// smallest step worth showing (1 for counts and minor units, so no "2.5 nights"); `empty_top`
/// is the axis top when every value is zero (or there are none).
pub fn nice_ticks(lo: f64, hi: f64, quantum: f64, empty_top: f64) -> Ticks {
    let quantum = if quantum.is_finite() && quantum > 0.0 {
        quantum.min(MAX_MAGNITUDE)
    } else {
        1.0
    };
    let clamp = |v: f64| {
        if v.is_finite() {
            v.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE)
        } else {
            0.0
        }
    };
    let (a, b) = (clamp(lo), clamp(hi));
    let mut min = a.min(b).min(0.0);
    let mut max = a.max(b).max(0.0);
    if max - min < quantum {
        // All zero (or differences below what is worth showing): a sensible empty axis.
        let top = clamp(empty_top).abs().max(quantum);
        if min < 0.0 && max <= 0.0 {
            min = min.min(-top);
        } else {
            max = max.max(top);
        }
    }
    let step = nice_step((max - min) / TARGET_INTERVALS as f64, quantum);
    let first = (min / step).floor();
    let last = (max / step).ceil();
    let count = (last - first) as usize + 1;
    let values = (0..count).map(|i| (first + i as f64) * step).collect();
    Ticks {
        min: first * step,
        max: last * step,
        step,
        values,
    }
}

/// The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `raw`, and a
/// whole multiple of `quantum`.
fn nice_step(raw: f64, quantum: f64) -> f64 {
    let raw = raw.max(quantum);
    let magnitude = 10f64.powf(raw.log10().floor());
    for factor in [1.0, 2.0, 2.5, 5.0, 10.0] {
        let step = factor * magnitude;
        let multiples = step / quantum;
        // Tolerate the float noise of 10^k (0.1 * 3 is not 0.3).
        let whole = (multiples - multiples.round()).abs() <= 1e-9 * multiples.max(1.0);
        if step >= raw * (1.0 - 1e-12) && whole {
            return step;
        }
    }
    // Only reached when no factor is a multiple of the quantum (say 3): its next multiple.
    (raw / quantum).ceil() * quantum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(a: f64, b: f64) {
        assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} != {b}");
    }

    #[test]
    fn a_max_of_930_gets_ticks_every_250() {
        let ticks = nice_ticks(0.0, 930.0, 1.0, 1.0);
        assert_eq!(ticks.values, vec![0.0, 250.0, 500.0, 750.0, 1000.0]);
        assert_eq!((ticks.min, ticks.max, ticks.step), (0.0, 1000.0, 250.0));
    }

    #[test]
    fn a_max_on_a_tick_is_the_top_tick_not_one_more() {
        let ticks = nice_ticks(0.0, 1000.0, 1.0, 1.0);
        assert_eq!(ticks.values.last(), Some(&1000.0));
        assert_eq!(ticks.values.len(), 5);
        let ticks = nice_ticks(0.0, 1001.0, 1.0, 1.0);
        assert!(ticks.max >= 1001.0);
    }

    #[test]
    fn all_zero_data_gets_the_empty_axis() {
        let ticks = nice_ticks(0.0, 0.0, 1.0, 1.0);
        assert_eq!(ticks.values, vec![0.0, 1.0]);
        let ticks = nice_ticks(0.0, 0.0, 0.001, 1.0);
        assert_eq!(ticks.values, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    }

    #[test]
    fn a_single_small_count_gets_whole_ticks() {
        let ticks = nice_ticks(0.0, 3.0, 1.0, 1.0);
        assert_eq!(ticks.values, vec![0.0, 1.0, 2.0, 3.0]);
        // 2.5 is nice but not a whole count: 5 needs 0, 2, 4, 6 rather than 0, 2.5, 5.
        let ticks = nice_ticks(0.0, 10.0, 1.0, 1.0);
        assert!(ticks.values.iter().all(|v| v.fract() == 0.0), "{ticks:?}");
    }

    #[test]
    fn ratios_get_percentage_ticks() {
        let ticks = nice_ticks(0.0, 0.83, 0.001, 1.0);
        assert_eq!(ticks.values, vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        let ticks = nice_ticks(0.0, 0.07, 0.001, 1.0);
        assert_close(ticks.step, 0.02);
        assert_close(ticks.max, 0.08);
    }

    #[test]
    fn negative_values_extend_the_axis_below_zero() {
        let ticks = nice_ticks(-120.0, 480.0, 1.0, 1.0);
        assert!(ticks.min <= -120.0 && ticks.max >= 480.0);
        assert!(ticks.values.contains(&0.0));
        let ticks = nice_ticks(-40.0, -10.0, 1.0, 1.0);
        assert_eq!(ticks.max, 0.0);
        assert!(ticks.min <= -40.0);
    }

    #[test]
    fn huge_and_non_finite_values_stay_finite() {
        for (lo, hi) in [
            (0.0, f64::MAX),
            (f64::MIN, f64::MAX),
            (0.0, f64::INFINITY),
            (f64::NAN, f64::NAN),
            (0.0, 1e300),
            (-1e300, 0.0),
        ] {
            let ticks = nice_ticks(lo, hi, 1.0, 1.0);
            assert!(ticks.values.iter().all(|v| v.is_finite()), "{lo} {hi}");
            assert!(
                (2..=10).contains(&ticks.values.len()),
                "{lo} {hi}: {ticks:?}"
            );
        }
    }

    #[test]
    fn tiny_spans_and_bad_quanta_never_divide_by_zero() {
        let ticks = nice_ticks(0.0, 1e-300, 0.0, 0.0);
        assert!(ticks.values.len() >= 2 && ticks.step > 0.0);
        let ticks = nice_ticks(0.0, 5.0, f64::NAN, f64::NAN);
        assert!(ticks.values.len() >= 2 && ticks.step > 0.0);
    }

    #[test]
    fn ticks_are_evenly_spaced_and_cover_the_data() {
        for hi in [
            1.0,
            2.0,
            7.0,
            9.5,
            99.0,
            101.0,
            4_210.0,
            123_456.0,
            9_999_999.0,
        ] {
            let ticks = nice_ticks(0.0, hi, 1.0, 1.0);
            assert!(ticks.max >= hi && ticks.min <= 0.0, "{hi}: {ticks:?}");
            assert!((2..=6).contains(&ticks.values.len()), "{hi}: {ticks:?}");
            for pair in ticks.values.windows(2) {
                assert_close(pair[1] - pair[0], ticks.step);
            }
            assert_eq!(ticks.values.first(), Some(&ticks.min));
            assert_eq!(ticks.values.last(), Some(&ticks.max));
        }
    }

    #[test]
    fn a_scale_maps_ends_to_ends_and_can_run_backwards() {
        let y = LinearScale::new((0.0, 1000.0), (260.0, 20.0));
        assert_eq!(y.map(0.0), 260.0);
        assert_eq!(y.map(1000.0), 20.0);
        assert_eq!(y.map(500.0), 140.0);
        assert_eq!(y.map(2000.0), 20.0, "clamped above");
        assert_eq!(y.map(-5.0), 260.0, "clamped below");
    }

    #[test]
    fn a_zero_width_domain_or_nan_maps_to_the_start() {
        let flat = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(flat.map(5.0), 0.0);
        let x = LinearScale::new((0.0, 10.0), (0.0, 100.0));
        assert_eq!(x.map(f64::NAN), 0.0);
    }
}
