//! Sending due payouts through the rail, one transaction each.

use super::rail::{PayoutRail, Transfer};
use crate::app::types::{Currency, Money};
use crate::server::notifications;
use sqlx::PgPool;
use time::OffsetDateTime;

/// At most this many payouts a run; the rest wait for the next one.
const MAX_PER_RUN: usize = 500;

/// What one run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PayStats {
    pub paid: usize,
    pub refused: usize,
}

/// Sends every scheduled payout whose release time has come by `now`, soonest first. Each
/// is taken under its row lock (`SKIP LOCKED`: another worker takes the next one), sent,
/// marked paid with the rail's reference and told to the host, in one transaction; a
/// refused one stays scheduled for the next run.
pub async fn pay_due(
    pool: &PgPool,
    rail: &dyn PayoutRail,
    now: OffsetDateTime,
) -> Result<PayStats, sqlx::Error> {
    let mut stats = PayStats::default();
    let mut refused: Vec<i64> = Vec::new();
    while stats.paid + stats.refused < MAX_PER_RUN {
        let mut tx = pool.begin().await?;
        let due = sqlx::query!(
            r#"SELECT p.id, p.host_id, p.currency AS "currency!", p.amount_minor,
                      (SELECT count(*) FROM payout_items i WHERE i.payout_id = p.id) AS "stays!"
               FROM payouts p
               WHERE p.status = 'scheduled' AND p.release_at <= $1 AND p.id <> ALL($2)
               ORDER BY p.release_at, p.id
               LIMIT 1
               FOR UPDATE OF p SKIP LOCKED"#,
            now,
            &refused
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some(due) = due else { break };
        let transfer = Transfer {
            payout_id: due.id,
            host_id: due.host_id,
            currency: due.currency.trim().to_owned(),
            amount_minor: due.amount_minor,
            idempotency_key: format!("payout:{}", due.id),
            at: now,
        };
        let reference = match rail.transfer(&transfer).await {
            Ok(reference) => reference,
            Err(e) => {
                tracing::warn!(payout = due.id, rail = rail.name(), error = %e, "payout refused");
                tx.rollback().await?;
                refused.push(due.id);
                stats.refused += 1;
                continue;
            }
        };
        sqlx::query!(
            "UPDATE payouts SET status = 'paid', paid_at = $2, reference = $3 WHERE id = $1",
            due.id,
            now,
            reference
        )
        .execute(&mut *tx)
        .await?;
        let amount = Currency::from_code(&transfer.currency).map_or_else(
            || format!("{} {}", transfer.amount_minor, transfer.currency),
            |c| {
                format!(
                    "{} {}",
                    Money::new(transfer.amount_minor, c).display(),
                    c.code()
                )
            },
        );
        let stays = match due.stays {
            1 => "1 stay".to_string(),
            n => format!("{n} stays"),
        };
        notifications::send(
            &mut tx,
            due.host_id,
            "payout_paid",
            None,
            "Payout sent",
            format!("{amount} for {stays} is on its way to you (reference {reference})."),
            now,
        )
        .await?;
        tx.commit().await?;
        stats.paid += 1;
    }
    Ok(stats)
}
