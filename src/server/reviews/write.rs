//! Writing a review, a host's response, and a report.

use super::closes_on;
use super::publish::publish;
use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::review::{
    MAX_NOTE_TEXT, NewReview, Ratings, ReportReason, Review, ReviewerRole, review_text,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use crate::tr;
use uuid::Uuid;

/// `user` reviews booking `booking` (as its guest or its host). 404 unless they are a
/// party of it; 409 before check-out, after the window, or a second time; 400 naming each
/// bad field. Publishes both reviews when this is the second one.
pub async fn write(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    booking: i64,
    input: &NewReview,
) -> Result<Review, AppError> {
    let now = state.clock.now();
    let input = input.clone();
    let outcome = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // The booking's row lock orders the two parties' writes, so the second one
            // always sees the first and publishes both.
            let stay = sqlx::query!(
                r#"SELECT b.status, b.guest_id, l.host_id, b.listing_id, b.check_out,
                          ($3::timestamptz AT TIME ZONE b.time_zone)::date AS "today!"
                   FROM bookings b JOIN listings l ON l.id = b.listing_id
                   WHERE b.id = $1 AND (b.guest_id = $2 OR l.host_id = $2)
                   FOR UPDATE OF b"#,
                booking,
                user,
                now
            )
            .fetch_optional(&mut *tx)
            .await?;
            let Some(stay) = stay else {
                return Ok(Err(AppError::NotFound("Booking".into())));
            };
            let (role, subject) = if stay.guest_id == user {
                (ReviewerRole::Guest, stay.host_id)
            } else {
                (ReviewerRole::Host, stay.guest_id)
            };
            if stay.status != "completed" {
                return Ok(Err(AppError::Conflict(tr!("reviews-error-not-over"))));
            }
            if stay.today > closes_on(stay.check_out) {
                return Ok(Err(AppError::Conflict(tr!("reviews-error-closed"))));
            }
            let parsed = match input.parse(role) {
                Ok(p) => p,
                Err(errors) => {
                    return Ok(Err(AppError::Form {
                        errors,
                        values: Vec::new(),
                    }));
                }
            };
            let r = Columns::of(&parsed.ratings);
            let id = sqlx::query_scalar!(
                "INSERT INTO reviews (booking_id, listing_id, author_id, subject_id, author_role,
                     overall, cleanliness, communication, accuracy, check_in, location, value,
                     house_rules, body, private_note, written_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                 ON CONFLICT ON CONSTRAINT reviews_once DO NOTHING
                 RETURNING id",
                booking,
                stay.listing_id,
                user,
                subject,
                role.as_str(),
                r.overall,
                r.cleanliness,
                r.communication,
                r.accuracy,
                r.check_in,
                r.location,
                r.value,
                r.house_rules,
                parsed.text,
                parsed.private_note,
                now
            )
            .fetch_optional(&mut *tx)
            .await?;
            let Some(id) = id else {
                return Ok(Err(AppError::Conflict(tr!("reviews-error-already"))));
            };
            let both = sqlx::query_scalar!(
                r#"SELECT count(*) AS "n!" FROM reviews WHERE booking_id = $1"#,
                booking
            )
            .fetch_one(&mut *tx)
            .await?;
            if both == 2 {
                publish(&mut tx, booking, now).await?;
            }
            tx.commit().await?;
            Ok(Ok(id))
        })
        .await
        .map_err(|e| db_error(e, "write review"))?;
    let id = outcome?;
    super::read::one(db, user, id)
        .await?
        .ok_or(AppError::Internal)
}

/// The columns of `ratings`: the other role's categories are NULL.
struct Columns {
    overall: i16,
    cleanliness: i16,
    communication: i16,
    accuracy: Option<i16>,
    check_in: Option<i16>,
    location: Option<i16>,
    value: Option<i16>,
    house_rules: Option<i16>,
}

impl Columns {
    fn of(r: &Ratings) -> Self {
        match *r {
            Ratings::Guest {
                overall,
                cleanliness,
                accuracy,
                check_in,
                communication,
                location,
                value,
            } => Self {
                overall,
                cleanliness,
                communication,
                accuracy: Some(accuracy),
                check_in: Some(check_in),
                location: Some(location),
                value: Some(value),
                house_rules: None,
            },
            Ratings::Host {
                overall,
                house_rules,
                communication,
                cleanliness,
            } => Self {
                overall,
                cleanliness,
                communication,
                accuracy: None,
                check_in: None,
                location: None,
                value: None,
                house_rules: Some(house_rules),
            },
        }
    }
}

/// The listing's host answers published guest review `review`, once. 404 unless it is a
/// published guest review of one of `user`'s listings; 409 when answered already.
pub async fn respond(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    review: i64,
    text: &str,
) -> Result<Review, AppError> {
    let form = |e: FieldError| AppError::Form {
        errors: vec![e],
        values: Vec::new(),
    };
    let text = review_text(text, "text", MAX_NOTE_TEXT)
        .map_err(form)?
        .ok_or_else(|| form(FieldError::new("text", tr!("reviews-error-no-response"))))?;
    let now = state.clock.now();
    let answered = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let current = sqlx::query_scalar!(
                r#"SELECT r.response IS NOT NULL AS "answered!"
                   FROM reviews r JOIN listings l ON l.id = r.listing_id
                   WHERE r.id = $1 AND l.host_id = $2 AND r.author_role = 'guest'
                     AND r.published_at IS NOT NULL
                   FOR UPDATE OF r"#,
                review,
                user
            )
            .fetch_optional(&mut *tx)
            .await?;
            if current == Some(false) {
                sqlx::query!(
                    "UPDATE reviews SET response = $2, responded_at = $3 WHERE id = $1",
                    review,
                    text,
                    now
                )
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(current)
        })
        .await
        .map_err(|e| db_error(e, "respond to review"))?;
    match answered {
        None => Err(AppError::NotFound("Review".into())),
        Some(true) => Err(AppError::Conflict(tr!("reviews-error-responded"))),
        Some(false) => super::read::one(db, user, review)
            .await?
            .ok_or(AppError::Internal),
    }
}

/// `user` reports published review `review` (once; reporting again changes nothing). 404
/// for a review that is not published.
pub async fn report(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    review: i64,
    reason: ReportReason,
    details: &str,
) -> Result<(), AppError> {
    let details = review_text(details, "details", MAX_NOTE_TEXT)
        .map_err(|e| AppError::Form {
            errors: vec![e],
            values: Vec::new(),
        })?
        .unwrap_or_default();
    let now = state.clock.now();
    let found = db
        .write(|pool| async move {
            sqlx::query_scalar!(
                r#"WITH target AS (
                       SELECT id FROM reviews WHERE id = $1 AND published_at IS NOT NULL),
                   added AS (
                       INSERT INTO review_reports (review_id, reporter_id, reason, details, created_at)
                       SELECT id, $2, $3, $4, $5 FROM target
                       ON CONFLICT ON CONSTRAINT review_reports_once DO NOTHING)
                   SELECT EXISTS (SELECT 1 FROM target) AS "found!""#,
                review,
                user,
                reason.as_str(),
                details,
                now
            )
            .fetch_one(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "report review"))?;
    if found {
        Ok(())
    } else {
        Err(AppError::NotFound("Review".into()))
    }
}
