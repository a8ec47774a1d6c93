//! The resized variants of a listing photo (card, gallery, full), made by a background job
//! after upload, and removed with their photo. Media owns the photo's variant URLs in
//! `listing_photos`; the listing side owns the rest of the row.

use super::MediaStore;
use crate::server::platform::db::DbScope;
use crate::server::platform::state::AppState;

/// Variant widths: (name, width in pixels). Never enlarged.
const VARIANTS: [(&str, u32); 3] = [("card", 640), ("gallery", 1280), ("full", 2048)];

/// The background job: makes the card, gallery and full variants of photo `photo`.
/// Idempotent: variants are stored under names derived from the photo's own key, and a
/// photo deleted meanwhile leaves nothing behind.
pub async fn make(state: &AppState, db: &DbScope, photo: i64) -> anyhow::Result<()> {
    let key = sqlx::query_scalar!("SELECT object_key FROM listing_photos WHERE id = $1", photo)
        .fetch_optional(db.db().primary())
        .await?
        .flatten();
    let Some(key) = key else {
        return Ok(()); // deleted, or a demo photo without variants
    };
    let original = state.media.get(&key).await?;
    let widths: Vec<u32> = VARIANTS.iter().map(|(_, w)| *w).collect();
    let made = super::resized(original, widths).await?;
    let mut urls = Vec::new();
    for (width, jpeg) in made {
        let k = variant_key(&key, width);
        state.media.put_at(&k, jpeg).await?;
        urls.push(state.media.url_of(&k));
    }
    let [card, gallery, full] =
        <[String; 3]>::try_from(urls).map_err(|_| anyhow::anyhow!("expected three variants"))?;
    let updated = sqlx::query!(
        "UPDATE listing_photos SET card_url = $2, gallery_url = $3, full_url = $4
         WHERE id = $1 AND object_key = $5",
        photo,
        card,
        gallery,
        full,
        key
    )
    .execute(db.db().primary())
    .await?;
    if updated.rows_affected() == 0 {
        forget(&state.media, &key).await;
    }
    Ok(())
}

/// Removes a stored photo and its variants; failures are logged, never fatal.
pub async fn forget(store: &MediaStore, key: &str) {
    for k in
        std::iter::once(key.to_string()).chain(VARIANTS.iter().map(|(_, w)| variant_key(key, *w)))
    {
        if let Err(e) = store.remove(&k).await {
            tracing::warn!(error = %e, key = k, "could not remove a photo file");
        }
    }
}

/// "listings/7/ab12.jpg" → "listings/7/ab12-640.jpg".
fn variant_key(key: &str, width: u32) -> String {
    let stem = key.strip_suffix(".jpg").unwrap_or(key);
    format!("{stem}-{width}.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_keys_derive_from_the_photo_key() {
        assert_eq!(
            variant_key("listings/7/ab12.jpg", 640),
            "listings/7/ab12-640.jpg"
        );
    }
}
