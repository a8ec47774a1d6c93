//! Profiles: what the header shows, the account as its owner sees it, updates, the photo.

use super::AccountError;
use crate::app::types::AppError;
use crate::app::types::account::{
    DisplayName, FieldError, Me, Notifications, Preferences, Profile, SessionUser,
};
use crate::server::platform::db::DbScope;
use crate::server::platform::error::db_error;
use uuid::Uuid;

/// What the header shows for a signed-in person (on every page): one indexed lookup, not
/// the whole account. `None` when the account no longer exists.
pub async fn session_user(db: &DbScope, id: Uuid) -> Result<Option<SessionUser>, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                "SELECT display_name, avatar_url FROM users WHERE id = $1",
                id
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "session user"))?;
    Ok(row.map(|r| SessionUser {
        id: id.to_string(),
        display_name: r.display_name,
        avatar_url: r.avatar_url,
    }))
}

/// The account as its owner sees it.
pub async fn me(db: &DbScope, id: Uuid) -> Result<Me, AppError> {
    let row = db
        .read(|pool| async move {
            sqlx::query!(
                r#"SELECT u.id, u.email, u.display_name, u.about, u.city, u.country, u.languages,
                          u.avatar_url, u.preferred_language, u.preferred_currency AS "preferred_currency!",
                          u.display_currency::text AS display_currency,
                          u.time_zone, u.notify_booking_updates, u.notify_messages, u.notify_marketing,
                          u.email_verified_at IS NOT NULL AS "email_verified!", u.pending_email,
                          EXISTS (SELECT 1 FROM listings l WHERE l.host_id = u.id) AS "is_host!"
                   FROM users u WHERE u.id = $1"#,
                id
            )
            .fetch_optional(&pool)
            .await
        })
        .await
        .map_err(|e| db_error(e, "me"))?
        .ok_or_else(|| AppError::NotFound("Account".into()))?;
    Ok(Me {
        id: row.id.to_string(),
        email: row.email,
        display_name: row.display_name,
        profile: Profile {
            about: row.about,
            city: row.city,
            country: row.country,
            languages: row.languages,
            avatar_url: row.avatar_url,
        },
        preferences: Preferences {
            language: row.preferred_language,
            currency: row.preferred_currency,
            display_currency: row.display_currency,
            time_zone: row.time_zone,
            notifications: Notifications {
                booking_updates: row.notify_booking_updates,
                messages: row.notify_messages,
                marketing: row.notify_marketing,
            },
        },
        is_host: row.is_host,
        email_verified: row.email_verified,
        pending_email: row.pending_email,
    })
}

/// What a profile update may change; absent (or null) fields stay as they are.
#[derive(Debug, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileUpdate {
    /// 1 to 60 characters.
    #[schema(example = "Ana")]
    pub display_name: Option<String>,
    /// At most 2,000 characters; empty clears it.
    pub about: Option<String>,
    /// At most 80 characters; empty clears it.
    pub city: Option<String>,
    /// At most 80 characters; empty clears it.
    pub country: Option<String>,
    /// Languages spoken: at most 10, each 1 to 40 characters.
    #[schema(max_items = 10, example = json!(["English", "Português"]))]
    pub languages: Option<Vec<String>>,
    /// The interface language, a language tag; empty for none (the browser's language).
    #[schema(example = "pt-BR")]
    pub language: Option<String>,
    /// A host's earnings and reports are in this currency (USD, EUR or GBP).
    #[schema(value_type = Option<crate::app::types::Currency>)]
    pub currency: Option<String>,
    /// Prices are shown converted into this currency (any of the 30 with exchange rates),
    /// marked approximate; empty for none (each listing in its own currency).
    #[schema(example = "EUR")]
    pub display_currency: Option<String>,
    /// An IANA time zone.
    #[schema(example = "Europe/Lisbon")]
    pub time_zone: Option<String>,
    pub notifications: Option<Notifications>,
}

/// A validated update, ready to write.
struct CleanUpdate {
    display_name: Option<String>,
    about: Option<String>,
    city: Option<String>,
    country: Option<String>,
    languages: Option<Vec<String>>,
    language: Option<String>,
    currency: Option<String>,
    display_currency: Option<String>,
    time_zone: Option<String>,
    notifications: Option<Notifications>,
}

fn optional_text(
    field: &str,
    value: Option<String>,
    max: usize,
) -> Result<Option<String>, FieldError> {
    match value.map(|v| v.trim().to_owned()) {
        Some(v) if v.chars().count() > max => Err(FieldError::new(
            field,
            crate::tr!("account-error-too-long", max = max),
        )),
        Some(v) if v.chars().any(|c| c.is_control() && c != '\n') => Err(FieldError::new(
            field,
            crate::tr!("account-error-control-characters"),
        )),
        other => Ok(other),
    }
}

impl ProfileUpdate {
    fn clean(self) -> Result<CleanUpdate, AccountError> {
        let mut errors = Vec::new();
        let mut keep =
            |r: Result<Option<String>, FieldError>| r.map_err(|e| errors.push(e)).ok().flatten();
        let display_name = match self.display_name {
            Some(n) => keep(DisplayName::parse(&n).map(|d| Some(d.as_str().to_owned()))),
            None => None,
        };
        let about = keep(optional_text("about", self.about, 2_000));
        let city = keep(optional_text("city", self.city, 80));
        let country = keep(optional_text("country", self.country, 80));
        let language = keep(match self.language {
            // Empty: no preference (the cookie and the browser decide).
            Some(l) if l.trim().is_empty() => Ok(Some(String::new())),
            Some(l) if is_language_tag(&l) => Ok(Some(l)),
            Some(_) => Err(FieldError::new(
                "language",
                crate::tr!("account-error-language"),
            )),
            None => Ok(None),
        });
        let currency = keep(match self.currency {
            // The currency figures are reported in: one listings are priced in.
            Some(c)
                if crate::app::types::Currency::from_code(&c)
                    .is_some_and(|c| crate::app::types::Currency::LISTING.contains(&c)) =>
            {
                Ok(Some(c))
            }
            Some(_) => Err(FieldError::new(
                "currency",
                crate::tr!("account-error-currency"),
            )),
            None => Ok(None),
        });
        let display_currency = keep(match self.display_currency.as_deref().map(str::trim) {
            Some("") => Ok(Some(String::new())),
            Some(c) if crate::app::types::Currency::from_code(c).is_some() => {
                Ok(Some(c.to_owned()))
            }
            Some(_) => Err(FieldError::new(
                "display_currency",
                crate::tr!("account-error-display-currency"),
            )),
            None => Ok(None),
        });
        let time_zone = keep(match self.time_zone {
            Some(tz) if is_time_zone(&tz) => Ok(Some(tz)),
            Some(_) => Err(FieldError::new(
                "time_zone",
                crate::tr!("account-error-time-zone"),
            )),
            None => Ok(None),
        });
        let languages = match self.languages {
            Some(list)
                if list.len() > 10
                    || list
                        .iter()
                        .any(|l| l.trim().is_empty() || l.chars().count() > 40) =>
            {
                errors.push(FieldError::new(
                    "languages",
                    crate::tr!("account-error-languages"),
                ));
                None
            }
            Some(list) => Some(list.into_iter().map(|l| l.trim().to_owned()).collect()),
            None => None,
        };
        if !errors.is_empty() {
            return Err(AccountError::Invalid(errors));
        }
        Ok(CleanUpdate {
            display_name,
            about,
            city,
            country,
            languages,
            language,
            currency,
            display_currency,
            time_zone,
            notifications: self.notifications,
        })
    }
}

fn is_language_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    (b.len() == 2 && b.iter().all(u8::is_ascii_lowercase))
        || (b.len() == 5
            && b[..2].iter().all(u8::is_ascii_lowercase)
            && b[2] == b'-'
            && b[3..].iter().all(u8::is_ascii_uppercase))
}

fn is_time_zone(tz: &str) -> bool {
    // IANA names: Area/Location[/Sub], or UTC. The full list is the database's concern later.
    tz == "UTC"
        || (tz.len() <= 64
            && tz.contains('/')
            && tz.split('/').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_-+".contains(c))
            }))
}

/// Applies a profile update; returns the account as it is now.
pub async fn update_profile(
    db: &DbScope,
    id: Uuid,
    update: ProfileUpdate,
) -> Result<Me, AccountError> {
    let u = update.clean()?;
    let (booking, messages, marketing) = match u.notifications {
        Some(n) => (Some(n.booking_updates), Some(n.messages), Some(n.marketing)),
        None => (None, None, None),
    };
    db.write(|pool| async move {
        sqlx::query!(
            r#"UPDATE users SET
                 display_name = COALESCE($2, display_name),
                 about = CASE WHEN $3::text IS NULL THEN about ELSE NULLIF($3, '') END,
                 city = CASE WHEN $4::text IS NULL THEN city ELSE NULLIF($4, '') END,
                 country = CASE WHEN $5::text IS NULL THEN country ELSE NULLIF($5, '') END,
                 languages = COALESCE($6, languages),
                 preferred_language = CASE WHEN $7::text IS NULL THEN preferred_language
                                           ELSE NULLIF($7, '') END,
                 preferred_currency = COALESCE($8, preferred_currency),
                 time_zone = COALESCE($9, time_zone),
                 notify_booking_updates = COALESCE($10, notify_booking_updates),
                 notify_messages = COALESCE($11, notify_messages),
                 notify_marketing = COALESCE($12, notify_marketing),
                 display_currency = CASE WHEN $13::text IS NULL THEN display_currency
                                         ELSE NULLIF($13, '') END,
                 updated_at = now()
               WHERE id = $1"#,
            id,
            u.display_name,
            u.about,
            u.city,
            u.country,
            u.languages.as_deref(),
            u.language,
            u.currency,
            u.time_zone,
            booking,
            messages,
            marketing,
            u.display_currency
        )
        .execute(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "update profile"))?;
    Ok(me(db, id).await?)
}

/// Sets `user`'s profile photo URL; returns the previous one, so its file can go.
pub async fn set_avatar(
    db: &DbScope,
    user: Uuid,
    url: Option<String>,
) -> Result<Option<String>, AppError> {
    db.write(|pool| async move {
        sqlx::query_scalar!(
            r#"UPDATE users u SET avatar_url = $2, updated_at = now()
               FROM (SELECT id, avatar_url FROM users WHERE id = $1 FOR UPDATE) old
               WHERE u.id = old.id
               RETURNING old.avatar_url"#,
            user,
            url
        )
        .fetch_optional(&pool)
        .await
    })
    .await
    .map_err(|e| db_error(e, "set avatar"))?
    .ok_or(AppError::Unauthorized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_updates_are_validated() {
        let bad = ProfileUpdate {
            language: Some("english".into()),
            currency: Some("BTC".into()),
            time_zone: Some("Mars".into()),
            about: Some("x".repeat(2_001)),
            ..Default::default()
        };
        let Err(AccountError::Invalid(errors)) = bad.clean() else {
            panic!("expected invalid");
        };
        assert_eq!(errors.len(), 4);
        let good = ProfileUpdate {
            language: Some("pt-BR".into()),
            currency: Some("EUR".into()),
            time_zone: Some("America/Argentina/Buenos_Aires".into()),
            ..Default::default()
        };
        assert!(good.clean().is_ok());
    }
}
