//! Reading CSV a line at a time: the data files Haven ships or downloads (the demo data's
//! places, climate normals, the gazetteer's regions), whose lines hold no line breaks.

/// One CSV line's fields (RFC 4180 quoting): commas inside double quotes are text, `""`
/// is a quote.
pub fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(f) = out.last_mut() {
                    f.push('"');
                }
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(String::new()),
            (c, _) => {
                if let Some(f) = out.last_mut() {
                    f.push(c);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fields;

    #[test]
    fn quoted_fields_keep_their_commas() {
        assert_eq!(fields(r#"a,"b, c",d"#), ["a", "b, c", "d"]);
        assert_eq!(fields(r#""say ""hi""",x"#), ["say \"hi\"", "x"]);
        assert_eq!(
            fields(r#"12.5,-81.7,San Andres,"Archipielago de San Andres, Providencia",,CO"#),
            [
                "12.5",
                "-81.7",
                "San Andres",
                "Archipielago de San Andres, Providencia",
                "",
                "CO"
            ]
        );
    }
}
