//! A host's listings: the list they see, one listing as the editor starts from it, and the
//! writes (create, update, list or pause, delete). The caller has checked ownership with
//! [`owned`](super::owned) before any change.

use super::spec::{CityFacts, ListingSpec};
use crate::app::types::hosting::{HostListing, ListingForm, ListingStatus};
use crate::app::types::{AppError, Currency};
use crate::server::catalog::listings::{self, money};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

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
/// has checked [`owned`](super::owned).
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
               is_active, place_id, region_code
        FROM listings WHERE id = $1 AND deleted_at IS NULL
        "#,
        id
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "listing for editing"))?
    .ok_or_else(|| AppError::NotFound(crate::tr!("hosting-not-found-listing")))?;
    let mut amenities = r.amenities;
    amenities.sort();
    // The gazetteer's town (its centre, for the editor's distance check), else the town
    // as stored; the zone is always the listing's own.
    let stored = CityFacts {
        place_id: r.place_id,
        city: r.city,
        region_code: r.region_code,
        state: r.state,
        country: r.country,
        country_code: r.country_code,
        latitude: r.latitude,
        longitude: r.longitude,
        time_zone: r.time_zone,
    };
    let mut known = ListingForm::new();
    super::place::settle(&mut known, &stored);
    let mut place = super::place::lookup(db.db().primary(), &known)
        .await?
        .place
        .unwrap_or_else(|| stored.clone());
    place.time_zone = stored.time_zone;
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

/// Creates a paused listing for `user` (listing it needs a photo); returns its id.
#[tracing::instrument(skip(db, spec))]
pub async fn create(db: &DbScope, user: Uuid, spec: &ListingSpec) -> Result<i64, AppError> {
    let s = spec.clone();
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
                cancellation_policy, advance_notice_days, preparation_nights, place_id,
                region_code, tax_bp, is_active)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                    $16::int / 2.0, $17, $18::text::time, $19::text::time, $20, $21, $22, $23,
                    $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37,
                    tax_rate_bp($9::char(2)::text, $37), false)
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
            s.place.place_id,
            s.place.region_code
        )
        .fetch_one(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "create listing"))
}

/// Replaces every field of listing `id` by `spec`. The caller has checked
/// [`owned`](super::owned).
#[tracing::instrument(skip(db, spec))]
pub async fn update(db: &DbScope, id: i64, spec: &ListingSpec) -> Result<(), AppError> {
    let s = spec.clone();
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
                advance_notice_days = $34, preparation_nights = $35, place_id = $36,
                region_code = $37, tax_bp = tax_rate_bp($9::char(2)::text, $37), updated_at = now()
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
            s.place.place_id,
            s.place.region_code
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "update listing"))?;
    Ok(())
}

/// Lists (shows in search) or pauses listing `id`. Listing needs at least one photo and a
/// host whose e-mail address is verified. The caller has checked [`owned`](super::owned).
#[tracing::instrument(skip(db))]
pub async fn set_listed(db: &DbScope, id: i64, listed: bool) -> Result<(), AppError> {
    let (photos, verified) = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let row = sqlx::query!(
                r#"SELECT (SELECT count(*) FROM listing_photos p WHERE p.listing_id = l.id) AS "photos!",
                          u.email_verified_at IS NOT NULL AS "verified!"
                   FROM listings l JOIN users u ON u.id = l.host_id WHERE l.id = $1"#,
                id
            )
            .fetch_optional(&mut *tx)
            .await?;
            let (photos, verified) = row.map_or((0, false), |r| (r.photos, r.verified));
            if !listed || (photos > 0 && verified) {
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
            Ok((photos, verified))
        })
        .await
        .map_err(|e| db_error(e, "list or pause listing"))?;
    if listed && !verified {
        return Err(AppError::EmailUnverified);
    }
    if listed && photos == 0 {
        return Err(AppError::Unprocessable(crate::tr!(
            "hosting-error-needs-photo"
        )));
    }
    Ok(())
}

/// Deletes listing `id` softly: it leaves search, wishlists show it as unavailable, past
/// bookings keep it. Refused (409) while a stay is pending or to come. The caller has
/// checked [`owned`](super::owned).
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
        return Err(AppError::Conflict(crate::tr!(
            "hosting-error-upcoming-stays",
            count = upcoming
        )));
    }
    Ok(())
}
