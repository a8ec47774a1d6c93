//! `/api/v1/ai/…`: the trip assistant for API clients.

use super::listings::ApiQuery;
use super::{ApiError, ErrorBody};
use crate::app::types::AppError;
use crate::app::types::assistant::{
    RecommendationParams, Recommendations, SearchHistory, SearchTextParams, UnderstoodSearch,
    WeatherParams, WeatherReport,
};
use crate::app::types::chips::chips;
use crate::app::types::search::SearchParams;
use crate::server::accounts::auth::{CurrentUser, MaybeUser};
use crate::server::assistant::query::{self, MAX_CHARS};
use crate::server::assistant::search::rewrite;
use crate::server::assistant::{local_date, picks, similar, weather};
use crate::server::catalog::listings::cards_by_ids;
use crate::server::http::extract::{ApiJson, ClientIp};
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use time::format_description::well_known::Iso8601;
use time::{Date, Duration};

/// Reads a plain-language search.
///
/// Turns the text into the search's filters (destination, dates counted in the
/// destination's time zone, guests, price, type, rooms, amenities, instant book, rating)
/// and lists the words it did not use. Deterministic and offline by default; when the
/// server has a language model (`HAVEN_LLM_URL`), the words the rules did not use go to it,
/// and the filters it reads are kept only if the search's own parser accepts them
/// (`read_by_model` names them).
#[utoipa::path(
    get,
    path = "/api/v1/ai/search",
    operation_id = "ai_search",
    tag = "assistant",
    params(SearchTextParams),
    security((), ("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The filters the text sets, its chips and the unused words.", body = UnderstoodSearch),
        (status = 400, description = "No text, or more than 300 characters.", body = ErrorBody),
        (status = 401, description = "Credentials were sent but are not valid.", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    MaybeUser(user): MaybeUser,
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
    let (mut params, mut search_url) = match rewrite(&as_params, now) {
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
    let mut filters: Vec<(String, String)> = understood
        .fields()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    // Words the rules could not use go to the language model, when there is one; what it
    // reads is kept only if the search's own parser accepts it.
    let mut read_by_model = Vec::new();
    if !understood.unused.is_empty()
        && let Some(llm) = crate::server::assistant::llm::from_config(&state.config)
    {
        let who = crate::server::assistant::llm::caller(user.map(|u| u.id), ip);
        let today = now.date();
        if let Some((merged, added)) = crate::server::assistant::llm::search::read(
            &llm,
            &who,
            today,
            text,
            &filters,
            &understood.unused,
        )
        .await
        {
            for key in &added {
                if let Some(v) = merged_value(&merged, key) {
                    filters.push((key.clone(), v));
                }
            }
            search_url = format!("/search?{}", merged.to_query(None));
            params = merged;
            read_by_model = added;
        }
    }
    Ok(Json(UnderstoodSearch {
        filters: filters.into_iter().collect(),
        chips: chips(&params).into_iter().map(|c| c.label).collect(),
        unused: understood.unused,
        search_url,
        time_zone: understood
            .destination
            .and_then(|d| d.time_zone)
            .unwrap_or("UTC")
            .to_string(),
        read_by_model,
    }))
}

/// One filter's value in `params`, by its query name.
fn merged_value(params: &SearchParams, key: &str) -> Option<String> {
    let map = serde_json::to_value(params).ok()?;
    map.get(key)?.as_str().map(str::to_string)
}

fn bad_text(message: &str) -> ApiError {
    bad("text", message)
}

/// The weather at a listing.
///
/// For each day from `from` to `to` (the listing's local dates, at most 31 days): a
/// forecast when this server has a forecast provider (`HAVEN_WEATHER_URL`, Open-Meteo)
/// and the day is within its 16-day horizon; otherwise the month's typical weather from
/// climate normals, labelled as such (`kind`: `typical`). `sources` names both.
#[utoipa::path(
    get,
    path = "/api/v1/ai/weather",
    operation_id = "ai_weather",
    tag = "assistant",
    params(WeatherParams),
    responses(
        (status = 200, description = "Each day's weather, forecast or typical.", body = WeatherReport),
        (status = 400, description = "A parameter is missing or malformed (named in `field`).", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn weather(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ClientIp(ip): ClientIp,
    ApiQuery(params): ApiQuery<WeatherParams>,
) -> Result<Json<WeatherReport>, ApiError> {
    state.limits.assistant(ip)?;
    let listing_id = listing_id(params.listing_id.as_deref())?;
    let date = |field: &'static str, raw: Option<&str>| {
        raw.and_then(|s| Date::parse(s.trim(), &Iso8601::DATE).ok())
            .ok_or_else(|| bad(field, &format!("Give `{field}` as a date, YYYY-MM-DD.")))
    };
    let from = date("from", params.from.as_deref())?;
    let to = date("to", params.to.as_deref())?;
    if to < from {
        return Err(bad("to", "`to` is before `from`."));
    }
    if (to - from).whole_days() > 30 {
        return Err(bad("to", "Ask for at most 31 days at a time."));
    }
    let place = weather::place::of_listing(&db, listing_id)
        .await?
        .ok_or_else(|| ApiError::from(AppError::NotFound("Listing".into())))?;
    let today = local_date(state.clock.now(), Some(&place.time_zone));
    if from < today - Duration::days(1) || to > today + Duration::days(366) {
        return Err(bad("from", "Ask about days from today to a year ahead."));
    }
    let provider = weather::place::provider(&state.config);
    let (days, sources) = weather::days(provider.as_deref(), &place, from, to, today).await;
    Ok(Json(WeatherReport {
        listing_id,
        time_zone: place.time_zone,
        days,
        sources,
    }))
}

/// The `listing_id` parameter: a whole number from 1.
pub(super) fn listing_id(raw: Option<&str>) -> Result<i64, ApiError> {
    raw.and_then(|s| s.trim().parse::<i64>().ok())
        .filter(|id| *id >= 1)
        .ok_or_else(|| {
            bad(
                "listing_id",
                "Give the listing as `listing_id`, a whole number from 1.",
            )
        })
}

pub(super) fn bad(field: &str, message: &str) -> ApiError {
    ApiError {
        field: Some(field.into()),
        ..ApiError::new(StatusCode::BAD_REQUEST, "invalid", message)
    }
}

/// Stays like a listing, or picks for the signed-in guest.
///
/// With `listing_id`: active listings within 50 km, most alike first (near, a similar
/// nightly price, the same kind of home, room for a similar party, the same amenities);
/// with `check_in` and `check_out`, only stays free for those nights; with `guests`, only
/// those that take them. Without it, for the signed-in guest: up to 10 `picks` from what
/// they saved and booked (homes like theirs, and homes other guests saved with theirs),
/// or, before they have any, the most popular homes near their recent searches.
#[utoipa::path(
    get,
    path = "/api/v1/ai/recommendations",
    operation_id = "ai_recommendations",
    tag = "assistant",
    params(RecommendationParams),
    security((), ("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Up to 6 stays like the listing, or up to 10 picks.", body = Recommendations),
        (status = 400, description = "A parameter is malformed (named in `field`).", body = ErrorBody),
        (status = 401, description = "No `listing_id` and no valid credentials, or credentials that are not valid.", body = ErrorBody),
        (status = 404, description = "No active listing has this id.", body = ErrorBody),
        (status = 429, description = "Too many assistant requests from this client.", body = ErrorBody),
    )
)]
pub async fn recommendations(
    State(state): State<AppState>,
    Extension(db): Extension<DbScope>,
    ClientIp(ip): ClientIp,
    MaybeUser(user): MaybeUser,
    ApiQuery(params): ApiQuery<RecommendationParams>,
) -> Result<Json<Recommendations>, ApiError> {
    state.limits.assistant(ip)?;
    if params.listing_id.is_none() {
        let user = user.ok_or(AppError::Unauthorized)?;
        let (ids, reason) = picks::store::for_user(&db, user.id, 10).await?;
        return Ok(Json(Recommendations {
            listing_id: None,
            items: Vec::new(),
            picks: cards_by_ids(&db, &ids).await?,
            reason,
        }));
    }
    let listing_id = listing_id(params.listing_id.as_deref())?;
    let (stay, guests) = similar_filters(&params, state.clock.now())?;
    let items = similar::similar(&db, listing_id, stay, guests, 6).await?;
    if items.is_empty() && !similar::is_active(&db, listing_id).await? {
        return Err(AppError::NotFound("Listing".into()).into());
    }
    Ok(Json(Recommendations {
        listing_id: Some(listing_id),
        items,
        picks: Vec::new(),
        reason: None,
    }))
}

/// Check-in and check-out.
type Stay = (Date, Date);

/// The stay and party of a similar-stays request, parsed as the search parses them.
fn similar_filters(
    params: &RecommendationParams,
    now: time::OffsetDateTime,
) -> Result<(Option<Stay>, Option<i32>), ApiError> {
    let as_search = SearchParams {
        check_in: params.check_in.clone(),
        check_out: params.check_out.clone(),
        guests: params.guests.clone(),
        ..SearchParams::default()
    };
    let query = crate::server::catalog::search::SearchQuery::parse(&as_search, now.date())
        .map_err(|mut errors| {
            // The search counts a bare party as adults; here the parameter is `guests`.
            for e in &mut errors {
                if e.field == "adults" {
                    e.field = "guests".into();
                }
            }
            ApiError::invalid(errors)
        })?;
    let guests = params.guests.is_some().then(|| query.guests.count());
    Ok((query.stay, guests))
}

/// Whether your searches are kept for "Picked for you", and how many are.
#[utoipa::path(
    get,
    path = "/api/v1/me/search-history",
    operation_id = "get_search_history",
    tag = "assistant",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The setting and the count.", body = SearchHistory),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn search_history(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<Json<SearchHistory>, ApiError> {
    let (keep, count) = picks::history::status(&db, user.id).await?;
    Ok(Json(SearchHistory { keep, count }))
}

/// Keep your searches or not.
///
/// On by default. Turning it off deletes every search kept.
#[utoipa::path(
    put,
    path = "/api/v1/me/search-history",
    operation_id = "set_search_history",
    tag = "assistant",
    request_body = KeepSearches,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The new setting and the count.", body = SearchHistory),
        (status = 400, description = "The body is not the JSON asked for.", body = ErrorBody),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
        (status = 415, description = "The body is not `application/json`.", body = ErrorBody),
    )
)]
pub async fn set_search_history(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
    ApiJson(body): ApiJson<KeepSearches>,
) -> Result<Json<SearchHistory>, ApiError> {
    picks::history::set_keep(&db, user.id, body.keep).await?;
    let (keep, count) = picks::history::status(&db, user.id).await?;
    Ok(Json(SearchHistory { keep, count }))
}

/// Whether to keep searches.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KeepSearches {
    pub keep: bool,
}

/// Deletes every search kept.
#[utoipa::path(
    delete,
    path = "/api/v1/me/search-history",
    operation_id = "clear_search_history",
    tag = "assistant",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Cleared."),
        (status = 401, description = "No valid credentials.", body = ErrorBody),
    )
)]
pub async fn clear_search_history(
    user: CurrentUser,
    Extension(db): Extension<DbScope>,
) -> Result<StatusCode, ApiError> {
    picks::history::clear(&db, user.id).await?;
    Ok(StatusCode::NO_CONTENT)
}
