//! The wishlist's server functions: what the heart shows and toggles, and the page's lists.

use crate::app::types::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Ids of the listings the signed-in guest saved; empty when signed out.
#[server(prefix = "/api/fn", endpoint = "saved_listings", input = GetUrl)]
pub async fn saved_listings() -> Result<Vec<i64>, AppError> {
    let session = crate::server::accounts::auth::session().await?;
    let Some(user) = crate::server::accounts::auth::session_user(&session).await? else {
        return Ok(Vec::new());
    };
    let db = crate::server::platform::request::db().await?;
    crate::server::favorites::saved_ids(&db, user).await
}

/// Saves (`save` true) or removes a listing from the guest's wishlist. A signed-out visitor
/// is sent to sign in, and the save happens right after (it waits in their session).
/// `back` is where to return: a local path.
#[server(prefix = "/api/fn", endpoint = "toggle_favorite")]
pub async fn toggle_favorite(listing_id: i64, save: bool, back: String) -> Result<(), AppError> {
    use crate::server::accounts::auth;
    use crate::server::favorites;
    let session = auth::session().await?;
    let Some(user) = auth::session_user(&session).await? else {
        if save {
            session
                .insert(favorites::PENDING_SAVE, listing_id)
                .await
                .map_err(|e| {
                    tracing::error!(error = %e, "could not keep the pending save");
                    AppError::Internal
                })?;
        }
        let back = crate::app::types::account::local_path(Some(&back));
        leptos_axum::redirect(&format!(
            "/signin?next={}",
            crate::app::types::search::encode(&back)
        ));
        return Ok(());
    };
    let db = crate::server::platform::request::db().await?;
    if save {
        favorites::save(&db, user, listing_id, favorites::DEFAULT_LIST).await?;
    } else {
        favorites::remove(&db, user, listing_id).await?;
    }
    Ok(())
}

/// The signed-in guest's wishlists; `Unauthorized` when signed out.
#[server(prefix = "/api/fn", endpoint = "my_favorites", input = GetUrl)]
pub async fn my_favorites() -> Result<crate::app::types::favorites::Favorites, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::favorites::all(&db, user).await
}
