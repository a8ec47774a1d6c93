//! The two sources Haven holds in PostgreSQL: a listing's guidebook and the place table.

use super::{ActivitySource, Found, Near, SourceError};
use crate::app::types::activities::{ActivityCategory, ActivityOrigin};
use crate::server::platform::db::DbScope;

/// A row of `activity_places` or `guidebook_places`.
#[derive(Debug, sqlx::FromRow)]
pub struct PlaceRow {
    pub id: i64,
    pub name: String,
    pub category: String,
    pub latitude: f64,
    pub longitude: f64,
    pub opening_hours: String,
    pub duration_min: i16,
    pub price_level: i16,
    pub indoor: bool,
    pub kid_friendly: bool,
    pub description: String,
}

impl PlaceRow {
    /// The place, keyed `{prefix}:{id}`; `None` for a category the database should not hold.
    pub fn found(self, prefix: &str, near: &Near, source: ActivityOrigin) -> Option<Found> {
        let category = ActivityCategory::parse(&self.category)?;
        let mut f = Found::new(
            format!("{prefix}:{}", self.id),
            self.name,
            category,
            (self.latitude, self.longitude),
            Some(self.opening_hours),
            near,
            source,
        );
        let a = &mut f.activity;
        a.duration_min = u16::try_from(self.duration_min).unwrap_or(60);
        a.price_level = u8::try_from(self.price_level).ok();
        a.indoor = self.indoor;
        a.kid_friendly = Some(self.kid_friendly);
        a.description = self.description;
        Some(f)
    }
}

/// Degrees of latitude that cover `km` (and of longitude at `latitude`), for the
/// bounding box an index can use before the exact distance.
fn box_degrees(near: &Near) -> (f64, f64) {
    let dlat = near.radius_km / 111.0;
    let dlon = dlat / near.latitude.to_radians().cos().max(0.01);
    (dlat, dlon)
}

/// Haven's own place table.
pub struct PlaceTable<'a>(pub &'a DbScope);

impl ActivitySource for PlaceTable<'_> {
    fn name(&self) -> &str {
        "Haven's place list"
    }

    async fn near(&self, near: &Near) -> Result<Vec<Found>, SourceError> {
        let (dlat, dlon) = box_degrees(near);
        let n = near.clone();
        let kinds: Vec<String> = near.only.iter().map(|c| c.as_str().to_string()).collect();
        let rows = self
            .0
            .read(|pool| {
                let kinds = kinds.clone();
                async move {
                    sqlx::query_as!(
                        PlaceRow,
                        r#"SELECT id, name, category, latitude, longitude, opening_hours,
                              duration_min, price_level, indoor, kid_friendly, description
                       FROM activity_places
                       WHERE (cardinality($6::text[]) = 0 OR category = ANY($6))
                         AND point(longitude, latitude)
                             <@ box(point($1::float8 - $3::float8, $2::float8 - $4::float8),
                                    point($1::float8 + $3::float8, $2::float8 + $4::float8))
                       ORDER BY point(longitude, latitude) <-> point($1::float8, $2::float8), id
                       LIMIT $5"#,
                        n.longitude,
                        n.latitude,
                        dlon,
                        dlat,
                        i64::try_from(n.limit.saturating_mul(2)).unwrap_or(i64::MAX),
                        &kinds
                    )
                    .fetch_all(&pool)
                    .await
                }
            })
            .await
            .map_err(|e| SourceError(format!("place table: {e}")))?;
        Ok(rows
            .into_iter()
            .filter_map(|r| r.found("haven", near, ActivityOrigin::Haven))
            .collect())
    }
}

/// The host's guidebook of the listing in `near.listing_id` (none for a bare point).
pub struct Guidebook<'a>(pub &'a DbScope);

impl ActivitySource for Guidebook<'_> {
    fn name(&self) -> &str {
        "The host's guidebook"
    }

    async fn near(&self, near: &Near) -> Result<Vec<Found>, SourceError> {
        let Some(listing) = near.listing_id else {
            return Ok(Vec::new());
        };
        let rows = super::guidebook::rows(self.0, listing)
            .await
            .map_err(|e| SourceError(format!("guidebook: {e}")))?;
        Ok(rows
            .into_iter()
            .filter_map(|r| r.found("guidebook", near, ActivityOrigin::Guidebook))
            .filter(|f| near.wants(f.activity.category))
            .collect())
    }
}
