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
    let db = crate::server::request::db().await?;
    crate::server::listings::featured(&db, i64::from(limit)).await
}

/// One listing with its photos and host. Unknown and inactive listings are `NotFound`.
#[server(prefix = "/api/fn", endpoint = "get_listing", input = GetUrl)]
pub async fn get_listing(id: i64) -> Result<ListingDetail, AppError> {
    if id <= 0 {
        return Err(AppError::NotFound("Listing".into()));
    }
    let db = crate::server::request::db().await?;
    crate::server::listings::detail(&db, id).await
}
