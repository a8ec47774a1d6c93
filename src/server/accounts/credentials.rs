//! Registration, sign-in checks and password changes.

use super::AccountError;
use super::mail::AccountMail;
use super::password::{self, NewPassword};
use crate::app::types::AppError;
use crate::app::types::account::{DisplayName, Email, FieldError};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use uuid::Uuid;

/// The fields of a sign-up, parsed.
pub struct Registration {
    pub email: Email,
    pub display_name: DisplayName,
    pub password: NewPassword,
}

impl Registration {
    /// Parses every field and reports every problem at once.
    pub fn parse(email: &str, display_name: &str, password: &str) -> Result<Self, AccountError> {
        let email = Email::parse(email);
        let name = DisplayName::parse(display_name);
        let context: Vec<&str> = [
            email.as_ref().map(|e| e.as_str()).unwrap_or(""),
            display_name,
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        let password = NewPassword::parse(password, &context);
        match (email, name, password) {
            (Ok(email), Ok(display_name), Ok(password)) => Ok(Self {
                email,
                display_name,
                password,
            }),
            (e, n, p) => Err(AccountError::Invalid(
                [e.err(), n.err(), p.err()].into_iter().flatten().collect(),
            )),
        }
    }
}

/// Who proved their identity, and the account's credential epoch at that moment (a session
/// signed in under an older epoch is no longer honoured).
#[derive(Clone, Copy, Debug)]
pub struct Credentials {
    pub id: Uuid,
    pub epoch: i32,
}

/// Creates the account; returns its id.
#[tracing::instrument(skip_all)]
/// The account starts unverified; the verification e-mail is asked for in the same
/// transaction.
pub async fn register(
    db: &DbScope,
    registration: Registration,
    now: time::OffsetDateTime,
) -> Result<Credentials, AccountError> {
    let hash = password::hash(registration.password).await.map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AccountError::App(AppError::Internal)
    })?;
    let email = registration.email.as_str().to_owned();
    let name = registration.display_name.as_str().to_owned();
    let result = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let id = sqlx::query_scalar!(
                r#"INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
                   RETURNING id"#,
                email,
                name,
                hash.0
            )
            .fetch_one(&mut *tx)
            .await?;
            let mail = AccountMail::VerifyEmail { email };
            super::mail::publish(&mut tx, id, mail, now).await?;
            tx.commit().await?;
            Ok(id)
        })
        .await;
    match result {
        Ok(id) => Ok(Credentials { id, epoch: 0 }),
        Err(sqlx::Error::Database(e)) if e.constraint() == Some("users_email_lower_key") => {
            Err(AccountError::EmailTaken)
        }
        Err(e) => Err(db_error(e, "register").into()),
    }
}

/// Checks an email and password. Unknown emails cost the same argon2 work as wrong
/// passwords, and both give the same error.
#[tracing::instrument(skip_all)]
pub async fn authenticate(
    db: &DbScope,
    email: &str,
    password: &str,
) -> Result<Credentials, AccountError> {
    let row = sqlx::query!(
        "SELECT id, auth_epoch, password_hash FROM users WHERE lower(email) = lower($1)",
        email.trim()
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "authenticate"))?;
    let (account, stored) = match row {
        Some(r) => (
            Some(Credentials {
                id: r.id,
                epoch: r.auth_epoch,
            }),
            r.password_hash,
        ),
        None => (None, None),
    };
    let ok = password::verify(password.to_owned(), stored)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "password verification failed");
            AccountError::App(AppError::Internal)
        })?;
    match (ok, account) {
        (true, Some(account)) => Ok(account),
        _ => Err(AccountError::InvalidCredentials),
    }
}

/// Changes `user`'s password after checking the current one. Every other sign-in ends:
/// the account's epoch moves on (sessions of older epochs are refused) and its API tokens
/// are revoked, except `keep_token` (the token making this request, if any). Returns the
/// new credentials, for re-signing the current session.
#[tracing::instrument(skip_all)]
pub async fn change_password(
    db: &DbScope,
    user: Uuid,
    current: &str,
    new: &str,
    keep_token: Option<i64>,
) -> Result<Credentials, AccountError> {
    let row = sqlx::query!(
        "SELECT email, display_name, password_hash FROM users WHERE id = $1",
        user
    )
    .fetch_optional(db.db().primary())
    .await
    .map_err(|e| db_error(e, "change password"))?
    .ok_or(AccountError::App(AppError::Unauthorized))?;
    let new_password = if current == new {
        Err(FieldError::new(
            "new_password",
            crate::tr!("account-error-same-password"),
        ))
    } else {
        NewPassword::parse(new, &[&row.email, &row.display_name]).map_err(|e| FieldError {
            field: "new_password".into(),
            ..e
        })
    };
    let current_ok = password::verify(current.to_owned(), row.password_hash)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "password verification failed");
            AccountError::App(AppError::Internal)
        })?;
    let mut errors = Vec::new();
    if !current_ok {
        errors.push(FieldError::new(
            "current_password",
            crate::tr!("account-error-wrong-password"),
        ));
    }
    let new_password = new_password.map_err(|e| errors.push(e)).ok();
    let Some(new_password) = new_password.filter(|_| errors.is_empty()) else {
        return Err(AccountError::Invalid(errors));
    };
    let hash = password::hash(new_password).await.map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AccountError::App(AppError::Internal)
    })?;
    let epoch = db
        .write(|pool| async move {
            let mut tx = pool.begin().await?;
            let epoch = sqlx::query_scalar!(
                r#"UPDATE users SET password_hash = $2, auth_epoch = auth_epoch + 1,
                          updated_at = now()
                   WHERE id = $1 RETURNING auth_epoch"#,
                user,
                hash.0
            )
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query!(
                r#"UPDATE api_tokens SET revoked_at = now()
                   WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2"#,
                user,
                keep_token
            )
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(epoch)
        })
        .await
        .map_err(|e| db_error(e, "change password"))?;
    Ok(Credentials { id: user, epoch })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_reports_every_bad_field() {
        let Err(AccountError::Invalid(errors)) = Registration::parse("nope", "", "short") else {
            panic!("expected invalid");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "display_name", "password"]);
    }
}
