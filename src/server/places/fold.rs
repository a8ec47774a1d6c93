//! The one way a place name is compared: lower case, accents dropped, letters that do not
//! decompose spelt out (ł → l, ß → ss), and every run of punctuation or space as one space.
//! The import folds the names it stores, every search folds what was typed, and the
//! migration's demo rows were folded the same way (tests/places checks they agree).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `name` folded for matching: "São Paulo" and "sao-paulo" both give "sao paulo".
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        for lower in c.to_lowercase() {
            let spelt: &str = match lower {
                'ł' => "l",
                'ø' => "o",
                'đ' | 'ð' => "d",
                'ħ' => "h",
                'ı' => "i",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                c if c.is_alphanumeric() => {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                    continue;
                }
                _ => {
                    space = true;
                    continue;
                }
            };
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(spelt);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_case_and_punctuation_fold_away() {
        assert_eq!(fold("São Paulo"), "sao paulo");
        assert_eq!(fold("  Chamonix-Mont-Blanc "), "chamonix mont blanc");
        assert_eq!(fold("St. John's"), "st john s");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Reykjavík"), "reykjavik");
        assert_eq!(fold("ZÜRICH"), "zurich");
        assert_eq!(fold("Ærøskøbing"), "aeroskobing");
    }

    #[test]
    fn other_scripts_keep_their_letters() {
        assert_eq!(fold("لشبونة"), "لشبونة");
        assert_eq!(fold("Москва"), "москва");
        assert_eq!(fold("東京"), "東京");
    }

    #[test]
    fn nothing_to_match_folds_to_nothing() {
        assert_eq!(fold(""), "");
        assert_eq!(fold(" - , . "), "");
    }
}
