//! Haven across borders (issue 20), one test binary: the language of a page
//! (`languages.rs`), and exchange rates and conversions (`currency.rs`).

#[path = "../common/mod.rs"]
mod common;
mod currency;
mod languages;
