//! The trip assistant's answers, as the API sends them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `GET /api/v1/ai/search?text=`: a sentence, unparsed.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "ssr", into_params(parameter_in = Query))]
#[serde(default)]
pub struct SearchTextParams {
    /// What the person typed: 1 to 300 characters.
    #[cfg_attr(
        feature = "ssr",
        param(
            max_length = 300,
            example = "2 adults and a dog in Lisbon next weekend under €150 a night with parking"
        )
    )]
    pub text: Option<String>,
}

/// What a plain-language search was understood to ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UnderstoodSearch {
    /// The search's parameters (as `GET /api/v1/listings` and `/search` take them) that the
    /// text sets, e.g. `{"q": "Lisbon", "check_in": "2027-01-22", "adults": "2"}`.
    pub filters: BTreeMap<String, String>,
    /// One label per constraint, as the search page shows them.
    pub chips: Vec<String>,
    /// The person's words that set nothing, as they wrote them.
    pub unused: Vec<String>,
    /// The search page with these filters.
    pub search_url: String,
    /// The IANA time zone relative dates were counted in (the destination's; UTC when
    /// the destination is unknown).
    pub time_zone: String,
}
