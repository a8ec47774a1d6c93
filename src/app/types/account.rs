//! Account inputs, parsed once at the boundary, and the account shapes on the wire.

use crate::tr;
use serde::{Deserialize, Serialize};

/// An email address as people type it: trimmed, one `@`, a dotted domain, no spaces.
/// Compared case-insensitively by the database (`lower(email)`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let email = raw.trim();
        let invalid = || FieldError::new("email", tr!("account-error-email-invalid"));
        if email.len() < 3 || email.len() > 254 {
            return Err(invalid());
        }
        let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || c == '@';
        if local.is_empty()
            || local.len() > 64
            || domain.len() < 3
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || email.chars().filter(|c| *c == '@').count() != 1
            || local.chars().any(bad_char)
            || domain.chars().any(bad_char)
        {
            return Err(invalid());
        }
        Ok(Self(email.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|e| e.message)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> Self {
        e.0
    }
}

/// The name other people see. 1 to 60 characters after trimming, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let name = raw.trim();
        let count = name.chars().count();
        if count == 0 {
            return Err(FieldError::new(
                "display_name",
                tr!("account-error-name-missing"),
            ));
        }
        if count > 60 || name.chars().any(char::is_control) {
            return Err(FieldError::new(
                "display_name",
                tr!("account-error-name-too-long"),
            ));
        }
        Ok(Self(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DisplayName {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|e| e.message)
    }
}

impl From<DisplayName> for String {
    fn from(d: DisplayName) -> Self {
        d.0
    }
}

/// Password length bounds (characters). Strength beyond length is judged on the server
/// with zxcvbn, which knows the common-password lists.
pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

/// Checks only the length; the server also refuses guessable passwords.
pub fn check_password_length(password: &str) -> Result<(), FieldError> {
    let n = password.chars().count();
    if n < PASSWORD_MIN {
        Err(FieldError::new(
            "password",
            tr!("account-error-password-too-short", min = PASSWORD_MIN),
        ))
    } else if n > PASSWORD_MAX {
        Err(FieldError::new(
            "password",
            tr!("account-error-too-long", max = PASSWORD_MAX),
        ))
    } else {
        Ok(())
    }
}

/// A problem with one form field, shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_string(),
            message: message.into(),
        }
    }
}

/// The signed-in person, as the browser and API clients see themselves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Me {
    #[cfg_attr(feature = "ssr", schema(format = "uuid"))]
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub profile: Profile,
    pub preferences: Preferences,
    /// Whether this person lists at least one home (the host side of the account).
    pub is_host: bool,
    /// Whether the e-mail address is verified (needed to book or publish a listing).
    #[serde(default)]
    pub email_verified: bool,
    /// A new address asked for and not confirmed yet: the account keeps `email` until the
    /// link sent to this one is followed.
    #[serde(default)]
    pub pending_email: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Profile {
    pub about: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub languages: Vec<String>,
    pub avatar_url: Option<String>,
}

/// Why a profile photo upload was refused. The code travels in the URL back to the account
/// page after a form post, and in the API's error body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhotoProblem {
    Missing,
    TooLarge,
    NotAnImage,
    Unreadable,
    /// Fewer pixels than a listing photo needs.
    TooSmall,
}

impl PhotoProblem {
    pub const ALL: [Self; 5] = [
        Self::Missing,
        Self::TooLarge,
        Self::NotAnImage,
        Self::Unreadable,
        Self::TooSmall,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::TooLarge => "too_large",
            Self::NotAnImage => "not_an_image",
            Self::Unreadable => "unreadable",
            Self::TooSmall => "too_small",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    /// What the person is told, in the current language.
    pub fn message(self) -> String {
        crate::app::i18n::message(match self {
            Self::Missing => "account-photo-missing",
            Self::TooLarge => "account-photo-too-large",
            Self::NotAnImage => "account-photo-not-an-image",
            Self::Unreadable => "account-photo-unreadable",
            Self::TooSmall => "account-photo-too-small",
        })
    }

    /// The HTTP status the API answers with.
    pub fn status(self) -> u16 {
        match self {
            Self::Missing => 400,
            Self::TooLarge => 413,
            Self::NotAnImage => 415,
            Self::Unreadable | Self::TooSmall => 422,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Preferences {
    /// The interface language's tag; `None` until chosen (then the picker's cookie or the
    /// browser's languages decide).
    pub language: Option<String>,
    /// The currency a host's figures are reported in.
    pub currency: String,
    /// The currency prices are shown in (converted, approximately); `None`: each listing's.
    pub display_currency: Option<String>,
    pub time_zone: String,
    pub notifications: Notifications,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Notifications {
    pub booking_updates: bool,
    pub messages: bool,
    pub marketing: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_checked() {
        assert_eq!(
            Email::parse("  ana@example.com ").map(|e| e.0),
            Ok("ana@example.com".into())
        );
        for bad in [
            "",
            "ana",
            "@example.com",
            "ana@",
            "ana@com",
            "a b@example.com",
            "a@b@c.com",
            "ana@.com",
            "ana@example.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Email::parse(&format!("{}@example.com", "a".repeat(65))).is_err());
    }

    #[test]
    fn display_names_are_bounded() {
        assert_eq!(DisplayName::parse(" Ana ").map(|d| d.0), Ok("Ana".into()));
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse(&"x".repeat(61)).is_err());
        assert!(DisplayName::parse("Ana\nBob").is_err());
    }

    #[test]
    fn password_length_is_counted_in_characters() {
        assert!(check_password_length("sevench").is_err());
        assert!(
            check_password_length("ééééééé").is_err(),
            "7 characters, 14 bytes"
        );
        assert!(check_password_length("eightchr").is_ok());
        assert!(check_password_length(&"x".repeat(128)).is_ok());
        assert!(check_password_length(&"x".repeat(129)).is_err());
    }
}

/// Where to go after signing in: only a path on this site. Anything else (another host,
/// a scheme, `//evil.example`, a backslash trick) becomes `/`: no open redirect.
pub fn local_path(next: Option<&str>) -> String {
    match next.map(str::trim) {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(char::is_control)
                && p.len() <= 512 =>
        {
            p.to_string()
        }
        _ => "/".to_string(),
    }
}

/// Who is signed in, as the header shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: String,
    pub display_name: String,
    pub avatar_url: Option<String>,
}

#[cfg(test)]
mod redirect_tests {
    use super::local_path;

    #[test]
    fn only_local_paths_survive() {
        assert_eq!(local_path(Some("/account?tab=1")), "/account?tab=1");
        for evil in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            " //x",
        ] {
            assert_eq!(local_path(Some(evil)), "/", "{evil:?}");
        }
        assert_eq!(local_path(None), "/");
    }
}
