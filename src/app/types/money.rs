use serde::{Deserialize, Serialize};

/// An amount of money in a currency's minor units (cents for USD). Never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Money {
    pub amount_minor: i64,
    pub currency: Currency,
}

/// The currencies Haven prices in. ISO 4217 codes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    Usd,
    Eur,
    Gbp,
}

impl Currency {
    /// Parses an ISO 4217 code as stored in the database.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "USD" => Some(Self::Usd),
            "EUR" => Some(Self::Eur),
            "GBP" => Some(Self::Gbp),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Usd => "USD",
            Self::Eur => "EUR",
            Self::Gbp => "GBP",
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Self::Usd => "$",
            Self::Eur => "€",
            Self::Gbp => "£",
        }
    }
}

impl Money {
    pub fn new(amount_minor: i64, currency: Currency) -> Self {
        Self {
            amount_minor,
            currency,
        }
    }

    /// "$1,234" when the amount is whole, "$1,234.50" otherwise.
    pub fn display(&self) -> String {
        let negative = self.amount_minor < 0;
        let abs = self.amount_minor.unsigned_abs();
        let (units, cents) = (abs / 100, abs % 100);
        let grouped = group_thousands(units);
        let sign = if negative { "-" } else { "" };
        let symbol = self.currency.symbol();
        if cents == 0 {
            format!("{sign}{symbol}{grouped}")
        } else {
            format!("{sign}{symbol}{grouped}.{cents:02}")
        }
    }
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
    fn currency_codes_round_trip() {
        for c in [Currency::Usd, Currency::Eur, Currency::Gbp] {
            assert_eq!(Currency::from_code(c.code()), Some(c));
        }
        assert_eq!(Currency::from_code("usd"), None);
    }
}
