//! A listing's guidebook: the places its host recommends. The host adds and removes them
//! (the editor page and `POST/DELETE /api/v1/listings/{id}/guidebook`); guests see them
//! on the listing page and in plans, ranked ahead of other sources.

use super::store::PlaceRow;
use super::{Near, hours};
use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::activities::{
    ActivityCategory, ActivityOrigin, GuidebookInput, GuidebookPage,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::tr;
use uuid::Uuid;

/// The most places one listing's guidebook holds.
pub const MAX_PLACES: i64 = 30;

/// A guidebook entry, parsed.
#[derive(Clone, Debug, PartialEq)]
pub struct NewPlace {
    pub name: String,
    pub category: ActivityCategory,
    pub latitude: f64,
    pub longitude: f64,
    pub opening_hours: String,
    pub duration_min: i16,
    pub price_level: i16,
    pub indoor: bool,
    pub kid_friendly: bool,
    pub description: String,
}

fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::Form {
        errors: vec![FieldError::new(field, message)],
        values: Vec::new(),
    }
}

fn checked(value: &Option<String>) -> bool {
    matches!(
        value.as_deref().map(str::trim),
        Some("on" | "true" | "1" | "yes")
    )
}

impl NewPlace {
    /// Every field checked, with a message that names what to fix.
    pub fn parse(input: &GuidebookInput) -> Result<Self, AppError> {
        let name = input.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            return Err(invalid(
                "name",
                tr!("assistant-guidebook-error-name", max = 120),
            ));
        }
        let category = ActivityCategory::parse(&input.category)
            .ok_or_else(|| invalid("category", tr!("assistant-guidebook-error-category")))?;
        let coordinate = |field: &str, raw: &str, max: f64, message: fn() -> String| {
            raw.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && v.abs() <= max)
                .ok_or_else(|| invalid(field, message()))
        };
        let latitude = coordinate("latitude", &input.latitude, 90.0, || {
            tr!("assistant-guidebook-error-latitude", max = 90)
        })?;
        let longitude = coordinate("longitude", &input.longitude, 180.0, || {
            tr!("assistant-guidebook-error-longitude", max = 180)
        })?;
        let opening_hours = input.opening_hours.trim();
        hours::parse(opening_hours).map_err(|e| invalid("opening_hours", e.0))?;
        let duration_min = input
            .duration_min
            .trim()
            .parse::<i16>()
            .ok()
            .filter(|d| (15..=480).contains(d))
            .ok_or_else(|| {
                invalid(
                    "duration_min",
                    tr!("assistant-guidebook-error-duration", min = 15, max = 480),
                )
            })?;
        let price_level = input
            .price_level
            .trim()
            .parse::<i16>()
            .ok()
            .filter(|p| (0..=4).contains(p))
            .ok_or_else(|| invalid("price_level", tr!("assistant-guidebook-error-price")))?;
        let description = input.description.trim();
        if description.chars().count() > 500 {
            return Err(invalid(
                "description",
                tr!("assistant-guidebook-error-tip", max = 500),
            ));
        }
        Ok(Self {
            name: name.to_string(),
            category,
            latitude,
            longitude,
            opening_hours: opening_hours.to_string(),
            duration_min,
            price_level,
            indoor: checked(&input.indoor),
            kid_friendly: checked(&input.kid_friendly),
            description: description.to_string(),
        })
    }
}

/// Listing `listing` of `host`, or 404 (another host's listing is not theirs to see).
async fn own(db: &DbScope, host: Uuid, listing: i64) -> Result<(), AppError> {
    match crate::server::hosting::owned(db, host, listing).await {
        Err(AppError::Forbidden) => Err(AppError::NotFound("Listing".into())),
        other => other,
    }
}

/// The guidebook of `listing`, oldest first.
pub async fn rows(db: &DbScope, listing: i64) -> Result<Vec<PlaceRow>, sqlx::Error> {
    db.read(|pool| async move {
        sqlx::query_as!(
            PlaceRow,
            r#"SELECT id, name, category, latitude, longitude, opening_hours,
                      duration_min, price_level, indoor, kid_friendly, description
               FROM guidebook_places WHERE listing_id = $1 ORDER BY id"#,
            listing
        )
        .fetch_all(&pool)
        .await
    })
    .await
}

/// The guidebook of `host`'s `listing`, for its editor.
pub async fn of_host(db: &DbScope, host: Uuid, listing: i64) -> Result<Vec<PlaceRow>, AppError> {
    own(db, host, listing).await?;
    rows(db, listing)
        .await
        .map_err(|e| db_error(e, "guidebook"))
}

/// Adds `place` to `host`'s `listing`: its id.
pub async fn add(
    db: &DbScope,
    host: Uuid,
    listing: i64,
    place: &NewPlace,
) -> Result<i64, AppError> {
    own(db, host, listing).await?;
    let p = place.clone();
    let id = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // One guidebook changes at a time, so two adds cannot pass the limit together.
            sqlx::query!("SELECT id FROM listings WHERE id = $1 FOR UPDATE", listing)
                .fetch_one(&mut *tx)
                .await?;
            let count = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM guidebook_places WHERE listing_id = $1"#,
                listing
            )
            .fetch_one(&mut *tx)
            .await?;
            if count >= MAX_PLACES {
                return Ok(None);
            }
            let id = sqlx::query_scalar!(
                r#"INSERT INTO guidebook_places (listing_id, name, category, latitude, longitude,
                       opening_hours, duration_min, price_level, indoor, kid_friendly, description)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"#,
                listing,
                p.name,
                p.category.as_str(),
                p.latitude,
                p.longitude,
                p.opening_hours,
                p.duration_min,
                p.price_level,
                p.indoor,
                p.kid_friendly,
                p.description
            )
            .fetch_one(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(Some(id))
        })
        .await
        .map_err(|e| db_error(e, "guidebook add"))?;
    id.ok_or_else(|| {
        invalid(
            "name",
            tr!("assistant-guidebook-error-full", max = MAX_PLACES),
        )
    })
}

/// Removes entry `id` from `host`'s `listing`; 404 when there is no such entry there.
pub async fn remove(db: &DbScope, host: Uuid, listing: i64, id: i64) -> Result<(), AppError> {
    own(db, host, listing).await?;
    let gone = db
        .write(|pool| async move {
            sqlx::query!(
                "DELETE FROM guidebook_places WHERE id = $1 AND listing_id = $2",
                id,
                listing
            )
            .execute(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "guidebook remove"))?;
    if gone.rows_affected() == 0 {
        return Err(AppError::NotFound("Guidebook place".into()));
    }
    Ok(())
}

/// The editor's data for `host`'s `listing`.
pub async fn page(db: &DbScope, host: Uuid, listing: i64) -> Result<GuidebookPage, AppError> {
    let places = of_host(db, host, listing).await?;
    let home = db
        .read(|pool| async move {
            sqlx::query!(
                "SELECT title, latitude, longitude FROM listings WHERE id = $1",
                listing
            )
            .fetch_one(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "guidebook listing"))?;
    let near = Near {
        latitude: home.latitude,
        longitude: home.longitude,
        radius_km: 1_000.0,
        listing_id: Some(listing),
        limit: MAX_PLACES as usize,
        only: Vec::new(),
    };
    Ok(GuidebookPage {
        listing_id: listing,
        title: home.title,
        latitude: home.latitude,
        longitude: home.longitude,
        places: places
            .into_iter()
            .filter_map(|r| r.found("guidebook", &near, ActivityOrigin::Guidebook))
            .map(|f| f.activity)
            .collect(),
    })
}
