//! What a field of text may hold, judged field by field: the checks behind
//! [`super::check_text`], free of HTTP.

use super::MAX_CHARS;

/// Why a field was refused: always a 400 that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A control character other than tab, line feed or carriage return.
    Control {
        field: String,
        found: char,
    },
    TooLong {
        field: String,
    },
    /// Percent-encoding (or raw bytes) that do not decode to UTF-8.
    NotUtf8 {
        field: String,
    },
}

impl Refusal {
    pub fn field(&self) -> &str {
        match self {
            Self::Control { field, .. } | Self::TooLong { field } | Self::NotUtf8 { field } => {
                field
            }
        }
    }

    /// Safe to show: the field's name is made printable.
    pub fn message(&self) -> String {
        match self {
            Self::Control { field, found } => format!(
                "`{field}` contains a control character (U+{:04X}); remove it and try again.",
                u32::from(*found)
            ),
            Self::TooLong { field } => {
                format!("`{field}` is longer than {MAX_CHARS} characters.")
            }
            Self::NotUtf8 { field } => format!("`{field}` is not valid UTF-8 text."),
        }
    }
}

/// Characters no field accepts: C0 controls but tab, LF and CR (a textarea's lines), DEL,
/// and the C1 controls.
fn refused(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// A field's name as it may be shown: refused characters spelled out, at most 100
/// characters.
fn printable(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if i == 100 {
            out.push('…');
            break;
        }
        if refused(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The field's name first (a key is text too), then its value.
fn check_field(name: &str, value: &str) -> Result<(), Refusal> {
    for text in [name, value] {
        let mut count = 0;
        for c in text.chars() {
            if refused(c) {
                return Err(Refusal::Control {
                    field: printable(name),
                    found: c,
                });
            }
            count += 1;
        }
        if count > MAX_CHARS {
            return Err(Refusal::TooLong {
                field: printable(name),
            });
        }
    }
    Ok(())
}

/// `application/x-www-form-urlencoded` decoding of one key or value: `+` is a space.
fn decode(raw: &[u8]) -> Vec<u8> {
    let hex = |b: Option<&u8>| b.and_then(|b| char::from(*b).to_digit(16));
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        match (b, hex(raw.get(i + 1)), hex(raw.get(i + 2))) {
            (b'+', ..) => out.push(b' '),
            (b'%', Some(high), Some(low)) => {
                // Two hex digits: at most 0xff.
                out.push(u8::try_from(high * 16 + low).unwrap_or(u8::MAX));
                i += 2;
            }
            (b, ..) => out.push(b),
        }
        i += 1;
    }
    out
}

/// Every pair of a query string or form body, decoded as serde's and server functions'
/// decoders decode it.
pub fn check_urlencoded(input: &[u8]) -> Result<(), Refusal> {
    for pair in input.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        let (key, value) = match pair.iter().position(|b| *b == b'=') {
            Some(at) => (&pair[..at], &pair[at + 1..]),
            None => (pair, &[][..]),
        };
        let key = decode(key);
        let key = std::str::from_utf8(&key).map_err(|_| Refusal::NotUtf8 {
            field: printable(&String::from_utf8_lossy(&key)),
        })?;
        let value = decode(value);
        let value = std::str::from_utf8(&value).map_err(|_| Refusal::NotUtf8 {
            field: printable(key),
        })?;
        check_field(key, value)?;
    }
    Ok(())
}

/// Every key and string of a JSON document, named by its path (`changes[1].note`); a
/// string at the top is the `body`. A body that is not JSON is left to its handler, which
/// refuses it as such.
pub fn check_json(body: &[u8]) -> Result<(), Refusal> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => check_value(&value, &mut String::new()),
        Err(_) => Ok(()),
    }
}

fn check_value(value: &serde_json::Value, path: &mut String) -> Result<(), Refusal> {
    use serde_json::Value;
    match value {
        Value::String(s) => check_field(if path.is_empty() { "body" } else { path }, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_value(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                check_field(path, "")?;
                check_value(item, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(r: Result<(), Refusal>) -> Option<String> {
        r.err().map(|e| e.field().to_owned())
    }

    #[test]
    fn ordinary_unicode_passes_unchanged() {
        for text in [
            "Lisbon",
            "שלום\u{200F} עולם",
            "\u{202E}txet\u{202C}",
            "🏖️ beach 👨‍👩‍👧",
            "東京 서울",
            "e\u{301}te\u{301}",
            "line one\r\nline two\ttab",
        ] {
            assert_eq!(check_field("q", text), Ok(()), "{text:?}");
        }
    }

    #[test]
    fn control_characters_are_refused_by_name() {
        for c in ['\0', '\u{1}', '\u{1b}', '\u{7f}', '\u{80}', '\u{9f}'] {
            let refusal = check_field("title", &format!("a{c}b")).err();
            assert_eq!(
                refusal,
                Some(Refusal::Control {
                    field: "title".into(),
                    found: c
                })
            );
        }
        let long = "x".repeat(MAX_CHARS + 1);
        assert_eq!(field_of(check_field("about", &long)), Some("about".into()));
        assert_eq!(check_field("about", &"é".repeat(MAX_CHARS)), Ok(()));
    }

    #[test]
    fn query_strings_are_decoded_before_they_are_judged() {
        assert_eq!(check_urlencoded(b"q=Lisbon&guests=2&flag"), Ok(()));
        assert_eq!(check_urlencoded("q=%E2%80%8F%D7%A9+x".as_bytes()), Ok(()));
        assert_eq!(check_urlencoded(b"q=100%"), Ok(()), "a stray % is a %");
        assert_eq!(
            field_of(check_urlencoded(b"page=1&q=%00")),
            Some("q".into())
        );
        assert_eq!(
            field_of(check_urlencoded(b"params%5Bq%5D=a%7Fb")),
            Some("params[q]".into())
        );
        assert_eq!(
            check_urlencoded(b"q=%FF"),
            Err(Refusal::NotUtf8 { field: "q".into() })
        );
        assert_eq!(
            field_of(check_urlencoded(b"a%00b=1")),
            Some("a\\u{0}b".into()),
            "a key at fault is named, printably"
        );
    }

    #[test]
    fn json_strings_and_keys_are_named_by_their_path() {
        let check = |v: serde_json::Value| field_of(check_json(v.to_string().as_bytes()));
        assert_eq!(check(serde_json::json!({"title": "ok", "n": 1})), None);
        assert_eq!(
            check(serde_json::json!({"changes": [{}, {"note": "a\u{0}"}]})),
            Some("changes[1].note".into())
        );
        assert_eq!(
            check(serde_json::json!({"languages": ["en", "\u{85}"]})),
            Some("languages[1]".into())
        );
        assert_eq!(check(serde_json::json!("\u{0}")), Some("body".into()));
        assert_eq!(check_json(b"{not json"), Ok(()), "left to its handler");
    }
}
