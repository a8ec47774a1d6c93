//! A host's calendar: blocking and opening nights, and per-night prices. Blocks live in
//! `listing_holds` beside the bookings' holds, so the same exclusion constraint refuses a
//! block over a booked night (409) and a booking over a blocked one.

use crate::app::types::AppError;
use crate::app::types::Money;
use crate::app::types::account::FieldError;
use crate::app::types::booking::{CalendarChange, HostCalendar, HostNight};
use crate::app::types::stay::Day;
use crate::server::catalog::availability;
use crate::server::catalog::pricing;
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use crate::tr;
use time::{Date, Duration, OffsetDateTime};

/// At most this many changes in one update, each over at most [`MAX_NIGHTS`] nights.
pub const MAX_CHANGES: usize = 100;
pub const MAX_NIGHTS: i64 = 400;
/// The most a night may cost, in minor units.
pub const MAX_PRICE_MINOR: i64 = 10_000_000;

/// A change, parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub from: Date,
    pub to: Date,
    pub blocked: Option<bool>,
    pub price_minor: Option<i64>,
    pub reset_price: bool,
}

fn date(field: String, raw: &str) -> Result<Date, FieldError> {
    Day::parse_date(raw).ok_or_else(|| FieldError::new(&field, tr!("booking-calendar-bad-date")))
}

/// Parses every change; errors name the change (`changes[2].to`).
pub fn parse(changes: &[CalendarChange]) -> Result<Vec<Change>, Vec<FieldError>> {
    if changes.is_empty() {
        return Err(vec![FieldError::new(
            "changes",
            tr!("booking-calendar-no-change"),
        )]);
    }
    if changes.len() > MAX_CHANGES {
        return Err(vec![FieldError::new(
            "changes",
            tr!("booking-calendar-too-many-changes", max = MAX_CHANGES),
        )]);
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, c) in changes.iter().enumerate() {
        let field = |name: &str| format!("changes[{i}].{name}");
        let from = date(field("from"), &c.from);
        let to = date(field("to"), &c.to);
        let (from, to) = match (from, to) {
            (Ok(f), Ok(t)) => (f, t),
            (f, t) => {
                errors.extend(f.err());
                errors.extend(t.err());
                continue;
            }
        };
        if to <= from {
            errors.push(FieldError::new(
                &field("to"),
                tr!("booking-calendar-to-before-from"),
            ));
            continue;
        }
        if (to - from).whole_days() > MAX_NIGHTS {
            errors.push(FieldError::new(
                &field("to"),
                tr!("booking-calendar-too-many-nights", max = MAX_NIGHTS),
            ));
            continue;
        }
        if let Some(p) = c.price_minor
            && !(1..=MAX_PRICE_MINOR).contains(&p)
        {
            errors.push(FieldError::new(
                &field("price_minor"),
                tr!("booking-calendar-price-range"),
            ));
            continue;
        }
        if c.price_minor.is_some() && c.reset_price {
            errors.push(FieldError::new(
                &field("reset_price"),
                tr!("booking-calendar-price-and-reset"),
            ));
            continue;
        }
        if c.blocked.is_none() && c.price_minor.is_none() && !c.reset_price {
            errors.push(FieldError::new(
                &field("blocked"),
                tr!("booking-calendar-nothing-to-change"),
            ));
            continue;
        }
        out.push(Change {
            from,
            to,
            blocked: c.blocked,
            price_minor: c.price_minor,
            reset_price: c.reset_price,
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Applies `changes` to listing `id` (whose ownership the caller checked), all or none:
/// 422 for a past night or beyond two years, 409 when a block meets a booked night.
pub async fn update(
    db: &DbScope,
    id: i64,
    changes: Vec<Change>,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let outcome = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // One calendar change at a time per listing (the booking engine's lock order).
            let today = sqlx::query_scalar!(
                r#"SELECT ($2::timestamptz AT TIME ZONE time_zone)::date AS "today!"
                   FROM listings WHERE id = $1 FOR NO KEY UPDATE"#,
                id,
                now
            )
            .fetch_one(&mut *tx)
            .await?;
            for c in &changes {
                if c.from < today {
                    return Ok(Err(AppError::Unprocessable(tr!(
                        "booking-calendar-past"
                    ))));
                }
                if c.to > today + Duration::days(730) {
                    return Ok(Err(AppError::Unprocessable(tr!(
                        "booking-calendar-too-far"
                    ))));
                }
                match c.blocked {
                    Some(true) => {
                        // Merges with the blocks it touches, so blocks never fragment.
                        // (Nights imported from other calendars are not the host's own:
                        // they make way, and `reconcile` below gives them back around it.)
                        let gone = sqlx::query!(
                            r#"DELETE FROM listing_holds
                               WHERE listing_id = $1 AND booking_id IS NULL AND feed_id IS NULL
                                 AND (nights && daterange($2, $3) OR nights -|- daterange($2, $3))
                               RETURNING lower(nights) AS "lo!", upper(nights) AS "hi!""#,
                            id,
                            c.from,
                            c.to
                        )
                        .fetch_all(&mut *tx)
                        .await?;
                        let lo = gone.iter().map(|g| g.lo).fold(c.from, Date::min);
                        let hi = gone.iter().map(|g| g.hi).fold(c.to, Date::max);
                        sqlx::query!(
                            "DELETE FROM listing_holds
                             WHERE listing_id = $1 AND feed_id IS NOT NULL AND nights && daterange($2, $3)",
                            id,
                            lo,
                            hi
                        )
                        .execute(&mut *tx)
                        .await?;
                        sqlx::query!(
                            "INSERT INTO listing_holds (listing_id, nights) VALUES ($1, daterange($2, $3))",
                            id,
                            lo,
                            hi
                        )
                        .execute(&mut *tx)
                        .await?;
                    }
                    Some(false) => {
                        let gone = sqlx::query!(
                            r#"DELETE FROM listing_holds
                               WHERE listing_id = $1 AND booking_id IS NULL AND feed_id IS NULL
                                 AND nights && daterange($2, $3)
                               RETURNING lower(nights) AS "lo!", upper(nights) AS "hi!""#,
                            id,
                            c.from,
                            c.to
                        )
                        .fetch_all(&mut *tx)
                        .await?;
                        for g in gone {
                            for (a, b) in [(g.lo, c.from), (c.to, g.hi)] {
                                if a < b {
                                    sqlx::query!(
                                        "INSERT INTO listing_holds (listing_id, nights) VALUES ($1, daterange($2, $3))",
                                        id,
                                        a,
                                        b
                                    )
                                    .execute(&mut *tx)
                                    .await?;
                                }
                            }
                        }
                    }
                    None => {}
                }
                if let Some(price) = c.price_minor {
                    sqlx::query!(
                        "INSERT INTO listing_night_prices (listing_id, night, price_minor)
                         SELECT $1, d::date, $4 FROM generate_series($2::date, $3::date - 1, interval '1 day') AS d
                         ON CONFLICT (listing_id, night) DO UPDATE SET price_minor = EXCLUDED.price_minor",
                        id,
                        c.from,
                        c.to,
                        price
                    )
                    .execute(&mut *tx)
                    .await?;
                }
                if c.reset_price {
                    sqlx::query!(
                        "DELETE FROM listing_night_prices WHERE listing_id = $1 AND night >= $2 AND night < $3",
                        id,
                        c.from,
                        c.to
                    )
                    .execute(&mut *tx)
                    .await?;
                }
            }
            // Imported calendars block what they list around the host's own blocks.
            crate::server::calendar_sync::holds::reconcile(&mut tx, id, today).await?;
            tx.commit().await?;
            Ok(Ok(()))
        })
        .await;
    match outcome {
        Ok(result) => result,
        Err(sqlx::Error::Database(d)) if d.code().as_deref() == Some("23P01") => {
            Err(AppError::Conflict(tr!("booking-calendar-booked")))
        }
        Err(e) => Err(db_error(e, "calendar update")),
    }
}

/// The nights `[from, from + days)` of listing `id` as its host sees them.
pub async fn host_calendar(
    db: &DbScope,
    id: i64,
    from: Date,
    days: i64,
    now: OffsetDateTime,
) -> Result<HostCalendar, AppError> {
    let today = now.date();
    if from < today - Duration::days(366) || from > today + Duration::days(731) {
        return Err(AppError::BadRequest(tr!("booking-calendar-out-of-range")));
    }
    let until = from + Duration::days(days.clamp(1, MAX_NIGHTS));
    let (terms, prices, holds) = db
        .read(|pool| async move {
            let terms = availability::load_terms(&pool, id, now).await?;
            let prices = availability::night_prices(&pool, id, from, until).await?;
            let holds = sqlx::query!(
                r#"SELECT lower(nights) AS "lo!", upper(nights) AS "hi!", booking_id
                   FROM listing_holds WHERE listing_id = $1 AND nights && daterange($2, $3)"#,
                id,
                from,
                until
            )
            .fetch_all(&pool)
            .await?;
            Ok((terms, prices, holds))
        })
        .await
        .map_err(|e| db_error(e, "host calendar"))?;
    // Paused listings too: a host prepares the calendar before listing it.
    let terms = terms
        .ok_or_else(|| AppError::NotFound("Listing".into()))?
        .terms;
    let mut nights = Vec::new();
    let mut day = from;
    while day < until {
        let own = prices.get(&day).copied();
        let hold = holds.iter().find(|h| h.lo <= day && day < h.hi);
        nights.push(HostNight {
            date: day.to_string(),
            price: Money::new(pricing::night_price(&terms, day, own), terms.currency),
            custom_price: own.is_some(),
            blocked: hold.is_some_and(|h| h.booking_id.is_none()),
            booking_id: hold.and_then(|h| h.booking_id),
        });
        day = day.next_day().unwrap_or(until);
    }
    Ok(HostCalendar {
        listing_id: id,
        nights,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(from: &str, to: &str) -> CalendarChange {
        CalendarChange {
            from: from.into(),
            to: to.into(),
            blocked: Some(true),
            ..CalendarChange::default()
        }
    }

    #[test]
    fn changes_are_checked_one_by_one() {
        assert!(parse(&[]).is_err());
        let ok = parse(&[change("2030-01-01", "2030-01-05")]).expect("valid");
        assert_eq!(ok[0].blocked, Some(true));
        let errors = parse(&[
            change("2030-01-05", "2030-01-01"),
            change("not a date", "2030-01-01"),
            CalendarChange {
                price_minor: Some(0),
                ..change("2030-01-01", "2030-01-02")
            },
            CalendarChange {
                blocked: None,
                ..change("2030-01-01", "2030-01-02")
            },
        ])
        .expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "changes[0].to",
                "changes[1].from",
                "changes[2].price_minor",
                "changes[3].blocked"
            ]
        );
    }
}
