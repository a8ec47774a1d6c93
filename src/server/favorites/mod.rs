//! Wishlists: a guest saves listings into named lists ("Saved" by default). Reads of a
//! person's own lists go through their read-your-writes scope, so a save shows at once.

use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::favorites::{Favorite, Favorites};
use crate::server::catalog::listings::CardRow;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use uuid::Uuid;

/// Session key of a save a signed-out visitor asked for; done at their sign-in.
pub const PENDING_SAVE: &str = "haven.pending_save";

/// At sign-in: the save the visitor asked for while signed out, if any. A listing gone
/// meanwhile is skipped.
pub async fn finish_pending(
    db: &DbScope,
    session: &tower_sessions::Session,
    user: Uuid,
) -> Result<(), AppError> {
    let pending = session.remove::<i64>(PENDING_SAVE).await.map_err(|e| {
        tracing::error!(error = %e, "could not read the pending save");
        AppError::Internal
    })?;
    match pending {
        Some(listing) => match save(db, user, listing, DEFAULT_LIST).await {
            Ok(_) | Err(AppError::NotFound(_)) => Ok(()),
            Err(e) => Err(e),
        },
        None => Ok(()),
    }
}

/// The list a save goes to when none is named (stored under this name; the wishlists page
/// shows it in the reader's language).
pub use crate::app::favorites::DEFAULT_LIST;

/// A wishlist name as typed: trimmed, 1–60 characters, no control characters.
pub fn list_name(raw: Option<&str>) -> Result<String, FieldError> {
    let name = raw
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(DEFAULT_LIST);
    if name.chars().count() > 60 || name.chars().any(char::is_control) {
        return Err(FieldError::new(
            "list",
            crate::tr!("favorites-error-list-name"),
        ));
    }
    Ok(name.to_owned())
}

/// Saves listing `listing` to `user`'s list `list` (created if new). Saving twice is
/// harmless. `NotFound` for a listing that does not exist or is not active. Returns
/// whether it was newly saved.
pub async fn save(db: &DbScope, user: Uuid, listing: i64, list: &str) -> Result<bool, AppError> {
    let list = list.to_owned();
    let outcome = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let active = sqlx::query_scalar!(
                r#"SELECT EXISTS (SELECT 1 FROM listings WHERE id = $1 AND is_active) AS "e!""#,
                listing
            )
            .fetch_one(&mut *tx)
            .await?;
            if !active {
                return Ok(None);
            }
            // Insert-or-get in one statement: the no-op update returns the existing row,
            // also when another request creates the list at the same moment.
            let list_id = sqlx::query_scalar!(
                r#"INSERT INTO wishlists (user_id, name) VALUES ($1, $2)
                   ON CONFLICT (user_id, lower(name)) DO UPDATE SET name = wishlists.name
                   RETURNING id"#,
                user,
                list
            )
            .fetch_one(&mut *tx)
            .await?;
            let added = sqlx::query!(
                "INSERT INTO wishlist_items (wishlist_id, listing_id) VALUES ($1, $2)
                 ON CONFLICT DO NOTHING",
                list_id,
                listing
            )
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            Ok(Some(added > 0))
        })
        .await
        .map_err(|e| db_error(e, "save favorite"))?;
    outcome.ok_or_else(|| AppError::NotFound("Listing".into()))
}

/// Removes listing `listing` from every list of `user`; returns whether it was saved.
pub async fn remove(db: &DbScope, user: Uuid, listing: i64) -> Result<bool, AppError> {
    let removed = db
        .write(|pool| async move {
            sqlx::query!(
                "DELETE FROM wishlist_items i USING wishlists w
                 WHERE i.wishlist_id = w.id AND w.user_id = $1 AND i.listing_id = $2",
                user,
                listing
            )
            .execute(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "remove favorite"))?
        .rows_affected();
    Ok(removed > 0)
}

/// The ids of every listing `user` saved (for filled hearts).
pub async fn saved_ids(db: &DbScope, user: Uuid) -> Result<Vec<i64>, AppError> {
    db.read(|pool| async move {
        sqlx::query_scalar!(
            "SELECT DISTINCT i.listing_id FROM wishlist_items i
             JOIN wishlists w ON w.id = i.wishlist_id WHERE w.user_id = $1",
            user
        )
        .fetch_all(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "saved ids"))
}

/// Every list of `user` and what is in it, with each listing's current price; newest saves
/// first. Listings since paused or deleted stay in the list, marked unavailable.
pub async fn all(db: &DbScope, user: Uuid) -> Result<Favorites, AppError> {
    let lists = db
        .read(|pool| async move {
            sqlx::query_scalar!(
                "SELECT name FROM wishlists WHERE user_id = $1 ORDER BY created_at, id",
                user
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "wishlists"))?;
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT w.name AS list, i.saved_at, l.id, l.title, l.property_type, l.city,
                          l.country, l.price_per_night_minor, l.currency AS "currency!",
                          l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8 AS "bathrooms!",
                          l.is_active,
                          COALESCE(p.card_url, p.url) AS "cover_url?", p.alt AS "cover_alt?",
                          p.width AS "cover_width?", p.height AS "cover_height?",
                          l.rating, l.review_count, COALESCE(hs.earned, false) AS "host_badge!"
                   FROM wishlists w
                   JOIN wishlist_items i ON i.wishlist_id = w.id
                   JOIN listings l ON l.id = i.listing_id
                   LEFT JOIN listing_photos p ON p.listing_id = l.id AND p.position = 0
                   LEFT JOIN host_standing hs ON hs.host_id = l.host_id
                   WHERE w.user_id = $1
                   ORDER BY i.saved_at DESC, l.id"#,
                user
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "favorites"))?;
    let items = rows
        .into_iter()
        .map(|r| {
            let listing = CardRow {
                id: r.id,
                title: r.title,
                property_type: r.property_type,
                city: r.city,
                country: r.country,
                price_per_night_minor: r.price_per_night_minor,
                currency: r.currency,
                max_guests: r.max_guests,
                bedrooms: r.bedrooms,
                beds: r.beds,
                bathrooms: r.bathrooms,
                cover_url: r.cover_url,
                cover_alt: r.cover_alt,
                cover_width: r.cover_width,
                cover_height: r.cover_height,
                rating: r.rating,
                review_count: r.review_count,
                host_badge: r.host_badge,
            }
            .into_card()?;
            Ok(Favorite {
                list: r.list,
                saved_at: r
                    .saved_at
                    .format(&time::format_description::well_known::Rfc3339)
                    .unwrap_or_default(),
                available: r.is_active,
                listing,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Favorites { lists, items })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_names_default_and_are_checked() {
        assert_eq!(list_name(None).ok().as_deref(), Some("Saved"));
        assert_eq!(list_name(Some("  ")).ok().as_deref(), Some("Saved"));
        assert_eq!(
            list_name(Some(" Lisbon 2027 ")).ok().as_deref(),
            Some("Lisbon 2027")
        );
        assert!(list_name(Some(&"x".repeat(61))).is_err());
        assert!(list_name(Some("a\u{0}b")).is_err());
    }
}
