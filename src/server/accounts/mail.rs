//! The account's own e-mails (password reset, e-mail verification and change): asked for in a
//! request's transaction as an event on [`STREAM`], sent by the mailer (`server::mail`),
//! which creates the link's token when it sends. Tokens are 256 random bits, URL-safe;
//! only their SHA-256 is stored, with an expiry and the moment they were used.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// The outbox stream of account e-mails; the mailer is its consumer.
pub const STREAM: crate::server::platform::outbox::Stream =
    crate::server::platform::outbox::Stream {
        name: "account_mail",
        consumers: &[crate::server::notifications::MAILER],
    };

/// How long a password-reset link works.
pub const RESET_TTL: Duration = Duration::minutes(30);
/// How long a verification link works.
pub const VERIFICATION_TTL: Duration = Duration::hours(48);

/// Which e-mail.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AccountMail {
    PasswordReset,
    /// To `email`, the account's address: prove it (at sign-up, or asked again).
    VerifyEmail {
        email: String,
    },
    /// To `email`, the address the account asked to change to: prove it, and the change
    /// takes effect.
    ChangeEmail {
        email: String,
    },
    /// To `old_email`, once a change took effect: the account's address is now another.
    EmailChanged {
        old_email: String,
    },
}

/// An `account_mail` event.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccountMailEvent {
    pub event_type: String,
    pub event_id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub timestamp: OffsetDateTime,
    pub user_id: Uuid,
    #[serde(flatten)]
    pub mail: AccountMail,
}

/// Asks for `mail` to `user`, in the caller's transaction.
pub async fn publish(
    tx: &mut PgConnection,
    user: Uuid,
    mail: AccountMail,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let event_id = Uuid::new_v4();
    crate::server::platform::outbox::publish(
        tx,
        STREAM,
        event_id,
        "account_mail",
        None,
        &AccountMailEvent {
            event_type: "account_mail".into(),
            event_id,
            timestamp: now,
            user_id: user,
            mail,
        },
        now,
    )
    .await
}

/// A new token and the digest stored for it.
fn new_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = digest(&token);
    (token, hash)
}

/// The stored form of a token.
pub(super) fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.trim().as_bytes()).to_vec()
}

/// Stores a new password-reset token for `user`, valid for [`RESET_TTL`] from `at`; the
/// plain token, for the link (the mailer's transaction).
pub async fn issue_reset(
    tx: &mut PgConnection,
    user: Uuid,
    at: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let (token, hash) = new_token();
    sqlx::query!(
        "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at)
         VALUES ($1, $2, $3, $4)",
        user,
        hash,
        at,
        at + RESET_TTL
    )
    .execute(&mut *tx)
    .await?;
    Ok(token)
}

/// Stores a new verification token for `user`'s `email`, valid for [`VERIFICATION_TTL`].
pub async fn issue_verification(
    tx: &mut PgConnection,
    user: Uuid,
    email: &str,
    at: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let (token, hash) = new_token();
    sqlx::query!(
        "INSERT INTO email_verifications (user_id, email, token_hash, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
        user,
        email,
        hash,
        at,
        at + VERIFICATION_TTL
    )
    .execute(&mut *tx)
    .await?;
    Ok(token)
}
