//! How far a typed text is from the beginning of a name, in edits: a letter inserted,
//! deleted or replaced, or two neighbours swapped (the optimal-string-alignment distance,
//! against the best prefix of the name).

/// The fewest edits that turn `typed` into some beginning of `name` ("lisobn" is one
/// from "lisbon", "guimra" one from "guimar…").
pub fn prefix_edits(typed: &[char], name: &[char]) -> usize {
    let (m, n) = (typed.len(), name.len());
    // d[i][j]: edits between typed[..i] and name[..j].
    let mut d = vec![vec![0usize; n + 1]; m + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=m {
        for j in 1..=n {
            let cost = usize::from(typed[i - 1] != name[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && typed[i - 1] == name[j - 2] && typed[i - 2] == name[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[m].iter().copied().min().unwrap_or(m)
}

#[cfg(test)]
mod tests {
    use super::prefix_edits;
    use proptest::prelude::*;

    fn edits(a: &str, b: &str) -> usize {
        prefix_edits(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
        )
    }

    #[test]
    fn typos_count_as_edits_against_the_best_beginning() {
        assert_eq!(edits("lisbon", "lisbon"), 0);
        assert_eq!(edits("lisb", "lisbon"), 0);
        assert_eq!(edits("lisobn", "lisbon"), 1);
        assert_eq!(edits("guimra", "guimaraes"), 1);
        assert_eq!(edits("elvs", "elvas"), 1);
        assert_eq!(edits("lisobn", "lisovyi masyv"), 2);
        assert_eq!(edits("paris", "lisbon"), 3); // "paris" to "lis"
        assert_eq!(edits("", "lisbon"), 0);
        assert_eq!(edits("abc", ""), 3);
    }

    /// Every beginning's plain edit distance, by brute force over all of them (with swaps
    /// as two edits, an upper bound on the real distance).
    fn levenshtein(a: &[char], b: &[char]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.iter().enumerate() {
            let mut row = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                row[j + 1] = (prev[j + 1] + 1)
                    .min(row[j] + 1)
                    .min(prev[j] + usize::from(ca != cb));
            }
            prev = row;
        }
        prev[b.len()]
    }

    proptest! {
        #[test]
        fn never_more_than_the_best_prefix_and_no_less_than_half_of_it(
            a in "[abc]{0,6}", b in "[abc]{0,8}"
        ) {
            let (ta, tb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let brute = (0..=tb.len()).map(|k| levenshtein(&ta, &tb[..k])).min().unwrap_or(ta.len());
            let got = prefix_edits(&ta, &tb);
            // A swap costs one here and two there: never more, and at most halves it.
            prop_assert!(got <= brute);
            prop_assert!(2 * got >= brute);
            prop_assert_eq!(got == 0, tb.starts_with(&ta));
        }
    }
}
