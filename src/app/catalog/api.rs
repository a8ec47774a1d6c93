use crate::app::types::search::{SearchParams, SearchResults};
use crate::app::types::stay::{Availability, Quote};
use crate::app::types::{AppError, ListingCard, ListingDetail};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// The most listings one featured request may ask for.
pub const FEATURED_MAX: u32 = 48;

/// Active listings to feature on the home page, newest first. Served from the read path.
#[server(prefix = "/api/fn", endpoint = "featured_listings", input = GetUrl)]
pub async fn featured_listings(limit: u32) -> Result<Vec<ListingCard>, AppError> {
    if limit == 0 || limit > FEATURED_MAX {
        return Err(AppError::BadRequest(format!(
            "limit must be between 1 and {FEATURED_MAX}"
        )));
    }
    let db = crate::server::platform::request::db().await?;
    crate::server::catalog::listings::featured(&db, i64::from(limit)).await
}

/// One listing with its photos and host. Unknown and inactive listings are `NotFound`,
/// except to their host, who sees a paused listing as guests will.
#[server(prefix = "/api/fn", endpoint = "get_listing", input = GetUrl)]
pub async fn get_listing(id: i64) -> Result<ListingDetail, AppError> {
    Ok(load_listing(id).await?.0)
}

/// [`get_listing`] for the listing page itself, which counts the view.
#[server(prefix = "/api/fn", endpoint = "view_listing", input = GetUrl)]
pub async fn view_listing(id: i64) -> Result<ListingDetail, AppError> {
    let (detail, viewer) = load_listing(id).await?;
    count_view(&detail, viewer).await;
    Ok(detail)
}

/// The listing as the signed-in viewer (if any) may see it, and who that is.
#[cfg(feature = "ssr")]
async fn load_listing(id: i64) -> Result<(ListingDetail, Option<uuid::Uuid>), AppError> {
    use crate::server::accounts::auth;
    if id <= 0 {
        return Err(AppError::NotFound("Listing".into()));
    }
    let viewer = auth::session_user(&auth::session().await?).await?;
    let db = crate::server::platform::request::db().await?;
    let detail = crate::server::catalog::listings::detail(&db, id, viewer).await?;
    Ok((detail, viewer))
}

/// Counts a view of the listing page (`analytics::views` says which count).
#[cfg(feature = "ssr")]
async fn count_view(detail: &ListingDetail, viewer: Option<uuid::Uuid>) {
    use crate::server::analytics::views::{View, count};
    let Ok(state) = crate::server::platform::request::state() else {
        return;
    };
    let headers: axum::http::HeaderMap = leptos_axum::extract().await.unwrap_or_default();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let prefetch = [header("purpose"), header("sec-purpose")]
        .iter()
        .flatten()
        .any(|p| p.contains("prefetch"));
    count(
        &state,
        &View {
            listing: detail.id,
            host: &detail.host.id,
            viewer,
            user_agent: header("user-agent"),
            prefetch,
        },
    );
}

/// One page of search results. Bad input is a `Form` error naming each field (400).
#[server(prefix = "/api/fn", endpoint = "search_listings", input = GetUrl)]
pub async fn search_listings(params: SearchParams) -> Result<SearchResults, AppError> {
    use crate::server::catalog::search;
    let query = search::SearchQuery::parse(&params, search::today_utc()).map_err(|errors| {
        AppError::Form {
            errors,
            values: Vec::new(),
        }
    })?;
    let db = crate::server::platform::request::db().await?;
    let mut results = search::search(&db, &query).await?;
    // Nothing found for a destination that is not a place's name: offer the place the
    // gazetteer finds closest to what was typed ("Lisobn" → Lisbon, Portugal).
    if results.total == 0
        && let Some(d) = &query.destination
        && let Some(state) = use_context::<crate::server::platform::state::AppState>()
    {
        results.did_you_mean =
            crate::server::places::search::did_you_mean(&db, &state.caches.places, &d.place).await;
    }
    // A signed-in person's first page of a destination goes into their search history
    // (when they keep one), for "Picked for you".
    if let (Some(d), 1) = (&query.destination, query.page)
        && let Ok(session) = crate::server::accounts::auth::session().await
        && let Ok(Some(user)) = crate::server::accounts::auth::session_user(&session).await
    {
        let place = std::iter::once(&d.place)
            .chain(&d.within)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        crate::server::assistant::picks::history::record(&db, user, &place, query.stay).await;
    }
    Ok(results)
}

/// A search whose `q` is a sentence ("2 adults in Lisbon next weekend"): the query string
/// of the ordinary search it means, or `None` when `q` is just a place. The page
/// navigates there; without JavaScript the server redirects before the page renders.
#[server(prefix = "/api/fn", endpoint = "read_search_text", input = GetUrl)]
pub async fn read_search_text(params: SearchParams) -> Result<Option<String>, AppError> {
    let now = crate::server::platform::request::state()?.clock.now();
    Ok(crate::server::assistant::search::rewrite(&params, now).map(|r| r.query()))
}

/// Destinations to suggest: every city with active listings, as "City, Country". Kept
/// for a few minutes per app server: it costs a scan, and cities come and go slowly.
#[server(prefix = "/api/fn", endpoint = "destinations", input = GetUrl)]
pub async fn destinations() -> Result<Vec<String>, AppError> {
    let state =
        use_context::<crate::server::platform::state::AppState>().ok_or(AppError::Internal)?;
    if let Some(list) = state.caches.destinations() {
        return Ok(list.to_vec());
    }
    let db = crate::server::platform::request::db().await?;
    let list = crate::server::catalog::listings::destinations(&db).await?;
    state
        .caches
        .set_destinations(std::sync::Arc::new(list.clone()));
    Ok(list)
}

/// The price of a stay at listing `id`, computed on the server. `stay` carries the dates
/// and guests as the URL has them (`check_in`, `check_out`, `adults`, ...).
#[server(prefix = "/api/fn", endpoint = "get_quote", input = GetUrl)]
pub async fn get_quote(id: i64, stay: SearchParams) -> Result<Quote, AppError> {
    use crate::server::catalog::availability::{self, StayRequest};
    let request = StayRequest::parse(&stay).map_err(|errors| AppError::Form {
        errors,
        values: Vec::new(),
    })?;
    let db = crate::server::platform::request::db().await?;
    let now = crate::server::platform::request::state()?.clock.now();
    availability::quote(&db, id, request, now).await
}

/// Which nights of listing `id` can be booked over the next twelve months.
#[server(prefix = "/api/fn", endpoint = "listing_availability", input = GetUrl)]
pub async fn listing_availability(id: i64) -> Result<Availability, AppError> {
    let db = crate::server::platform::request::db().await?;
    let now = crate::server::platform::request::state()?.clock.now();
    crate::server::catalog::availability::availability(&db, id, None, 365, now).await
}
