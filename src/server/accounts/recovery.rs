//! "Forgot password": a request e-mails a single-use link (30 minutes) to the account's
//! address, if there is such an account, and answers the same either way; confirming the
//! link's token sets the new password and ends every sign-in (the credential epoch moves
//! on and every API token is revoked).

use super::AccountError;
use super::mail::{self, AccountMail};
use super::password::{self, NewPassword};
use crate::app::types::AppError;
use crate::app::types::account::{Email, FieldError};
use crate::app::types::recovery::{MailToken, bad_link};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::OffsetDateTime;

/// Asks for a reset link for `email`. Nothing tells the caller whether an account has
/// that address: the work and the answer are the same but for the event written.
#[tracing::instrument(skip_all)]
pub async fn request_reset(
    db: &DbScope,
    email: &Email,
    now: OffsetDateTime,
) -> Result<(), AppError> {
    let email = email.as_str().to_owned();
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        let user =
            sqlx::query_scalar!("SELECT id FROM users WHERE lower(email) = lower($1)", email)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(user) = user {
            mail::publish(&mut tx, user, AccountMail::PasswordReset, now).await?;
        }
        tx.commit().await
    })
    .await
    .map_err(|e| db_error(e, "request password reset"))
}

/// A link that is unknown, used or expired: one answer for all three.
fn invalid_link() -> AccountError {
    AccountError::Invalid(vec![FieldError::new("token", bad_link())])
}

/// Sets a new password with a reset token. Every session and API token of the account
/// ends; the reset proves the mailbox too, so an unverified address becomes verified.
#[tracing::instrument(skip_all)]
pub async fn confirm_reset(
    db: &DbScope,
    token: &MailToken,
    new_password: &str,
    now: OffsetDateTime,
) -> Result<(), AccountError> {
    let hash = mail::digest(token.as_str());
    let row = sqlx::query!(
        "SELECT r.id, r.user_id, u.email, u.display_name
         FROM password_resets r JOIN users u ON u.id = r.user_id
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2",
        hash,
        now
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "password reset"))?
    .ok_or_else(invalid_link)?;
    let new_password =
        NewPassword::parse(new_password, &[&row.email, &row.display_name]).map_err(|e| {
            AccountError::Invalid(vec![FieldError {
                field: "password".into(),
                ..e
            }])
        })?;
    let password_hash = password::hash(new_password).await.map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AccountError::App(AppError::Internal)
    })?;
    let (reset, user) = (row.id, row.user_id);
    let used = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            // Taken once: a second use, even a concurrent one, finds it used.
            let taken = sqlx::query!(
                "UPDATE password_resets SET used_at = $2 WHERE id = $1 AND used_at IS NULL",
                reset,
                now
            )
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if taken != 1 {
                return Ok(false);
            }
            sqlx::query!(
                "UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL",
                user,
                now
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!(
                "UPDATE users SET password_hash = $2, auth_epoch = auth_epoch + 1,
                        email_verified_at = coalesce(email_verified_at, $3), updated_at = now()
                 WHERE id = $1",
                user,
                password_hash.0,
                now
            )
            .execute(&mut *tx)
            .await?;
            sqlx::query!(
                "UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL",
                user
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(true)
        })
        .await
        .map_err(|e| db_error(e, "password reset"))?;
    if used { Ok(()) } else { Err(invalid_link()) }
}
