//! Why a sync failed, in the words of whoever reads it. The worker that finds out has no
//! reader, so it stores the message's key and arguments (`calendar_feeds.last_error`, as
//! JSON) and the page or the API writes it out in the language of the request that reads
//! it. A `last_error` that is not such a record (one stored before) is shown as it is.

use crate::app::i18n::{Args, Locale, catalog};
use serde_json::{Map, Value};

/// The longest `last_error` the table takes.
const STORED_MAX: usize = 500;

/// One argument of a problem's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Written as it is (a host name, an event's UID).
    Text(String),
    /// Written as the reader's language writes numbers, and choosing plurals.
    Number(i64),
    /// A message of its own ("10 seconds", an address error).
    Problem(Problem),
}

/// A message (`locales/*/calendar_sync.ftl`) and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Problem {
    pub fn new(key: &'static str) -> Self {
        Self { key, args: vec![] }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Self {
        self.args.push((name, Arg::Number(value)));
        self
    }

    pub fn problem(mut self, name: &'static str, value: Problem) -> Self {
        self.args.push((name, Arg::Problem(value)));
        self
    }

    /// The message in `locale`.
    pub fn words(&self, locale: Locale) -> String {
        words(locale, &self.json())
    }

    /// The message in English, for logs and tests.
    pub fn english(&self) -> String {
        self.words(Locale::En)
    }

    fn json(&self) -> Value {
        let mut args = Map::new();
        for (name, arg) in &self.args {
            let value = match arg {
                Arg::Text(t) => Value::from(t.as_str()),
                Arg::Number(n) => Value::from(*n),
                Arg::Problem(p) => p.json(),
            };
            args.insert((*name).to_string(), value);
        }
        let mut out = Map::new();
        out.insert("key".into(), Value::from(self.key));
        if !args.is_empty() {
            out.insert("args".into(), Value::Object(args));
        }
        Value::Object(out)
    }

    /// What `last_error` keeps: the record, or the plain "the last sync failed" when the
    /// record would not fit the column (an address's host name is long, an event's rule).
    pub fn stored(&self) -> String {
        let text = self.json().to_string();
        if text.chars().count() <= STORED_MAX {
            text
        } else {
            Problem::new("calendar-sync-status-failed")
                .json()
                .to_string()
        }
    }
}

/// A stored `last_error` in the current language (a record), or as it was stored.
pub fn stored_words(stored: &str) -> String {
    match serde_json::from_str::<Value>(stored) {
        Ok(value) if is_record(&value) => words(crate::app::i18n::locale(), &value),
        _ => stored.to_string(),
    }
}

fn is_record(value: &Value) -> bool {
    value
        .get("key")
        .and_then(Value::as_str)
        .is_some_and(|k| k.starts_with("calendar-sync-"))
}

fn words(locale: Locale, record: &Value) -> String {
    let key = record
        .get("key")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let mut args = Args::new();
    if let Some(Value::Object(map)) = record.get("args") {
        for (name, value) in map {
            match value {
                Value::Number(n) => args.set(name.clone(), n.as_i64().unwrap_or_default()),
                Value::String(s) => args.set(name.clone(), s.clone()),
                nested if is_record(nested) => args.set(name.clone(), words(locale, nested)),
                _ => {}
            }
        }
    }
    catalog::text(locale, key, Some(&args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_stored_as_its_key_and_read_in_the_readers_language() {
        let p = Problem::new("calendar-sync-fail-timeout")
            .text("host", "cal.example.com")
            .problem(
                "limit",
                Problem::new("calendar-sync-seconds").number("count", 10),
            );
        assert_eq!(
            p.english(),
            "No answer from cal.example.com within 10 seconds."
        );
        let stored = p.stored();
        assert!(stored.contains("calendar-sync-fail-timeout"), "{stored}");
        assert_eq!(
            stored_words(&stored),
            "No answer from cal.example.com within 10 seconds."
        );
        assert!(words(Locale::Fr, &p.json()).contains("cal.example.com"));
        assert_ne!(words(Locale::Fr, &p.json()), p.english());
    }

    #[test]
    fn older_words_and_oversized_records_still_read() {
        assert_eq!(
            stored_words("The last sync failed."),
            "The last sync failed."
        );
        assert_eq!(
            stored_words("{\"key\":\"nav-home\"}"),
            "{\"key\":\"nav-home\"}"
        );
        let long = Problem::new("calendar-sync-fail-connect").text("host", "h".repeat(600));
        assert_eq!(stored_words(&long.stored()), "The last sync failed.");
    }
}
