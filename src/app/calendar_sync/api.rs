//! Server functions of the calendar-sync page. Each one requires the listing's host (for
//! anyone else the listing is unknown) and, after a form's success, sends the browser back
//! to the page, so every form works without JavaScript.

use crate::app::types::AppError;
use crate::app::types::calendar_sync::{CalendarExport, CalendarSync};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// Where each form returns to.
pub fn page_path(listing: i64) -> String {
    format!("/host/listings/{listing}/calendar/sync")
}

/// The page's data: the export address (made on first visit), the imported calendars,
/// the conflicts.
#[server(prefix = "/api/fn", endpoint = "load_calendar_sync", input = GetUrl)]
pub async fn load_calendar_sync(listing: i64) -> Result<(CalendarExport, CalendarSync), AppError> {
    use crate::server::calendar_sync::{export, feeds};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    feeds::own_listing(&db, user, listing).await?;
    let now = state.clock.now();
    let address = export::export(&db, listing, &state.config.mail.public_url).await?;
    let sync = CalendarSync {
        listing_id: listing,
        feeds: feeds::feeds(&db, listing, None, now).await?,
        conflicts: feeds::conflicts(&db, listing).await?,
    };
    Ok((address, sync))
}

/// Imports another site's calendar (`name`, `url`); errors name the field and keep what
/// was typed.
#[server(prefix = "/api/fn", endpoint = "add_calendar_feed")]
pub async fn add_calendar_feed(listing: i64, name: String, url: String) -> Result<(), AppError> {
    use crate::app::types::calendar_sync::FeedName;
    use crate::server::calendar_sync::{address::FeedUrl, feeds};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    feeds::own_listing(&db, user, listing).await?;
    let typed = || {
        vec![
            ("name".to_string(), name.clone()),
            ("url".to_string(), url.clone()),
        ]
    };
    let parsed = (
        FeedName::parse(&name),
        FeedUrl::parse(&url, state.config.ical.allow_private),
    );
    let (feed_name, feed_url) = match parsed {
        (Ok(n), Ok(u)) => (n, u),
        (n, u) => {
            return Err(AppError::Form {
                errors: n.err().into_iter().chain(u.err()).collect(),
                values: typed(),
            });
        }
    };
    match feeds::add(&db, listing, &feed_name, &feed_url, state.clock.now()).await {
        Ok(_) => {}
        // Shown next to the address, which is what is wrong.
        Err(AppError::Conflict(message) | AppError::Unprocessable(message)) => {
            return Err(AppError::Form {
                errors: vec![crate::app::types::account::FieldError::new("url", message)],
                values: typed(),
            });
        }
        Err(e) => return Err(e),
    }
    leptos_axum::redirect(&page_path(listing));
    Ok(())
}

/// Stops importing a calendar; the nights it blocked are freed.
#[server(prefix = "/api/fn", endpoint = "remove_calendar_feed")]
pub async fn remove_calendar_feed(listing: i64, feed: i64) -> Result<(), AppError> {
    use crate::server::calendar_sync::feeds;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    feeds::own_listing(&db, user, listing).await?;
    feeds::remove(&db, listing, feed, state.clock.now()).await?;
    leptos_axum::redirect(&page_path(listing));
    Ok(())
}

/// "Sync now" (at most once a minute per calendar).
#[server(prefix = "/api/fn", endpoint = "sync_calendar_feed")]
pub async fn sync_calendar_feed(listing: i64, feed: i64) -> Result<(), AppError> {
    use crate::server::calendar_sync::feeds;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    feeds::own_listing(&db, user, listing).await?;
    feeds::request_sync(&db, listing, feed, state.clock.now()).await?;
    leptos_axum::redirect(&page_path(listing));
    Ok(())
}

/// Replaces the export address; the old one stops working.
#[server(prefix = "/api/fn", endpoint = "regenerate_calendar_export")]
pub async fn regenerate_calendar_export(listing: i64) -> Result<(), AppError> {
    use crate::server::calendar_sync::{export, feeds};
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    let state = crate::server::platform::request::state()?;
    feeds::own_listing(&db, user, listing).await?;
    export::regenerate(&db, listing, &state.config.mail.public_url).await?;
    leptos_axum::redirect(&format!("{}?regenerated=1", page_path(listing)));
    Ok(())
}

/// Sets a conflict aside.
#[server(prefix = "/api/fn", endpoint = "dismiss_calendar_conflict")]
pub async fn dismiss_calendar_conflict(listing: i64, conflict: i64) -> Result<(), AppError> {
    use crate::server::calendar_sync::feeds;
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    feeds::own_listing(&db, user, listing).await?;
    feeds::dismiss(&db, listing, conflict).await?;
    leptos_axum::redirect(&page_path(listing));
    Ok(())
}
