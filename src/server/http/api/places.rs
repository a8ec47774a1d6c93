//! `GET /api/v1/places`: the gazetteer's suggestions for what a person is typing.

use super::assistant::bad;
use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::places::{PlaceList, PlacesParams};
use crate::server::places::search::{self, Kinds};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::{Extension, Json};

/// Places whose names start with, or are like, what was typed.
///
/// Towns and cities (GeoNames' places of 1,000 people or more), and, unless `kind=place`,
/// regions and countries. Case and accents do not matter ("sao p" finds São Paulo), a
/// town is found by its other names ("Lisboa"), and from four letters a typo or two is
/// forgiven ("Lisobn"). Names that start with the text come first, by population; then
/// names like it. Each suggestion names its region and country, to tell the twenty
/// Springfields apart. Anyone may ask.
#[utoipa::path(
    get,
    path = "/api/v1/places",
    operation_id = "places",
    tag = "listings",
    params(PlacesParams),
    responses(
        (status = 200, description = "Suggestions, best first (empty when nothing is like it).", body = PlaceList),
        (status = 400, description = "A parameter is missing or malformed (named in `field`).", body = ErrorBody),
    )
)]
pub async fn places(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ApiQuery(params): ApiQuery<PlacesParams>,
) -> Result<Json<PlaceList>, ApiError> {
    let q = params.q.as_deref().map(str::trim).unwrap_or_default();
    let length = q.chars().count();
    if !(1..=100).contains(&length) {
        return Err(bad(
            "q",
            "Type 1 to 100 characters of a place's name as `q`.",
        ));
    }
    let kinds = match params.kind.as_deref().map(str::trim) {
        None | Some("") | Some("any") => Kinds::Any,
        Some("place") => Kinds::Towns,
        Some(_) => return Err(bad("kind", "Give `kind` as `place` or `any`.")),
    };
    let limit = match params.limit.as_deref().map(str::trim) {
        None | Some("") => 8,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=20).contains(n))
            .ok_or_else(|| bad("limit", "Give `limit` as a whole number from 1 to 20."))?,
    };
    let places = search::suggest(&db, &state.caches.places, q, kinds, limit).await?;
    Ok(Json(PlaceList {
        places: places.as_ref().clone(),
    }))
}
