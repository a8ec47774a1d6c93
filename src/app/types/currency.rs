//! Currencies: every one the European Central Bank publishes a reference rate for, with
//! its ISO 4217 minor unit, and the rates a page converts display prices with.

use serde::{Deserialize, Serialize};

macro_rules! currencies {
    ($($variant:ident $code:literal $digits:literal,)+) => {
        /// A currency Haven can show prices in. ISO 4217 codes on the wire. Listings are
        /// priced in one of [`Currency::LISTING`]; guests may read prices in any.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        #[serde(rename_all = "UPPERCASE")]
        pub enum Currency {
            $($variant,)+
        }

        impl Currency {
            /// Every currency, in code order.
            pub const ALL: &'static [Currency] = &[$(Currency::$variant,)+];

            /// Parses an ISO 4217 code (upper case, as stored and sent).
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)+
                    _ => None,
                }
            }

            pub fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)+
                }
            }

            /// How many digits follow the decimal point (ISO 4217's minor unit): 2 for
            /// most, 0 for the yen, the won and the króna.
            pub fn minor_digits(self) -> u32 {
                match self {
                    $(Self::$variant => $digits,)+
                }
            }
        }
    };
}

currencies! {
    Aud "AUD" 2,
    Brl "BRL" 2,
    Cad "CAD" 2,
    Chf "CHF" 2,
    Cny "CNY" 2,
    Czk "CZK" 2,
    Dkk "DKK" 2,
    Eur "EUR" 2,
    Gbp "GBP" 2,
    Hkd "HKD" 2,
    Huf "HUF" 2,
    Idr "IDR" 2,
    Ils "ILS" 2,
    Inr "INR" 2,
    Isk "ISK" 0,
    Jpy "JPY" 0,
    Krw "KRW" 0,
    Mxn "MXN" 2,
    Myr "MYR" 2,
    Nok "NOK" 2,
    Nzd "NZD" 2,
    Php "PHP" 2,
    Pln "PLN" 2,
    Ron "RON" 2,
    Sek "SEK" 2,
    Sgd "SGD" 2,
    Thb "THB" 2,
    Try "TRY" 2,
    Usd "USD" 2,
    Zar "ZAR" 2,
}

impl Currency {
    /// The currencies a host may price a listing in.
    pub const LISTING: [Currency; 3] = [Currency::Usd, Currency::Eur, Currency::Gbp];

    /// One unit in minor units (100 for cents, 1 for the yen).
    pub fn scale(self) -> i64 {
        10_i64.pow(self.minor_digits())
    }

    /// A short symbol for compact amounts (a chart's axis): "$", "€", "£", "¥", else the
    /// code.
    pub fn symbol(self) -> &'static str {
        match self {
            Self::Usd => "$",
            Self::Eur => "€",
            Self::Gbp => "£",
            Self::Jpy => "¥",
            other => other.code(),
        }
    }
}

/// Where a page's rates come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RateSource {
    /// The table Haven ships (no network): its day is fixed.
    Bundled,
    /// The ECB's feed, fetched daily.
    Ecb,
}

/// The exchange rates a page converts display prices with: units of each currency per US
/// dollar, of one day. Display only: what is charged is never converted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// `YYYY-MM-DD`: the day the rates are of.
    pub date: String,
    pub source: RateSource,
    pub per_usd: Vec<(Currency, f64)>,
}

impl Rates {
    fn per_usd(&self, c: Currency) -> Option<f64> {
        self.per_usd.iter().find(|(k, _)| *k == c).map(|(_, r)| *r)
    }

    /// `minor` units of `from` in minor units of `to`, rounded to the nearest; `None` when
    /// either rate is missing.
    pub fn convert(&self, minor: i64, from: Currency, to: Currency) -> Option<i64> {
        if from == to {
            return Some(minor);
        }
        let (a, b) = (self.per_usd(from)?, self.per_usd(to)?);
        let major = minor as f64 / from.scale() as f64;
        let converted = major / a * b * to.scale() as f64;
        converted.is_finite().then(|| converted.round() as i64)
    }

    /// The rates as one line: `2026-10-30 bundled EUR=0.895095 USD=1 ...`, for the
    /// page's `<meta>` (the browser reads them back with [`Rates::parse`]).
    pub fn encode(&self) -> String {
        let source = match self.source {
            RateSource::Bundled => "bundled",
            RateSource::Ecb => "ecb",
        };
        let mut out = format!("{} {source}", self.date);
        for (c, r) in &self.per_usd {
            out.push_str(&format!(" {}={r}", c.code()));
        }
        out
    }

    /// The line [`Rates::encode`] writes; `None` when it is not one.
    pub fn parse(line: &str) -> Option<Self> {
        let mut parts = line.split_whitespace();
        let date = parts.next()?.to_owned();
        let source = match parts.next()? {
            "bundled" => RateSource::Bundled,
            "ecb" => RateSource::Ecb,
            _ => return None,
        };
        let per_usd = parts
            .map(|p| {
                let (code, rate) = p.split_once('=')?;
                let rate: f64 = rate
                    .parse()
                    .ok()
                    .filter(|r: &f64| r.is_finite() && *r > 0.0)?;
                Some((Currency::from_code(code)?, rate))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Self {
            date,
            source,
            per_usd,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates() -> Rates {
        Rates {
            date: "2026-10-30".into(),
            source: RateSource::Bundled,
            per_usd: vec![
                (Currency::Usd, 1.0),
                (Currency::Eur, 0.895095),
                (Currency::Jpy, 157.25),
                (Currency::Gbp, 0.746330),
            ],
        }
    }

    #[test]
    fn codes_and_minor_units() {
        assert_eq!(Currency::ALL.len(), 30);
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(c.code()), Some(*c));
        }
        assert_eq!(Currency::Jpy.minor_digits(), 0);
        assert_eq!(Currency::Usd.scale(), 100);
        assert_eq!(Currency::from_code("usd"), None);
        assert_eq!(Currency::from_code("BGN"), None);
    }

    #[test]
    fn conversions_respect_minor_units() {
        let r = rates();
        // $100.00 = 10,000 cents → ¥15,725 (no minor unit).
        assert_eq!(
            r.convert(10_000, Currency::Usd, Currency::Jpy),
            Some(15_725)
        );
        // And back: ¥15,725 → $100.00.
        assert_eq!(
            r.convert(15_725, Currency::Jpy, Currency::Usd),
            Some(10_000)
        );
        assert_eq!(r.convert(10_000, Currency::Usd, Currency::Eur), Some(8_951));
        assert_eq!(r.convert(123, Currency::Eur, Currency::Eur), Some(123));
        assert_eq!(r.convert(100, Currency::Usd, Currency::Zar), None);
    }

    #[test]
    fn the_meta_line_round_trips_and_refuses_garbage() {
        let r = rates();
        assert_eq!(Rates::parse(&r.encode()), Some(r));
        assert_eq!(Rates::parse(""), None);
        assert_eq!(Rates::parse("2026-10-30 live USD=1"), None);
        assert_eq!(Rates::parse("2026-10-30 ecb USD=-1"), None);
        assert_eq!(Rates::parse("2026-10-30 ecb BGN=1"), None);
    }
}

/// How a page shows prices: in the reader's display currency (converted at `rates`,
/// marked approximate) when they chose one, else each in its own currency. Chosen by the
/// server for each request (the account's preference, else the footer picker's cookie).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DisplayPrices {
    pub currency: Option<Currency>,
    pub rates: Option<std::sync::Arc<Rates>>,
}

impl DisplayPrices {
    /// The `<meta>` names the shell writes them under, for the browser.
    pub const CURRENCY_META: &'static str = "haven-display-currency";
    pub const RATES_META: &'static str = "haven-rates";

    /// `minor` units of `from`, in the display currency when there is one (and a rate):
    /// `Some((amount, currency))`; `None` to show the amount as it is.
    pub fn convert(&self, minor: i64, from: Currency) -> Option<(i64, Currency)> {
        let to = self.currency.filter(|c| *c != from)?;
        let amount = self.rates.as_ref()?.convert(minor, from, to)?;
        Some((amount, to))
    }
}
