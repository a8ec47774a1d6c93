//! `GET /api/v1/ai/activities` and a listing's guidebook (`POST`/`DELETE
//! /api/v1/listings/{id}/guidebook`).

use super::assistant::{bad, listing_id};
use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::app::types::activities::{
    ActivitiesParams, ActivityCategory, ActivityList, GuidebookInput,
};
use crate::app::types::ids::{GuidebookPlaceId, ListingId};
use crate::server::accounts::auth::CurrentUser;
use crate::server::assistant::activities::guidebook::{self, NewPlace};
use crate::server::assistant::activities::{Fit, Near, gather};
use crate::server::assistant::weather;
use crate::server::http::extract::{ApiJson, ClientIp, IdPath};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};

/// A query's number within `range`, or `default` when absent.
fn number(
    raw: Option<&str>,
    field: &str,
    range: std::ops::RangeInclusive<f64>,
    default: f64,
    message: &str,
) -> Result<f64, ApiError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => s
            .parse::<f64>()
            .ok()
            .filter(|v| range.contains(v))
            .ok_or_else(|| bad(field, message)),
    }
}

/// The kinds asked for in `category` (comma-separated); empty when not given.
pub(super) fn categories(raw: Option<&str>) -> Result<Vec<ActivityCategory>, ApiError> {
    let mut out = Vec::new();
    for part in raw.unwrap_or_default().split(',').map(str::trim) {
        if part.is_empty() {
            continue;
        }
        let c = ActivityCategory::parse(part).ok_or_else(|| {
            bad(
                "category",
                "Categories are food, museum, sight, outdoors, nightlife, shopping, family, wellness and culture.",
            )
        })?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    Ok(out)
}

/// Things to do near a listing or a point.
///
/// From the listing's guidebook (the host's picks, ranked first), Haven's place list for
/// the demo cities, and OpenStreetMap when this server has an Overpass server
/// (`HAVEN_OVERPASS_URL`; `sources` says which answered). Each place has its category,
/// location, distance, opening hours (as written, and as lines for people), typical
/// visit, price level, indoor or outdoor, and a line about it. Ranked by nearness, the
/// asked-for kinds and the host's picks.
#[utoipa::path(
    get,
    path = "/api/v1/ai/activities",
    operation_id = "ai_activities",
    tag = "assistant",
    params(ActivitiesParams),
    responses(
        (status = 200, description = "Places to go, best first.", body = ActivityList),
        (status = 400, description = "A parameter is missing or malformed (named in `field`).", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn activities(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ClientIp(ip): ClientIp,
    ApiQuery(params): ApiQuery<ActivitiesParams>,
) -> Result<Json<ActivityList>, ApiError> {
    state.limits.assistant(ip)?;
    let interests = categories(params.category.as_deref())?;
    let radius_km = number(
        params.radius_km.as_deref(),
        "radius_km",
        0.5..=25.0,
        5.0,
        "Give `radius_km` from 0.5 to 25.",
    )?;
    let limit = number(
        params.limit.as_deref(),
        "limit",
        1.0..=100.0,
        30.0,
        "Give `limit` as a whole number from 1 to 100.",
    )?;
    if limit.fract() != 0.0 {
        return Err(bad(
            "limit",
            "Give `limit` as a whole number from 1 to 100.",
        ));
    }
    let (latitude, longitude, listing) = if params.listing_id.is_some() {
        let id = listing_id(params.listing_id.as_deref())?;
        let place = weather::place::of_listing(&db, id)
            .await?
            .ok_or_else(|| ApiError::from(AppError::NotFound("Listing".into())))?;
        (place.latitude, place.longitude, Some(id))
    } else {
        let (Some(lat), Some(lon)) = (params.lat.as_deref(), params.lon.as_deref()) else {
            return Err(bad(
                "listing_id",
                "Give a listing as `listing_id`, or a point as `lat` and `lon`.",
            ));
        };
        let lat = number(
            Some(lat),
            "lat",
            -90.0..=90.0,
            0.0,
            "Give `lat` from -90 to 90.",
        )?;
        let lon = number(
            Some(lon),
            "lon",
            -180.0..=180.0,
            0.0,
            "Give `lon` from -180 to 180.",
        )?;
        (lat, lon, None)
    };
    let near = Near {
        latitude,
        longitude,
        radius_km,
        listing_id: listing,
        limit: limit as usize,
        only: interests.clone(),
    };
    let fit = Fit { interests };
    let (found, sources) = gather(&db, &state.config, &near, &fit).await;
    Ok(Json(ActivityList {
        activities: found.into_iter().map(|f| f.activity).collect(),
        sources,
    }))
}

/// Adds a place to a listing's guidebook.
///
/// For the listing's host. The place shows on the listing page and in the plans of the
/// guests who stay there. At most 30 places per listing.
#[utoipa::path(
    post,
    path = "/api/v1/listings/{id}/guidebook",
    operation_id = "add_guidebook_place",
    tag = "hosting",
    params(("id" = i64, Path, minimum = 1, description = "The listing.")),
    request_body = GuidebookInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, description = "Added: its key (`guidebook:{id}`).", body = GuidebookAdded),
        (status = 400, description = "A field is missing or malformed (named in `field`), or the body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No listing of yours has this id.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn add_guidebook_place(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(listing): IdPath<ListingId>,
    ApiJson(input): ApiJson<GuidebookInput>,
) -> Result<(StatusCode, Json<GuidebookAdded>), ApiError> {
    let place = NewPlace::parse(&input)?;
    let id = guidebook::add(&db, user.id, listing.get(), &place).await?;
    Ok((
        StatusCode::CREATED,
        Json(GuidebookAdded {
            key: format!("guidebook:{id}"),
            id,
        }),
    ))
}

/// The new guidebook place.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct GuidebookAdded {
    pub id: i64,
    pub key: String,
}

/// Removes a place from a listing's guidebook.
#[utoipa::path(
    delete,
    path = "/api/v1/listings/{id}/guidebook/{place_id}",
    operation_id = "remove_guidebook_place",
    tag = "hosting",
    params(
        ("id" = i64, Path, minimum = 1, description = "The listing."),
        ("place_id" = i64, Path, minimum = 1, description = "The guidebook place."),
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Removed."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 404, description = "No such place in a listing of yours.", body = ErrorBody),
    )
)]
pub async fn remove_guidebook_place(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    IdPath(listing): IdPath<ListingId>,
    IdPath(place): IdPath<GuidebookPlaceId>,
) -> Result<StatusCode, ApiError> {
    guidebook::remove(&db, user.id, listing.get(), place.get()).await?;
    Ok(StatusCode::NO_CONTENT)
}
