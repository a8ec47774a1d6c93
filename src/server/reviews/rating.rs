//! A listing's rank by rating: a Bayesian average that starts every listing at
//! [`PRIOR_COUNT`] reviews of [`PRIOR_MEAN`], so one 5.0 does not outrank two hundred 4.9s.
//! The database computes the same number as `listings.rating_rank` (migration
//! `20261206000010_reviews.sql`), so search can sort and index it; `tests/reviews` checks
//! that the two agree.

/// The mean every listing starts from, in stars.
pub const PRIOR_MEAN: f64 = 4.5;
/// How many reviews that prior weighs.
pub const PRIOR_COUNT: i64 = 10;

/// The Bayesian average of `count` reviews whose overall ratings sum to `sum`.
pub fn rank(sum: i64, count: i64) -> f64 {
    (sum as f64 + PRIOR_MEAN * PRIOR_COUNT as f64) / (count + PRIOR_COUNT) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_perfect_review_does_not_outrank_many_near_perfect_ones() {
        let one_five = rank(5, 1);
        // Two hundred reviews averaging 4.9.
        let many = rank(980, 200);
        assert!(many > one_five, "{many} > {one_five}");
        assert!((rank(0, 0) - PRIOR_MEAN).abs() < 1e-12);
        // Enough reviews and the prior fades: 1,000 of 5.0 come close to 5.
        assert!(rank(5_000, 1_000) > 4.99);
    }
}
