//! The booking engine. Every change to a booking happens in one transaction on the primary
//! that also records the transition, writes its events to the outbox and moves its money:
//!
//! - [`create`]: the listing's rules, the price computed here from the listing's prices,
//!   and the nights held in `listing_holds`, whose exclusion constraint refuses any overlap
//!   with another stay (plus its preparation nights) or a host block, whatever the
//!   interleaving across app servers: the loser gets a 409.
//! - [`act`]: accept, decline, cancel, by the party [`transition`] allows.
//! - [`sweep`]: Haven's own transitions (expiry after 24 hours, completion after check-out),
//!   taken with `FOR UPDATE SKIP LOCKED` by every worker.
//!
//! "Now" comes from the state's [`Clock`](crate::server::platform::clock::Clock).

pub mod calendar;
pub mod events;
pub mod money;

use crate::app::types::AppError;
use crate::app::types::account::FieldError;
use crate::app::types::booking::{
    Action, Booking, BookingChange, BookingStatus, NewBooking, Party, RefundPreview, transition,
};
use crate::app::types::search::SearchParams;
use crate::app::types::stay::QuoteLine;
use crate::server::catalog::availability::{self, StayRequest};
use crate::server::catalog::listings::money as money_of;
use crate::server::catalog::pricing;
use crate::server::notifications::NotificationEvent;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::server::platform::outbox;
use crate::server::platform::payments::{Operation, PaymentRequest};
use crate::server::platform::state::AppState;
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;
use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime};
use uuid::Uuid;

/// How long a host has to answer a request.
pub const ANSWER_WITHIN: Duration = Duration::hours(24);
/// Idempotency keys are kept this long.
pub const KEYS_KEPT: Duration = Duration::hours(48);
const MAX_SPECIAL_REQUESTS: usize = 2_000;

/// A stored price line.
#[derive(Serialize, Deserialize)]
struct StoredLine {
    label: String,
    amount_minor: i64,
}

/// A booking request, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingRequest {
    pub listing_id: i64,
    pub stay: StayRequest,
    pub special_requests: String,
}

impl BookingRequest {
    /// Parses with the search's rules for dates and party; every problem is named.
    pub fn parse(input: &NewBooking) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        if input.listing_id < 1 {
            errors.push(FieldError::new("listing_id", "Choose a listing."));
        }
        let adults = match (input.adults, input.guest_count) {
            (Some(a), _) => a,
            (None, Some(total)) => total - input.children.unwrap_or(0),
            (None, None) => 1,
        };
        let params = SearchParams {
            check_in: Some(input.check_in.clone()),
            check_out: Some(input.check_out.clone()),
            adults: Some(adults.to_string()),
            children: input.children.map(|c| c.to_string()),
            infants: input.infants.map(|c| c.to_string()),
            pets: input.pets.map(|c| c.to_string()),
            ..SearchParams::default()
        };
        let stay = match StayRequest::parse(&params) {
            Ok(stay) => Some(stay),
            Err(mut e) => {
                // The search names its party field `adults`; a caller who sent
                // `guest_count` hears about that.
                if input.adults.is_none() && input.guest_count.is_some() {
                    for f in &mut e {
                        if f.field == "adults" {
                            f.field = "guest_count".into();
                        }
                    }
                }
                errors.extend(e);
                None
            }
        };
        let special_requests = input
            .special_requests
            .as_deref()
            .unwrap_or("")
            .trim()
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect::<String>();
        if special_requests.chars().count() > MAX_SPECIAL_REQUESTS {
            errors.push(FieldError::new(
                "special_requests",
                "Keep special requests under 2,000 characters.",
            ));
        }
        match stay {
            Some(stay) if errors.is_empty() => Ok(Self {
                listing_id: input.listing_id,
                stay,
                special_requests,
            }),
            _ => Err(errors),
        }
    }

    /// A digest of what was asked, to tell a retry from a different request.
    pub fn fingerprint(&self) -> Vec<u8> {
        use sha2::{Digest, Sha256};
        let s = &self.stay;
        Sha256::digest(
            format!(
                "{}|{}|{}|{}|{}|{}|{}|{}",
                self.listing_id,
                s.check_in,
                s.check_out,
                s.adults,
                s.children,
                s.infants,
                s.pets,
                self.special_requests
            )
            .as_bytes(),
        )
        .to_vec()
    }
}

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

/// Takes listing `id`'s row lock, which every change to its holds takes first (creating,
/// ending and sweeping bookings; calendar changes; the holds trigger updating the listing's
/// `held_nights`): changes to one listing's calendar run one at a time, in the same lock
/// order, so they cannot deadlock. Listings change independently of each other. False when
/// the listing does not exist.
async fn lock_listing(tx: &mut PgConnection, id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query_scalar!(
        "SELECT id FROM listings WHERE id = $1 FOR NO KEY UPDATE",
        id
    )
    .fetch_optional(&mut *tx)
    .await?
    .is_some())
}

fn conflict_or(e: sqlx::Error, doing: &'static str) -> AppError {
    if let sqlx::Error::Database(d) = &e
        && d.code().as_deref() == Some("23P01")
    {
        return AppError::Conflict(
            "Those nights were just booked or blocked. Choose other dates.".into(),
        );
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

/// Inside a transaction: either the caller's error (roll back, answer it) or the
/// database's.
enum Failure {
    App(AppError),
    Db(sqlx::Error),
}

impl From<sqlx::Error> for Failure {
    fn from(e: sqlx::Error) -> Self {
        Self::Db(e)
    }
}

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Self::App(e)
    }
}

async fn create_in(
    tx: &mut PgConnection,
    state: &AppState,
    guest: Uuid,
    req: &BookingRequest,
    idempotency: Option<Idempotency<'_>>,
    now: OffsetDateTime,
) -> Result<Created, Failure> {
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
                return Err(AppError::Unprocessable(
                    "This Idempotency-Key was used for a different booking request.".into(),
                )
                .into());
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
        return Err(AppError::Unprocessable("You cannot book your own listing.".into()).into());
    }
    let stay = req.stay;
    availability::check_rules(&terms, &stay)?;
    let per_date = availability::night_prices(&mut *tx, id, stay.check_in, stay.check_out).await?;
    let b = pricing::quote(&terms.terms, stay.check_in, stay.check_out, |d| {
        per_date.get(&d).copied()
    });
    let lines: Vec<StoredLine> = availability::price_lines(&b)
        .into_iter()
        .map(|l| StoredLine {
            label: l.label,
            amount_minor: l.amount.amount_minor,
        })
        .collect();
    let lines = serde_json::to_value(&lines).map_err(|_| AppError::Internal)?;
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
            "Booked with instant book."
        } else {
            "Requested."
        },
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
    let facts = Facts::of(&row);
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
            total_price: decimal(b.total_minor),
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
    match status {
        BookingStatus::Confirmed => {
            notify(
                tx,
                &facts,
                row.host_id,
                "booking_confirmed",
                "New reservation",
                format!(
                    "{} booked {} for {}.",
                    facts.guest_name, facts.title, facts.dates
                ),
                now,
            )
            .await?;
            notify(
                tx,
                &facts,
                guest,
                "booking_confirmed",
                "Your stay is booked",
                format!("{}, {}. Have a good trip!", facts.title, facts.dates),
                now,
            )
            .await?;
        }
        _ => {
            notify(
                tx,
                &facts,
                row.host_id,
                "booking_requested",
                "New booking request",
                format!(
                    "{} asks to stay at {} for {}. Answer within 24 hours.",
                    facts.guest_name, facts.title, facts.dates
                ),
                now,
            )
            .await?;
        }
    }
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

/// The seed-002 shape of a new booking's event.
#[derive(Serialize)]
struct BookingCreated {
    event_type: &'static str,
    event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    timestamp: OffsetDateTime,
    booking_id: i64,
    listing_id: i64,
    guest_id: Uuid,
    host_id: Uuid,
    check_in: String,
    check_out: String,
    /// In major units, as a decimal string ("500.00").
    total_price: String,
    currency: &'static str,
    status: &'static str,
    metadata: Metadata,
}

#[derive(Serialize)]
struct Metadata {
    guest_count: i32,
    special_requests: String,
}

/// The seed-002 shape of a status change's event.
#[derive(Serialize)]
struct StatusUpdated {
    event_type: &'static str,
    event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    timestamp: OffsetDateTime,
    booking_id: i64,
    listing_id: i64,
    guest_id: Uuid,
    host_id: Uuid,
    previous_status: &'static str,
    new_status: &'static str,
    /// The user who acted, or "system".
    updated_by: String,
    updated_by_role: &'static str,
    message: String,
}

fn decimal(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, (minor % 100).abs())
}

/// A booking row with what the views and rules need.
pub(crate) struct Row {
    id: i64,
    listing_id: i64,
    title: String,
    city: String,
    cover_url: Option<String>,
    guest_id: Uuid,
    guest_name: String,
    host_id: Uuid,
    host_name: String,
    host_email: String,
    check_in: Date,
    check_out: Date,
    adults: i32,
    children: i32,
    infants: i32,
    pets: i32,
    status: String,
    special_requests: String,
    currency: String,
    total_minor: i64,
    service_fee_minor: i64,
    taxes_minor: i64,
    price_lines: serde_json::Value,
    cancellation_policy: String,
    refund_minor: i64,
    cancellation_reason: Option<String>,
    expires_at: Option<OffsetDateTime>,
    created_at: OffsetDateTime,
    /// Today in the listing's time zone, at the time of reading.
    today: Date,
}

impl Row {
    fn status(&self) -> Result<BookingStatus, AppError> {
        BookingStatus::parse(&self.status).ok_or_else(|| {
            tracing::error!(status = self.status, "unknown booking status");
            AppError::Internal
        })
    }

    fn party(&self, user: Uuid) -> Option<Party> {
        if user == self.guest_id {
            Some(Party::Guest)
        } else if user == self.host_id {
            Some(Party::Host)
        } else {
            None
        }
    }
}

/// What notifications say about a booking.
struct Facts {
    booking_id: i64,
    title: String,
    guest_name: String,
    host_name: String,
    dates: String,
}

impl Facts {
    fn of(row: &Row) -> Self {
        Self {
            booking_id: row.id,
            title: row.title.clone(),
            guest_name: row.guest_name.clone(),
            host_name: row.host_name.clone(),
            dates: format!("{} to {}", row.check_in, row.check_out),
        }
    }
}

macro_rules! select_row {
    ($tail:literal, $($arg:expr),*) => {
        sqlx::query_as!(
            Row,
            r#"SELECT b.id, b.listing_id, l.title, l.city,
                      (SELECT COALESCE(p.card_url, p.url) FROM listing_photos p
                       WHERE p.listing_id = l.id ORDER BY p.position LIMIT 1) AS cover_url,
                      b.guest_id, g.display_name AS guest_name, l.host_id,
                      h.display_name AS host_name, h.email AS host_email,
                      b.check_in, b.check_out, b.adults, b.children, b.infants, b.pets,
                      b.status, b.special_requests, b.currency AS "currency!", b.total_minor,
                      b.service_fee_minor, b.taxes_minor, b.price_lines, b.cancellation_policy,
                      b.refund_minor, b.cancellation_reason, b.expires_at, b.created_at,
                      ($1::timestamptz AT TIME ZONE b.time_zone)::date AS "today!"
               FROM bookings b
               JOIN listings l ON l.id = b.listing_id
               JOIN users g ON g.id = b.guest_id
               JOIN users h ON h.id = l.host_id "# + $tail,
            $($arg),*
        )
    };
}

async fn load(tx: &mut PgConnection, id: i64, now: OffsetDateTime) -> Result<Row, sqlx::Error> {
    select_row!("WHERE b.id = $2", now, id)
        .fetch_one(&mut *tx)
        .await
}

/// The booking as `viewer` sees it, with its history.
async fn view(tx: &mut PgConnection, row: Row, viewer: Uuid) -> Result<Booking, Failure> {
    let history = sqlx::query!(
        "SELECT from_status, to_status, actor_role, reason, at FROM booking_transitions
         WHERE booking_id = $1 ORDER BY id",
        row.id
    )
    .fetch_all(&mut *tx)
    .await?;
    let history = history
        .into_iter()
        .map(|h| BookingChange {
            from: h.from_status.as_deref().and_then(BookingStatus::parse),
            to: BookingStatus::parse(&h.to_status).unwrap_or(BookingStatus::Pending),
            by: Party::parse(&h.actor_role).unwrap_or(Party::System),
            reason: h.reason,
            at: h.at.format(&Rfc3339).unwrap_or_default(),
        })
        .collect();
    Ok(to_booking(row, viewer, history)?)
}

fn to_booking(row: Row, viewer: Uuid, history: Vec<BookingChange>) -> Result<Booking, AppError> {
    let status = row.status()?;
    let party = row.party(viewer).ok_or(AppError::Internal)?;
    let money = |minor| money_of(minor, &row.currency);
    let lines: Vec<StoredLine> =
        serde_json::from_value(row.price_lines.clone()).unwrap_or_default();
    let price_breakdown = lines
        .into_iter()
        .map(|l| {
            Ok(QuoteLine {
                label: l.label,
                amount: money(l.amount_minor)?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let confirmed_once = matches!(status, BookingStatus::Confirmed | BookingStatus::Completed);
    Ok(Booking {
        id: row.id,
        listing_id: row.listing_id,
        listing_title: row.title,
        listing_city: row.city,
        cover_url: row.cover_url,
        guest_id: row.guest_id.to_string(),
        guest_name: row.guest_name,
        host_id: row.host_id.to_string(),
        host_name: row.host_name,
        host_contact: (party == Party::Guest && confirmed_once).then_some(row.host_email),
        check_in: row.check_in.to_string(),
        check_out: row.check_out.to_string(),
        nights: (row.check_out - row.check_in).whole_days() as i32,
        guest_count: row.adults + row.children,
        adults: row.adults,
        children: row.children,
        infants: row.infants,
        pets: row.pets,
        status,
        special_requests: row.special_requests,
        total_price: money(row.total_minor)?,
        price_breakdown,
        cancellation_policy: row.cancellation_policy,
        refunded: (row.refund_minor > 0)
            .then(|| money(row.refund_minor))
            .transpose()?,
        cancellation_reason: row.cancellation_reason,
        expires_at: row
            .expires_at
            .filter(|_| status == BookingStatus::Pending)
            .and_then(|t| t.format(&Rfc3339).ok()),
        viewer: party,
        created_at: row.created_at.format(&Rfc3339).unwrap_or_default(),
        history,
    })
}

#[allow(clippy::too_many_arguments)]
async fn record_transition(
    tx: &mut PgConnection,
    booking_id: i64,
    from: Option<BookingStatus>,
    to: BookingStatus,
    actor: Option<Uuid>,
    role: Party,
    reason: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_id, actor_role, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        booking_id,
        from.map(BookingStatus::as_str),
        to.as_str(),
        actor,
        role.as_str(),
        reason,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn pay(
    tx: &mut PgConnection,
    state: &AppState,
    booking_id: i64,
    operation: Operation,
    amount_minor: i64,
    currency: &'static str,
    now: OffsetDateTime,
) -> Result<(), Failure> {
    let request = PaymentRequest {
        booking_id,
        operation,
        amount_minor,
        currency,
        idempotency_key: format!("booking:{booking_id}:{}", operation.as_str()),
        at: now,
    };
    let reference = state.payments.execute(&request).await.map_err(|e| {
        tracing::warn!(booking_id, error = %e, "payment refused");
        AppError::Unprocessable("The payment could not be completed.".into())
    })?;
    sqlx::query!(
        "INSERT INTO payments (booking_id, provider, operation, amount_minor, currency, reference, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        booking_id,
        state.payments.name(),
        operation.as_str(),
        amount_minor,
        currency,
        reference,
        now
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

async fn capture(
    tx: &mut PgConnection,
    state: &AppState,
    booking_id: i64,
    total_minor: i64,
    currency: &'static str,
    now: OffsetDateTime,
) -> Result<(), Failure> {
    pay(
        tx,
        state,
        booking_id,
        Operation::Capture,
        total_minor,
        currency,
        now,
    )
    .await?;
    ledger(tx, booking_id, "guest_charge", total_minor, currency, now).await?;
    Ok(())
}

async fn ledger(
    tx: &mut PgConnection,
    booking_id: i64,
    kind: &str,
    amount_minor: i64,
    currency: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if amount_minor > 0 {
        sqlx::query!(
            "INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
             VALUES ($1, $2, $3, $4, $5)",
            booking_id,
            kind,
            amount_minor,
            currency,
            now
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// Pays out what a booking kept: the host's share, Haven's fee, the taxes.
async fn settle(
    tx: &mut PgConnection,
    row: &Row,
    refund_minor: i64,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let s = money::settle(
        row.total_minor,
        row.service_fee_minor,
        row.taxes_minor,
        refund_minor,
    );
    ledger(
        tx,
        row.id,
        "host_payout",
        s.host_payout_minor,
        &row.currency,
        now,
    )
    .await?;
    ledger(
        tx,
        row.id,
        "haven_fee",
        s.haven_fee_minor,
        &row.currency,
        now,
    )
    .await?;
    ledger(tx, row.id, "taxes", s.taxes_minor, &row.currency, now).await?;
    Ok(())
}

async fn notify(
    tx: &mut PgConnection,
    facts: &Facts,
    recipient: Uuid,
    kind: &str,
    title: &str,
    body: String,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let event_id = Uuid::new_v4();
    outbox::publish(
        tx,
        events::NOTIFICATIONS,
        event_id,
        "notification",
        Some(facts.booking_id),
        &NotificationEvent {
            event_type: "notification".into(),
            event_id,
            timestamp: now,
            recipient_id: recipient,
            kind: kind.into(),
            booking_id: Some(facts.booking_id),
            title: title.into(),
            body,
        },
        now,
    )
    .await
}

fn currency_of(row: &Row) -> Result<&'static str, AppError> {
    Ok(money_of(0, &row.currency)?.currency.code())
}

/// The refund a cancellation by `party` would give now.
fn refund_for(row: &Row, status: BookingStatus, party: Party) -> money::Refund {
    let policy = money::Policy::parse(&row.cancellation_policy).unwrap_or(money::Policy::Strict);
    money::refund(
        policy,
        status == BookingStatus::Confirmed,
        party,
        (row.check_in - row.today).whole_days(),
        row.total_minor,
        row.service_fee_minor,
    )
}

/// Applies `action` by `party` (the user `actor`, or Haven) to a row locked by the caller.
#[allow(clippy::too_many_arguments)]
async fn apply(
    tx: &mut PgConnection,
    state: &AppState,
    row: &Row,
    action: Action,
    party: Party,
    actor: Option<Uuid>,
    reason: &str,
    now: OffsetDateTime,
) -> Result<BookingStatus, Failure> {
    let status = row.status()?;
    let next = transition(status, action, party).map_err(|r| r.error(status, action))?;
    if action == Action::Accept && row.expires_at.is_some_and(|t| t <= now) {
        return Err(AppError::Conflict("This request has expired.".into()).into());
    }
    if action == Action::Cancel && row.today >= row.check_out {
        return Err(
            AppError::Conflict("This stay is over and can no longer be cancelled.".into()).into(),
        );
    }
    let currency = currency_of(row)?;
    let refund = if action == Action::Cancel {
        refund_for(row, status, party)
    } else {
        money::Refund {
            refund_minor: 0,
            percent: 0,
            rule: String::new(),
        }
    };
    sqlx::query!(
        "UPDATE bookings SET status = $2, updated_at = $3, refund_minor = $4,
                cancellation_reason = CASE WHEN $2 = 'cancelled' THEN NULLIF($5, '') END
         WHERE id = $1",
        row.id,
        next.as_str(),
        now,
        refund.refund_minor,
        reason
    )
    .execute(&mut *tx)
    .await?;
    if !next.holds_nights() {
        sqlx::query!("DELETE FROM listing_holds WHERE booking_id = $1", row.id)
            .execute(&mut *tx)
            .await?;
    }
    let default_reason = match (action, party) {
        (Action::Accept, _) => "Accepted by the host.",
        (Action::Decline, _) => "Declined by the host.",
        (Action::Expire, _) => "The host did not answer within 24 hours.",
        (Action::Complete, _) => "The stay is over.",
        (Action::Cancel, Party::Host) => "Cancelled by the host.",
        (Action::Cancel, _) => "Cancelled by the guest.",
    };
    let reason = if reason.is_empty() {
        default_reason
    } else {
        reason
    };
    record_transition(tx, row.id, Some(status), next, actor, party, reason, now).await?;
    // Money.
    match (status, next) {
        (BookingStatus::Pending, BookingStatus::Confirmed) => {
            capture(tx, state, row.id, row.total_minor, currency, now).await?;
        }
        (BookingStatus::Pending, _) => {
            pay(
                tx,
                state,
                row.id,
                Operation::Void,
                row.total_minor,
                currency,
                now,
            )
            .await?;
        }
        (BookingStatus::Confirmed, BookingStatus::Cancelled) => {
            if refund.refund_minor > 0 {
                pay(
                    tx,
                    state,
                    row.id,
                    Operation::Refund,
                    refund.refund_minor,
                    currency,
                    now,
                )
                .await?;
                ledger(
                    tx,
                    row.id,
                    "guest_refund",
                    refund.refund_minor,
                    currency,
                    now,
                )
                .await?;
            }
            settle(tx, row, refund.refund_minor, now).await?;
        }
        (BookingStatus::Confirmed, BookingStatus::Completed) => {
            settle(tx, row, 0, now).await?;
        }
        _ => {}
    }
    // Events: the status change on its stream, and a word to whoever should hear of it.
    let stream = match next {
        BookingStatus::Confirmed => events::BOOKING_CONFIRMATIONS,
        BookingStatus::Cancelled => events::BOOKING_CANCELLATIONS,
        _ => events::BOOKING_UPDATES,
    };
    let event_id = Uuid::new_v4();
    outbox::publish(
        tx,
        stream,
        event_id,
        "booking_status_updated",
        Some(row.id),
        &StatusUpdated {
            event_type: "booking_status_updated",
            event_id,
            timestamp: now,
            booking_id: row.id,
            listing_id: row.listing_id,
            guest_id: row.guest_id,
            host_id: row.host_id,
            previous_status: status.as_str(),
            new_status: next.as_str(),
            updated_by: actor.map_or_else(|| "system".to_string(), |a| a.to_string()),
            updated_by_role: party.as_str(),
            message: reason.to_string(),
        },
        now,
    )
    .await?;
    let f = Facts::of(row);
    let refund_text = |r: i64| match r {
        0 => String::new(),
        r => format!(
            " {} is refunded.",
            money_of(r, &row.currency)
                .map(|m| m.display())
                .unwrap_or_default()
        ),
    };
    match (action, party) {
        (Action::Accept, _) => {
            notify(
                tx,
                &f,
                row.guest_id,
                "booking_confirmed",
                "Your request was accepted",
                format!(
                    "{} accepted your stay at {}, {}.",
                    f.host_name, f.title, f.dates
                ),
                now,
            )
            .await?;
        }
        (Action::Decline, _) => {
            notify(
                tx,
                &f,
                row.guest_id,
                "booking_declined",
                "Your request was declined",
                format!(
                    "{} cannot host you at {} for {}. You were not charged.",
                    f.host_name, f.title, f.dates
                ),
                now,
            )
            .await?;
        }
        (Action::Expire, _) => {
            notify(
                tx,
                &f,
                row.guest_id,
                "booking_expired",
                "Your request expired",
                format!(
                    "{} did not answer in time for {}, {}. You were not charged.",
                    f.host_name, f.title, f.dates
                ),
                now,
            )
            .await?;
            notify(
                tx,
                &f,
                row.host_id,
                "booking_expired",
                "A request expired",
                format!(
                    "{}'s request for {}, {}, expired unanswered.",
                    f.guest_name, f.title, f.dates
                ),
                now,
            )
            .await?;
        }
        (Action::Cancel, Party::Host) => {
            notify(
                tx,
                &f,
                row.guest_id,
                "booking_cancelled",
                "Your host cancelled",
                format!(
                    "{} cancelled your stay at {}, {}.{}",
                    f.host_name,
                    f.title,
                    f.dates,
                    refund_text(refund.refund_minor)
                ),
                now,
            )
            .await?;
        }
        (Action::Cancel, _) => {
            notify(
                tx,
                &f,
                row.host_id,
                "booking_cancelled",
                "A guest cancelled",
                format!(
                    "{} cancelled their stay at {}, {}.",
                    f.guest_name, f.title, f.dates
                ),
                now,
            )
            .await?;
        }
        (Action::Complete, _) => {}
    }
    Ok(next)
}

/// `user` does `action` to booking `id`: 404 unless they are its guest or host (ids do
/// not leak), 403 for the wrong party, 409 from the wrong status.
pub async fn act(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    id: i64,
    action: Action,
    reason: &str,
) -> Result<Booking, AppError> {
    let now = state.clock.now();
    let state2 = state.clone();
    let reason = reason.trim().chars().take(1_000).collect::<String>();
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        let result: Result<Booking, Failure> = async {
            let listing = sqlx::query_scalar!("SELECT listing_id FROM bookings WHERE id = $1", id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| AppError::NotFound("Booking".into()))?;
            lock_listing(&mut tx, listing).await?;
            let row = select_row!("WHERE b.id = $2 FOR UPDATE OF b", now, id)
                .fetch_optional(&mut *tx)
                .await?
                .filter(|r| r.party(user).is_some())
                .ok_or_else(|| AppError::NotFound("Booking".into()))?;
            let party = row.party(user).ok_or(AppError::Internal)?;
            apply(
                &mut tx,
                &state2,
                &row,
                action,
                party,
                Some(user),
                &reason,
                now,
            )
            .await?;
            let row = load(&mut tx, id, now).await?;
            view(&mut tx, row, user).await
        }
        .await;
        match result {
            Ok(b) => {
                tx.commit().await?;
                Ok(Ok(b))
            }
            Err(Failure::App(e)) => Ok(Err(e)),
            Err(Failure::Db(e)) => Err(e),
        }
    })
    .await
    .map_err(|e| db_error(e, "change booking"))?
}

/// Booking `id` as `user` sees it; 404 unless they are its guest or host.
pub async fn get(state: &AppState, db: &DbScope, user: Uuid, id: i64) -> Result<Booking, AppError> {
    let now = state.clock.now();
    db.read(|pool| async move {
        let mut conn = pool.acquire().await?;
        let row = select_row!(
            "WHERE b.id = $2 AND (b.guest_id = $3 OR l.host_id = $3)",
            now,
            id,
            user
        )
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else {
            return Ok(Err(AppError::NotFound("Booking".into())));
        };
        match view(&mut conn, row, user).await {
            Ok(b) => Ok(Ok(b)),
            Err(Failure::App(e)) => Ok(Err(e)),
            Err(Failure::Db(e)) => Err(e),
        }
    })
    .await
    .map_err(|e| db_error(e, "booking"))?
}

/// The refund `user` would get (or give) by cancelling booking `id` now.
pub async fn refund_preview(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    id: i64,
) -> Result<RefundPreview, AppError> {
    let now = state.clock.now();
    let row = db
        .read(|pool| async move {
            select_row!(
                "WHERE b.id = $2 AND (b.guest_id = $3 OR l.host_id = $3)",
                now,
                id,
                user
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "booking"))?
        .ok_or_else(|| AppError::NotFound("Booking".into()))?;
    let status = row.status()?;
    let party = row.party(user).ok_or(AppError::Internal)?;
    transition(status, Action::Cancel, party).map_err(|r| r.error(status, Action::Cancel))?;
    let r = refund_for(&row, status, party);
    let paid = if status == BookingStatus::Confirmed {
        row.total_minor
    } else {
        0
    };
    Ok(RefundPreview {
        booking_id: id,
        refund: money_of(r.refund_minor, &row.currency)?,
        kept: money_of(paid - r.refund_minor, &row.currency)?,
        rule: r.rule,
    })
}

/// Which bookings to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The caller's own trips.
    Guest,
    /// Bookings of the caller's listings.
    Host,
}

/// The caller's bookings as guest or host, newest stays first (at most 200), without
/// their histories.
pub async fn list(
    state: &AppState,
    db: &DbScope,
    user: Uuid,
    role: Role,
) -> Result<Vec<Booking>, AppError> {
    let now = state.clock.now();
    let rows = db
        .read(|pool| async move {
            match role {
                Role::Guest => {
                    select_row!(
                        "WHERE b.guest_id = $2 ORDER BY b.check_in DESC, b.id DESC LIMIT 200",
                        now,
                        user
                    )
                    .fetch_all(&pool)
                    .await
                }
                Role::Host => {
                    select_row!(
                        "WHERE l.host_id = $2 ORDER BY b.check_in DESC, b.id DESC LIMIT 200",
                        now,
                        user
                    )
                    .fetch_all(&pool)
                    .await
                }
            }
        })
        .await
        .map_err(|e| db_error(e, "bookings"))?;
    rows.into_iter()
        .map(|r| to_booking(r, user, Vec::new()))
        .collect()
}

/// What one sweep did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SweepStats {
    pub expired: usize,
    pub completed: usize,
}

/// Haven's own transitions, due at the clock's now: requests unanswered past their
/// deadline expire; confirmed stays whose check-out day has come (in the listing's zone)
/// complete. Idempotent, and safe in every worker at once (`SKIP LOCKED`).
pub async fn sweep(state: &AppState) -> Result<SweepStats, sqlx::Error> {
    let now = state.clock.now();
    let pool = state.db.primary();
    let mut stats = SweepStats::default();
    for action in [Action::Expire, Action::Complete] {
        loop {
            // Candidates, then each in a transaction of its own that locks its listing
            // first (see `lock_listing`) and checks again that it is still due.
            let due: Vec<(i64, i64)> = if action == Action::Expire {
                sqlx::query!(
                    "SELECT id, listing_id FROM bookings
                     WHERE status = 'pending' AND expires_at <= $1
                     ORDER BY expires_at LIMIT 100",
                    now
                )
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| (r.id, r.listing_id))
                .collect()
            } else {
                // The first bound (no zone is more than a day ahead of UTC) lets the partial
                // index on check_out serve; the second is the rule.
                sqlx::query!(
                    "SELECT id, listing_id FROM bookings
                     WHERE status = 'confirmed' AND check_out <= ($1 AT TIME ZONE 'UTC')::date + 1
                       AND check_out <= ($1 AT TIME ZONE time_zone)::date
                     ORDER BY check_out LIMIT 100",
                    now
                )
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| (r.id, r.listing_id))
                .collect()
            };
            let mut moved = 0;
            for (id, listing) in &due {
                let mut tx = pool.begin().await?;
                lock_listing(&mut tx, *listing).await?;
                let row = select_row!(
                    "WHERE b.id = $2 AND CASE b.status
                        WHEN 'pending' THEN $3 AND b.expires_at <= $1
                        WHEN 'confirmed' THEN NOT $3 AND b.check_out <= ($1 AT TIME ZONE b.time_zone)::date
                        ELSE false END
                     FOR UPDATE OF b SKIP LOCKED",
                    now,
                    id,
                    action == Action::Expire
                )
                .fetch_optional(&mut *tx)
                .await?;
                let Some(row) = row else { continue };
                match apply(&mut tx, state, &row, action, Party::System, None, "", now).await {
                    Ok(_) => {
                        tx.commit().await?;
                        moved += 1;
                        if action == Action::Expire {
                            stats.expired += 1;
                        } else {
                            stats.completed += 1;
                        }
                    }
                    Err(Failure::Db(e)) => return Err(e),
                    Err(Failure::App(e)) => {
                        tracing::error!(booking = id, error = %e, "sweep could not move a booking");
                    }
                }
            }
            // Done when nothing was due, or nothing that was could move (it is retried on
            // the next sweep).
            if due.len() < 100 || moved == 0 {
                break;
            }
        }
    }
    sqlx::query!(
        "DELETE FROM idempotency_keys WHERE created_at < $1",
        now - KEYS_KEPT
    )
    .execute(pool)
    .await?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::catalog::search;

    fn new(check_in: &str, check_out: &str) -> NewBooking {
        NewBooking {
            listing_id: 7,
            check_in: check_in.into(),
            check_out: check_out.into(),
            ..NewBooking::default()
        }
    }

    #[test]
    fn a_request_parses_guests_from_either_field() {
        let today = search::today_utc();
        let (a, b) = (today + Duration::days(10), today + Duration::days(13));
        let mut input = new(&a.to_string(), &b.to_string());
        input.guest_count = Some(3);
        input.children = Some(1);
        let r = BookingRequest::parse(&input).expect("valid");
        assert_eq!((r.stay.adults, r.stay.children), (2, 1));
        input.adults = Some(4);
        assert_eq!(BookingRequest::parse(&input).expect("valid").stay.adults, 4);
    }

    #[test]
    fn bad_requests_name_their_fields() {
        let mut input = new("2026-02-30", "tomorrow");
        input.listing_id = 0;
        input.special_requests = Some("x".repeat(2_001));
        let fields: Vec<String> = BookingRequest::parse(&input)
            .expect_err("invalid")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(fields.contains(&"listing_id".to_string()), "{fields:?}");
        assert!(fields.contains(&"check_in".to_string()), "{fields:?}");
        assert!(
            fields.contains(&"special_requests".to_string()),
            "{fields:?}"
        );
        let today = search::today_utc();
        let mut zero = new(
            &(today + Duration::days(10)).to_string(),
            &(today + Duration::days(12)).to_string(),
        );
        zero.guest_count = Some(0);
        let fields: Vec<String> = BookingRequest::parse(&zero)
            .expect_err("no guests")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["guest_count"]);
    }

    #[test]
    fn the_fingerprint_tells_requests_apart() {
        let today = search::today_utc();
        let a = new(
            &(today + Duration::days(3)).to_string(),
            &(today + Duration::days(5)).to_string(),
        );
        let mut b = a.clone();
        b.special_requests = Some("Late arrival".into());
        let pa = BookingRequest::parse(&a).expect("a");
        assert_eq!(
            pa.fingerprint(),
            BookingRequest::parse(&a).expect("a").fingerprint()
        );
        assert_ne!(
            pa.fingerprint(),
            BookingRequest::parse(&b).expect("b").fingerprint()
        );
    }

    #[test]
    fn decimals_have_two_places() {
        assert_eq!(decimal(50_000), "500.00");
        assert_eq!(decimal(1_205), "12.05");
    }
}
