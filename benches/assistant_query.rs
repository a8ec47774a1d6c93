//! What reading a plain-language search costs: every query of the labelled sets
//! (`tests/data/search_queries*.jsonl`), read many times over, timed one by one.
//! Prints the mean and percentiles per query, for docs/BENCHMARKS.md.

use haven::server::assistant::query::understand;
use std::hint::black_box;
use std::time::Instant;
use time::macros::datetime;

const ROUNDS: usize = 200;

#[allow(clippy::print_stdout, reason = "a benchmark's report")]
fn main() {
    let sets = [
        include_str!("../tests/data/search_queries.jsonl"),
        include_str!("../tests/data/search_queries_heldout.jsonl"),
    ];
    let queries: Vec<String> = sets
        .iter()
        .flat_map(|s| s.lines())
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a labelled line");
            v["q"].as_str().expect("q").to_string()
        })
        .collect();
    let now = datetime!(2027-01-13 20:00 UTC);
    for q in &queries {
        black_box(understand(q, now)); // warm: the place table is built once
    }
    let mut nanos: Vec<u128> = Vec::with_capacity(queries.len() * ROUNDS);
    let all = Instant::now();
    for _ in 0..ROUNDS {
        for q in &queries {
            let t = Instant::now();
            black_box(understand(black_box(q), now));
            nanos.push(t.elapsed().as_nanos());
        }
    }
    let total = all.elapsed();
    nanos.sort_unstable();
    let at = |p: f64| nanos[((nanos.len() - 1) as f64 * p) as usize] as f64 / 1000.0;
    println!(
        "{} queries x {ROUNDS} rounds on one core: mean {:.1} µs, p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        queries.len(),
        total.as_nanos() as f64 / nanos.len() as f64 / 1000.0,
        at(0.50),
        at(0.99),
        at(1.0),
    );
}
