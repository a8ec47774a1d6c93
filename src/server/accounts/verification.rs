//! E-mail verification: a new account gets a link at sign-up (and on request); until it is
//! followed the account can browse and save, but not book or publish a listing
//! ([`require_verified`]). A verification link carries the address it proves, so a change
//! of address (`super::change_email`) takes effect only through it.

use super::mail::{self, AccountMail};
use crate::app::types::AppError;
use crate::app::types::recovery::{MailToken, bad_link};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use sqlx::PgConnection;
use time::OffsetDateTime;
use uuid::Uuid;

/// Refuses an unverified account (in the caller's transaction, on the primary).
pub async fn require_verified(tx: &mut PgConnection, user: Uuid) -> Result<(), AppError> {
    let verified = sqlx::query_scalar!(
        r#"SELECT email_verified_at IS NOT NULL AS "verified!" FROM users WHERE id = $1"#,
        user
    )
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| db_error(e, "email verified"))?;
    match verified {
        Some(true) => Ok(()),
        Some(false) => Err(AppError::EmailUnverified),
        None => Err(AppError::Unauthorized),
    }
}

/// Follows a verification link: the address it names becomes the account's, verified.
/// Only a link for the account's own address or for the latest change asked for
/// (`pending_email`) works. When the address changes, the old one is told, and every
/// password-reset and verification link still out (sent to the old address, or to an
/// address asked for earlier) stops working.
pub async fn confirm(db: &DbScope, token: &MailToken, now: OffsetDateTime) -> Result<(), AppError> {
    let hash = mail::digest(token.as_str());
    let outcome = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let Some(link) = sqlx::query!(
                "SELECT id, user_id, email FROM email_verifications
                 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
                 FOR UPDATE",
                hash,
                now
            )
            .fetch_optional(&mut *tx)
            .await?
            else {
                return Ok(false);
            };
            let user = sqlx::query!(
                "SELECT email, pending_email FROM users WHERE id = $1 FOR UPDATE",
                link.user_id
            )
            .fetch_one(&mut *tx)
            .await?;
            let changed = !user.email.eq_ignore_ascii_case(&link.email);
            let asked = user
                .pending_email
                .as_deref()
                .is_some_and(|p| p.eq_ignore_ascii_case(&link.email));
            if changed && !asked {
                return Ok(false);
            }
            sqlx::query!(
                "UPDATE email_verifications SET used_at = $2 WHERE id = $1",
                link.id,
                now
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!(
                "UPDATE users SET email = $2, updated_at = now(),
                        email_verified_at = CASE WHEN $4 THEN $3
                                                 ELSE COALESCE(email_verified_at, $3) END,
                        pending_email = CASE WHEN $4 THEN NULL ELSE pending_email END
                 WHERE id = $1",
                link.user_id,
                link.email,
                now,
                changed
            )
            .execute(&mut *tx)
            .await?;
            if changed {
                sqlx::query!(
                    "UPDATE password_resets SET expires_at = $2
                     WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2",
                    link.user_id,
                    now
                )
                .execute(&mut *tx)
                .await?;
                sqlx::query!(
                    "UPDATE email_verifications SET expires_at = $2
                     WHERE user_id = $1 AND used_at IS NULL AND expires_at > $2",
                    link.user_id,
                    now
                )
                .execute(&mut *tx)
                .await?;
                let old_email = user.email;
                mail::publish(
                    &mut tx,
                    link.user_id,
                    AccountMail::EmailChanged { old_email },
                    now,
                )
                .await?;
            }
            tx.commit().await?;
            Ok(true)
        })
        .await;
    match outcome {
        Ok(true) => Ok(()),
        Ok(false) => Err(AppError::BadRequest(bad_link())),
        Err(sqlx::Error::Database(e)) if e.constraint() == Some("users_email_lower_key") => Err(
            AppError::Conflict(crate::tr!("account-error-email-in-use-now")),
        ),
        Err(e) => Err(db_error(e, "verify email")),
    }
}

/// Sends `user` a new verification link, unless the account is verified already.
pub async fn resend(db: &DbScope, user: Uuid, now: OffsetDateTime) -> Result<(), AppError> {
    let sent = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let row = sqlx::query!(
                "SELECT email, email_verified_at FROM users WHERE id = $1",
                user
            )
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row.filter(|r| r.email_verified_at.is_none()) else {
                return Ok(false);
            };
            let email = row.email;
            mail::publish(&mut tx, user, AccountMail::VerifyEmail { email }, now).await?;
            tx.commit().await?;
            Ok(true)
        })
        .await
        .map_err(|e| db_error(e, "resend verification"))?;
    if sent {
        Ok(())
    } else {
        Err(AppError::Conflict(crate::tr!(
            "account-error-already-verified"
        )))
    }
}
