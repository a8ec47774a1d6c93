//! The translations are complete and the code uses them: every file parses, every shipped
//! language has every message (Arabic at least the guest's journey), every key the code
//! names exists, every English message is used, and no text in a view bypasses them.

use super::catalog::{DOMAINS, RTL_GUEST_DOMAINS, ids, parse_errors};
use super::{Locale, catalog};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[test]
fn every_file_parses() {
    for locale in Locale::ALL {
        for domain in DOMAINS {
            let errors = parse_errors(locale, domain);
            assert!(
                errors.is_empty(),
                "locales/{}/{domain}.ftl: {errors:?}",
                locale.tag()
            );
        }
    }
}

#[test]
fn shipped_languages_are_complete() {
    let mut problems = vec![];
    for domain in DOMAINS {
        let english: BTreeMap<_, _> = ids(Locale::En, domain).into_iter().collect();
        for locale in [Locale::Es, Locale::Fr, Locale::Ar] {
            let theirs: BTreeMap<_, _> = ids(locale, domain).into_iter().collect();
            let required = locale != Locale::Ar || RTL_GUEST_DOMAINS.contains(domain);
            for key in english.keys() {
                if required && !theirs.contains_key(key) {
                    problems.push(format!("{}/{domain}: {key} is missing", locale.tag()));
                }
            }
            for (key, vars) in &theirs {
                match english.get(key) {
                    None => problems.push(format!(
                        "{}/{domain}: {key} is not in English",
                        locale.tag()
                    )),
                    Some(en) => {
                        // A translation may leave an argument out, never use one the code
                        // does not pass.
                        let extra: Vec<_> = vars.iter().filter(|v| !en.contains(v)).collect();
                        if !extra.is_empty() {
                            problems
                                .push(format!("{}/{domain}: {key} uses {extra:?}", locale.tag()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_message_missing_in_a_language_falls_back_to_english() {
    assert!(catalog::has(Locale::En, "nav-sign-in"));
    assert_eq!(catalog::text(Locale::Fr, "nav-sign-in", None), "Connexion");
    assert_eq!(
        catalog::text(Locale::Es, "no-such-key", None),
        "no-such-key"
    );
}

#[test]
fn plurals_follow_each_language() {
    let unread = |locale, n: i64| {
        let mut args = super::Args::new();
        args.set("unread", n);
        catalog::text(locale, "nav-inbox-unread", Some(&args))
    };
    assert_eq!(unread(Locale::En, 0), "Inbox");
    assert_eq!(unread(Locale::En, 1), "Inbox, 1 unread conversation");
    assert_eq!(
        unread(Locale::En, 1234),
        "Inbox, 1,234 unread conversations"
    );
    assert_eq!(unread(Locale::Fr, 2), "Messages, 2 conversations non lues");
    assert_eq!(unread(Locale::Ar, 2), "الرسائل، محادثتان غير مقروءتين");
    assert_eq!(unread(Locale::Ar, 5), "الرسائل، 5 محادثات غير مقروءة");
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source directory") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable source");
            (
                p.strip_prefix(root).expect("under the root").to_owned(),
                text,
            )
        })
        .collect()
}

/// The string literals of a Rust source, with the byte offset of each opening quote.
/// Raw strings and character literals are skipped; comments are skipped.
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"') | Some(b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = src[j + 1..].find(&close).map_or(b.len(), |e| j + 1 + e);
                i = end + close.len();
            }
            b'\'' => {
                // A char literal ('a', '\n', '\'') or a lifetime ('a).
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    // A multi-byte char literal or a lifetime.
                    let rest = &src[i + 1..];
                    let mut chars = rest.char_indices();
                    match (chars.next(), chars.next()) {
                        (Some(_), Some((k, '\''))) => i += 1 + k + 1,
                        _ => i += 1,
                    }
                }
            }
            b'"' => {
                let start = i;
                let mut text = String::new();
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                text.push_str(&src[start + 1..i.min(b.len())]);
                out.push((start, text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Every `tr!`/`tr_in!` key the code names exists in English, and every English message is
/// named somewhere in the code (as a literal: `tr!` takes only literals, and keys chosen at
/// run time come from functions that return literals).
#[test]
fn keys_in_code_and_in_english_agree() {
    let english: BTreeSet<String> = DOMAINS
        .iter()
        .flat_map(|d| ids(Locale::En, d).into_iter().map(|(k, _)| k))
        .collect();
    let mut named = BTreeSet::new();
    let mut unknown = vec![];
    // The e-mail templates name theirs as `t("key"...)`.
    let templates = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/mail");
    for entry in std::fs::read_dir(&templates).expect("the mail templates") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("a template");
        for piece in text.split("t(\"").skip(1) {
            let key = piece.split('"').next().unwrap_or_default().to_owned();
            if !english.contains(&key) {
                unknown.push(format!("{}: {key}", path.display()));
            }
            named.insert(key);
        }
    }
    for (path, src) in sources() {
        for (at, text) in literals(&src) {
            if english.contains(&text) {
                named.insert(text.clone());
            }
            let before = src[..at].trim_end();
            let in_macro = (before.ends_with("tr!(")
                && !before[..before.len() - 4]
                    .ends_with(|c: char| c.is_alphanumeric() || c == '_'))
                || (before.ends_with(',') && {
                    let line_start = before.rfind("tr_in!(").unwrap_or(0);
                    line_start > 0 && !before[line_start..].contains(')')
                });
            if in_macro && !english.contains(&text) {
                unknown.push(format!("{}: {text}", path.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "keys not in locales/en:\n{}",
        unknown.join("\n")
    );
    let unused: Vec<_> = english.difference(&named).collect();
    assert!(
        unused.is_empty(),
        "English messages no code names: {unused:?}"
    );
}

/// Attributes whose values are for machines, not people.
const TECHNICAL: &[&str] = &[
    "class",
    "id",
    "href",
    "src",
    "srcset",
    "sizes",
    "type",
    "name",
    "rel",
    "method",
    "action",
    "for",
    "role",
    "autocomplete",
    "inputmode",
    "pattern",
    "accept",
    "target",
    "lang",
    "dir",
    "content",
    "viewBox",
    "d",
    "fill",
    "stroke",
    "width",
    "height",
    "loading",
    "decoding",
    "enctype",
    "min",
    "max",
    "step",
    "value",
    "fetchpriority",
    "as",
    "crossorigin",
    "form",
    "xmlns",
    "points",
    "transform",
    "path",
    "ssr",
    "hreflang",
    "media",
    "charset",
    "list",
    "aria-hidden",
    "aria-live",
    "aria-current",
    "aria-controls",
    "aria-describedby",
    "aria-labelledby",
    "aria-expanded",
    "aria-haspopup",
    "aria-autocomplete",
    "tabindex",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "fill-rule",
    "clip-rule",
    "x",
    "y",
    "cx",
    "cy",
    "r",
    "rx",
    "x1",
    "x2",
    "y1",
    "y2",
    "text-anchor",
    "dominant-baseline",
    "preserveAspectRatio",
    "focusable",
    "style",
    "mode",
    "key",
    "kind",
    "variant",
    "field",
    "icon",
    "size",
    "capture",
    "spellcheck",
    "wrap",
    "enterkeyhint",
    "attr:class",
    "attr:id",
    "attr:action",
    "attr:method",
    "attr:novalidate",
    "attr:autocomplete",
    "attr:enctype",
    "attr:data-testid",
    "attr:aria-current",
    "attr:role",
    "attr:rel",
    "attr:target",
    "attr:style",
    "aria-busy",
    "scope",
    "type_",
    "download",
    "html_id",
    "datetime",
    "colspan",
    "rowspan",
    "headers",
    "aria-sort",
    "aria-selected",
    "aria-pressed",
    "aria-invalid",
    "aria-required",
    "aria-modal",
    "aria-level",
    "aria-atomic",
];

/// Literal text that is the same in every language: the wordmark.
const UNTRANSLATED: &[&str] = &["haven"];

/// Text in a `view!` that a person reads and that does not come from the translations: a
/// text node written as a literal, or a literal in a human attribute (`aria-label`,
/// `title`, `placeholder`, `alt`, a component's `label`...).
#[test]
fn no_text_in_views_bypasses_the_translations() {
    let mut found = vec![];
    for (path, src) in sources() {
        let is_app = path.starts_with("src/app");
        if !is_app || path.ends_with("tests.rs") {
            continue;
        }
        let views = view_spans(&src);
        for (at, text) in literals(&src) {
            if !views.iter().any(|(a, b)| *a < at && at < *b)
                || !text.chars().any(char::is_alphabetic)
                || UNTRANSLATED.contains(&text.as_str())
            {
                continue;
            }
            let before = src[..at].trim_end();
            let human = match before.chars().last() {
                Some('>') | Some('}') => true,
                Some('=') => {
                    let name: String = before[..before.len() - 1]
                        .trim_end()
                        .chars()
                        .rev()
                        .take_while(|c| c.is_alphanumeric() || "-_:".contains(*c))
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    !name.starts_with("data-")
                        && !name.starts_with("attr:data-")
                        && !TECHNICAL.contains(&name.as_str())
                }
                _ => false,
            };
            if human {
                let line = src[..at].matches('\n').count() + 1;
                found.push(format!("{}:{line}: {text:?}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} texts bypass the translations:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The byte spans of each `view! { ... }` in a source.
fn view_spans(src: &str) -> Vec<(usize, usize)> {
    let mut spans = vec![];
    let mut from = 0;
    while let Some(found) = src[from..].find("view! {") {
        let start = from + found + "view! ".len();
        let mut depth = 0usize;
        let mut end = src.len();
        let mut in_str = false;
        let bytes = src.as_bytes();
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if in_str => i += 1,
                b'"' => in_str = !in_str,
                b'{' if !in_str => depth += 1,
                b'}' if !in_str => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        spans.push((start, end));
        from = start;
    }
    spans
}
