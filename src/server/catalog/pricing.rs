//! What a stay costs, computed on the server only (the browser never supplies a price):
//! every night at its own price (a per-date price wins, then the weekend price on Friday
//! and Saturday nights, then the base), minus a weekly or monthly discount, plus the
//! cleaning fee, the guest service fee and taxes. Integer minor units throughout; each
//! percentage is rounded half up once.

use crate::app::types::{Currency, Money};
use time::{Date, Weekday};

/// The guest service fee, in basis points of the stay's subtotal (12 %).
pub const SERVICE_FEE_BP: i64 = 1_200;
/// Stays this long get the weekly discount...
pub const WEEK: i64 = 7;
/// ...and this long the monthly one.
pub const MONTH: i64 = 28;

/// A listing's prices, as stored.
#[derive(Clone, Debug)]
pub struct Terms {
    pub currency: Currency,
    pub nightly_minor: i64,
    pub weekend_minor: Option<i64>,
    pub cleaning_minor: i64,
    pub weekly_discount_pct: i32,
    pub monthly_discount_pct: i32,
    pub tax_bp: i32,
}

/// One night of a stay and its price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Night {
    pub date: Date,
    pub price_minor: i64,
}

/// The breakdown of a stay's price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    pub currency: Currency,
    pub nights: Vec<Night>,
    pub nights_minor: i64,
    /// The discount taken off the nights (0 or positive).
    pub discount_minor: i64,
    /// Which discount applied: 7 (weekly) or 28 (monthly) nights.
    pub discount_kind: Option<i64>,
    pub cleaning_minor: i64,
    pub service_fee_minor: i64,
    pub taxes_minor: i64,
    pub total_minor: i64,
}

impl Breakdown {
    pub fn total(&self) -> Money {
        Money::new(self.total_minor, self.currency)
    }
}

/// `amount × bp / 10,000`, rounded half up (amounts are never negative here).
fn basis_points(amount: i64, bp: i64) -> i64 {
    (amount * bp + 5_000) / 10_000
}

/// The price of one night: a per-date price, else the weekend price on Friday and Saturday
/// nights, else the base price.
pub fn night_price(terms: &Terms, date: Date, per_date: Option<i64>) -> i64 {
    per_date.unwrap_or_else(|| match (date.weekday(), terms.weekend_minor) {
        (Weekday::Friday | Weekday::Saturday, Some(weekend)) => weekend,
        _ => terms.nightly_minor,
    })
}

/// The breakdown for the nights `[check_in, check_out)`; `per_date` gives a night's own
/// price when the host set one.
pub fn quote(
    terms: &Terms,
    check_in: Date,
    check_out: Date,
    per_date: impl Fn(Date) -> Option<i64>,
) -> Breakdown {
    let mut nights = Vec::new();
    let mut day = check_in;
    while day < check_out {
        nights.push(Night {
            date: day,
            price_minor: night_price(terms, day, per_date(day)),
        });
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    let count = nights.len() as i64;
    let nights_minor: i64 = nights.iter().map(|n| n.price_minor).sum();
    let (discount_kind, pct) = if count >= MONTH && terms.monthly_discount_pct > 0 {
        (Some(MONTH), terms.monthly_discount_pct)
    } else if count >= WEEK && terms.weekly_discount_pct > 0 {
        (Some(WEEK), terms.weekly_discount_pct)
    } else {
        (None, 0)
    };
    let discount_minor = basis_points(nights_minor, i64::from(pct) * 100);
    let subtotal = nights_minor - discount_minor + terms.cleaning_minor;
    let service_fee_minor = basis_points(subtotal, SERVICE_FEE_BP);
    let taxes_minor = basis_points(subtotal, i64::from(terms.tax_bp));
    Breakdown {
        currency: terms.currency,
        nights,
        nights_minor,
        discount_minor,
        discount_kind,
        cleaning_minor: terms.cleaning_minor,
        service_fee_minor,
        taxes_minor,
        total_minor: subtotal + service_fee_minor + taxes_minor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn terms() -> Terms {
        Terms {
            currency: Currency::Usd,
            nightly_minor: 10_000,
            weekend_minor: Some(15_000),
            cleaning_minor: 5_000,
            weekly_discount_pct: 10,
            monthly_discount_pct: 25,
            tax_bp: 500,
        }
    }

    #[test]
    fn weekend_nights_and_per_date_prices_win_over_the_base() {
        // Thursday 2026-12-03 to Sunday 2026-12-06: Thu, Fri, Sat nights.
        let q = quote(
            &terms(),
            date!(2026 - 12 - 03),
            date!(2026 - 12 - 06),
            |d| (d == date!(2026 - 12 - 05)).then_some(20_000),
        );
        let prices: Vec<i64> = q.nights.iter().map(|n| n.price_minor).collect();
        assert_eq!(prices, [10_000, 15_000, 20_000]);
        assert_eq!(q.nights_minor, 45_000);
        assert_eq!(q.discount_minor, 0);
        // Subtotal 50,000: service 12 % = 6,000, taxes 5 % = 2,500.
        assert_eq!(
            (q.service_fee_minor, q.taxes_minor, q.total_minor),
            (6_000, 2_500, 58_500)
        );
    }

    #[test]
    fn a_week_gets_the_weekly_discount_and_four_weeks_the_monthly_one() {
        let week = quote(
            &terms(),
            date!(2026 - 12 - 07),
            date!(2026 - 12 - 14),
            |_| None,
        );
        assert_eq!(week.nights.len(), 7);
        // Mon–Sun: 5 × 100 + 2 × 150 = 800; 10 % off.
        assert_eq!((week.nights_minor, week.discount_minor), (80_000, 8_000));
        assert_eq!(week.discount_kind, Some(WEEK));
        let month = quote(
            &terms(),
            date!(2026 - 12 - 07),
            date!(2027 - 01 - 04),
            |_| None,
        );
        assert_eq!(month.discount_kind, Some(MONTH));
        assert_eq!(
            month.discount_minor,
            basis_points(month.nights_minor, 2_500)
        );
    }

    #[test]
    fn percentages_round_half_up_once() {
        assert_eq!(basis_points(12_345, 1_200), 1_481); // 1,481.4
        assert_eq!(basis_points(125, 2_000), 25);
        assert_eq!(basis_points(5, 1_000), 1); // 0.5 → 1
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;
        use std::collections::HashMap;
        use time::Duration;

        /// The price rules written out plainly, with exact fractions.
        fn reference(t: &Terms, check_in: Date, nights: i64, own: &HashMap<Date, i64>) -> i64 {
            let mut sum = 0_i128;
            for i in 0..nights {
                let d = check_in + Duration::days(i);
                let weekend = matches!(d.weekday(), Weekday::Friday | Weekday::Saturday);
                sum += i128::from(match (own.get(&d), t.weekend_minor) {
                    (Some(p), _) => *p,
                    (None, Some(w)) if weekend => w,
                    _ => t.nightly_minor,
                });
            }
            let pct = if nights >= 28 && t.monthly_discount_pct > 0 {
                t.monthly_discount_pct
            } else if nights >= 7 {
                t.weekly_discount_pct
            } else {
                0
            };
            // round(x / d) half up == floor((2x + d) / 2d) for x >= 0.
            let round = |x: i128, d: i128| (2 * x + d) / (2 * d);
            let discount = round(sum * i128::from(pct), 100);
            let subtotal = sum - discount + i128::from(t.cleaning_minor);
            let service = round(subtotal * 12, 100);
            let taxes = round(subtotal * i128::from(t.tax_bp), 10_000);
            (subtotal + service + taxes) as i64
        }

        prop_compose! {
            fn terms()(
                nightly in 1_000_i64..500_000,
                weekend in proptest::option::of(1_000_i64..500_000),
                cleaning in 0_i64..50_000,
                weekly in 0_i32..=90,
                monthly in 0_i32..=90,
                tax in 0_i32..=3_000,
            ) -> Terms {
                Terms {
                    currency: Currency::Eur,
                    nightly_minor: nightly,
                    weekend_minor: weekend,
                    cleaning_minor: cleaning,
                    weekly_discount_pct: weekly,
                    monthly_discount_pct: monthly,
                    tax_bp: tax,
                }
            }
        }

        proptest! {
            #[test]
            fn the_breakdown_matches_the_written_rules(
                t in terms(),
                start in 0_i64..800,
                nights in 1_i64..60,
                own in proptest::collection::vec((0_i64..60, 500_i64..900_000), 0..8),
            ) {
                let check_in = time::macros::date!(2026 - 01 - 01) + Duration::days(start);
                let own: HashMap<Date, i64> =
                    own.into_iter().map(|(d, p)| (check_in + Duration::days(d), p)).collect();
                let b = quote(&t, check_in, check_in + Duration::days(nights), |d| own.get(&d).copied());
                prop_assert_eq!(b.total_minor, reference(&t, check_in, nights, &own));
                prop_assert_eq!(b.nights.len() as i64, nights);
                prop_assert_eq!(
                    b.total_minor,
                    b.nights_minor - b.discount_minor + b.cleaning_minor + b.service_fee_minor + b.taxes_minor
                );
                prop_assert!(b.discount_minor <= b.nights_minor);
            }
        }
    }
}
