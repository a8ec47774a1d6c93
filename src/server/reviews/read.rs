//! Reading reviews: a stay's (for its parties), a listing's (public, with its rating) and
//! those about a guest (public, for hosts deciding on a request).

use super::closes_on;
use crate::app::types::AppError;
use crate::app::types::review::{
    ListingRating, Ratings, Review, ReviewPage, ReviewerRole, StayReviews,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

/// Published reviews per page, at most.
pub const MAX_PER_PAGE: i64 = 50;

/// A review row as every query here selects it (`SELECT_REVIEW`).
struct Row {
    id: i64,
    booking_id: i64,
    listing_id: i64,
    listing_title: String,
    author_id: Uuid,
    author_name: String,
    subject_id: Uuid,
    subject_name: String,
    author_role: String,
    overall: i16,
    cleanliness: i16,
    communication: i16,
    accuracy: Option<i16>,
    check_in: Option<i16>,
    location: Option<i16>,
    value: Option<i16>,
    house_rules: Option<i16>,
    body: String,
    private_note: Option<String>,
    written_at: OffsetDateTime,
    published_at: Option<OffsetDateTime>,
    stay_month: String,
    response: Option<String>,
    responded_at: Option<OffsetDateTime>,
}

/// The review row's columns, for `query_as!` (joined: `r` reviews, `l` listings, `b`
/// bookings, `a` author, `s` subject).
macro_rules! select_review {
    ($where:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            Row,
            r#"SELECT r.id, r.booking_id, r.listing_id, l.title AS listing_title,
                      r.author_id, a.display_name AS author_name,
                      r.subject_id, s.display_name AS subject_name, r.author_role,
                      r.overall, r.cleanliness, r.communication, r.accuracy, r.check_in,
                      r.location, r.value, r.house_rules, r.body, r.private_note,
                      r.written_at, r.published_at,
                      to_char(b.check_in, 'YYYY-MM') AS "stay_month!",
                      r.response, r.responded_at
               FROM reviews r
               JOIN listings l ON l.id = r.listing_id
               JOIN bookings b ON b.id = r.booking_id
               JOIN users a ON a.id = r.author_id
               JOIN users s ON s.id = r.subject_id "# + $where,
            $($arg),*
        )
    };
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

impl Row {
    /// As `viewer` may see it: the private note only for its author and subject.
    fn view(self, viewer: Option<Uuid>) -> Result<Review, AppError> {
        let ratings = match ReviewerRole::parse(&self.author_role) {
            Some(ReviewerRole::Guest) => Ratings::Guest {
                overall: self.overall,
                cleanliness: self.cleanliness,
                accuracy: self.accuracy.ok_or(AppError::Internal)?,
                check_in: self.check_in.ok_or(AppError::Internal)?,
                communication: self.communication,
                location: self.location.ok_or(AppError::Internal)?,
                value: self.value.ok_or(AppError::Internal)?,
            },
            Some(ReviewerRole::Host) => Ratings::Host {
                overall: self.overall,
                house_rules: self.house_rules.ok_or(AppError::Internal)?,
                communication: self.communication,
                cleanliness: self.cleanliness,
            },
            None => return Err(AppError::Internal),
        };
        let party = viewer.is_some_and(|v| v == self.author_id || v == self.subject_id);
        Ok(Review {
            id: self.id,
            booking_id: self.booking_id,
            listing_id: self.listing_id,
            listing_title: self.listing_title,
            author_name: self.author_name,
            subject_name: self.subject_name,
            ratings,
            text: self.body,
            private_note: self.private_note.filter(|_| party),
            written_at: rfc3339(self.written_at),
            published_at: self.published_at.map(rfc3339),
            stay_month: self.stay_month,
            response: self.response,
            responded_at: self.responded_at.map(rfc3339),
        })
    }
}

/// Review `id` as `viewer` may see it: published, or their own.
pub(super) async fn one(db: &DbScope, viewer: Uuid, id: i64) -> Result<Option<Review>, AppError> {
    let row = db
        .read(|pool| async move {
            select_review!(
                "WHERE r.id = $1 AND (r.published_at IS NOT NULL OR r.author_id = $2)",
                id,
                viewer
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "review"))?;
    row.map(|r| r.view(Some(viewer))).transpose()
}

/// Booking `booking`'s reviews as its party `user` sees them. 404 for anyone else.
pub async fn stay(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    booking: i64,
) -> Result<StayReviews, AppError> {
    let now = state.clock.now();
    let (stay, rows) = db
        .read(|pool| async move {
            let stay = sqlx::query!(
                r#"SELECT b.status, b.guest_id, b.check_out,
                          ($3::timestamptz AT TIME ZONE b.time_zone)::date AS "today!"
                   FROM bookings b JOIN listings l ON l.id = b.listing_id
                   WHERE b.id = $1 AND (b.guest_id = $2 OR l.host_id = $2)"#,
                booking,
                user,
                now
            )
            .fetch_optional(&pool)
            .await?;
            let rows = select_review!("WHERE r.booking_id = $1", booking)
                .fetch_all(&pool)
                .await?;
            Ok((stay, rows))
        })
        .await
        .map_err(|e| db_error(e, "stay reviews"))?;
    let stay = stay.ok_or_else(|| AppError::NotFound("Booking".into()))?;
    let role = if stay.guest_id == user {
        ReviewerRole::Guest
    } else {
        ReviewerRole::Host
    };
    let completed = stay.status == "completed";
    let closes = closes_on(stay.check_out);
    let mut mine = None;
    let mut theirs = None;
    let mut theirs_written = false;
    for row in rows {
        if row.author_id == user {
            mine = Some(row.view(Some(user))?);
        } else {
            theirs_written = true;
            if row.published_at.is_some() {
                theirs = Some(row.view(Some(user))?);
            }
        }
    }
    Ok(StayReviews {
        booking_id: booking,
        role,
        can_review: completed && mine.is_none() && stay.today <= closes,
        closes_on: completed.then(|| closes.to_string()),
        mine,
        theirs,
        theirs_written,
    })
}

/// Listing `listing`'s rating and one page of its published guest reviews, newest first.
/// 404 for a listing that does not exist or was deleted.
pub async fn for_listing(
    db: &DbScope,
    viewer: Option<Uuid>,
    listing: i64,
    page: i64,
    per_page: i64,
) -> Result<ReviewPage, AppError> {
    let page = page.max(1);
    let per_page = per_page.clamp(1, MAX_PER_PAGE);
    let offset = (page - 1).saturating_mul(per_page);
    let (rating, rows) = db
        .read(|pool| async move {
            let rating = sqlx::query!(
                r#"SELECT l.review_count::bigint AS "count!", l.rating,
                          avg(r.cleanliness)::float8 AS cleanliness,
                          avg(r.accuracy)::float8 AS accuracy,
                          avg(r.check_in)::float8 AS check_in,
                          avg(r.communication)::float8 AS communication,
                          avg(r.location)::float8 AS location,
                          avg(r.value)::float8 AS value
                   FROM listings l
                   LEFT JOIN reviews r ON r.listing_id = l.id AND r.author_role = 'guest'
                        AND r.published_at IS NOT NULL
                   WHERE l.id = $1 AND l.deleted_at IS NULL
                   GROUP BY l.id"#,
                listing
            )
            .fetch_optional(&pool)
            .await?;
            let rows = select_review!(
                "WHERE r.listing_id = $1 AND r.author_role = 'guest' AND r.published_at IS NOT NULL
                 ORDER BY r.published_at DESC, r.id DESC LIMIT $2 OFFSET $3",
                listing,
                per_page,
                offset
            )
            .fetch_all(&pool)
            .await?;
            Ok((rating, rows))
        })
        .await
        .map_err(|e| db_error(e, "listing reviews"))?;
    let r = rating.ok_or_else(|| AppError::NotFound("Listing".into()))?;
    let items = rows
        .into_iter()
        .map(|row| row.view(viewer))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ReviewPage {
        rating: ListingRating {
            count: r.count,
            average: r.rating,
            cleanliness: r.cleanliness,
            accuracy: r.accuracy,
            check_in: r.check_in,
            communication: r.communication,
            location: r.location,
            value: r.value,
        },
        items,
        page,
        per_page,
        total: r.count,
    })
}

/// The published reviews hosts wrote about `guest`, newest first (at most 50).
pub async fn about_guest(
    db: &DbScope,
    viewer: Option<Uuid>,
    guest: Uuid,
) -> Result<Vec<Review>, AppError> {
    let rows = db
        .read(|pool| async move {
            select_review!(
                "WHERE r.subject_id = $1 AND r.author_role = 'host' AND r.published_at IS NOT NULL
                 ORDER BY r.published_at DESC, r.id DESC LIMIT 50",
                guest
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "guest reviews"))?;
    rows.into_iter().map(|row| row.view(viewer)).collect()
}
