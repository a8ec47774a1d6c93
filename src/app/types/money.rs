use serde::{Deserialize, Serialize};

/// An amount of money in a currency's minor units (cents for USD). Never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Money {
    pub amount_minor: i64,
    pub currency: Currency,
}

pub use super::currency::Currency;

impl Money {
    pub fn new(amount_minor: i64, currency: Currency) -> Self {
        Self {
            amount_minor,
            currency,
        }
    }

    /// "$1,234" when the amount is whole, "$1,234.50" otherwise.
    pub fn display(&self) -> String {
        let (sign, units, cents) = split(self.amount_minor);
        let symbol = self.currency.symbol();
        let grouped = group_thousands(units);
        if cents == 0 {
            format!("{sign}{symbol}{grouped}")
        } else {
            format!("{sign}{symbol}{grouped}.{cents:02}")
        }
    }
}

/// The largest amount a person may type: 1,000,000.00.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000;

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Negative,
    /// Not digits with at most two decimals ("1e3", "12.345", ".").
    Malformed,
    /// Above [`MAX_AMOUNT_MINOR`].
    TooLarge,
}

impl AmountError {
    /// What to fix, as a sentence in the current language.
    pub fn message(self) -> String {
        match self {
            Self::Negative => crate::tr!("error-amount-negative"),
            Self::Malformed => crate::tr!("error-amount-malformed"),
            Self::TooLarge => crate::tr!("error-amount-too-large", max = MAX_AMOUNT_MINOR / 100),
        }
    }
}

/// An amount as a person types it, in major units ("125", "125.5", ".99", "1,250.00"), in
/// minor units; `None` when empty. The one parser of typed amounts: search filters, the
/// listing editor and the host's calendar prices all come through here.
pub fn parse_amount(raw: &str) -> Result<Option<i64>, AmountError> {
    let raw = raw.trim().replace(',', "");
    if raw.is_empty() {
        return Ok(None);
    }
    if raw.starts_with('-') {
        return Err(AmountError::Negative);
    }
    let (units, cents) = raw.split_once('.').unwrap_or((&raw, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if (units.is_empty() && cents.is_empty()) || !digits(units) || !digits(cents) || cents.len() > 2
    {
        return Err(AmountError::Malformed);
    }
    // Digits only from here: a parse can fail only by overflow.
    let units: i64 = match units {
        "" => 0,
        u => u.parse().map_err(|_| AmountError::TooLarge)?,
    };
    let cents: i64 = format!("{cents:0<2}").parse().unwrap_or(0);
    units
        .checked_mul(100)
        .and_then(|m| m.checked_add(cents))
        .filter(|m| *m <= MAX_AMOUNT_MINOR)
        .map(Some)
        .ok_or(AmountError::TooLarge)
}

/// Minor units as a plain number an input shows: "125" or "125.50".
pub fn amount_text(minor: i64) -> String {
    let (sign, units, cents) = split(minor);
    if cents == 0 {
        format!("{sign}{units}")
    } else {
        format!("{sign}{units}.{cents:02}")
    }
}

/// Minor units with always two decimals, as events carry amounts: "125.00".
pub fn decimal_text(minor: i64) -> String {
    let (sign, units, cents) = split(minor);
    format!("{sign}{units}.{cents:02}")
}

/// (sign, whole units, cents) of an amount in minor units.
fn split(minor: i64) -> (&'static str, u64, u64) {
    let abs = minor.unsigned_abs();
    (if minor < 0 { "-" } else { "" }, abs / 100, abs % 100)
}

/// 1234567 → "1,234,567".
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_amounts_have_no_cents_and_group_thousands() {
        assert_eq!(Money::new(15_000, Currency::Usd).display(), "$150");
        assert_eq!(
            Money::new(123_456_700, Currency::Eur).display(),
            "€1,234,567"
        );
        assert_eq!(Money::new(0, Currency::Gbp).display(), "£0");
    }

    #[test]
    fn fractional_amounts_keep_two_digits() {
        assert_eq!(Money::new(15_005, Currency::Usd).display(), "$150.05");
        assert_eq!(Money::new(-250, Currency::Usd).display(), "-$2.50");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn serialises_with_iso_codes() {
        let json = serde_json::to_string(&Money::new(12_345, Currency::Usd)).unwrap_or_default();
        assert_eq!(json, r#"{"amount_minor":12345,"currency":"USD"}"#);
    }

    #[test]
    fn typed_amounts_parse_to_minor_units() {
        assert_eq!(parse_amount("125"), Ok(Some(12_500)));
        assert_eq!(parse_amount(" 125.5 "), Ok(Some(12_550)));
        assert_eq!(parse_amount("0.99"), Ok(Some(99)));
        assert_eq!(parse_amount(".5"), Ok(Some(50)));
        assert_eq!(parse_amount("1,250.00"), Ok(Some(125_000)));
        assert_eq!(parse_amount(""), Ok(None));
        assert_eq!(parse_amount("  "), Ok(None));
        assert_eq!(parse_amount("1e3"), Err(AmountError::Malformed));
        assert_eq!(parse_amount("12.345"), Err(AmountError::Malformed));
        assert_eq!(parse_amount("."), Err(AmountError::Malformed));
        assert_eq!(parse_amount("１２"), Err(AmountError::Malformed));
        assert_eq!(parse_amount("-5"), Err(AmountError::Negative));
        assert_eq!(parse_amount("1000000"), Ok(Some(MAX_AMOUNT_MINOR)));
        assert_eq!(parse_amount("1000000.01"), Err(AmountError::TooLarge));
        assert_eq!(
            parse_amount("99999999999999999999999"),
            Err(AmountError::TooLarge)
        );
    }

    #[test]
    fn amounts_format_back_to_what_parses() {
        assert_eq!(amount_text(12_550), "125.50");
        assert_eq!(amount_text(12_500), "125");
        assert_eq!(amount_text(-50), "-0.50");
        assert_eq!(decimal_text(50_000), "500.00");
        assert_eq!(decimal_text(1_205), "12.05");
        assert_eq!(decimal_text(-50), "-0.50");
        for minor in [0, 1, 99, 100, 12_345, MAX_AMOUNT_MINOR] {
            assert_eq!(parse_amount(&amount_text(minor)), Ok(Some(minor)));
            assert_eq!(parse_amount(&decimal_text(minor)), Ok(Some(minor)));
            let shown = Money::new(minor, Currency::Usd).display();
            assert_eq!(parse_amount(&shown.replace('$', "")), Ok(Some(minor)));
        }
    }

    #[test]
    fn currency_codes_round_trip() {
        for c in [Currency::Usd, Currency::Eur, Currency::Gbp] {
            assert_eq!(Currency::from_code(c.code()), Some(c));
        }
        assert_eq!(Currency::from_code("usd"), None);
    }
}
