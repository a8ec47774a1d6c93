//! One-click unsubscribe (RFC 8058): a link signed with HMAC-SHA256 over the account and
//! the preference it turns off, so following it needs no sign-in and cannot be forged for
//! someone else. The token is the authority: `user.topic.mac`, URL-safe.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use sqlx::PgPool;
use uuid::Uuid;

/// An e-mail preference a person can switch off (the account page's toggles).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    /// `users.notify_booking_updates`: bookings and reviews.
    BookingUpdates,
    /// `users.notify_messages`: new messages.
    Messages,
}

impl Topic {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BookingUpdates => "booking_updates",
            Self::Messages => "messages",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "booking_updates" => Some(Self::BookingUpdates),
            "messages" => Some(Self::Messages),
            _ => None,
        }
    }

    /// How e-mails and pages name it.
    pub fn label(self, locale: crate::app::i18n::Locale) -> String {
        match self {
            Self::BookingUpdates => crate::tr_in!(locale, "mail-topic-booking-updates"),
            Self::Messages => crate::tr_in!(locale, "mail-topic-messages"),
        }
    }
}

fn mac(secret: &str, user: Uuid, topic: Topic) -> Hmac<Sha256> {
    // HMAC takes a key of any length.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(b"haven-unsubscribe\0");
    mac.update(user.as_bytes());
    mac.update(topic.as_str().as_bytes());
    mac
}

/// The token that switches `topic` off for `user`.
pub fn sign(secret: &str, user: Uuid, topic: Topic) -> String {
    let tag = mac(secret, user, topic).finalize().into_bytes();
    format!(
        "{}.{}.{}",
        user.simple(),
        topic.as_str(),
        URL_SAFE_NO_PAD.encode(tag)
    )
}

/// The account and preference of a genuine token; `None` for anything else.
pub fn verify(secret: &str, token: &str) -> Option<(Uuid, Topic)> {
    let mut parts = token.trim().splitn(3, '.');
    let user = Uuid::try_parse(parts.next()?).ok()?;
    let topic = Topic::parse(parts.next()?)?;
    let tag = URL_SAFE_NO_PAD.decode(parts.next()?).ok()?;
    mac(secret, user, topic).verify_slice(&tag).ok()?;
    Some((user, topic))
}

/// Switches `topic` off for `user`. False when the account no longer exists.
pub async fn apply(pool: &PgPool, user: Uuid, topic: Topic) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "UPDATE users SET notify_booking_updates = notify_booking_updates AND $2,
                          notify_messages = notify_messages AND $3, updated_at = now()
         WHERE id = $1",
        user,
        topic != Topic::BookingUpdates,
        topic != Topic::Messages
    )
    .execute(pool)
    .await?
    .rows_affected();
    Ok(done == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_token_verifies_and_a_changed_one_does_not() {
        let user = Uuid::new_v4();
        let token = sign("k", user, Topic::Messages);
        assert_eq!(verify("k", &token), Some((user, Topic::Messages)));
        assert_eq!(verify("other key", &token), None);
        let other = Uuid::new_v4();
        let forged = token.replacen(&user.simple().to_string(), &other.simple().to_string(), 1);
        assert_eq!(verify("k", &forged), None);
        let switched = token.replacen("messages", "booking_updates", 1);
        assert_eq!(verify("k", &switched), None);
        for junk in ["", "x", "a.b.c", "..", &format!("{token}x")] {
            assert_eq!(verify("k", junk), None, "{junk}");
        }
    }
}
