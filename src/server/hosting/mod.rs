//! Hosts run their listings: create, edit, pause, delete (softly: past bookings keep their
//! listing), and manage photos. Every function that changes a listing first checks, with
//! [`owned`], that the caller hosts it; the HTTP handlers and server functions add nothing
//! but the wire.

use crate::app::types::hosting::{
    CityFacts, HostListing, HostPhoto, ListingForm, ListingSpec, ListingStatus, PhotoMove,
};
use crate::app::types::{AppError, Currency};
use crate::server::catalog::listings::{self, money};
use crate::server::catalog::places;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::jobs::{self, Job};
use crate::server::platform::media::{self, variants};
use crate::server::platform::state::AppState;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

/// The most photos one listing may have.
pub const MAX_PHOTOS: i64 = 20;

/// A place of the reference table, by "City, Country" or a unique "City" (any case), as
/// the listing editor knows it.
pub fn city_facts(name: &str) -> Option<CityFacts> {
    let p = places::find(name)?;
    Some(CityFacts {
        city: p.name.to_string(),
        state: p.state.map(str::to_string),
        country: p.country.to_string(),
        country_code: p.country_code.to_string(),
        latitude: p.latitude,
        longitude: p.longitude,
        time_zone: p.time_zone.to_string(),
    })
}

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
        Some(r) if r.deleted => Err(AppError::NotFound("Listing".into())),
        Some(r) if r.host_id == user => Ok(()),
        Some(_) => Err(AppError::Forbidden),
        None => Err(AppError::NotFound("Listing".into())),
    }
}

/// The host's listings that are not deleted, newest first.
pub async fn my_listings(db: &DbScope, user: Uuid) -> Result<Vec<HostListing>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"
                SELECT l.id, l.title, l.city, l.country, l.is_active, l.price_per_night_minor,
                       l.currency AS "currency!", l.updated_at,
                       COALESCE(p.card_url, p.url) AS "cover_url?", p.alt AS "cover_alt?",
                       p.width AS "cover_width?", p.height AS "cover_height?",
                       (SELECT count(*) FROM listing_photos x WHERE x.listing_id = l.id)
                           AS "photo_count!",
                       (SELECT count(*) FROM bookings b
                        WHERE b.listing_id = l.id AND b.status IN ('pending', 'confirmed')
                          AND b.check_out > current_date) AS "upcoming!"
                FROM listings l
                LEFT JOIN listing_photos p ON p.listing_id = l.id AND p.position = 0
                WHERE l.host_id = $1 AND l.deleted_at IS NULL
                ORDER BY l.created_at DESC, l.id DESC
                "#,
                user
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "host listings"))?;
    rows.into_iter()
        .map(|r| {
            let cover_photo =
                listings::cover(r.cover_url, r.cover_alt, r.cover_width, r.cover_height);
            Ok(HostListing {
                id: r.id,
                title: r.title,
                city: r.city,
                country: r.country,
                status: status(r.is_active),
                price_per_night: money(r.price_per_night_minor, &r.currency)?,
                cover_photo,
                photo_count: r.photo_count,
                upcoming_stays: r.upcoming,
                updated_at: r.updated_at.format(&Rfc3339).unwrap_or_default(),
            })
        })
        .collect()
}

fn status(active: bool) -> ListingStatus {
    if active {
        ListingStatus::Listed
    } else {
        ListingStatus::Paused
    }
}

/// A listing as its editor and `PUT` start from, with whether it is listed. The caller
/// has checked [`owned`].
pub async fn spec_of(db: &DbScope, id: i64) -> Result<(ListingSpec, ListingStatus), AppError> {
    let r = sqlx::query!(
        r#"
        SELECT title, description, property_type, address, city, state, country,
               country_code AS "country_code!", latitude, longitude, time_zone,
               max_guests, bedrooms, beds, (bathrooms * 2)::int AS "bathroom_halves!",
               amenities, to_char(check_in_after, 'HH24:MI') AS "check_in_after!",
               to_char(check_out_before, 'HH24:MI') AS "check_out_before!", max_infants,
               smoking_allowed, events_allowed, house_rules, currency AS "currency!",
               price_per_night_minor, weekend_price_minor, cleaning_fee_minor,
               weekly_discount_pct, monthly_discount_pct, instant_book, min_nights,
               max_nights, cancellation_policy, advance_notice_days, preparation_nights,
               is_active
        FROM listings WHERE id = $1 AND deleted_at IS NULL
        "#,
        id
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "listing for editing"))?
    .ok_or_else(|| AppError::NotFound("Listing".into()))?;
    let mut amenities = r.amenities;
    amenities.sort();
    let place = city_facts(&format!("{}, {}", r.city, r.country)).unwrap_or(CityFacts {
        city: r.city,
        state: r.state,
        country: r.country,
        country_code: r.country_code,
        latitude: r.latitude,
        longitude: r.longitude,
        time_zone: r.time_zone,
    });
    let spec = ListingSpec {
        title: r.title,
        description: r.description,
        property_type: r.property_type,
        address: r.address,
        place,
        latitude: r.latitude,
        longitude: r.longitude,
        max_guests: r.max_guests,
        bedrooms: r.bedrooms,
        beds: r.beds,
        bathroom_halves: r.bathroom_halves,
        amenities,
        check_in_after: r.check_in_after,
        check_out_before: r.check_out_before,
        max_infants: r.max_infants,
        smoking_allowed: r.smoking_allowed,
        events_allowed: r.events_allowed,
        house_rules: r.house_rules,
        currency: Currency::from_code(&r.currency).ok_or(AppError::Internal)?,
        price_per_night_minor: r.price_per_night_minor,
        weekend_price_minor: r.weekend_price_minor,
        cleaning_fee_minor: r.cleaning_fee_minor,
        weekly_discount_pct: r.weekly_discount_pct,
        monthly_discount_pct: r.monthly_discount_pct,
        instant_book: r.instant_book,
        min_nights: r.min_nights,
        max_nights: r.max_nights,
        cancellation_policy: r.cancellation_policy,
        advance_notice_days: r.advance_notice_days,
        preparation_nights: r.preparation_nights,
    };
    Ok((spec, status(r.is_active)))
}

/// The checked listing from a full form, or a `Form` error naming each bad field.
pub fn parse_form(form: &ListingForm) -> Result<ListingSpec, AppError> {
    ListingSpec::from_form(form, city_facts).map_err(|errors| AppError::Form {
        errors,
        values: Vec::new(),
    })
}

/// Creates a paused listing for `user` (listing it needs a photo); returns its id.
#[tracing::instrument(skip(db, spec))]
pub async fn create(db: &DbScope, user: Uuid, spec: &ListingSpec) -> Result<i64, AppError> {
    let s = spec.clone();
    let tax = places::tax_bp(&s.place.country_code);
    db.write(|pool| async move {
        sqlx::query_scalar!(
            r#"
            INSERT INTO listings (
                host_id, title, description, property_type, address, city, state, country,
                country_code, latitude, longitude, time_zone, max_guests, bedrooms, beds,
                bathrooms, amenities, check_in_after, check_out_before, max_infants,
                smoking_allowed, events_allowed, house_rules, currency, price_per_night_minor,
                weekend_price_minor, cleaning_fee_minor, weekly_discount_pct,
                monthly_discount_pct, instant_book, min_nights, max_nights,
                cancellation_policy, advance_notice_days, preparation_nights, tax_bp, is_active)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                    $16::int / 2.0, $17, $18::text::time, $19::text::time, $20, $21, $22, $23,
                    $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, false)
            RETURNING id
            "#,
            user,
            s.title,
            s.description,
            s.property_type,
            s.address,
            s.place.city,
            s.place.state,
            s.place.country,
            s.place.country_code,
            s.latitude,
            s.longitude,
            s.place.time_zone,
            s.max_guests,
            s.bedrooms,
            s.beds,
            s.bathroom_halves,
            &s.amenities,
            s.check_in_after,
            s.check_out_before,
            s.max_infants,
            s.smoking_allowed,
            s.events_allowed,
            s.house_rules,
            s.currency.code(),
            s.price_per_night_minor,
            s.weekend_price_minor,
            s.cleaning_fee_minor,
            s.weekly_discount_pct,
            s.monthly_discount_pct,
            s.instant_book,
            s.min_nights,
            s.max_nights,
            s.cancellation_policy,
            s.advance_notice_days,
            s.preparation_nights,
            tax
        )
        .fetch_one(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "create listing"))
}

/// Replaces every field of listing `id` by `spec`. The caller has checked [`owned`].
#[tracing::instrument(skip(db, spec))]
pub async fn update(db: &DbScope, id: i64, spec: &ListingSpec) -> Result<(), AppError> {
    let s = spec.clone();
    let tax = places::tax_bp(&s.place.country_code);
    db.write(|pool| async move {
        sqlx::query!(
            r#"
            UPDATE listings SET
                title = $2, description = $3, property_type = $4, address = $5, city = $6,
                state = $7, country = $8, country_code = $9, latitude = $10, longitude = $11,
                time_zone = $12, max_guests = $13, bedrooms = $14, beds = $15,
                bathrooms = $16::int / 2.0, amenities = $17, check_in_after = $18::text::time,
                check_out_before = $19::text::time, max_infants = $20, smoking_allowed = $21,
                events_allowed = $22, house_rules = $23, currency = $24,
                price_per_night_minor = $25, weekend_price_minor = $26, cleaning_fee_minor = $27,
                weekly_discount_pct = $28, monthly_discount_pct = $29, instant_book = $30,
                min_nights = $31, max_nights = $32, cancellation_policy = $33,
                advance_notice_days = $34, preparation_nights = $35, tax_bp = $36,
                updated_at = now()
            WHERE id = $1 AND deleted_at IS NULL
            "#,
            id,
            s.title,
            s.description,
            s.property_type,
            s.address,
            s.place.city,
            s.place.state,
            s.place.country,
            s.place.country_code,
            s.latitude,
            s.longitude,
            s.place.time_zone,
            s.max_guests,
            s.bedrooms,
            s.beds,
            s.bathroom_halves,
            &s.amenities,
            s.check_in_after,
            s.check_out_before,
            s.max_infants,
            s.smoking_allowed,
            s.events_allowed,
            s.house_rules,
            s.currency.code(),
            s.price_per_night_minor,
            s.weekend_price_minor,
            s.cleaning_fee_minor,
            s.weekly_discount_pct,
            s.monthly_discount_pct,
            s.instant_book,
            s.min_nights,
            s.max_nights,
            s.cancellation_policy,
            s.advance_notice_days,
            s.preparation_nights,
            tax
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "update listing"))?;
    Ok(())
}

/// Lists (shows in search) or pauses listing `id`. Listing needs at least one photo. The
/// caller has checked [`owned`].
#[tracing::instrument(skip(db))]
pub async fn set_listed(db: &DbScope, id: i64, listed: bool) -> Result<(), AppError> {
    let photos = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let photos = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM listing_photos WHERE listing_id = $1"#,
                id
            )
            .fetch_one(&mut *tx)
            .await?;
            if !listed || photos > 0 {
                sqlx::query!(
                    "UPDATE listings SET is_active = $2, updated_at = now()
                     WHERE id = $1 AND deleted_at IS NULL AND is_active <> $2",
                    id,
                    listed
                )
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(photos)
        })
        .await
        .map_err(|e| db_error(e, "list or pause listing"))?;
    if listed && photos == 0 {
        return Err(AppError::Unprocessable(
            "Add at least one photo before listing it.".into(),
        ));
    }
    Ok(())
}

/// Deletes listing `id` softly: it leaves search, wishlists show it as unavailable, past
/// bookings keep it. Refused (409) while a stay is pending or to come. The caller has
/// checked [`owned`].
#[tracing::instrument(skip(db))]
pub async fn delete(db: &DbScope, id: i64) -> Result<(), AppError> {
    let upcoming = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // Locks the listing against a booking made meanwhile (the booking engine locks
            // the listing's row before it books).
            sqlx::query!("SELECT id FROM listings WHERE id = $1 FOR UPDATE", id)
                .fetch_one(&mut *tx)
                .await?;
            let upcoming = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM bookings
                   WHERE listing_id = $1 AND status IN ('pending', 'confirmed')
                     AND check_out > current_date"#,
                id
            )
            .fetch_one(&mut *tx)
            .await?;
            if upcoming == 0 {
                sqlx::query!(
                    "UPDATE listings SET deleted_at = now(), is_active = false, updated_at = now()
                     WHERE id = $1 AND deleted_at IS NULL",
                    id
                )
                .execute(&mut *tx)
                .await?;
                // The host's own blocks mean nothing any more.
                sqlx::query!(
                    "DELETE FROM listing_holds WHERE listing_id = $1 AND booking_id IS NULL",
                    id
                )
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(upcoming)
        })
        .await
        .map_err(|e| db_error(e, "delete listing"))?;
    if upcoming > 0 {
        return Err(AppError::Conflict(format!(
            "This listing has {upcoming} upcoming stay{}: cancel {} before deleting it.",
            if upcoming == 1 { "" } else { "s" },
            if upcoming == 1 { "it" } else { "them" }
        )));
    }
    Ok(())
}

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
    AppError::Unprocessable(format!("A listing can have at most {MAX_PHOTOS} photos."))
}

/// Adds an uploaded photo at the end of listing `id`'s photos and queues its variants.
/// The image is checked, decoded under limits and re-encoded (no metadata survives). The
/// caller has checked [`owned`].
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

/// Reorders or deletes photo `photo` of listing `id`. The caller has checked [`owned`].
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
                return Ok(Err(AppError::NotFound("Photo".into())));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_resolve_by_label_or_unique_name() {
        let lisbon = city_facts("Lisbon, Portugal").expect("known");
        assert_eq!(lisbon.country_code, "PT");
        assert_eq!(lisbon.time_zone, "Europe/Lisbon");
        assert_eq!(
            city_facts("  lisbon ").map(|c| c.city),
            Some("Lisbon".into())
        );
        assert_eq!(city_facts("Lisbon, France"), None);
        assert_eq!(city_facts("Atlantis"), None);
    }
}
