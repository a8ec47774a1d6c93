//! The trip assistant: plain-language search today; recommendations, things to do,
//! weather and day plans as they land (issue 19). Everything here works offline, from
//! data Haven holds; providers that need the network are optional and named as such.
//!
//! - `query/`: plain words → the search's filters, deterministic rules.
//! - `search.rs`: a search URL whose `q` is a sentence → the ordinary search URL.

pub mod query;
pub mod search;
