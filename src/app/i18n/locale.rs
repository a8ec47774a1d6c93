//! The languages Haven ships, and how a request's `Accept-Language` picks one.

use serde::{Deserialize, Serialize};

/// A language Haven is translated into. English is the source language: every message
/// exists in it first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    Ar,
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Locale {
    /// Every shipped language, in the order the language picker lists them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Es, Locale::Fr, Locale::Ar];

    /// The BCP 47 tag: `<html lang>`, `hreflang`, the cookie and the account preference.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Fr => "fr",
            Self::Ar => "ar",
        }
    }

    /// The tag numbers and dates are formatted with: Arabic with Western digits, as most
    /// Arabic booking sites write prices (and the same on the server and in the browser,
    /// whose defaults differ).
    pub fn format_tag(self) -> &'static str {
        match self {
            Self::Ar => "ar-u-nu-latn",
            other => other.tag(),
        }
    }

    /// The language's own name, as the picker shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
            Self::Fr => "Français",
            Self::Ar => "العربية",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Self::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// `dir` on `<html>`.
    pub fn dir(self) -> &'static str {
        match self.direction() {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The shipped language of a BCP 47 tag, by its primary subtag and case-insensitively:
    /// `es-MX` is Spanish, `fr_CA` French. `None` for a language Haven does not ship.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The best shipped language for an `Accept-Language` header (RFC 9110 §12.5.4): the
    /// ranges by descending weight (ties keep their order), the first one Haven ships wins;
    /// `q=0` means "not this one". `None` when nothing matches (the caller's default).
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        let mut ranges: Vec<(u16, usize, &str)> = accept_language
            .split(',')
            .take(32)
            .enumerate()
            .filter_map(|(i, item)| {
                let mut parts = item.split(';');
                let range = parts.next()?.trim();
                let weight = parts
                    .find_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
                    .map_or(Some(1000), parse_weight)?;
                (!range.is_empty() && weight > 0).then_some((weight, i, range))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges
            .into_iter()
            .find_map(|(_, _, range)| Self::from_tag(range))
    }
}

/// A quality value ("1", "0.8", "0.125") in thousandths; `None` when malformed, so the
/// range is ignored.
fn parse_weight(q: &str) -> Option<u16> {
    let (whole, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac: u16 = format!("{frac:0<3}").parse().ok()?;
    match whole {
        "0" => Some(frac),
        "1" if frac == 0 => Some(1000),
        _ => None,
    }
}

impl std::str::FromStr for Locale {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::from_tag(s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_by_primary_subtag() {
        assert_eq!(Locale::from_tag("es-MX"), Some(Locale::Es));
        assert_eq!(Locale::from_tag("FR_ca"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("ar"), Some(Locale::Ar));
        assert_eq!(Locale::from_tag("de-DE"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert_eq!(Locale::from_tag("*"), None);
    }

    #[test]
    fn accept_language_goes_by_weight_then_order() {
        assert_eq!(
            Locale::negotiate("fr-CH, fr;q=0.9, en;q=0.8"),
            Some(Locale::Fr)
        );
        assert_eq!(
            Locale::negotiate("de-DE,de;q=0.9,es;q=0.5,en;q=0.4"),
            Some(Locale::Es)
        );
        assert_eq!(Locale::negotiate("en;q=0.5, ar;q=0.7"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("es;q=0.5, fr;q=0.5"), Some(Locale::Es));
        assert_eq!(Locale::negotiate("es;q=0, fr"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate("de, ja"), None);
        assert_eq!(Locale::negotiate("*"), None);
        assert_eq!(Locale::negotiate(""), None);
        // A malformed weight drops only its range.
        assert_eq!(Locale::negotiate("es;q=2, fr;q=0.3"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate("es;q=abc"), None);
    }

    #[test]
    fn weights_are_thousandths() {
        assert_eq!(parse_weight("1"), Some(1000));
        assert_eq!(parse_weight("1.000"), Some(1000));
        assert_eq!(parse_weight("0.125"), Some(125));
        assert_eq!(parse_weight("0"), Some(0));
        assert_eq!(parse_weight("0.1234"), None);
        assert_eq!(parse_weight("1.5"), None);
        assert_eq!(parse_weight("-1"), None);
    }
}
