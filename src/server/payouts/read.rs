//! A host's payouts as the dashboard and `GET /api/v1/host/payouts` show them.

use super::query::PageQuery;
use super::upcoming;
use crate::app::types::payouts::{HostPayouts, Payout, PayoutStatus, PayoutStay, PayoutTotals};
use crate::app::types::{AppError, Currency, Money};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use sqlx::PgPool;
use std::collections::BTreeMap;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uuid::Uuid;

/// `host`'s payouts: the totals, every scheduled payout, the page of paid ones `page`
/// asks for and the next upcoming releases. A `before` that is not one of the host's paid
/// payouts is a 404, as if it did not exist.
pub async fn host_payouts(
    db: &DbScope,
    host: Uuid,
    page: PageQuery,
) -> Result<HostPayouts, AppError> {
    db.read(|pool| async move { load(&pool, host, page).await })
        .await
        .map_err(|e| db_error(e, "payouts"))?
        .ok_or_else(|| AppError::NotFound("Payout".into()))
}

/// An amount in a stored currency code (the schema allows only the three Haven knows).
pub(super) fn money(amount_minor: i64, code: &str) -> Money {
    let currency = Currency::from_code(code.trim()).unwrap_or_else(|| {
        tracing::error!(code, "a payout in an unknown currency");
        Currency::Usd
    });
    Money::new(amount_minor, currency)
}

pub(super) fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

struct PayoutRow {
    id: i64,
    status: String,
    currency: String,
    amount_minor: i64,
    release_at: OffsetDateTime,
    paid_at: Option<OffsetDateTime>,
    reference: Option<String>,
}

async fn load(
    pool: &PgPool,
    host: Uuid,
    page: PageQuery,
) -> Result<Option<HostPayouts>, sqlx::Error> {
    let cursor = match page.before {
        None => None,
        Some(id) => match sqlx::query_scalar!(
            "SELECT release_at FROM payouts WHERE id = $1 AND host_id = $2 AND status = 'paid'",
            id,
            host
        )
        .fetch_optional(pool)
        .await?
        {
            Some(at) => Some((at, id)),
            None => return Ok(None),
        },
    };
    let scheduled = sqlx::query_as!(
        PayoutRow,
        r#"SELECT id, status, currency AS "currency!", amount_minor, release_at, paid_at, reference
           FROM payouts WHERE host_id = $1 AND status = 'scheduled'
           ORDER BY release_at, id"#,
        host
    )
    .fetch_all(pool)
    .await?;
    // One more than the page, to know whether another follows.
    let mut paid = sqlx::query_as!(
        PayoutRow,
        r#"SELECT id, status, currency AS "currency!", amount_minor, release_at, paid_at, reference
           FROM payouts
           WHERE host_id = $1 AND status = 'paid'
             AND ($2::timestamptz IS NULL OR (release_at, id) < ($2, $3::bigint))
           ORDER BY release_at DESC, id DESC
           LIMIT $4"#,
        host,
        cursor.map(|(at, _)| at),
        cursor.map(|(_, id)| id),
        page.limit + 1
    )
    .fetch_all(pool)
    .await?;
    let more = paid.len() as i64 > page.limit;
    paid.truncate(usize::try_from(page.limit).unwrap_or(0));
    let next_before = more.then(|| paid.last().map(|p| p.id)).flatten();

    let ids: Vec<i64> = scheduled.iter().chain(&paid).map(|p| p.id).collect();
    let mut stays = stays_of(pool, &ids).await?;
    let scheduled = scheduled
        .into_iter()
        .map(|r| payout_of(r, &mut stays))
        .collect();
    let paid = paid.into_iter().map(|r| payout_of(r, &mut stays)).collect();

    let upcoming = upcoming::load(pool, host, page.limit).await?;
    let totals = totals(pool, host, &upcoming.totals).await?;
    Ok(Some(HostPayouts {
        totals,
        scheduled,
        paid,
        next_before,
        upcoming: upcoming.groups,
        more_upcoming: upcoming.more,
    }))
}

fn payout_of(row: PayoutRow, stays: &mut BTreeMap<i64, Vec<PayoutStay>>) -> Payout {
    Payout {
        id: row.id,
        status: PayoutStatus::parse(&row.status).unwrap_or(PayoutStatus::Scheduled),
        amount: money(row.amount_minor, &row.currency),
        release_at: rfc3339(row.release_at),
        paid_at: row.paid_at.map(rfc3339),
        reference: row.reference,
        stays: stays.remove(&row.id).unwrap_or_default(),
    }
}

/// The stays each of `payouts` covers, by payout, in check-out order.
async fn stays_of(
    pool: &PgPool,
    payouts: &[i64],
) -> Result<BTreeMap<i64, Vec<PayoutStay>>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT i.payout_id, b.id, b.listing_id, l.title, b.check_in, b.check_out, b.status,
                  i.amount_minor, p.currency AS "currency!"
           FROM payout_items i
           JOIN payouts p ON p.id = i.payout_id
           JOIN bookings b ON b.id = i.booking_id
           JOIN listings l ON l.id = b.listing_id
           WHERE i.payout_id = ANY($1)
           ORDER BY i.payout_id, b.check_out, b.id"#,
        payouts
    )
    .fetch_all(pool)
    .await?;
    let mut by_payout: BTreeMap<i64, Vec<PayoutStay>> = BTreeMap::new();
    for r in rows {
        by_payout.entry(r.payout_id).or_default().push(PayoutStay {
            booking_id: r.id,
            listing_id: r.listing_id,
            listing_title: r.title,
            check_in: r.check_in.to_string(),
            check_out: r.check_out.to_string(),
            booking_status: r.status,
            amount: money(r.amount_minor, &r.currency),
        });
    }
    Ok(by_payout)
}

/// Paid and scheduled sums per currency from `payouts`, with the upcoming ones, by code.
async fn totals(
    pool: &PgPool,
    host: Uuid,
    upcoming: &BTreeMap<String, i64>,
) -> Result<Vec<PayoutTotals>, sqlx::Error> {
    let rows = sqlx::query!(
        r#"SELECT currency AS "currency!",
                  COALESCE(sum(amount_minor) FILTER (WHERE status = 'paid'), 0)::bigint AS "paid!",
                  COALESCE(sum(amount_minor) FILTER (WHERE status = 'scheduled'), 0)::bigint AS "scheduled!"
           FROM payouts WHERE host_id = $1 GROUP BY currency"#,
        host
    )
    .fetch_all(pool)
    .await?;
    let mut by_code: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for r in rows {
        let t = by_code.entry(r.currency.trim().to_owned()).or_default();
        (t.0, t.1) = (r.paid, r.scheduled);
    }
    for (code, amount) in upcoming {
        by_code.entry(code.clone()).or_default().2 = *amount;
    }
    Ok(by_code
        .into_iter()
        .map(|(code, (paid, scheduled, upcoming))| PayoutTotals {
            paid: money(paid, &code),
            scheduled: money(scheduled, &code),
            upcoming: money(upcoming, &code),
        })
        .collect())
}
