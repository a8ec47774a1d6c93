//! Creating a booking: the listing's rules, the price, the held nights, the money
//! authorised (and captured for instant book), the events, and `Idempotency-Key` replays.

use super::apply::{lock_listing, record_transition};
use super::events::{self, BookingCreated, Metadata};
use super::failure::Failure;
use super::ledger::{capture, pay};
use super::notices::{Facts, Happened, for_action, notify};
use super::request::BookingRequest;
use super::rows::{StoredLine, load, view};
use crate::app::i18n::Locale;
use crate::app::types::AppError;
use crate::app::types::booking::{Booking, BookingStatus, Party, RecordedReason};
use crate::app::types::money::decimal_text;
use crate::server::catalog::availability;
use crate::server::catalog::pricing;
use crate::server::messages;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::outbox;
use crate::server::platform::payments::Operation;
use crate::server::platform::state::AppState;
use crate::tr;
use leptos::prelude::{Owner, provide_context};
use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// An `Idempotency-Key` with the request it came with.
pub struct Idempotency<'a> {
    pub key: &'a str,
    pub fingerprint: Vec<u8>,
}

/// The outcome of [`create`].
pub struct Created {
    pub booking: Booking,
    /// True when this answers a retry: the booking was made by an earlier request.
    pub replayed: bool,
}

/// The price lines as the booking keeps them: in English whatever the guest's language,
/// like the rest of what is stored (the trip page shows them in each reader's, see
/// `app::bookings::trips::price_line_label`).
fn stored_lines(b: &pricing::Breakdown) -> Vec<StoredLine> {
    let english = Owner::new();
    english.with(|| {
        provide_context(Locale::En);
        availability::price_lines(b)
            .into_iter()
            .map(|l| StoredLine {
                label: l.label,
                amount_minor: l.amount.amount_minor,
            })
            .collect()
    })
}

fn conflict_or(e: sqlx::Error, doing: &'static str) -> AppError {
    if let sqlx::Error::Database(d) = &e
        && d.code().as_deref() == Some("23P01")
    {
        return AppError::Conflict(tr!("booking-error-nights-taken"));
    }
    db_error(e, doing)
}

/// Books `req` for `guest`: instant-book listings confirm at once, others wait for the
/// host. 404 unknown or inactive listing, 403 the guest's own listing, 422 against the
/// listing's rules, 409 a night taken, 422 an `Idempotency-Key` reused for another request.
pub async fn create(
    state: &AppState,
    db: &DbScope,
    guest: Uuid,
    req: &BookingRequest,
    idempotency: Option<Idempotency<'_>>,
) -> Result<Created, AppError> {
    let now = state.clock.now();
    let state2 = state.clone();
    let req2 = req.clone();
    let outcome = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let result = create_in(&mut tx, &state2, guest, &req2, idempotency, now).await;
            match result {
                Ok(created) => {
                    tx.commit().await?;
                    Ok(Ok(created))
                }
                Err(Failure::App(e)) => Ok(Err(e)),
                Err(Failure::Db(e)) => Err(e),
            }
        })
        .await
        .map_err(|e| conflict_or(e, "create booking"))??;
    metrics::counter!("haven_bookings_created_total",
        "status" => outcome.booking.status.as_str(), "replayed" => outcome.replayed.to_string())
    .increment(1);
    Ok(outcome)
}

async fn create_in(
    tx: &mut PgConnection,
    state: &AppState,
    guest: Uuid,
    req: &BookingRequest,
    idempotency: Option<Idempotency<'_>>,
    now: OffsetDateTime,
) -> Result<Created, Failure> {
    // Only an account that proved its address books (issue 17): a clear 403 otherwise.
    crate::server::accounts::verification::require_verified(tx, guest).await?;
    if let Some(key) = &idempotency {
        // A concurrent request with the same key waits here until the first commits.
        let fresh = sqlx::query!(
            "INSERT INTO idempotency_keys (user_id, key, request_hash, created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            guest,
            key.key,
            key.fingerprint,
            now
        )
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !fresh {
            let row = sqlx::query!(
                "SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND key = $2",
                guest,
                key.key
            )
            .fetch_one(&mut *tx)
            .await?;
            if row.request_hash != key.fingerprint {
                return Err(AppError::Unprocessable(tr!("booking-error-key-reused")).into());
            }
            let booking = row
                .response
                .and_then(|r| serde_json::from_value::<Booking>(r).ok())
                .ok_or(AppError::Internal)?;
            return Ok(Created {
                booking,
                replayed: true,
            });
        }
    }
    let id = req.listing_id;
    let terms = if lock_listing(tx, id).await? {
        availability::load_terms(&mut *tx, id, now).await?
    } else {
        None
    }
    .filter(|t| t.is_active)
    .ok_or_else(|| AppError::NotFound("Listing".into()))?;
    if terms.host_id == guest {
        return Err(AppError::Unprocessable(tr!("booking-error-own-listing")).into());
    }
    let stay = req.stay;
    availability::check_rules(&terms, &stay)?;
    let per_date = availability::night_prices(&mut *tx, id, stay.check_in, stay.check_out).await?;
    let b = pricing::quote(&terms.terms, stay.check_in, stay.check_out, |d| {
        per_date.get(&d).copied()
    });
    let lines = serde_json::to_value(stored_lines(&b)).map_err(|_| AppError::Internal)?;
    let status = if terms.instant_book {
        BookingStatus::Confirmed
    } else {
        BookingStatus::Pending
    };
    let currency = b.currency.code();
    let booking_id = sqlx::query_scalar!(
        r#"
        INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, children,
                              infants, pets, status, currency, total_minor, special_requests,
                              price_lines, service_fee_minor, taxes_minor, cancellation_policy,
                              time_zone, expires_at, created_at, updated_at)
        SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
               l.cancellation_policy, l.time_zone,
               -- The host answers within a day, and before the guest would arrive (but gets
               -- at least an hour).
               CASE WHEN $9 = 'pending' THEN GREATEST($16::timestamptz + interval '1 hour',
                   LEAST($16::timestamptz + interval '24 hours',
                         ($3::date + l.check_in_after) AT TIME ZONE l.time_zone)) END,
               $16, $16
        FROM listings l WHERE l.id = $1
        RETURNING id
        "#,
        id,
        guest,
        stay.check_in,
        stay.check_out,
        stay.adults,
        stay.children,
        stay.infants,
        stay.pets,
        status.as_str(),
        currency,
        b.total_minor,
        req.special_requests,
        lines,
        b.service_fee_minor,
        b.taxes_minor,
        now
    )
    .fetch_one(&mut *tx)
    .await?;
    // The constraint that makes double booking impossible (23P01 → 409).
    sqlx::query!(
        "INSERT INTO listing_holds (listing_id, nights, booking_id)
         VALUES ($1, daterange($2, $3::date + $4::int), $5)",
        id,
        stay.check_in,
        stay.check_out,
        terms.preparation_nights,
        booking_id
    )
    .execute(&mut *tx)
    .await?;
    record_transition(
        tx,
        booking_id,
        None,
        status,
        Some(guest),
        Party::Guest,
        if terms.instant_book {
            RecordedReason::InstantBook
        } else {
            RecordedReason::Requested
        }
        .stored(),
        now,
    )
    .await?;
    pay(
        tx,
        state,
        booking_id,
        Operation::Authorize,
        b.total_minor,
        currency,
        now,
    )
    .await?;
    if status == BookingStatus::Confirmed {
        capture(tx, state, booking_id, b.total_minor, currency, now).await?;
    }
    let row = load(tx, booking_id, now).await?;
    // The guest's question before booking continues as the booking's conversation.
    messages::on_booking_created(tx, booking_id, id, guest, row.host_id, now).await?;
    let event_id = Uuid::new_v4();
    outbox::publish(
        tx,
        events::BOOKING_REQUESTS,
        event_id,
        "booking_created",
        Some(booking_id),
        &BookingCreated {
            event_type: "booking_created",
            event_id,
            timestamp: now,
            booking_id,
            listing_id: id,
            guest_id: guest,
            host_id: row.host_id,
            check_in: stay.check_in.to_string(),
            check_out: stay.check_out.to_string(),
            total_price: decimal_text(b.total_minor),
            currency,
            status: status.as_str(),
            metadata: Metadata {
                guest_count: stay.adults + stay.children,
                special_requests: req.special_requests.clone(),
            },
        },
        now,
    )
    .await?;
    let happened = if status == BookingStatus::Confirmed {
        Happened::Booked
    } else {
        Happened::Requested
    };
    notify(tx, for_action(happened, &Facts::of(&row)), now).await?;
    let booking = view(tx, row, guest).await?;
    if let Some(key) = &idempotency {
        let response = serde_json::to_value(&booking).map_err(|_| AppError::Internal)?;
        sqlx::query!(
            "UPDATE idempotency_keys SET booking_id = $3, response = $4 WHERE user_id = $1 AND key = $2",
            guest,
            key.key,
            booking_id,
            response
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(Created {
        booking,
        replayed: false,
    })
}
