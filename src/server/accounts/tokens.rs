//! Opaque bearer tokens for API clients: 256 random bits, shown once, stored as SHA-256,
//! revocable, expiring. Looked up on the primary so revocation takes effect at once.

use crate::server::platform::db::DbScope;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use uuid::Uuid;

/// Recognisable in logs and secret scanners.
const PREFIX: &str = "hvn_";

/// A freshly issued token: the only time its plain text exists.
pub struct Issued {
    pub token: String,
    pub expires_at: OffsetDateTime,
}

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Issues a token for `user` that expires after `ttl`.
pub async fn issue(db: &DbScope, user: Uuid, ttl: time::Duration) -> Result<Issued, sqlx::Error> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = digest(&token);
    let expires_at = OffsetDateTime::now_utc() + ttl;
    db.write(|pool| async move {
        sqlx::query!(
            "INSERT INTO api_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3)",
            user,
            hash,
            expires_at
        )
        .execute(&pool)
        .await
    })
    .await?;
    Ok(Issued { token, expires_at })
}

/// The live token's id and owner, or `None` for an unknown, expired or revoked token.
pub async fn authenticate(db: &DbScope, token: &str) -> Result<Option<(i64, Uuid)>, sqlx::Error> {
    if !token.starts_with(PREFIX) || token.len() > 100 {
        return Ok(None);
    }
    let row = sqlx::query!(
        "SELECT id, user_id FROM api_tokens
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()",
        digest(token)
    )
    .fetch_optional(db.db().primary())
    .await?;
    Ok(row.map(|r| (r.id, r.user_id)))
}

/// Revokes one token.
pub async fn revoke(db: &DbScope, token_id: i64) -> Result<(), sqlx::Error> {
    db.write(|pool| async move {
        sqlx::query!(
            "UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL",
            token_id
        )
        .execute(&pool)
        .await
    })
    .await?;
    Ok(())
}
