//! Changing the account's e-mail address: asked for with the current password, it takes
//! effect only when the link sent to the new address is followed
//! ([`super::verification::confirm`]). Until then the account keeps its address, and
//! `users.pending_email` remembers the one asked for (only the latest request counts).

use super::AccountError;
use super::mail::{self, AccountMail};
use super::password;
use crate::app::types::AppError;
use crate::app::types::account::{Email, FieldError};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use time::OffsetDateTime;
use uuid::Uuid;

/// Asks to change `user`'s address to `new`: checks the current password, then e-mails a
/// link to `new`. Every problem is reported at once, by field (`email`, `current_password`).
#[tracing::instrument(skip_all)]
pub async fn request_change(
    db: &DbScope,
    user: Uuid,
    current_password: &str,
    new: &Email,
    now: OffsetDateTime,
) -> Result<(), AccountError> {
    let row = sqlx::query!(
        r#"SELECT email, password_hash,
                  EXISTS (SELECT 1 FROM users o WHERE lower(o.email) = lower($2) AND o.id <> $1)
                      AS "taken!"
           FROM users WHERE id = $1"#,
        user,
        new.as_str()
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "change email"))?
    .ok_or(AccountError::App(AppError::Unauthorized))?;
    let mut errors = Vec::new();
    if row.email.eq_ignore_ascii_case(new.as_str()) {
        errors.push(FieldError::new(
            "email",
            crate::tr!("account-error-same-email"),
        ));
    } else if row.taken {
        errors.push(FieldError::new(
            "email",
            crate::tr!("account-error-email-in-use"),
        ));
    }
    let current_ok = password::verify(current_password.to_owned(), row.password_hash)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "password verification failed");
            AccountError::App(AppError::Internal)
        })?;
    if !current_ok {
        errors.push(FieldError::new(
            "current_password",
            crate::tr!("account-error-wrong-password"),
        ));
    }
    if !errors.is_empty() {
        return Err(AccountError::Invalid(errors));
    }
    let email = new.as_str().to_owned();
    db.write(|pool| async move {
        let mut tx = pool.begin().await?;
        sqlx::query!(
            "UPDATE users SET pending_email = $2, updated_at = now() WHERE id = $1",
            user,
            email
        )
        .execute(&mut *tx)
        .await?;
        mail::publish(&mut tx, user, AccountMail::ChangeEmail { email }, now).await?;
        tx.commit().await
    })
    .await
    .map_err(|e| db_error(e, "change email").into())
}
