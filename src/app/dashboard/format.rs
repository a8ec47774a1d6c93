//! How the dashboard writes its figures: rates as percentages, changes against the periods
//! compared (points for rates, per cent for amounts and counts), lengths and durations.

/// "63 %"; "—" with nothing to divide.
pub fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".into(), |r| format!("{:.0} %", r * 100.0))
}

/// "4.2"; "—" for nothing.
pub fn one_decimal(v: Option<f64>) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v:.1}"))
}

/// "1 h 05 min", "3 min", "2 d 4 h"; "—" for nothing.
pub fn duration(secs: Option<i64>) -> String {
    let Some(s) = secs.filter(|s| *s >= 0) else {
        return "—".into();
    };
    let (d, h, m) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
    if d > 0 {
        format!("{d} d {h} h")
    } else if h > 0 {
        format!("{h} h {m:02} min")
    } else {
        format!("{m} min")
    }
}

/// The change of a rate, in percentage points: "+3.1 pts", "−0.4 pts", "±0 pts".
pub fn points(now: Option<f64>, then: Option<f64>) -> Option<String> {
    let diff = (now? - then?) * 100.0;
    Some(if diff.abs() < 0.05 {
        "±0 pts".into()
    } else {
        format!("{}{:.1} pts", sign(diff), diff.abs())
    })
}

/// The change of an amount or a count, in per cent: "+12 %", "−8 %"; `None` from zero.
pub fn change(now: f64, then: f64) -> Option<String> {
    if then == 0.0 {
        return None;
    }
    let pct = (now - then) / then.abs() * 100.0;
    Some(if pct.abs() < 0.5 {
        "±0 %".into()
    } else {
        format!("{}{:.0} %", sign(pct), pct.abs())
    })
}

fn sign(v: f64) -> &'static str {
    if v < 0.0 { "−" } else { "+" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_people_write_them() {
        assert_eq!(percent(Some(0.634)), "63 %");
        assert_eq!(percent(None), "—");
        assert_eq!(duration(Some(3_900)), "1 h 05 min");
        assert_eq!(duration(Some(180)), "3 min");
        assert_eq!(duration(Some(2 * 86_400 + 4 * 3600)), "2 d 4 h");
        assert_eq!(duration(None), "—");
        assert_eq!(points(Some(0.65), Some(0.619)).as_deref(), Some("+3.1 pts"));
        assert_eq!(points(Some(0.5), Some(0.504)).as_deref(), Some("−0.4 pts"));
        assert_eq!(points(Some(0.5), None), None);
        assert_eq!(change(112.0, 100.0).as_deref(), Some("+12 %"));
        assert_eq!(change(92.0, 100.0).as_deref(), Some("−8 %"));
        assert_eq!(change(5.0, 0.0), None);
        assert_eq!(change(100.2, 100.0).as_deref(), Some("±0 %"));
    }
}
