//! Numbers shown with a fixed count of decimals ("4.80", "1.5 km"), written the current
//! language's way ("4,80" in Spanish and French): the formatter drops trailing zeros,
//! which ratings and distances keep.

use crate::app::i18n;

/// `value` with exactly `places` decimals, with the language's decimal mark.
pub fn fixed(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    // The language's mark, as its own formatter writes one and a half.
    let mark = i18n::number(1.5).chars().find(|c| !c.is_ascii_digit());
    match mark {
        Some(mark) if mark != '.' => text.replace('.', &mark.to_string()),
        _ => text,
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::fixed;

    #[test]
    fn keeps_its_decimals_and_the_english_mark_by_default() {
        assert_eq!(fixed(4.8, 2), "4.80");
        assert_eq!(fixed(1.26, 1), "1.3");
        assert_eq!(fixed(3.0, 0), "3");
    }
}
