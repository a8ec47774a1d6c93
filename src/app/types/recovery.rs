//! The token of an e-mailed link (password reset, e-mail verification), parsed once at the
//! edge: 32 random bytes in URL-safe base64 without padding, 43 characters.

use super::account::FieldError;
use serde::{Deserialize, Serialize};

/// A link's token, well formed (whether it is genuine is the database's to say).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MailToken(String);

/// What a person is told about any link that is not right: one message, whatever the
/// cause, in the current language.
pub fn bad_link() -> String {
    crate::tr!("account-error-bad-link")
}

impl MailToken {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let token = raw.trim();
        let url_safe = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if token.len() == 43 && token.chars().all(url_safe) {
            Ok(Self(token.to_string()))
        } else {
            Err(FieldError::new("token", bad_link()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for MailToken {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map_err(|e| e.message)
    }
}

impl From<MailToken> for String {
    fn from(t: MailToken) -> Self {
        t.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_43_url_safe_characters_make_a_token() {
        let good = "a".repeat(42) + "_";
        assert_eq!(
            MailToken::parse(&format!(" {good} ")).map(|t| t.0),
            Ok(good)
        );
        for bad in [
            "",
            "short",
            &"a".repeat(44),
            &("a".repeat(42) + "="),
            &("a".repeat(42) + "/"),
        ] {
            assert!(MailToken::parse(bad).is_err(), "{bad}");
        }
    }
}
