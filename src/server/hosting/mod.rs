//! Hosts run their listings: create, edit, pause, delete (softly: past bookings keep their
//! listing), and manage photos. Every function that changes a listing first checks, with
//! [`owned`], that the caller hosts it; the HTTP handlers and server functions add nothing
//! but the wire.
//!
//! - `listings.rs`: "Your listings", one listing for the editor, create, update, list or
//!   pause, delete;
//! - `photos.rs`: a listing's photos (upload, reorder, cover, delete);
//! - `spec.rs`: [`ListingSpec`], a listing that passed every check, and its parser, the one
//!   both the editor's form and the API's JSON go through; `form.rs`: the raw form (which
//!   fields each step owns, the reader, a spec written back as a form); `input.rs`: the
//!   API's JSON laid onto a form.

#[cfg(test)]
mod fixtures;
mod form;
mod input;
mod listings;
mod photos;
pub mod place;
mod spec;

pub use form::{merge_step, step_of};
pub use input::apply_input;
pub use listings::{create, delete, my_listings, set_listed, spec_of, update};
pub use photos::{MAX_PHOTOS, add_photo, move_photo, photos};
pub use spec::{CityFacts, ListingSpec, parse_form};

use crate::app::types::AppError;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use uuid::Uuid;

/// Succeeds when `user` hosts listing `id` and it is not deleted: the check before every
/// change. `NotFound` for an unknown or deleted listing, `Forbidden` for someone else's.
/// On the primary, so a listing created a moment ago is found.
pub async fn owned(db: &DbScope, user: Uuid, id: i64) -> Result<(), AppError> {
    let row = sqlx::query!(
        "SELECT host_id, deleted_at IS NOT NULL AS \"deleted!\" FROM listings WHERE id = $1",
        id
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "listing owner"))?;
    match row {
        Some(r) if r.deleted => Err(AppError::NotFound(crate::tr!("hosting-not-found-listing"))),
        Some(r) if r.host_id == user => Ok(()),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::NotFound(crate::tr!("hosting-not-found-listing"))),
    }
}
