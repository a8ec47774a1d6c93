//! The labelled set (`tests/data/search_queries.jsonl`): exact-match accuracy must stay at
//! 95 % or above. Prints each field's accuracy and every miss, for `docs/BENCHMARKS.md`.

use super::understand;
use std::collections::BTreeMap;
use time::macros::datetime;

const FIELDS: [&str; 17] = [
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
];

#[derive(serde::Deserialize)]
struct Case {
    q: String,
    want: BTreeMap<String, String>,
}

#[test]
#[allow(
    clippy::print_stdout,
    reason = "the report for docs/BENCHMARKS.md (run with --nocapture)"
)]
fn the_labelled_queries_are_understood_at_least_95_percent_exactly() {
    let set = concat!(
        include_str!("../../../../tests/data/search_queries.jsonl"),
        include_str!("../../../../tests/data/search_queries_heldout.jsonl"),
    );
    let cases: Vec<Case> = set
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(cases.len() >= 300, "the set has {} queries", cases.len());
    let now = datetime!(2027-01-13 20:00 UTC);
    let mut exact = 0;
    let mut per_field: BTreeMap<&str, usize> = BTreeMap::new();
    for case in &cases {
        for key in case.want.keys() {
            assert!(
                FIELDS.contains(&key.as_str()),
                "unknown field {key} in {:?}",
                case.q
            );
        }
        let got: BTreeMap<String, String> = understand(&case.q, now)
            .fields()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        for field in FIELDS {
            if got.get(field) == case.want.get(field) {
                *per_field.entry(field).or_default() += 1;
            }
        }
        if got == case.want {
            exact += 1;
        } else {
            println!(
                "MISS {:?}\n  want {:?}\n  got  {:?}",
                case.q, case.want, got
            );
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / cases.len() as f64;
    println!("exact match: {exact}/{} = {:.1} %", cases.len(), pct(exact));
    for field in FIELDS {
        println!("| {field} | {:.1} % |", pct(per_field[field]));
    }
    assert!(
        pct(exact) >= 95.0,
        "exact-match accuracy {:.1} % is below 95 %",
        pct(exact)
    );
}
