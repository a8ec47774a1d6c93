//! Refunds and the split of what a booking kept, in integer minor units (docs/BOOKING.md
//! states the same rules in words).

use crate::app::types::booking::Party;

/// Haven's fee on the host's side, in basis points of what the host earns (3 %).
pub const HOST_FEE_BP: i64 = 300;

/// The listing's cancellation policy, as booked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    Flexible,
    Moderate,
    Strict,
}

impl Policy {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "flexible" => Some(Self::Flexible),
            "moderate" => Some(Self::Moderate),
            "strict" => Some(Self::Strict),
            _ => None,
        }
    }

    /// `(days before check-in at least, percent refunded)`, most generous first.
    fn steps(self) -> &'static [(i64, i64)] {
        match self {
            Self::Flexible => &[(1, 100)],
            Self::Moderate => &[(5, 100), (1, 50)],
            Self::Strict => &[(14, 100), (7, 50)],
        }
    }
}

/// What a cancellation gives back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refund {
    pub refund_minor: i64,
    /// 0, 50 or 100.
    pub percent: i64,
    /// The rule that applied, as the key of its message (`i18n::message`).
    pub rule: &'static str,
}

/// `amount × percent / 100`, rounded half up.
fn percent_of(amount: i64, percent: i64) -> i64 {
    (amount * percent + 50) / 100
}

/// The refund when `by` cancels a booking that was `confirmed` (else still pending, nothing
/// captured), `days_before` whole days before check-in (the listing's local dates; 0 on
/// the day, negative once the stay began). A full refund includes the service fee; a
/// partial one is a share of everything but the service fee.
pub fn refund(
    policy: Policy,
    confirmed: bool,
    by: Party,
    days_before: i64,
    total_minor: i64,
    service_fee_minor: i64,
) -> Refund {
    if !confirmed {
        return Refund {
            refund_minor: 0,
            percent: 100,
            rule: "booking-refund-unconfirmed",
        };
    }
    if by == Party::Host {
        return Refund {
            refund_minor: total_minor,
            percent: 100,
            rule: "booking-refund-host-cancelled",
        };
    }
    let percent = policy
        .steps()
        .iter()
        .find(|(days, _)| days_before >= *days)
        .map_or(0, |(_, pct)| *pct);
    let refund_minor = match percent {
        100 => total_minor,
        pct => percent_of(total_minor - service_fee_minor, pct),
    };
    let rule = match (policy, percent) {
        (_, 100) => "booking-refund-full",
        (Policy::Moderate, 50) => "booking-refund-half-moderate",
        (Policy::Strict, 50) => "booking-refund-half-strict",
        _ => "booking-refund-none",
    };
    Refund {
        refund_minor,
        percent,
        rule,
    }
}

/// Where the money a booking kept goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settlement {
    pub host_payout_minor: i64,
    pub haven_fee_minor: i64,
    pub taxes_minor: i64,
}

/// Splits `total - refund` between the host, Haven and the tax collector: the service fee
/// Haven kept, the taxes in proportion to the stay kept, and the rest to the host less
/// [`HOST_FEE_BP`]. The three parts always add up to what was kept.
pub fn settle(
    total_minor: i64,
    service_fee_minor: i64,
    taxes_minor: i64,
    refund_minor: i64,
) -> Settlement {
    let stay_total = total_minor - service_fee_minor;
    let refund_of_stay = refund_minor.min(stay_total);
    let service_kept = service_fee_minor - (refund_minor - refund_of_stay);
    let stay_kept = stay_total - refund_of_stay;
    let taxes_kept = if stay_total > 0 {
        // Rounded half up, in i128 so large stays cannot overflow.
        ((i128::from(taxes_minor) * i128::from(stay_kept) * 2 + i128::from(stay_total))
            / (2 * i128::from(stay_total))) as i64
    } else {
        0
    };
    let host_gross = stay_kept - taxes_kept;
    let host_fee = (host_gross * HOST_FEE_BP + 5_000) / 10_000;
    Settlement {
        host_payout_minor: host_gross - host_fee,
        haven_fee_minor: service_kept + host_fee,
        taxes_minor: taxes_kept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policies_step_down_as_check_in_nears() {
        let r = |p, days| refund(p, true, Party::Guest, days, 100_000, 12_000).refund_minor;
        assert_eq!(r(Policy::Flexible, 1), 100_000);
        assert_eq!(r(Policy::Flexible, 0), 0);
        assert_eq!(r(Policy::Moderate, 5), 100_000);
        assert_eq!(r(Policy::Moderate, 4), 44_000);
        assert_eq!(r(Policy::Moderate, 1), 44_000);
        assert_eq!(r(Policy::Moderate, 0), 0);
        assert_eq!(r(Policy::Strict, 14), 100_000);
        assert_eq!(r(Policy::Strict, 13), 44_000);
        assert_eq!(r(Policy::Strict, 7), 44_000);
        assert_eq!(r(Policy::Strict, 6), 0);
        assert_eq!(r(Policy::Strict, -3), 0);
    }

    #[test]
    fn a_host_cancelling_refunds_everything_and_a_request_costs_nothing() {
        let host = refund(Policy::Strict, true, Party::Host, 0, 100_000, 12_000);
        assert_eq!(host.refund_minor, 100_000);
        let pending = refund(Policy::Strict, false, Party::Guest, 0, 100_000, 12_000);
        assert_eq!(pending.refund_minor, 0);
    }

    #[test]
    fn a_settlement_adds_up_to_what_was_kept() {
        // 1,000.00 total of which 120 service and 50 taxes; nothing refunded.
        let s = settle(100_000, 12_000, 5_000, 0);
        assert_eq!(s.taxes_minor, 5_000);
        assert_eq!(
            s.host_payout_minor + s.haven_fee_minor + s.taxes_minor,
            100_000
        );
        // Host: 830.00 less 3 % = 805.10.
        assert_eq!(s.host_payout_minor, 80_510);
        let full = settle(100_000, 12_000, 5_000, 100_000);
        assert_eq!(
            full,
            Settlement {
                host_payout_minor: 0,
                haven_fee_minor: 0,
                taxes_minor: 0
            }
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// The rules as docs/BOOKING.md states them, written out plainly.
        fn reference(policy: Policy, days: i64, total: i64, fee: i64) -> i64 {
            let (full_from, half_from) = match policy {
                Policy::Flexible => (1, None),
                Policy::Moderate => (5, Some(1)),
                Policy::Strict => (14, Some(7)),
            };
            if days >= full_from {
                total
            } else if half_from.is_some_and(|h| days >= h) {
                // Half, rounded half up: an odd amount's extra half-unit goes to the guest.
                let stay = total - fee;
                stay / 2 + stay % 2
            } else {
                0
            }
        }

        fn policy() -> impl Strategy<Value = Policy> {
            prop_oneof![
                Just(Policy::Flexible),
                Just(Policy::Moderate),
                Just(Policy::Strict)
            ]
        }

        proptest! {
            #[test]
            fn refunds_follow_the_written_rules(
                policy in policy(),
                days in -30_i64..400,
                stay in 0_i64..50_000_000,
                fee in 0_i64..6_000_000,
            ) {
                let total = stay + fee;
                let r = refund(policy, true, Party::Guest, days, total, fee);
                prop_assert_eq!(r.refund_minor, reference(policy, days, total, fee));
                prop_assert!(r.refund_minor <= total);
                // Cancelling earlier never gives back less.
                let earlier = refund(policy, true, Party::Guest, days + 1, total, fee);
                prop_assert!(earlier.refund_minor >= r.refund_minor);
                // The host cancelling, or a request never confirmed.
                prop_assert_eq!(refund(policy, true, Party::Host, days, total, fee).refund_minor, total);
                prop_assert_eq!(refund(policy, false, Party::Guest, days, total, fee).refund_minor, 0);
            }

            #[test]
            fn settlements_split_exactly_what_was_kept(
                stay in 0_i64..50_000_000,
                fee in 0_i64..6_000_000,
                tax_share in 0_i64..=100,
                refunded_share in 0_i64..=100,
            ) {
                let total = stay + fee;
                let taxes = stay * tax_share / 400;
                let refund = total * refunded_share / 100;
                let s = settle(total, fee, taxes, refund);
                prop_assert_eq!(s.host_payout_minor + s.haven_fee_minor + s.taxes_minor, total - refund);
                prop_assert!(s.host_payout_minor >= 0 && s.haven_fee_minor >= 0 && s.taxes_minor >= 0);
                prop_assert!(s.taxes_minor <= taxes);
            }
        }
    }
}
