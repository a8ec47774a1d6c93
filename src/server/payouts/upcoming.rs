//! What a host is still to be paid: the shares in no payout yet (`upcoming_payout_shares`:
//! confirmed stays, and settled shares not gathered yet), grouped by expected release and
//! currency, as the payout each group will become.

use super::read::{money, rfc3339};
use crate::app::types::payouts::{PayoutStay, UpcomingPayout};
use sqlx::PgPool;
use std::collections::BTreeMap;
use uuid::Uuid;

pub(super) struct Upcoming {
    /// The first `limit` groups, soonest first.
    pub groups: Vec<UpcomingPayout>,
    /// Whether more groups follow.
    pub more: bool,
    /// Every group's amount, summed per currency code.
    pub totals: BTreeMap<String, i64>,
}

pub(super) async fn load(pool: &PgPool, host: Uuid, limit: i64) -> Result<Upcoming, sqlx::Error> {
    let groups = sqlx::query!(
        r#"SELECT release_at AS "release_at!", currency AS "currency!",
                  sum(amount_minor)::bigint AS "amount!"
           FROM upcoming_payout_shares WHERE host_id = $1
           GROUP BY release_at, currency
           ORDER BY release_at, currency"#,
        host
    )
    .fetch_all(pool)
    .await?;
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for g in &groups {
        *totals.entry(g.currency.trim().to_owned()).or_default() += g.amount;
    }
    let shown = usize::try_from(limit).unwrap_or(0).min(groups.len());
    let more = groups.len() > shown;
    let Some(last) = shown.checked_sub(1).map(|i| groups[i].release_at) else {
        return Ok(Upcoming {
            groups: Vec::new(),
            more,
            totals,
        });
    };
    let stays = sqlx::query!(
        r#"SELECT release_at AS "release_at!", currency AS "currency!", booking_id AS "booking_id!",
                  listing_id AS "listing_id!", listing_title AS "listing_title!",
                  check_in AS "check_in!", check_out AS "check_out!", status AS "status!",
                  amount_minor AS "amount_minor!"
           FROM upcoming_payout_shares WHERE host_id = $1 AND release_at <= $2
           ORDER BY release_at, currency, check_out, booking_id"#,
        host,
        last
    )
    .fetch_all(pool)
    .await?;
    let mut out: Vec<UpcomingPayout> = groups[..shown]
        .iter()
        .map(|g| UpcomingPayout {
            release_at: rfc3339(g.release_at),
            amount: money(g.amount, &g.currency),
            stays: Vec::new(),
        })
        .collect();
    let index: BTreeMap<(time::OffsetDateTime, String), usize> = groups[..shown]
        .iter()
        .enumerate()
        .map(|(i, g)| ((g.release_at, g.currency.trim().to_owned()), i))
        .collect();
    for s in stays {
        // Stays of a group cut off by the limit (another currency at the last time) are
        // not shown; every other one belongs to exactly one group.
        let key = (s.release_at, s.currency.trim().to_owned());
        if let Some(&i) = index.get(&key) {
            out[i].stays.push(PayoutStay {
                booking_id: s.booking_id,
                listing_id: s.listing_id,
                listing_title: s.listing_title,
                check_in: s.check_in.to_string(),
                check_out: s.check_out.to_string(),
                booking_status: s.status,
                amount: money(s.amount_minor, &s.currency),
            });
        }
    }
    Ok(Upcoming {
        groups: out,
        more,
        totals,
    })
}
