//! A listing's photos as its host manages them: the list, uploads (checked, re-encoded,
//! variants queued) and reordering or deleting. The caller has checked ownership with
//! [`owned`](super::owned).

use crate::app::types::AppError;
use crate::app::types::hosting::{HostPhoto, PhotoMove};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::jobs::{self, Job};
use crate::server::platform::media::{self, variants};
use crate::server::platform::state::AppState;

/// The most photos one listing may have.
pub const MAX_PHOTOS: i64 = 20;

/// The photos of listing `id`, in order.
pub async fn photos(db: &DbScope, id: i64) -> Result<Vec<HostPhoto>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT id, position, COALESCE(gallery_url, url) AS "url!", alt, width, height,
                          (object_key IS NULL OR gallery_url IS NOT NULL) AS "processed!"
                   FROM listing_photos WHERE listing_id = $1 ORDER BY position"#,
                id
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "listing photos"))?;
    Ok(rows
        .into_iter()
        .map(|r| HostPhoto {
            id: r.id,
            position: r.position.into(),
            url: r.url,
            alt: r.alt,
            width: r.width,
            height: r.height,
            processed: r.processed,
        })
        .collect())
}

/// Why an upload was refused (besides the image itself: see `PhotoProblem`).
fn too_many() -> AppError {
    AppError::Unprocessable(crate::tr!(
        "hosting-error-too-many-photos",
        max = MAX_PHOTOS
    ))
}

/// Adds an uploaded photo at the end of listing `id`'s photos and queues its variants.
/// The image is checked, decoded under limits and re-encoded (no metadata survives). The
/// caller has checked [`owned`](super::owned).
#[tracing::instrument(skip(state, db, bytes))]
pub async fn add_photo(
    state: &AppState,
    db: &DbScope,
    id: i64,
    bytes: Vec<u8>,
    alt: &str,
) -> Result<HostPhoto, media::UploadError> {
    let alt: String = alt
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let count = sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM listing_photos WHERE listing_id = $1"#,
        id
    )
    .fetch_one(db.db().primary())
    .await
    .map_err(|e| db_error(e, "photo count"))?;
    if count >= MAX_PHOTOS {
        return Err(too_many().into());
    }
    let upload = media::listing_photo_from_upload(bytes).await?;
    let key = state
        .media
        .put(&format!("listings/{id}"), "jpg", upload.jpeg)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "could not store a listing photo");
            AppError::Internal
        })?;
    let url = state.media.url_of(&key);
    let (width, height) = (upload.width as i32, upload.height as i32);
    let stored_key = key.clone();
    let inserted = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // One upload at a time per listing: positions stay dense and the cap holds.
            sqlx::query!("SELECT id FROM listings WHERE id = $1 FOR UPDATE", id)
                .fetch_one(&mut *tx)
                .await?;
            let position = sqlx::query_scalar!(
                r#"SELECT count(*)::int AS "n!" FROM listing_photos WHERE listing_id = $1"#,
                id
            )
            .fetch_one(&mut *tx)
            .await?;
            if i64::from(position) >= MAX_PHOTOS {
                return Ok(None);
            }
            let photo = sqlx::query_scalar!(
                "INSERT INTO listing_photos (listing_id, position, url, alt, width, height, object_key)
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                id,
                position as i16,
                url,
                alt,
                width,
                height,
                stored_key
            )
            .fetch_one(&mut *tx)
            .await?;
            jobs::enqueue(&mut tx, &Job::PhotoVariants { photo_id: photo }).await?;
            sqlx::query!("UPDATE listings SET updated_at = now() WHERE id = $1", id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(Some(HostPhoto {
                id: photo,
                position,
                url,
                alt,
                width,
                height,
                processed: false,
            }))
        })
        .await
        .map_err(|e| db_error(e, "add photo"))?;
    match inserted {
        Some(photo) => Ok(photo),
        None => {
            variants::forget(&state.media, &key).await;
            Err(too_many().into())
        }
    }
}

/// Reorders or deletes photo `photo` of listing `id`. The caller has checked
/// [`owned`](super::owned).
#[tracing::instrument(skip(state, db))]
pub async fn move_photo(
    state: &AppState,
    db: &DbScope,
    id: i64,
    photo: i64,
    action: PhotoMove,
) -> Result<(), AppError> {
    let removed = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            sqlx::query!("SELECT id FROM listings WHERE id = $1 FOR UPDATE", id)
                .fetch_one(&mut *tx)
                .await?;
            let mut order = sqlx::query_scalar!(
                "SELECT id FROM listing_photos WHERE listing_id = $1 ORDER BY position",
                id
            )
            .fetch_all(&mut *tx)
            .await?;
            let Some(at) = order.iter().position(|p| *p == photo) else {
                return Ok(Err(AppError::NotFound(crate::tr!(
                    "hosting-not-found-photo"
                ))));
            };
            let mut removed = None;
            match action {
                PhotoMove::Cover => {
                    let p = order.remove(at);
                    order.insert(0, p);
                }
                PhotoMove::Earlier if at > 0 => order.swap(at, at - 1),
                PhotoMove::Later if at + 1 < order.len() => order.swap(at, at + 1),
                PhotoMove::Earlier | PhotoMove::Later => {}
                PhotoMove::Delete => {
                    order.remove(at);
                    removed = sqlx::query_scalar!(
                        "DELETE FROM listing_photos WHERE id = $1 RETURNING object_key",
                        photo
                    )
                    .fetch_one(&mut *tx)
                    .await?;
                    if order.is_empty() {
                        // Nothing left to show: out of search until a photo is added.
                        sqlx::query!("UPDATE listings SET is_active = false WHERE id = $1", id)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
            }
            let positions: Vec<i16> = (0..order.len() as i16).collect();
            sqlx::query!(
                "UPDATE listing_photos p SET position = o.position
                 FROM unnest($1::bigint[], $2::smallint[]) AS o(id, position)
                 WHERE p.id = o.id AND p.position <> o.position",
                &order,
                &positions
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!("UPDATE listings SET updated_at = now() WHERE id = $1", id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(Ok(removed))
        })
        .await
        .map_err(|e| db_error(e, "move photo"))??;
    if let Some(key) = removed {
        variants::forget(&state.media, &key).await;
    }
    Ok(())
}
