//! The tokenizer: text → words, numbers and symbols, each with its place in the text.
//! Words are lower case with accents folded ("Reykjavík" → "reykjavik"), so the rules
//! compare plain ASCII; the spans keep the person's own spelling for the "ignored" list.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits, with a decimal part ("99.50") and thousands separators dropped ("1,200").
    Num,
    /// One character of punctuation or a currency sign; dashes of every width are "-".
    Sym,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub text: String,
    pub kind: Kind,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn is(&self, text: &str) -> bool {
        self.text == text
    }

    /// The number this token is, digits or a word ("five"); not "a".
    pub fn number(&self) -> Option<f64> {
        match self.kind {
            Kind::Num => self.text.parse().ok(),
            Kind::Word => number_word(&self.text).map(f64::from),
            Kind::Sym => None,
        }
    }

    /// A whole number, digits or a word.
    pub fn count(&self) -> Option<u32> {
        let n = self.number()?;
        (n.fract() == 0.0 && (0.0..=10_000.0).contains(&n)).then_some(n as u32)
    }
}

pub fn number_word(word: &str) -> Option<u32> {
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS.iter().position(|w| *w == word).map(|n| n as u32)
}

/// Splits `input` into tokens. Letters and digits written together are split ("2br" →
/// "2", "br"; "€150" → "€", "150"); emoji and other symbols are dropped.
pub fn tokenize(input: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = input.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(input.len(), |(b, _)| *b);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_alphabetic() {
            let mut text = String::new();
            while let Some(&(_, c)) = chars.get(i) {
                if c.is_alphabetic() {
                    text.extend(fold(c));
                } else if (c == '\'' || c == '\u{2019}')
                    && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphabetic())
                {
                    // "don't", "kid's": the apostrophe stays inside the word, unwritten.
                } else {
                    break;
                }
                i += 1;
            }
            tokens.push(Token {
                text,
                kind: Kind::Word,
                start,
                end: end_of(i),
            });
        } else if c.is_ascii_digit() {
            let mut text = String::new();
            loop {
                while let Some(&(_, d)) = chars.get(i).filter(|(_, d)| d.is_ascii_digit()) {
                    text.push(d);
                    i += 1;
                }
                // "1,200" (exactly three digits after the comma) is one number.
                let group = chars.get(i).is_some_and(|(_, c)| *c == ',')
                    && (1..=3).all(|k| chars.get(i + k).is_some_and(|(_, d)| d.is_ascii_digit()))
                    && !chars.get(i + 4).is_some_and(|(_, d)| d.is_ascii_digit());
                if group {
                    i += 1;
                    continue;
                }
                break;
            }
            if chars.get(i).is_some_and(|(_, c)| *c == '.')
                && chars.get(i + 1).is_some_and(|(_, d)| d.is_ascii_digit())
            {
                text.push('.');
                i += 1;
                while let Some(&(_, d)) = chars.get(i).filter(|(_, d)| d.is_ascii_digit()) {
                    text.push(d);
                    i += 1;
                }
            }
            tokens.push(Token {
                text,
                kind: Kind::Num,
                start,
                end: end_of(i),
            });
        } else {
            i += 1;
            let sym = match c {
                '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '~' => "-",
                '\u{2264}' => "<",
                '\u{2265}' => ">",
                '€' | '£' | '$' | '¥' | '/' | '+' | '&' | '<' | '>' | ',' | '.' | '@' => {
                    tokens.push(Token {
                        text: c.to_string(),
                        kind: Kind::Sym,
                        start,
                        end: end_of(i),
                    });
                    continue;
                }
                _ => continue,
            };
            tokens.push(Token {
                text: sym.into(),
                kind: Kind::Sym,
                start,
                end: end_of(i),
            });
        }
    }
    tokens
}

/// `text` in lower case without accents, as the reader compares words.
pub fn fold_text(text: &str) -> String {
    text.chars().flat_map(fold).collect()
}

/// Lower case without accents, for the letters travellers type.
fn fold(c: char) -> impl Iterator<Item = char> {
    let plain = match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        'ñ' | 'Ñ' => 'n',
        'ş' | 'Ş' => 's',
        'ğ' | 'Ğ' => 'g',
        other => other,
    };
    plain.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn words_numbers_and_signs_come_apart() {
        assert_eq!(
            texts("2br €150/night"),
            ["2", "br", "€", "150", "/", "night"]
        );
        assert_eq!(
            texts("Dec 20–27, Wi-Fi"),
            ["dec", "20", "-", "27", ",", "wi", "-", "fi"]
        );
        assert_eq!(
            texts("$1,200 total, 99.50"),
            ["$", "1200", "total", ",", "99.50"]
        );
        assert_eq!(texts("Reykjavík 🏔 don't"), ["reykjavik", "dont"]);
        assert_eq!(texts("1,2 and 3."), ["1", ",", "2", "and", "3", "."]);
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Café in Lisboa";
        let t = tokenize(text);
        assert_eq!(&text[t[0].start..t[0].end], "Café");
        assert_eq!(&text[t[2].start..t[2].end], "Lisboa");
    }
}
