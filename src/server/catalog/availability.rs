//! A listing's availability calendar and the price quote for a stay, both from the same
//! holds table search reads and the booking engine writes (`listing_holds`), both counted
//! in the listing's own dates (its time zone).

use crate::app::types::account::FieldError;
use crate::app::types::guests::Guests;
use crate::app::types::search::SearchParams;
use crate::app::types::stay::{Availability, DateRange, Day, NightPrice, Quote, QuoteLine};
use crate::app::types::stay_dates::StayDates;
use crate::app::types::{AppError, Currency, Money};
use crate::server::catalog::pricing::{self, Terms};
use crate::server::catalog::search::today_utc;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::tr;
use std::collections::HashMap;
use time::{Date, Duration, OffsetDateTime};

/// A stay asked about, in the server's dates: built only from parsed [`StayDates`] and
/// [`Guests`], so every rule of both holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StayRequest {
    pub check_in: Date,
    pub check_out: Date,
    pub adults: i32,
    pub children: i32,
    pub infants: i32,
    pub pets: i32,
}

impl StayRequest {
    pub fn new(dates: StayDates, guests: Guests) -> Result<Self, FieldError> {
        let (check_in, check_out) = dates.to_dates()?;
        Ok(Self {
            check_in,
            check_out,
            adults: guests.adults(),
            children: guests.children(),
            infants: guests.infants(),
            pets: guests.pets(),
        })
    }

    /// A quote's stay from the URL's fields, with the search's rules; the dates are
    /// required.
    pub fn parse(p: &SearchParams) -> Result<Self, Vec<FieldError>> {
        let today = Day::from_date(today_utc());
        Self::from_parsed(
            StayDates::parse(p.check_in.as_deref(), p.check_out.as_deref(), today),
            Guests::parse(p.guest_counts()),
        )
    }

    /// The stay, or every problem of its two halves (the dates' first). Missing dates are
    /// reported only when nothing else is wrong.
    pub fn from_parsed(
        dates: Result<Option<StayDates>, FieldError>,
        guests: Result<Guests, Vec<FieldError>>,
    ) -> Result<Self, Vec<FieldError>> {
        match (dates, guests) {
            (Ok(Some(dates)), Ok(guests)) => Self::new(dates, guests).map_err(|e| vec![e]),
            (Ok(None), Ok(_)) => Err(vec![FieldError::new(
                "check_in",
                tr!("catalog-dates-missing"),
            )]),
            (dates, guests) => Err(dates
                .err()
                .into_iter()
                .chain(guests.err().into_iter().flatten())
                .collect()),
        }
    }

    pub fn nights(&self) -> i64 {
        (self.check_out - self.check_in).whole_days()
    }
}

/// What a listing allows, and its prices.
pub(crate) struct ListingTerms {
    pub terms: Terms,
    pub host_id: uuid::Uuid,
    /// Listed (and not deleted): only then can it be quoted or booked.
    pub is_active: bool,
    pub instant_book: bool,
    /// Today in the listing's time zone.
    pub today: Date,
    pub max_guests: i32,
    pub max_infants: i32,
    pub pets_allowed: bool,
    pub min_nights: i32,
    pub max_nights: i32,
    pub advance_notice_days: i32,
    pub preparation_nights: i32,
    pub booking_window_days: i32,
}

/// The terms of listing `id` (active or not: see `is_active`), with "today" taken at `now`
/// in its time zone.
pub(crate) async fn load_terms<'e>(
    exec: impl sqlx::PgExecutor<'e>,
    id: i64,
    now: OffsetDateTime,
) -> Result<Option<ListingTerms>, sqlx::Error> {
    let Some(row) = sqlx::query!(
        r#"SELECT price_per_night_minor, weekend_price_minor, cleaning_fee_minor,
                  weekly_discount_pct, monthly_discount_pct, tax_bp,
                  currency AS "currency!", max_guests, max_infants,
                  'pets_allowed' = ANY(amenities) AS "pets_allowed!",
                  min_nights, max_nights, advance_notice_days, preparation_nights,
                  booking_window_days, host_id, is_active, instant_book,
                  ($2::timestamptz AT TIME ZONE time_zone)::date AS "today!"
           FROM listings WHERE id = $1"#,
        id,
        now
    )
    .fetch_optional(exec)
    .await?
    else {
        return Ok(None);
    };
    let currency = Currency::from_code(&row.currency)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown currency {}", row.currency).into()))?;
    Ok(Some(ListingTerms {
        terms: Terms {
            currency,
            nightly_minor: row.price_per_night_minor,
            weekend_minor: row.weekend_price_minor,
            cleaning_minor: row.cleaning_fee_minor,
            weekly_discount_pct: row.weekly_discount_pct,
            monthly_discount_pct: row.monthly_discount_pct,
            tax_bp: row.tax_bp,
        },
        host_id: row.host_id,
        is_active: row.is_active,
        instant_book: row.instant_book,
        today: row.today,
        max_guests: row.max_guests,
        max_infants: row.max_infants,
        pets_allowed: row.pets_allowed,
        min_nights: row.min_nights,
        max_nights: row.max_nights,
        advance_notice_days: row.advance_notice_days,
        preparation_nights: row.preparation_nights,
        booking_window_days: row.booking_window_days,
    }))
}

async fn listing_terms(
    db: &DbScope,
    id: i64,
    now: OffsetDateTime,
) -> Result<ListingTerms, AppError> {
    db.read(|pool| async move { load_terms(&pool, id, now).await })
        .await
        .map_err(|e| db_error(e, "listing terms"))?
        .filter(|t| t.is_active)
        .ok_or_else(|| AppError::NotFound("Listing".into()))
}

/// The listing's rules for a stay: party size, length, notice and how far ahead (422).
pub(crate) fn check_rules(t: &ListingTerms, stay: &StayRequest) -> Result<(), AppError> {
    let nights = stay.nights();
    let party = stay.adults + stay.children;
    let rule = |m: String| Err(AppError::Unprocessable(m));
    if party > t.max_guests {
        return rule(tr!("catalog-rule-max-guests", count = t.max_guests));
    }
    if stay.infants > t.max_infants {
        return rule(tr!("catalog-rule-max-infants", count = t.max_infants));
    }
    if stay.pets > 0 && !t.pets_allowed {
        return rule(tr!("catalog-rule-no-pets"));
    }
    if nights < i64::from(t.min_nights) {
        return rule(tr!("catalog-rule-min-nights", count = t.min_nights));
    }
    if nights > i64::from(t.max_nights) {
        return rule(tr!("catalog-rule-max-nights", count = t.max_nights));
    }
    let earliest = t.today + Duration::days(i64::from(t.advance_notice_days));
    if stay.check_in < earliest {
        return rule(match t.advance_notice_days {
            0 => tr!("catalog-dates-past"),
            n => tr!("catalog-rule-notice", count = n),
        });
    }
    if stay.check_out > t.today + Duration::days(i64::from(t.booking_window_days)) {
        return rule(tr!("catalog-rule-window", count = t.booking_window_days));
    }
    Ok(())
}

/// Held nights of `id` overlapping `[from, until)`, as `[from, to)` pairs.
async fn holds(
    db: &DbScope,
    id: i64,
    from: Date,
    until: Date,
) -> Result<Vec<(Date, Date)>, AppError> {
    let rows = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT lower(nights) AS "from!", upper(nights) AS "until!"
                   FROM listing_holds
                   WHERE listing_id = $1 AND nights && daterange($2, $3)
                   ORDER BY lower(nights)"#,
                id,
                from,
                until
            )
            .fetch_all(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "holds"))?;
    Ok(rows.into_iter().map(|r| (r.from, r.until)).collect())
}

pub(crate) async fn night_prices<'e>(
    exec: impl sqlx::PgExecutor<'e>,
    id: i64,
    from: Date,
    until: Date,
) -> Result<HashMap<Date, i64>, sqlx::Error> {
    let rows = sqlx::query!(
        "SELECT night, price_minor FROM listing_night_prices
         WHERE listing_id = $1 AND night >= $2 AND night < $3",
        id,
        from,
        until
    )
    .fetch_all(exec)
    .await?;
    Ok(rows.into_iter().map(|r| (r.night, r.price_minor)).collect())
}

/// The lines of a price breakdown, as guests see them (in the language of the request);
/// they add up to its total.
pub(crate) fn price_lines(b: &pricing::Breakdown) -> Vec<QuoteLine> {
    let money = |minor| Money::new(minor, b.currency);
    let mut lines = vec![QuoteLine {
        label: tr!("catalog-nights", count = b.nights.len()),
        amount: money(b.nights_minor),
    }];
    if b.discount_minor > 0 {
        lines.push(QuoteLine {
            label: if b.discount_kind == Some(pricing::MONTH) {
                tr!("catalog-quote-monthly-discount")
            } else {
                tr!("catalog-quote-weekly-discount")
            },
            amount: money(-b.discount_minor),
        });
    }
    if b.cleaning_minor > 0 {
        lines.push(QuoteLine {
            label: tr!("catalog-listing-cleaning-fee"),
            amount: money(b.cleaning_minor),
        });
    }
    lines.push(QuoteLine {
        label: tr!("catalog-quote-service-fee"),
        amount: money(b.service_fee_minor),
    });
    if b.taxes_minor > 0 {
        lines.push(QuoteLine {
            label: tr!("catalog-quote-taxes"),
            amount: money(b.taxes_minor),
        });
    }
    lines
}

/// The price of `stay` at listing `id`, when the listing's rules and calendar allow it:
/// 404 unknown listing, 422 against its rules (party size, length, notice, window), 409
/// when a night is taken.
pub async fn quote(
    db: &DbScope,
    id: i64,
    stay: StayRequest,
    now: OffsetDateTime,
) -> Result<Quote, AppError> {
    let t = listing_terms(db, id, now).await?;
    check_rules(&t, &stay)?;
    let held_until = stay.check_out + Duration::days(i64::from(t.preparation_nights));
    if !holds(db, id, stay.check_in, held_until).await?.is_empty() {
        return Err(AppError::Conflict(tr!("catalog-quote-taken")));
    }
    let (from, until) = (stay.check_in, stay.check_out);
    let per_date = db
        .read(|pool| async move { night_prices(&pool, id, from, until).await })
        .await
        .map_err(|e| db_error(e, "night prices"))?;
    let b = pricing::quote(&t.terms, stay.check_in, stay.check_out, |d| {
        per_date.get(&d).copied()
    });
    Ok(Quote {
        listing_id: id,
        check_in: stay.check_in.to_string(),
        check_out: stay.check_out.to_string(),
        nights: stay.nights() as i32,
        guests: stay.adults + stay.children,
        nightly: b
            .nights
            .iter()
            .map(|n| NightPrice {
                date: n.date.to_string(),
                price: Money::new(n.price_minor, b.currency),
            })
            .collect(),
        lines: price_lines(&b),
        total: b.total(),
    })
}

/// The nights of listing `id` from `from` (default: today there) for `days` days (at most
/// 400) that no stay may include: held, too soon (advance notice) or too far ahead.
pub async fn availability(
    db: &DbScope,
    id: i64,
    from: Option<Date>,
    days: i64,
    now: OffsetDateTime,
) -> Result<Availability, AppError> {
    let t = listing_terms(db, id, now).await?;
    let from = from.unwrap_or(t.today);
    let to = from + Duration::days(days.clamp(1, 400));
    let mut ranges: Vec<(Date, Date)> = holds(db, id, from, to).await?;
    let earliest = t.today + Duration::days(i64::from(t.advance_notice_days));
    if from < earliest {
        ranges.push((from, earliest.min(to)));
    }
    let latest = t.today + Duration::days(i64::from(t.booking_window_days));
    if latest < to {
        ranges.push((latest.max(from), to));
    }
    Ok(Availability {
        listing_id: id,
        from: from.to_string(),
        to: to.to_string(),
        min_nights: t.min_nights,
        max_nights: t.max_nights,
        unavailable: merge(ranges, from, to)
            .into_iter()
            .map(|(a, b)| DateRange {
                from: a.to_string(),
                to: b.to_string(),
            })
            .collect(),
    })
}

/// Sorts, clips to `[from, to)` and merges touching or overlapping ranges.
fn merge(mut ranges: Vec<(Date, Date)>, from: Date, to: Date) -> Vec<(Date, Date)> {
    ranges.sort();
    let mut out: Vec<(Date, Date)> = Vec::new();
    for (a, b) in ranges {
        let (a, b) = (a.max(from), b.min(to));
        if a >= b {
            continue;
        }
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::merge;
    use time::macros::date;

    #[test]
    fn ranges_merge_and_clip() {
        let r = merge(
            vec![
                (date!(2026 - 12 - 10), date!(2026 - 12 - 12)),
                (date!(2026 - 11 - 01), date!(2026 - 11 - 25)),
                (date!(2026 - 12 - 12), date!(2026 - 12 - 15)),
                (date!(2026 - 12 - 13), date!(2026 - 12 - 14)),
            ],
            date!(2026 - 11 - 22),
            date!(2026 - 12 - 31),
        );
        assert_eq!(
            r,
            [
                (date!(2026 - 11 - 22), date!(2026 - 11 - 25)),
                (date!(2026 - 12 - 10), date!(2026 - 12 - 15)),
            ]
        );
    }
}
