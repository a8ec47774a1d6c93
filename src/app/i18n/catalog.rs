//! The translations: one Fluent bundle per shipped language, built from `locales/<tag>/*.ftl`
//! (compiled into the binary and the WASM) the first time that language is used.

use super::Locale;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// Declares the message files, one per part of the app, in every language at once.
macro_rules! domains {
    ($($domain:literal),+ $(,)?) => {
        /// The message files' names (`locales/<tag>/<name>.ftl`).
        pub const DOMAINS: &[&str] = &[$($domain),+];

        /// The text of each message file of `locale`, in [`DOMAINS`] order.
        fn sources(locale: Locale) -> [&'static str; DOMAINS.len()] {
            match locale {
                Locale::En => [$(include_str!(concat!("../../../locales/en/", $domain, ".ftl"))),+],
                Locale::Es => [$(include_str!(concat!("../../../locales/es/", $domain, ".ftl"))),+],
                Locale::Fr => [$(include_str!(concat!("../../../locales/fr/", $domain, ".ftl"))),+],
                Locale::Ar => [$(include_str!(concat!("../../../locales/ar/", $domain, ".ftl"))),+],
            }
        }
    };
}

domains!(
    "common",
    "accounts",
    "assistant",
    "bookings",
    "calendar_sync",
    "catalog",
    "dashboard",
    "errors",
    "favorites",
    "hosting",
    "mail",
    "messages",
    "places",
    "prices",
    "reviews",
);

/// The files Arabic must translate completely: the guest's journey, from the home page
/// through search, a listing, signing in, booking and the trip. Elsewhere Arabic may fall
/// back to English message by message.
pub const RTL_GUEST_DOMAINS: &[&str] = &[
    "common",
    "accounts",
    "bookings",
    "catalog",
    "errors",
    "favorites",
    "mail",
    "places",
    "prices",
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; Locale::ALL.len()] = [const { OnceLock::new() }; 4];

fn index(locale: Locale) -> usize {
    match locale {
        Locale::En => 0,
        Locale::Es => 1,
        Locale::Fr => 2,
        Locale::Ar => 3,
    }
}

fn bundle(locale: Locale) -> &'static Bundle {
    BUNDLES[index(locale)].get_or_init(|| build(locale))
}

fn build(locale: Locale) -> Bundle {
    let id: unic_langid::LanguageIdentifier = locale.tag().parse().expect("shipped tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the page sets `dir` itself, and the
    // marks would only leak into copied text and tests.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::En => number_en,
        Locale::Es => number_es,
        Locale::Fr => number_fr,
        Locale::Ar => number_ar,
    }));
    for source in sources(locale) {
        // The files are checked by tests (`tests::every_file_parses`): a broken one still
        // yields the messages that parsed.
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Numbers placed in a message are formatted per locale (grouping, digits), like any
/// other number on the page.
fn number_value(locale: Locale, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(super::format::number(locale, n.value)),
        _ => None,
    }
}
fn number_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_value(Locale::En, v)
}
fn number_es<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_value(Locale::Es, v)
}
fn number_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_value(Locale::Fr, v)
}
fn number_ar<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_value(Locale::Ar, v)
}

/// The arguments of a message: `Args::new().set("count", 3)`.
pub type Args<'a> = FluentArgs<'a>;

/// Message `key` in `locale`, with `args`. A message missing in `locale` comes in English;
/// one missing everywhere shows its key (the tests make sure none is).
pub fn text(locale: Locale, key: &str, args: Option<&Args>) -> String {
    for l in [locale, Locale::En] {
        let bundle = bundle(l);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = vec![];
            let out = bundle.format_pattern(pattern, args, &mut errors);
            return out.into_owned();
        }
    }
    key.to_owned()
}

/// Whether `locale` has message `key` itself (no fallback): for the completeness tests.
#[cfg(test)]
pub fn has(locale: Locale, key: &str) -> bool {
    bundle(locale).has_message(key)
}

/// The message ids of one file of `locale`, and the variables each uses (sorted).
#[cfg(test)]
pub fn ids(locale: Locale, domain: &str) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let position = DOMAINS.iter().position(|d| *d == domain).expect("a domain");
    let source = sources(locale)[position];
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let mut vars = vec![];
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                for a in &m.attributes {
                    variables(&a.value, &mut vars);
                }
                vars.sort();
                vars.dedup();
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.push(id.name.to_owned());
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
    }
}

/// Parse errors of `locale`'s file `domain`, as text: for the tests.
#[cfg(test)]
pub fn parse_errors(locale: Locale, domain: &str) -> Vec<String> {
    let position = DOMAINS.iter().position(|d| *d == domain).expect("a domain");
    match FluentResource::try_new(sources(locale)[position].to_owned()) {
        Ok(_) => vec![],
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}
