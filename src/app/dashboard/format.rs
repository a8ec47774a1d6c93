//! How the dashboard writes its figures: rates as percentages, changes against the periods
//! compared (points for rates, per cent for amounts and counts), lengths and durations, in
//! the reader's language.

use crate::app::i18n;
use crate::app::types::Money;
use crate::tr;

/// "63 %"; "—" with nothing to divide.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(
        || "—".into(),
        |r| tr!("dashboard-percent", percent = (r * 100.0).round()),
    )
}

/// `v` rounded to one decimal, to be written as a number ("4.2", "4,2").
pub fn one_decimal(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// "$1,234.50 USD": the amount and its currency's code; "—" for nothing.
pub fn amount(m: Option<Money>) -> String {
    m.map_or_else(
        || "—".into(),
        |m| {
            tr!(
                "dashboard-amount-with-code",
                amount = i18n::money(m),
                code = m.currency.code()
            )
        },
    )
}

/// "1 h 05 min", "3 min", "2 d 4 h"; "—" for nothing.
pub fn duration(secs: Option<i64>) -> String {
    let Some(s) = secs.filter(|s| *s >= 0) else {
        return "—".into();
    };
    let (d, h, m) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
    if d > 0 {
        tr!("dashboard-duration-days", days = d, hours = h)
    } else if h > 0 {
        // Minutes on two digits after hours, as a clock writes them.
        tr!(
            "dashboard-duration-hours",
            hours = h,
            minutes = format!("{m:02}")
        )
    } else {
        tr!("dashboard-duration-minutes", minutes = m)
    }
}

/// The change of a rate, in percentage points: "+3.1 pts", "−0.4 pts", "±0 pts".
pub fn points(now: Option<f64>, then: Option<f64>) -> Option<String> {
    let diff = (now? - then?) * 100.0;
    Some(if diff.abs() < 0.05 {
        tr!("dashboard-change-points", sign = "±", points = 0)
    } else {
        tr!(
            "dashboard-change-points",
            sign = sign(diff),
            points = one_decimal(diff.abs())
        )
    })
}

/// The change of an amount or a count, in per cent: "+12 %", "−8 %"; `None` from zero.
pub fn change(now: f64, then: f64) -> Option<String> {
    if then == 0.0 {
        return None;
    }
    let pct = (now - then) / then.abs() * 100.0;
    Some(if pct.abs() < 0.5 {
        tr!("dashboard-change-percent", sign = "±", percent = 0)
    } else {
        tr!(
            "dashboard-change-percent",
            sign = sign(pct),
            percent = pct.abs().round()
        )
    })
}

fn sign(v: f64) -> &'static str {
    if v < 0.0 { "−" } else { "+" }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::app::types::Currency;

    #[test]
    fn figures_read_as_people_write_them() {
        assert_eq!(percent(Some(0.634)), "63 %");
        assert_eq!(percent(Some(0.0)), "0 %");
        assert_eq!(percent(None), "—");
        assert_eq!(duration(Some(3_900)), "1 h 05 min");
        assert_eq!(duration(Some(180)), "3 min");
        assert_eq!(duration(Some(2 * 86_400 + 4 * 3600)), "2 d 4 h");
        assert_eq!(duration(None), "—");
        assert_eq!(points(Some(0.65), Some(0.619)).as_deref(), Some("+3.1 pts"));
        assert_eq!(points(Some(0.5), Some(0.504)).as_deref(), Some("−0.4 pts"));
        assert_eq!(points(Some(0.5), Some(0.5)).as_deref(), Some("±0 pts"));
        assert_eq!(points(Some(0.5), None), None);
        assert_eq!(change(112.0, 100.0).as_deref(), Some("+12 %"));
        assert_eq!(change(92.0, 100.0).as_deref(), Some("−8 %"));
        assert_eq!(change(5.0, 0.0), None);
        assert_eq!(change(100.2, 100.0).as_deref(), Some("±0 %"));
        assert_eq!(
            amount(Some(Money::new(123_450, Currency::Usd))),
            "$1,234.50 USD"
        );
    }
}
