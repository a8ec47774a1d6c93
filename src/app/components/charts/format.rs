//! How a chart's values read, in the reader's language: in full in tooltips, accessible
//! names and the data table ("€4,210.50", "73.4%", "1,204"), and shorter on the axis, where
//! the step between ticks decides the decimals ("€250", "12.5%", "€1.5M").

use super::scale::MAX_MAGNITUDE;
use crate::app::i18n::{self, Locale, format};
use crate::app::types::{Currency, Money};
use crate::tr;
use serde::{Deserialize, Serialize};

/// What a chart's numbers are, which decides how they are written and where ticks may fall.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ValueFormat {
    /// Whole things (nights, bookings, views): "1,204". Ticks fall on whole numbers.
    Count,
    /// A ratio written as a percentage: 0.734 is "73.4%".
    Percent,
    /// An amount in the currency's minor units, as `Money::amount_minor`: 421000 is
    /// "€4,210". The currency's code is named beside the axis and in the table's headers.
    Money(Currency),
}

impl ValueFormat {
    /// A value in full, for tooltips, accessible names and the data table.
    pub fn value(self, v: f64) -> String {
        if !v.is_finite() {
            return "—".to_string();
        }
        let v = v.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE);
        let locale = i18n::locale();
        match self {
            // At most one decimal; the formatter drops a zero one.
            Self::Count => format::number(locale, (v * 10.0).round() / 10.0),
            Self::Percent => {
                let pct = (v * 1000.0).round() / 10.0;
                tr!("dashboard-chart-percent", percent = pct)
            }
            Self::Money(currency) => format::money(locale, Money::new(v.round() as i64, currency)),
        }
    }

    /// An axis label for `v` on an axis whose ticks are `step` apart.
    pub fn tick(self, v: f64, step: f64) -> String {
        let v = if v.is_finite() {
            v.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE)
        } else {
            0.0
        };
        let locale = i18n::locale();
        match self {
            Self::Count => compact(locale, v, step),
            Self::Percent => tr!(
                "dashboard-chart-percent",
                percent = number(locale, v * 100.0, decimals(step * 100.0))
            ),
            Self::Money(currency) => {
                let number = compact(locale, (v / 100.0).abs(), step / 100.0);
                let text = tr!(
                    "dashboard-chart-money-tick",
                    symbol = currency.symbol(),
                    number = number
                );
                if v < 0.0 { format!("-{text}") } else { text }
            }
        }
    }

    /// The smallest step worth a tick: one thing, one minor unit, a tenth of a percent.
    pub fn quantum(self) -> f64 {
        match self {
            Self::Count | Self::Money(_) => 1.0,
            Self::Percent => 0.001,
        }
    }

    /// The axis top when there is nothing but zeros: 1 thing, 100%, 100 in the currency.
    pub fn empty_top(self) -> f64 {
        match self {
            Self::Count | Self::Percent => 1.0,
            Self::Money(_) => 10_000.0,
        }
    }

    /// The unit named beside the axis and in the table's headers: the currency's code.
    pub fn unit(self) -> Option<&'static str> {
        match self {
            Self::Money(currency) => Some(currency.code()),
            Self::Count | Self::Percent => None,
        }
    }
}

/// How many decimals tick values `step` apart need to be told apart (at most 6).
pub fn decimals(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 {
        return 0;
    }
    (0..=6)
        .find(|&d| {
            let scaled = step * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(6)
}

/// `v` with thousands grouped and exactly `decimals` places, as `locale` writes numbers:
/// 1234.5 → "1,234.5" (en), "1234,5" (es). Every tick of an axis gets as many decimals.
pub fn number(locale: Locale, v: f64, decimals: usize) -> String {
    let factor = 10f64.powi(decimals as i32);
    let scaled = (v.abs() * factor).round();
    // Below 2^63 after clamping to MAX_MAGNITUDE and at most 6 decimals: no wrap.
    let scaled = scaled.min(i64::MAX as f64) as u64;
    let (units, fraction) = (scaled / factor as u64, scaled % factor as u64);
    let sign = if v < 0.0 && scaled > 0 { "-" } else { "" };
    let grouped = format::integer(locale, i64::try_from(units).unwrap_or(i64::MAX));
    if decimals == 0 {
        format!("{sign}{grouped}")
    } else {
        let separator = decimal_separator(locale);
        format!("{sign}{grouped}{separator}{fraction:0decimals$}")
    }
}

/// What `locale` puts between units and decimals: "." or ",".
fn decimal_separator(locale: Locale) -> String {
    format::number(locale, 0.5)
        .chars()
        .filter(|c| !c.is_numeric())
        .collect()
}

/// A tick, in millions or billions once the step is that large.
fn compact(locale: Locale, v: f64, step: f64) -> String {
    let divisor = match step.abs() {
        s if s >= 1e9 => 1e9,
        s if s >= 1e6 => 1e6,
        _ => 1.0,
    };
    let number = number(locale, v / divisor, decimals(step / divisor));
    if divisor == 1e9 {
        tr!("dashboard-chart-billions", number = number)
    } else if divisor == 1e6 {
        tr!("dashboard-chart-millions", number = number)
    } else {
        number
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    const EUR: ValueFormat = ValueFormat::Money(Currency::Eur);

    #[test]
    fn full_values_read_as_the_site_writes_them() {
        assert_eq!(EUR.value(421_000.0), "€4,210");
        assert_eq!(EUR.value(421_050.0), "€4,210.50");
        assert_eq!(EUR.value(-250.0), "-€2.50");
        assert_eq!(ValueFormat::Count.value(1204.0), "1,204");
        assert_eq!(ValueFormat::Count.value(3.5), "3.5");
        assert_eq!(ValueFormat::Percent.value(0.734), "73.4%");
        assert_eq!(ValueFormat::Percent.value(0.5), "50%");
        assert_eq!(ValueFormat::Percent.value(0.0), "0%");
        assert_eq!(ValueFormat::Count.value(f64::NAN), "—");
    }

    #[test]
    fn huge_values_do_not_overflow() {
        assert_eq!(ValueFormat::Count.value(f64::MAX), "1,000,000,000,000,000");
        assert_eq!(EUR.value(-1e300), "-€10,000,000,000,000");
        assert_eq!(EUR.tick(1e300, 5e14), "€10,000B");
    }

    #[test]
    fn ticks_show_the_decimals_their_step_needs() {
        assert_eq!(ValueFormat::Count.tick(750.0, 250.0), "750");
        assert_eq!(ValueFormat::Percent.tick(0.25, 0.25), "25%");
        assert_eq!(ValueFormat::Percent.tick(0.125, 0.025), "12.5%");
        assert_eq!(
            ValueFormat::Percent.tick(0.3, 0.1),
            "30%",
            "0.1 * 3 is 0.30000000000000004"
        );
        assert_eq!(EUR.tick(25_000.0, 25_000.0), "€250");
        assert_eq!(EUR.tick(25.0, 25.0), "€0.25");
        assert_eq!(EUR.tick(-50_000.0, 25_000.0), "-€500");
        assert_eq!(EUR.tick(0.0, 25_000.0), "€0");
    }

    #[test]
    fn large_steps_make_compact_ticks() {
        assert_eq!(EUR.tick(250_000_000.0, 250_000_000.0), "€2.5M");
        assert_eq!(EUR.tick(200_000_000_000.0, 100_000_000_000.0), "€2B");
        assert_eq!(ValueFormat::Count.tick(2_500_000.0, 2_500_000.0), "2.5M");
        // One axis, one number of decimals: 0.0, 2.5, 5.0.
        assert_eq!(ValueFormat::Count.tick(-5_000_000.0, 2_500_000.0), "-5.0M");
        // Below a million per step the full number is shorter than guessing a suffix.
        assert_eq!(EUR.tick(75_000_000.0, 25_000_000.0), "€750,000");
    }

    #[test]
    fn decimals_follow_the_step() {
        assert_eq!(decimals(250.0), 0);
        assert_eq!(decimals(2.5), 1);
        assert_eq!(decimals(0.25), 2);
        assert_eq!(decimals(0.1 + 0.2), 1);
        assert_eq!(decimals(0.0), 0);
        assert_eq!(decimals(f64::NAN), 0);
    }

    #[test]
    fn numbers_round_and_keep_their_sign() {
        assert_eq!(number(Locale::En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Locale::En, 0.999, 2), "1.00");
        assert_eq!(number(Locale::En, -0.001, 1), "0.0", "no negative zero");
        assert_eq!(number(Locale::En, -1234.0, 0), "-1,234");
        assert_eq!(number(Locale::Es, 12345.5, 2), "12.345,50");
        assert_eq!(number(Locale::Fr, 2.5, 1), "2,5");
    }

    #[test]
    fn money_names_its_currency_code() {
        assert_eq!(EUR.unit(), Some("EUR"));
        assert_eq!(ValueFormat::Percent.unit(), None);
    }
}
