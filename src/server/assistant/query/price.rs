//! Prices: "under €150 a night", "£80-120", "between 100 and 200 dollars", "€600 total".
//! Only the currencies Haven takes become a filter; another named currency leaves the
//! words unused, so the page says so instead of filtering in the wrong money.

use super::reader::Reader;
use super::tokens::Kind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Money {
    Eur,
    Gbp,
    Usd,
    /// A currency Haven does not take.
    Other,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Price {
    /// Per night, in minor units (cents).
    pub min_minor: Option<i64>,
    pub max_minor: Option<i64>,
    /// `None`: no currency was named.
    pub currency: Option<Money>,
    /// The amount is for the whole stay, to be divided by its nights.
    pub total: bool,
    /// The nights the total's own words give ("for the week": 7).
    pub nights: Option<i64>,
}

const SIGNS: [(&str, Money); 4] = [
    ("€", Money::Eur),
    ("£", Money::Gbp),
    ("$", Money::Usd),
    ("¥", Money::Other),
];

const WORDS: &[(&str, Money)] = &[
    ("eur", Money::Eur),
    ("euro", Money::Eur),
    ("euros", Money::Eur),
    ("gbp", Money::Gbp),
    ("pound", Money::Gbp),
    ("pounds", Money::Gbp),
    ("quid", Money::Gbp),
    ("usd", Money::Usd),
    ("dollar", Money::Usd),
    ("dollars", Money::Usd),
    ("bucks", Money::Usd),
    ("yen", Money::Other),
    ("jpy", Money::Other),
    ("chf", Money::Other),
    ("franc", Money::Other),
    ("francs", Money::Other),
    ("aud", Money::Other),
    ("cad", Money::Other),
    ("nzd", Money::Other),
    ("mxn", Money::Other),
    ("pesos", Money::Other),
    ("peso", Money::Other),
    ("baht", Money::Other),
    ("thb", Money::Other),
    ("won", Money::Other),
    ("krw", Money::Other),
    ("real", Money::Other),
    ("reais", Money::Other),
    ("brl", Money::Other),
    ("rupees", Money::Other),
    ("inr", Money::Other),
    ("sek", Money::Other),
    ("nok", Money::Other),
    ("dkk", Money::Other),
    ("krona", Money::Other),
    ("kronor", Money::Other),
    ("zar", Money::Other),
    ("rand", Money::Other),
    ("aed", Money::Other),
    ("dirham", Money::Other),
    ("dirhams", Money::Other),
    ("lira", Money::Other),
    ("try", Money::Other),
];

const AT_MOST: &[&str] = &[
    "under",
    "below",
    "less than",
    "max",
    "maximum",
    "up to",
    "upto",
    "no more than",
    "not more than",
    "at most",
    "<",
    "< =",
    "within",
    "cheaper than",
    "tops",
    "max of",
    "lower than",
    "not over",
    "no more then",
    "less then",
    "under than",
    "sub",
];
const AT_LEAST: &[&str] = &[
    "over",
    "above",
    "more than",
    "at least",
    "min",
    "minimum",
    ">",
    "> =",
    "starting at",
    "starting from",
    "upwards of",
    "more then",
    "from",
];
/// "budget of 1000": the whole stay's, unless followed by "a night".
const BUDGET: &[&str] = &[
    "total budget",
    "budget of",
    "budget is",
    "budget",
    "total of",
    "spend",
    "spending",
];
const PER_NIGHT: &[&str] = &[
    "a night",
    "per night",
    "/ night",
    "each night",
    "nightly",
    "pn",
    "p / n",
    "/ nt",
    "an night",
    "per nt",
    "a nt",
    "/ n",
    "per day",
    "a day",
    "/ day",
];
const TOTAL: &[&str] = &[
    "total",
    "in total",
    "all in",
    "for the trip",
    "for the whole trip",
    "for the whole stay",
    "for the stay",
    "for everything",
    "all together",
    "altogether",
    "overall",
    "total budget",
    "for the week",
    "for the whole week",
    "for all nights",
    "for the weekend",
];

/// An amount with its currency at `i`: "€150", "150€", "150 eur", "$1.2k", "150".
/// Returns (minor units, currency named, end).
fn amount(r: &Reader, i: usize) -> Option<(i64, Option<Money>, usize)> {
    let mut at = i;
    let mut currency = None;
    if let Some((_, m)) = SIGNS.iter().find(|(s, _)| r.is(at, s)) {
        currency = Some(*m);
        at += 1;
    } else if let Some((_, m)) = WORDS.iter().find(|(w, _)| r.is(at, w) && w.len() == 3) {
        // "EUR 150", "USD 90"
        if r.free(at + 1).is_some_and(|t| t.kind == Kind::Num) {
            currency = Some(*m);
            at += 1;
        }
    }
    let t = r.free(at).filter(|t| t.kind == Kind::Num)?;
    let mut value: f64 = t.text.parse().ok()?;
    at += 1;
    if r.is(at, "k") {
        value *= 1000.0;
        at += 1;
    }
    if currency.is_none() {
        if let Some((_, m)) = SIGNS.iter().find(|(s, _)| r.is(at, s)) {
            currency = Some(*m);
            at += 1;
        } else if let Some((_, m)) = WORDS.iter().find(|(w, _)| r.is(at, w)) {
            currency = Some(*m);
            at += 1;
        }
    }
    let minor = (value * 100.0).round();
    (minor.is_finite() && (0.0..=100_000_000.0).contains(&minor)).then_some((
        minor as i64,
        currency,
        at,
    ))
}

fn phrase_at(r: &Reader, i: usize, table: &[&str]) -> Option<usize> {
    table.iter().filter_map(|p| r.phrase(i, p, false)).max()
}

/// The first price expression and the tokens it spans. A price in a currency Haven does not
/// take is found too (its currency is `Other`), so the caller can leave it unused.
pub fn find(r: &Reader) -> Option<(Price, std::ops::Range<usize>)> {
    (0..r.len()).find_map(|i| price_at(r, i).map(|(p, end)| (p, i..end)))
}

fn price_at(r: &Reader, i: usize) -> Option<(Price, usize)> {
    let mut price = Price::default();
    let mut at = i;
    let mut bound = None;
    let mut keyword = false;
    if r.is(i, "between") || r.is(i, "from") {
        // "between 100 and 200", "from €80 to €120"
        let (a, c1, e1) = amount(r, i + 1)?;
        let range = r
            .is_any(e1, &["and", "to", "-"])
            .then(|| amount(r, e1 + 1))
            .flatten();
        if let Some((b, c2, e2)) = range {
            price.min_minor = Some(a.min(b));
            price.max_minor = Some(a.max(b));
            price.currency = c1.or(c2);
            if price.currency.is_some() || r.is(i, "between") || per_night_at(r, e2) {
                return Some(finish(r, price, e2));
            }
        }
        if r.is(i, "between") {
            return None;
        }
    }
    let mut budget = false;
    if let Some(end) = phrase_at(r, i, BUDGET) {
        bound = Some(false);
        at = end;
        keyword = true;
        budget = true;
    } else if let Some(end) = phrase_at(r, i, AT_MOST) {
        bound = Some(false);
        at = end;
        keyword = true;
    } else if let Some(end) = phrase_at(r, i, AT_LEAST) {
        bound = Some(true);
        at = end;
        keyword = true;
    }
    if keyword && r.is(at, "of") {
        at += 1;
    }
    let (a, currency, end) = amount(r, at)?;
    price.currency = currency;
    // A range: "100-200", "€80 to €120", "80 to 120 euros".
    if bound.is_none()
        && r.is_any(end, &["-", "to"])
        && let Some((b, c2, e2)) = amount(r, end + 1)
    {
        // A bare "100-200" is a price; "2-4" counts something else.
        if b <= a || (currency.is_none() && c2.is_none() && !per_night_at(r, e2) && a < 2_000) {
            return None;
        }
        price.min_minor = Some(a);
        price.max_minor = Some(b);
        price.currency = currency.or(c2);
        return Some(finish(r, price, e2));
    }
    // A trailing "or less", "or under", "max", "+", "or more".
    let mut end = end;
    match bound {
        Some(true) => price.min_minor = Some(a),
        Some(false) => price.max_minor = Some(a),
        None => {
            if let Some(e) = phrase_at(
                r,
                end,
                &[
                    "or less",
                    "or under",
                    "or below",
                    "max",
                    "tops",
                    "at most",
                    "or cheaper",
                ],
            ) {
                price.max_minor = Some(a);
                end = e;
            } else if let Some(e) = phrase_at(
                r,
                end,
                &[
                    "or more", "plus", "+", "and up", "or above", "minimum", "min",
                ],
            ) {
                price.min_minor = Some(a);
                end = e;
            } else if currency.is_some() || per_night_at(r, end) {
                // "€150 a night", "$200 per night": a ceiling is what people mean.
                price.max_minor = Some(a);
            } else {
                return None;
            }
        }
    }
    if currency.is_none() && !keyword && !per_night_at(r, end) {
        return None;
    }
    // A bare number after "under" is a price only with money words around it, or when
    // nothing else can be counted in it ("under 150" is money; "under 5" is not).
    if currency.is_none() && keyword && a < 2_000 && !per_night_at(r, end) && !total_at(r, end) {
        return None;
    }
    let (mut price, end) = finish(r, price, end);
    if budget && !per_night_at(r, end) && !price.total {
        price.total = true;
    }
    Some((price, end))
}

fn per_night_at(r: &Reader, at: usize) -> bool {
    phrase_at(r, at, PER_NIGHT).is_some()
}

fn total_at(r: &Reader, at: usize) -> bool {
    phrase_at(r, at, TOTAL).is_some()
}

/// Takes a trailing currency word, "a night" or "total" after the amount.
fn finish(r: &Reader, mut price: Price, mut end: usize) -> (Price, usize) {
    if price.currency.is_none()
        && let Some((_, m)) = WORDS.iter().find(|(w, _)| r.is(end, w))
    {
        price.currency = Some(*m);
        end += 1;
    }
    if let Some(e) = phrase_at(r, end, PER_NIGHT) {
        end = e;
    } else if let Some(e) = phrase_at(r, end, TOTAL) {
        price.total = true;
        price.nights = if r.phrase(end, "for the week", false).is_some()
            || r.phrase(end, "for the whole week", false).is_some()
        {
            Some(7)
        } else if r.phrase(end, "for the weekend", false).is_some() {
            Some(2)
        } else {
            None
        };
        end = e;
    }
    (price, end)
}

/// Minor units as the search URL writes them: "150", "99.5", "333.33".
pub fn major(minor: i64) -> String {
    let whole = minor / 100;
    match minor % 100 {
        0 => whole.to_string(),
        c if c % 10 == 0 => format!("{whole}.{}", c / 10),
        c => format!("{whole}.{c:02}"),
    }
}
