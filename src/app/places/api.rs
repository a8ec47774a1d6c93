//! The suggestions' server function (the same search as `GET /api/v1/places`).

use crate::app::types::AppError;
use crate::app::types::places::PlaceSuggestion;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Up to eight suggestions for `q`: towns only (`towns_only`, the listing editor), else
/// towns, regions and countries.
#[server(prefix = "/api/fn", endpoint = "place_suggestions", input = GetUrl)]
pub async fn place_suggestions(
    q: String,
    towns_only: bool,
) -> Result<Vec<PlaceSuggestion>, AppError> {
    use crate::server::places::search::{self, Kinds};
    if q.chars().count() > 100 {
        return Err(AppError::BadRequest(crate::tr!(
            "places-error-too-long",
            max = 100
        )));
    }
    let kinds = if towns_only { Kinds::Towns } else { Kinds::Any };
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    Ok(search::suggest(&db, &state.caches.places, &q, kinds, 8)
        .await?
        .as_ref()
        .clone())
}
