//! A sentence the rules could not fully read, read by the model into the search's
//! filters. Only the filters the rules left unset are taken, and only when the whole
//! search, with them, passes the search's own parser: a value out of range, a date in the
//! wrong form, an unknown amenity or a key that is not a filter discards the answer.

use super::{Llm, Message};
use crate::app::types::catalog::{AMENITIES, PROPERTY_TYPES};
use crate::app::types::search::SearchParams;
use crate::server::catalog::search::SearchQuery;
use serde_json::{Map, Value, json};
use time::Date;

/// The filters the model may set.
pub const KEYS: [&str; 18] = [
    "q",
    "check_in",
    "check_out",
    "adults",
    "children",
    "infants",
    "pets",
    "min_price",
    "max_price",
    "currency",
    "property_type",
    "min_bedrooms",
    "min_beds",
    "min_bathrooms",
    "amenities",
    "instant_book",
    "min_rating",
    "guests",
];

/// The JSON Schema of an answer: every filter, each a string or null.
pub fn schema() -> Value {
    let props: Map<String, Value> = KEYS
        .iter()
        .map(|k| (k.to_string(), json!({"type": ["string", "null"]})))
        .collect();
    json!({
        "type": "object",
        "properties": props,
        "required": KEYS,
        "additionalProperties": false,
    })
}

fn prompt(today: Date) -> String {
    let kinds: Vec<&str> = PROPERTY_TYPES.iter().map(|(k, _)| *k).collect();
    let amenities: Vec<&str> = AMENITIES.iter().map(|(k, _)| *k).collect();
    format!(
        "You turn a traveller's search for a holiday rental into search filters. Answer only \
         with JSON that follows the schema, and null for anything the text does not say: never \
         guess. Today is {today}. q is the destination as written. Dates are YYYY-MM-DD. \
         Prices are per night, in whole units of currency (EUR, GBP or USD). property_type is \
         one or more of {}, comma-separated. amenities is one or more of {}, comma-separated. \
         instant_book is \"true\" or null. min_rating is from 1 to 5.",
        kinds.join(", "),
        amenities.join(", ")
    )
}

/// The model's answer as filters: a key it may set, a short value; anything else
/// discards the whole answer.
pub fn parse(answer: &str) -> Option<Vec<(String, String)>> {
    let Value::Object(map) = serde_json::from_str::<Value>(answer.trim()).ok()? else {
        return None;
    };
    let mut out = Vec::new();
    for (k, v) in map {
        if !KEYS.contains(&k.as_str()) {
            return None;
        }
        let v = match v {
            Value::Null => continue,
            Value::String(s) if s.trim().is_empty() => continue,
            Value::String(s) => s.trim().to_string(),
            Value::Number(n) => n.to_string(),
            Value::Bool(true) => "true".to_string(),
            Value::Bool(false) => continue,
            _ => return None,
        };
        if v.chars().count() > 100 {
            return None;
        }
        out.push((k, v));
    }
    Some(out)
}

/// `fields` (what the rules set) with the model's filters for the rest, when the whole
/// passes the search's parser; the keys the model set. `None`: keep the rules' answer.
pub fn merged(
    fields: &[(String, String)],
    model: Vec<(String, String)>,
    today: Date,
) -> Option<(SearchParams, Vec<String>)> {
    let mut map: Map<String, Value> = fields
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    let mut added = Vec::new();
    for (k, v) in model {
        if !map.contains_key(&k) {
            map.insert(k.clone(), Value::String(v));
            added.push(k);
        }
    }
    if added.is_empty() {
        return None;
    }
    let params: SearchParams = serde_json::from_value(Value::Object(map)).ok()?;
    SearchQuery::parse(&params, today).ok()?;
    added.sort();
    Some((params, added))
}

/// Asks the model about `text`, which the rules read as `fields` leaving `unused`.
pub async fn read(
    llm: &Llm,
    who: &str,
    today: Date,
    text: &str,
    fields: &[(String, String)],
    unused: &[String],
) -> Option<(SearchParams, Vec<String>)> {
    let known: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let messages = [
        Message::system(prompt(today)),
        Message::user(format!(
            "Search: {text}\nAlready understood: {}\nNot yet understood: {}",
            known.join(", "),
            unused.join(", ")
        )),
    ];
    let answer = llm.ask(who, today, &messages, Some(&schema())).await?;
    let model = parse(&answer).or_else(|| {
        tracing::info!("llm: a search answer that is not the schema; discarded");
        None
    })?;
    merged(fields, model, today).or_else(|| {
        tracing::info!("llm: a search answer the search refuses; discarded");
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2027, time::Month::January, 13).expect("date")
    }

    #[test]
    fn only_filters_pass_and_anything_else_discards_the_answer() {
        assert_eq!(
            parse(r#"{"q": "Lisbon", "adults": 2, "pets": null, "instant_book": true}"#),
            Some(vec![
                ("adults".into(), "2".into()),
                ("instant_book".into(), "true".into()),
                ("q".into(), "Lisbon".into()),
            ])
        );
        assert_eq!(parse(r#"{"q": "Lisbon", "sql": "DROP TABLE"}"#), None);
        assert_eq!(parse(r#"{"adults": [2]}"#), None);
        assert_eq!(parse("Sure! Here are your filters"), None);
        assert_eq!(parse(&format!(r#"{{"q": "{}"}}"#, "x".repeat(101))), None);
    }

    #[test]
    fn the_rules_win_and_the_search_parser_judges_the_rest() {
        let rules = vec![("q".to_string(), "Lisbon".to_string())];
        let model = vec![
            ("q".to_string(), "Porto".to_string()),
            ("adults".to_string(), "2".to_string()),
        ];
        let (params, added) = merged(&rules, model, today()).expect("valid");
        assert_eq!(params.q.as_deref(), Some("Lisbon"));
        assert_eq!(params.adults.as_deref(), Some("2"));
        assert_eq!(added, ["adults"]);
        for bad in [
            ("adults", "200"),
            ("check_in", "next tuesday"),
            ("amenities", "moat"),
        ] {
            let model = vec![(bad.0.to_string(), bad.1.to_string())];
            assert!(merged(&rules, model, today()).is_none(), "{bad:?}");
        }
        assert!(
            merged(&rules, vec![("q".into(), "Porto".into())], today()).is_none(),
            "nothing new"
        );
    }
}
