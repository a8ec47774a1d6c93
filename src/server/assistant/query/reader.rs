//! [`Reader`]: the tokens of a query and which of them a rule has used. Rules look for
//! phrases among the unused tokens and take what they understood, so no word is read
//! twice and whatever is left over is what the page quotes as ignored.

use super::tokens::{Kind, Token, tokenize};
use std::ops::Range;

pub struct Reader {
    pub tokens: Vec<Token>,
    used: Vec<bool>,
}

impl Reader {
    pub fn new(text: &str) -> Self {
        let mut tokens = tokenize(text);
        for t in tokens.iter_mut().filter(|t| t.kind == Kind::Word) {
            if let Some(fixed) = super::lexicon::corrected(&t.text) {
                t.text = fixed.to_string();
            }
        }
        let used = vec![false; tokens.len()];
        Self { tokens, used }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token at `i` if no rule has taken it.
    pub fn free(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i).filter(|_| !self.used[i])
    }

    /// The unused token at `i` is `text`.
    pub fn is(&self, i: usize, text: &str) -> bool {
        self.free(i).is_some_and(|t| t.text == text)
    }

    pub fn is_any(&self, i: usize, texts: &[&str]) -> bool {
        texts.iter().any(|t| self.is(i, t))
    }

    pub fn take(&mut self, range: Range<usize>) {
        for u in &mut self.used[range] {
            *u = true;
        }
    }

    /// Where `phrase` (words separated by spaces) ends if it starts at `i`: hyphens between
    /// its words are skipped ("wi-fi", "self check-in"), the last word may take a plural
    /// "s", and with `fuzzy` a long word may carry one typo (two from nine letters).
    pub fn phrase(&self, i: usize, phrase: &str, fuzzy: bool) -> Option<usize> {
        let mut at = i;
        let parts = phrase.split(' ').count();
        for (k, part) in phrase.split(' ').enumerate() {
            if k > 0 && part != "-" {
                while self.is(at, "-") {
                    at += 1;
                }
            }
            let token = self.free(at)?;
            let last = k + 1 == parts;
            if !(token.text == part
                || (last && plural_of(&token.text, part))
                || (fuzzy && token.kind == Kind::Word && close(&token.text, part)))
            {
                return None;
            }
            at += 1;
        }
        Some(at)
    }

    /// The longest entry of `table` starting at `i`, exact first, then with typos.
    pub fn longest<'t, V>(
        &self,
        i: usize,
        table: &'t [(&'t str, V)],
        fuzzy: bool,
    ) -> Option<(usize, &'t V)> {
        let best = |fuzzy: bool| {
            table
                .iter()
                .filter_map(|(p, v)| {
                    self.phrase(i, p, fuzzy)
                        .or_else(|| if fuzzy { self.joined(i, p) } else { None })
                        .map(|end| (end, v))
                })
                .max_by_key(|(end, _)| *end)
        };
        best(false).or_else(|| if fuzzy { best(true) } else { None })
    }

    /// `phrase` at `i` with one typo in the words run together ("cape twon", "chiang mia",
    /// "sea veiw"): for phrases of two words or more.
    pub fn joined(&self, i: usize, phrase: &str) -> Option<usize> {
        let first = self.free(i)?;
        if first.kind != Kind::Word || first.text.chars().next() != phrase.chars().next() {
            return None;
        }
        let words: Vec<&str> = phrase.split(' ').filter(|w| *w != "-").collect();
        if words.len() < 2 {
            return None;
        }
        let mut at = i;
        let mut typed = String::new();
        for k in 0..words.len() {
            if k > 0 {
                while self.is(at, "-") {
                    at += 1;
                }
            }
            let t = self.free(at).filter(|t| t.kind == Kind::Word)?;
            typed.push_str(&t.text);
            at += 1;
        }
        close(&typed, &words.concat()).then_some(at)
    }

    /// Every run of unused words and numbers that is not a filler word, as the person wrote it.
    pub fn unused(&self, text: &str, filler: impl Fn(&str) -> bool) -> Vec<String> {
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut last: Option<usize> = None;
        for (i, t) in self.tokens.iter().enumerate() {
            let money_sign = matches!(t.text.as_str(), "€" | "£" | "$" | "¥");
            let keep = !self.used[i] && (t.kind != Kind::Sym || money_sign) && !filler(&t.text);
            if !keep {
                if self.used[i] || t.kind == Kind::Sym && !matches!(t.text.as_str(), "-" | "&") {
                    last = None;
                }
                continue;
            }
            match (last, runs.last_mut()) {
                (Some(prev), Some(run))
                    if prev + 1 == i || self.gap_is_filler(prev, i, &filler) =>
                {
                    run.end = t.end;
                }
                _ => runs.push(t.start..t.end),
            }
            last = Some(i);
        }
        runs.into_iter().map(|r| text[r].to_string()).collect()
    }

    /// Only unused filler words lie between `a` and `b`, so "quiet and cosy" stays one phrase.
    fn gap_is_filler(&self, a: usize, b: usize, filler: &impl Fn(&str) -> bool) -> bool {
        (a + 1..b).all(|k| {
            !self.used[k]
                && (self.tokens[k].kind == Kind::Word && filler(&self.tokens[k].text)
                    || matches!(self.tokens[k].text.as_str(), "-" | "&"))
        }) && b - a <= 3
    }
}

fn plural_of(token: &str, word: &str) -> bool {
    word.len() > 2
        && (token.strip_suffix('s') == Some(word) || token.strip_suffix("es") == Some(word))
}

/// One edit apart (insert, delete, change or swap two neighbours) for words of five letters
/// or more; two for nine or more. Short words must be exact: "rome" is not "room".
pub fn close(token: &str, word: &str) -> bool {
    let n = word.len();
    if n < 5 || token.len() < 4 {
        return false;
    }
    let limit = if n >= 9 { 2 } else { 1 };
    token.len().abs_diff(n) <= limit
        && token.as_bytes().first() == word.as_bytes().first()
        && distance(token, word, limit) <= limit
}

/// Optimal string alignment distance over bytes (the words are folded to ASCII), giving up
/// (returning `limit + 1`) past `limit`.
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let width = b.len() + 1;
    // Three rolling rows: two back (for swaps), one back, and this one.
    let mut rows = vec![0usize; 3 * width];
    for (j, cell) in rows[..width].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (this, prev, prev2) = (
            (i % 3) * width,
            ((i - 1) % 3) * width,
            ((i + 1) % 3) * width,
        );
        rows[this] = i;
        let mut best_in_row = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[prev + j] + 1)
                .min(rows[this + j - 1] + 1)
                .min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[prev2 + j - 2] + 1);
            }
            rows[this + j] = best;
            best_in_row = best_in_row.min(best);
        }
        if best_in_row > limit {
            return limit + 1;
        }
    }
    rows[(a.len() % 3) * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_forgiven_only_in_long_words() {
        assert!(close("barcelonna", "barcelona"));
        assert!(close("apartmnet", "apartment"));
        assert!(close("lisbn", "lisbon"));
        assert!(!close("room", "rome"));
        assert!(!close("pairs", "lisbon"));
        assert_eq!(distance("ab", "ba", 2), 1);
    }

    #[test]
    fn phrases_skip_hyphens_and_take_plurals() {
        let r = Reader::new("self check-in, two hot tubs");
        assert_eq!(r.phrase(0, "self check in", false), Some(4));
        assert_eq!(r.phrase(6, "hot tub", false), Some(8));
        assert_eq!(r.phrase(6, "hot tubes", false), None);
    }

    #[test]
    fn leftovers_keep_the_persons_words() {
        let mut r = Reader::new("quiet and cosy cabin, near the OLD town");
        r.take(3..4);
        let filler = |w: &str| matches!(w, "and" | "the" | "near");
        assert_eq!(
            r.unused("quiet and cosy cabin, near the OLD town", filler),
            ["quiet and cosy", "OLD town"]
        );
    }
}
