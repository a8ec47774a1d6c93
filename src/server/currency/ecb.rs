//! The European Central Bank's daily reference rates: its XML feed
//! (`eurofxref-daily.xml`), parsed. Units of each currency per euro, for one day.
//!
//! ```xml
//! <gesmes:Envelope ...><Cube><Cube time='2026-10-30'>
//!   <Cube currency='USD' rate='1.1172'/> ...
//! </Cube></Cube></gesmes:Envelope>
//! ```

use std::collections::BTreeMap;

/// One day's rates, in units per euro (the euro itself is not listed).
#[derive(Clone, Debug, PartialEq)]
pub struct EcbDay {
    pub date: time::Date,
    pub per_eur: BTreeMap<String, f64>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EcbError {
    #[error("the feed names no day (no <Cube time=...>)")]
    NoDay,
    #[error("the feed's day {0:?} is not a date")]
    BadDate(String),
    #[error("the feed has no rates")]
    NoRates,
    #[error("the rate of {0} is not a positive number: {1:?}")]
    BadRate(String, String),
    #[error("{0:?} is not a currency code")]
    BadCurrency(String),
    #[error("the feed has two days; the daily feed has one")]
    TwoDays,
}

/// The value of attribute `name` in one tag's text (`time='2026-10-30'` or with `"`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().last();
        let after = &rest[at + name.len()..];
        let after_trimmed = after.trim_start();
        if before.is_some_and(char::is_whitespace)
            && let Some(value) = after_trimmed.strip_prefix('=')
        {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '\'' || quote == '"' {
                let body = &value[1..];
                return body.find(quote).map(|end| &body[..end]);
            }
            return None;
        }
        rest = after;
    }
    None
}

/// Parses the daily feed. Anything else (HTML from a proxy, a truncated body, a feed with
/// a malformed rate) is an error: a day's rates are taken whole or not at all.
pub fn parse(xml: &str) -> Result<EcbDay, EcbError> {
    let mut date = None;
    let mut per_eur = BTreeMap::new();
    for piece in xml.split("<Cube").skip(1) {
        let tag = piece.split('>').next().unwrap_or_default();
        if let Some(time) = attribute(tag, "time") {
            if date.is_some() {
                return Err(EcbError::TwoDays);
            }
            let format = time::macros::format_description!("[year]-[month]-[day]");
            date = Some(
                time::Date::parse(time, &format).map_err(|_| EcbError::BadDate(time.to_owned()))?,
            );
        }
        if let Some(code) = attribute(tag, "currency") {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(EcbError::BadCurrency(code.to_owned()));
            }
            let raw = attribute(tag, "rate").unwrap_or_default();
            let rate = raw
                .parse::<f64>()
                .ok()
                .filter(|r| {
                    r.is_finite()
                        && *r > 0.0
                        && raw.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                })
                .ok_or_else(|| EcbError::BadRate(code.to_owned(), raw.to_owned()))?;
            per_eur.insert(code.to_owned(), rate);
        }
    }
    let date = date.ok_or(EcbError::NoDay)?;
    if per_eur.is_empty() {
        return Err(EcbError::NoRates);
    }
    Ok(EcbDay { date, per_eur })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FEED: &str = include_str!("../../../tests/fixtures/ecb/eurofxref-daily.xml");

    #[test]
    fn the_real_feed_parses_whole() {
        let day = parse(FEED).expect("the fixture parses");
        assert_eq!(day.date, time::macros::date!(2026 - 10 - 30));
        assert_eq!(day.per_eur.len(), 29);
        assert_eq!(day.per_eur["USD"], 1.1172);
        assert_eq!(day.per_eur["JPY"], 175.68);
        assert_eq!(day.per_eur["ISK"], 136.0);
        assert!(!day.per_eur.contains_key("EUR"));
    }

    #[test]
    fn double_quotes_and_spacing_are_the_same_feed() {
        let xml =
            r#"<Cube><Cube  time = "2026-01-02"><Cube rate="0.85" currency="GBP" /></Cube></Cube>"#;
        let day = parse(xml).expect("parses");
        assert_eq!(day.per_eur["GBP"], 0.85);
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(
            parse("<html>Service unavailable</html>"),
            Err(EcbError::NoDay)
        );
        assert_eq!(
            parse("<Cube time='2026-10-30'></Cube>"),
            Err(EcbError::NoRates)
        );
        assert_eq!(
            parse("<Cube time='30/10/2026'><Cube currency='USD' rate='1.1'/>"),
            Err(EcbError::BadDate("30/10/2026".into()))
        );
        for rate in ["-1.1", "0", "abc", "1e3", "", "NaN", "inf"] {
            let xml = format!("<Cube time='2026-10-30'><Cube currency='USD' rate='{rate}'/>");
            assert!(matches!(parse(&xml), Err(EcbError::BadRate(..))), "{rate}");
        }
        let xml = "<Cube time='2026-10-30'><Cube currency='usd' rate='1.1'/>";
        assert_eq!(parse(xml), Err(EcbError::BadCurrency("usd".into())));
        // Cut short in the middle of a rate: refused, not half a day.
        let cut = &FEED[..FEED.find("JPY").expect("JPY") + 12];
        assert!(parse(cut).is_err(), "{cut}");
        let twice = format!("{FEED}{FEED}");
        assert_eq!(parse(&twice), Err(EcbError::TwoDays));
    }
}
