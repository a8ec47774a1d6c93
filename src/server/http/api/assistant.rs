//! `/api/v1/ai/…`: the trip assistant for API clients.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::assistant::{SearchTextParams, UnderstoodSearch};
use crate::app::types::chips::chips;
use crate::app::types::search::SearchParams;
use crate::server::assistant::query::{self, MAX_CHARS};
use crate::server::assistant::search::rewrite;
use crate::server::http::extract::ClientIp;
use crate::server::platform::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

/// Reads a plain-language search.
///
/// Turns the text into the search's filters (destination, dates counted in the
/// destination's time zone, guests, price, type, rooms, amenities, instant book, rating)
/// and lists the words it did not use. Deterministic and offline: no language model.
#[utoipa::path(
    get,
    path = "/api/v1/ai/search",
    operation_id = "ai_search",
    tag = "assistant",
    params(SearchTextParams),
    responses(
        (status = 200, description = "The filters the text sets, its chips and the unused words.", body = UnderstoodSearch),
        (status = 400, description = "No text, or more than 300 characters.", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiQuery(params): ApiQuery<SearchTextParams>,
) -> Result<Json<UnderstoodSearch>, ApiError> {
    state.limits.assistant(ip)?;
    let text = params.text.as_deref().map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Err(bad_text("Give the search as `text`."));
    }
    if text.chars().count() > MAX_CHARS {
        return Err(bad_text("Keep the search to 300 characters."));
    }
    let now = state.clock.now();
    let understood = query::understand(text, now);
    let as_params = SearchParams {
        q: Some(text.to_string()),
        ..SearchParams::default()
    };
    let (params, search_url) = match rewrite(&as_params, now) {
        Some(r) => {
            let url = format!("/search?{}", r.query());
            (r.params, url)
        }
        // Just a place, or nothing understood: searched as a destination, as typed.
        None => (
            as_params.clone(),
            format!("/search?{}", as_params.to_query(None)),
        ),
    };
    Ok(Json(UnderstoodSearch {
        filters: understood
            .fields()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
        chips: chips(&params).into_iter().map(|c| c.label).collect(),
        unused: understood.unused,
        search_url,
        time_zone: understood
            .destination
            .and_then(|d| d.time_zone)
            .unwrap_or("UTC")
            .to_string(),
    }))
}

fn bad_text(message: &str) -> ApiError {
    ApiError {
        field: Some("text".into()),
        ..ApiError::new(StatusCode::BAD_REQUEST, "invalid", message)
    }
}
