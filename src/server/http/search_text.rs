//! `GET /search?q=<a sentence>` without JavaScript: the server reads the sentence
//! (`assistant::search::rewrite`) and redirects (303) to the ordinary search URL. A `q`
//! that is just a place passes through to the page untouched.

use crate::app::types::search::SearchParams;
use crate::server::assistant::search::rewrite;
use crate::server::platform::state::AppState;
use axum::extract::{Query, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

pub async fn redirect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() == Method::GET && req.uri().path() == "/search" {
        let pairs = Query::<Vec<(String, String)>>::try_from_uri(req.uri())
            .map(|Query(p)| p)
            .unwrap_or_default();
        if pairs.iter().any(|(k, v)| k == "q" && !v.trim().is_empty()) {
            let params = params_of(&pairs);
            if let Some(to) = rewrite(&params, state.clock.now()) {
                return Redirect::to(&format!("/search?{}", to.query())).into_response();
            }
        }
    }
    next.run(req).await
}

/// The search parameters of a URL's pairs, one `amenities` per ticked box joined.
pub fn params_of(pairs: &[(String, String)]) -> SearchParams {
    let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let mut params = SearchParams::from_lookup(get);
    let amenities: Vec<&str> = pairs
        .iter()
        .filter(|(k, v)| k == "amenities" && !v.is_empty())
        .map(|(_, v)| v.as_str())
        .collect();
    if !amenities.is_empty() {
        params.amenities = Some(amenities.join(","));
    }
    params
}
