use crate::app::types::AppError;
use crate::app::types::activities::{ActivityList, GuidebookInput, GuidebookPage};
use crate::app::types::assistant::{Picks, SearchHistory, SimilarStay};
use crate::app::types::search::SearchParams;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Up to six stays like listing `id`, free for the stay in `stay` (dates and party, as the
/// listing page's URL has them) when one is chosen. A malformed stay is ignored here:
/// the quote beside it already says what is wrong.
#[server(prefix = "/api/fn", endpoint = "similar_stays", input = GetUrl)]
pub async fn similar_stays(id: i64, stay: SearchParams) -> Result<Vec<SimilarStay>, AppError> {
    use crate::server::catalog::search::SearchQuery;
    if id <= 0 {
        return Err(AppError::NotFound("Listing".into()));
    }
    let now = crate::server::platform::request::state()?.clock.now();
    let party = SearchParams {
        check_in: stay.check_in,
        check_out: stay.check_out,
        adults: stay.adults,
        children: stay.children,
        ..SearchParams::default()
    };
    let (dates, guests) = match SearchQuery::parse(&party, now.date()) {
        Ok(q) => (q.stay, party.adults.is_some().then(|| q.guests.count())),
        Err(_) => (None, None),
    };
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::similar::similar(&db, id, dates, guests, 6).await
}

/// Things to do near listing `id`: its guidebook first, then what else is near, at most
/// eight, for the listing page.
#[server(prefix = "/api/fn", endpoint = "listing_activities", input = GetUrl)]
pub async fn listing_activities(id: i64) -> Result<ActivityList, AppError> {
    use crate::server::assistant::activities::{Fit, Near, gather};
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    let place = crate::server::assistant::weather::place::of_listing(&db, id)
        .await?
        .ok_or_else(|| AppError::NotFound("Listing".into()))?;
    let near = Near {
        latitude: place.latitude,
        longitude: place.longitude,
        radius_km: 15.0,
        listing_id: Some(id),
        limit: 8,
        only: Vec::new(),
    };
    let (found, sources) = gather(&db, &state.config, &near, &Fit::default()).await;
    Ok(ActivityList {
        activities: found.into_iter().map(|f| f.activity).collect(),
        sources,
    })
}

/// The guidebook editor's data (the listing's host only; for anyone else it is unknown).
#[server(prefix = "/api/fn", endpoint = "load_guidebook", input = GetUrl)]
pub async fn load_guidebook(listing: i64) -> Result<GuidebookPage, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::activities::guidebook::page(&db, user, listing).await
}

/// Where the guidebook forms return to.
pub fn guidebook_path(listing: i64) -> String {
    format!("/host/listings/{listing}/guidebook")
}

/// Adds a place to the guidebook; errors name the field and keep what was typed.
#[server(prefix = "/api/fn", endpoint = "add_guidebook_entry")]
pub async fn add_guidebook_entry(
    listing: i64,
    #[server(flatten)] place: GuidebookInput,
) -> Result<(), AppError> {
    use crate::server::assistant::activities::guidebook::{self, NewPlace};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let typed = || {
        let p = &place;
        [
            ("name", p.name.clone()),
            ("category", p.category.clone()),
            ("latitude", p.latitude.clone()),
            ("longitude", p.longitude.clone()),
            ("opening_hours", p.opening_hours.clone()),
            ("duration_min", p.duration_min.clone()),
            ("price_level", p.price_level.clone()),
            ("description", p.description.clone()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    };
    let with_typed = |e: AppError| match e {
        AppError::Form { errors, .. } => AppError::Form {
            errors,
            values: typed(),
        },
        other => other,
    };
    let parsed = NewPlace::parse(&place).map_err(with_typed)?;
    guidebook::add(&db, user, listing, &parsed)
        .await
        .map_err(with_typed)?;
    leptos_axum::redirect(&format!("{}?added=1", guidebook_path(listing)));
    Ok(())
}

/// Removes a place from the guidebook.
#[server(prefix = "/api/fn", endpoint = "remove_guidebook_entry")]
pub async fn remove_guidebook_entry(listing: i64, place: i64) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::activities::guidebook::remove(&db, user, listing, place).await?;
    leptos_axum::redirect(&guidebook_path(listing));
    Ok(())
}

/// "Picked for you" for the signed-in guest; `None` when signed out or when there is
/// nothing to pick from yet.
#[server(prefix = "/api/fn", endpoint = "picked_for_you", input = GetUrl)]
pub async fn picked_for_you() -> Result<Option<Picks>, AppError> {
    use crate::server::accounts::auth;
    let session = auth::session().await?;
    let Some(user) = auth::session_user(&session).await? else {
        return Ok(None);
    };
    let db = crate::server::platform::request::db().await?;
    let (ids, reason) = crate::server::assistant::picks::store::for_user(&db, user, 8).await?;
    let items = crate::server::catalog::listings::cards_by_ids(&db, &ids).await?;
    Ok(reason
        .filter(|_| !items.is_empty())
        .map(|reason| Picks { items, reason }))
}

/// Whether the signed-in person's searches are kept, and how many.
#[server(prefix = "/api/fn", endpoint = "search_history_status", input = GetUrl)]
pub async fn search_history_status() -> Result<SearchHistory, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let (keep, count) = crate::server::assistant::picks::history::status(&db, user).await?;
    Ok(SearchHistory { keep, count })
}

/// Keeps searches (`keep` ticked) or stops and deletes them.
#[server(prefix = "/api/fn", endpoint = "set_search_history")]
pub async fn set_search_history(keep: Option<String>) -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::picks::history::set_keep(&db, user, keep.is_some()).await?;
    leptos_axum::redirect("/account?history=saved#search-history");
    Ok(())
}

/// Deletes every search kept.
#[server(prefix = "/api/fn", endpoint = "clear_search_history")]
pub async fn clear_search_history() -> Result<(), AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::assistant::picks::history::clear(&db, user).await?;
    leptos_axum::redirect("/account?history=cleared#search-history");
    Ok(())
}
