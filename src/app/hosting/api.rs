//! Server functions of the host area ("Your listings" and the listing editor). Each one
//! requires a signed-in user and, for an existing listing, that they host it.
//!
//! The editor keeps what a host has typed in their session (one draft per listing, and one
//! for a listing being created), so a step that fails validation shows it again, with or
//! without JavaScript, and a half-made listing survives a reload.

use crate::app::types::AppError;
use crate::app::types::hosting::{HostListing, ListingDraft, ListingForm, PhotoMove};
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

#[cfg(feature = "ssr")]
mod drafts {
    use super::*;
    use tower_sessions::Session;

    fn key(listing: Option<i64>) -> String {
        match listing {
            Some(id) => format!("haven.listing_draft.{id}"),
            None => "haven.listing_draft.new".to_string(),
        }
    }

    fn failed(e: tower_sessions::session::Error) -> AppError {
        tracing::error!(error = %e, "listing draft in the session");
        AppError::Internal
    }

    pub async fn get(
        session: &Session,
        listing: Option<i64>,
    ) -> Result<Option<ListingForm>, AppError> {
        session.get(&key(listing)).await.map_err(failed)
    }

    pub async fn put(
        session: &Session,
        listing: Option<i64>,
        form: &ListingForm,
    ) -> Result<(), AppError> {
        session.insert(&key(listing), form).await.map_err(failed)
    }

    pub async fn clear(session: &Session, listing: Option<i64>) -> Result<(), AppError> {
        session
            .remove::<ListingForm>(&key(listing))
            .await
            .map(|_| ())
            .map_err(failed)
    }
}

/// A listing id from a form field: empty for a new listing.
#[cfg(feature = "ssr")]
fn listing_of(raw: Option<&String>) -> Result<Option<i64>, AppError> {
    match raw.map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0)
            .map(Some)
            .ok_or_else(|| AppError::NotFound(crate::tr!("hosting-not-found-listing"))),
    }
}

/// The signed-in host's listings, paused ones included.
#[server(prefix = "/api/fn", endpoint = "host_listings", input = GetUrl)]
pub async fn host_listings() -> Result<Vec<HostListing>, AppError> {
    let user = crate::server::accounts::auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    crate::server::hosting::my_listings(&db, user).await
}

/// What the editor shows: the draft typed so far, else the listing as saved; with photos.
#[server(prefix = "/api/fn", endpoint = "listing_editor", input = GetUrl)]
pub async fn listing_editor(listing: Option<i64>) -> Result<ListingDraft, AppError> {
    use crate::server::accounts::auth;
    use crate::server::hosting;
    let user = auth::require_user().await?;
    let session = auth::session().await?;
    let db = crate::server::platform::request::db().await?;
    let draft = drafts::get(&session, listing).await?;
    match listing {
        None => {
            let form = draft.unwrap_or_default();
            Ok(ListingDraft {
                id: None,
                place_choices: choices(&db, &form).await?,
                form,
                status: None,
                photos: Vec::new(),
            })
        }
        Some(id) => {
            hosting::owned(&db, user, id).await?;
            let (spec, status) = hosting::spec_of(&db, id).await?;
            let form = draft.unwrap_or_else(|| spec.to_form());
            Ok(ListingDraft {
                id: Some(id),
                place_choices: choices(&db, &form).await?,
                form,
                status: Some(status),
                photos: hosting::photos(&db, id).await?,
            })
        }
    }
}

/// The towns a draft's typed `city` may mean, when it has not settled on one.
#[cfg(feature = "ssr")]
async fn choices(
    db: &crate::server::platform::db::DbScope,
    form: &ListingForm,
) -> Result<Vec<crate::app::types::places::PlaceSuggestion>, AppError> {
    let typed = form.get("city").map(|c| c.trim()).unwrap_or_default();
    if typed.is_empty() || form.get("place_id").is_some_and(|p| !p.is_empty()) {
        return Ok(Vec::new());
    }
    let found = crate::server::hosting::place::lookup(db.db().primary(), form).await?;
    Ok(found.choices)
}

/// Saves one step of the editor. The form carries `listing` (empty while creating),
/// `step` and the step's fields. A bad field is a `Form` error (the draft keeps what was
/// typed); otherwise the host goes on to the next step. The last step of a new listing
/// creates it (paused) and opens its photos; a step of an existing listing saves it.
#[server(prefix = "/api/fn", endpoint = "save_listing_step")]
pub async fn save_listing_step(#[server(flatten)] form: ListingForm) -> Result<(), AppError> {
    use crate::app::types::hosting::Step;
    use crate::server::accounts::auth;
    use crate::server::hosting::{self, ListingSpec};
    let user = auth::require_user().await?;
    let session = auth::session().await?;
    let db = crate::server::platform::request::db().await?;
    let listing = listing_of(form.get("listing"))?;
    let step = form
        .get("step")
        .and_then(|s| Step::from_key(s))
        .ok_or_else(|| AppError::BadRequest(crate::tr!("hosting-error-unknown-step")))?;

    let mut draft = match listing {
        Some(id) => {
            hosting::owned(&db, user, id).await?;
            match drafts::get(&session, Some(id)).await? {
                Some(d) => d,
                None => hosting::spec_of(&db, id).await?.0.to_form(),
            }
        }
        None => drafts::get(&session, None).await?.unwrap_or_default(),
    };
    hosting::merge_step(step, &mut draft, &form);
    // The town, looked up when its step is saved, is written back as the editor shows it.
    let place = if step == Step::Location {
        let found = hosting::place::lookup(db.db().primary(), &draft).await?;
        if let Some(place) = &found.place {
            hosting::place::settle(&mut draft, place);
        }
        found.place
    } else {
        None
    };
    drafts::put(&session, listing, &draft).await?;
    let errors = ListingSpec::check_step(step, &draft, |_| place.clone());
    if !errors.is_empty() {
        return Err(AppError::Form {
            errors,
            values: Vec::new(),
        });
    }
    let base = match listing {
        Some(id) => format!("/host/listings/{id}/edit"),
        None => "/host/listings/new".to_string(),
    };
    match (listing, step.next()) {
        // Creating: on to the next step until the last.
        (None, Some(next)) => {
            leptos_axum::redirect(&format!("{base}?step={}", next.key()));
        }
        (None, None) => {
            let spec = hosting::place::parse(db.db().primary(), &draft)
                .await
                .map_err(|e| {
                    // An earlier step went wrong since (a draft from an older version): say where.
                    if let AppError::Form { errors, .. } = &e {
                        let first = hosting::step_of(errors);
                        return AppError::Unprocessable(crate::tr!(
                            "hosting-error-check-step",
                            step = super::step_title(first)
                        ));
                    }
                    e
                })?;
            let id = hosting::create(&db, user, &spec).await?;
            drafts::clear(&session, None).await?;
            leptos_axum::redirect(&format!("/host/listings/{id}/photos?created=1"));
        }
        (Some(id), next) => {
            let spec = hosting::place::parse(db.db().primary(), &draft).await?;
            hosting::update(&db, id, &spec).await?;
            drafts::clear(&session, Some(id)).await?;
            let to = next.unwrap_or(step);
            leptos_axum::redirect(&format!("{base}?step={}&saved={}", to.key(), step.key()));
        }
    }
    Ok(())
}

/// Throws away what was typed but not saved.
#[server(prefix = "/api/fn", endpoint = "discard_listing_draft")]
pub async fn discard_listing_draft(listing: Option<String>) -> Result<(), AppError> {
    use crate::server::accounts::auth;
    let user = auth::require_user().await?;
    let session = auth::session().await?;
    let listing = listing_of(listing.as_ref())?;
    if let Some(id) = listing {
        let db = crate::server::platform::request::db().await?;
        crate::server::hosting::owned(&db, user, id).await?;
    }
    drafts::clear(&session, listing).await?;
    leptos_axum::redirect("/host/listings");
    Ok(())
}

/// Lists (`listed = true`) or pauses a listing. Listing needs a photo.
#[server(prefix = "/api/fn", endpoint = "set_listing_listed")]
pub async fn set_listing_listed(
    listing: i64,
    listed: bool,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::server::accounts::auth;
    use crate::server::hosting;
    let user = auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    hosting::owned(&db, user, listing).await?;
    hosting::set_listed(&db, listing, listed).await?;
    let to = match next.as_deref() {
        Some("photos") => format!("/host/listings/{listing}/photos"),
        _ => "/host/listings".to_string(),
    };
    leptos_axum::redirect(&to);
    Ok(())
}

/// Deletes a listing (softly); refused while stays are pending or to come.
#[server(prefix = "/api/fn", endpoint = "delete_listing")]
pub async fn delete_listing(listing: i64) -> Result<(), AppError> {
    use crate::server::accounts::auth;
    use crate::server::hosting;
    let user = auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    hosting::owned(&db, user, listing).await?;
    hosting::delete(&db, listing).await?;
    leptos_axum::redirect("/host/listings?deleted=1");
    Ok(())
}

/// Makes a photo the cover, moves it, or deletes it.
#[server(prefix = "/api/fn", endpoint = "move_listing_photo")]
pub async fn move_listing_photo(listing: i64, photo: i64, to: PhotoMove) -> Result<(), AppError> {
    use crate::server::accounts::auth;
    use crate::server::hosting;
    let user = auth::require_user().await?;
    let db = crate::server::platform::request::db().await?;
    hosting::owned(&db, user, listing).await?;
    let state =
        use_context::<crate::server::platform::state::AppState>().ok_or(AppError::Internal)?;
    hosting::move_photo(&state, &db, listing, photo, to).await?;
    leptos_axum::redirect(&format!("/host/listings/{listing}/photos"));
    Ok(())
}
