//! Password hashing (argon2id at OWASP's minimum: m = 19,456 KiB, t = 2, p = 1) and the
//! password policy. Hashing is CPU-heavy: it always runs on the blocking pool.

use crate::app::types::account::{FieldError, check_password_length};
use argon2::{Algorithm, Argon2, Params, PasswordHasher, PasswordVerifier, Version};
use std::sync::LazyLock;

pub const M_COST_KIB: u32 = 19_456;
pub const T_COST: u32 = 2;
pub const P_COST: u32 = 1;

fn hasher() -> Argon2<'static> {
    // The constants are valid argon2 parameters (checked by a test).
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).unwrap_or(Params::DEFAULT);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A password that passed the policy: 8 to 128 characters and not easily guessed.
pub struct NewPassword(String);

impl NewPassword {
    /// `context` holds what the person typed elsewhere (email, name): a password built
    /// from them is easy to guess.
    pub fn parse(password: &str, context: &[&str]) -> Result<Self, FieldError> {
        check_password_length(password)?;
        let estimate = zxcvbn::zxcvbn(password, context);
        if estimate.score() < zxcvbn::Score::Three {
            let reason = weakness(estimate.feedback().and_then(|f| f.warning()));
            return Err(FieldError::new(
                "password",
                crate::tr!("account-error-password-weak", reason = reason),
            ));
        }
        Ok(Self(password.to_string()))
    }
}

/// Why zxcvbn finds a password weak, as the selector of `account-error-password-weak`
/// (whose variants say it in each language).
fn weakness(warning: Option<zxcvbn::feedback::Warning>) -> &'static str {
    use zxcvbn::feedback::Warning;
    match warning {
        Some(Warning::StraightRowsOfKeysAreEasyToGuess) => "straight-rows",
        Some(Warning::ShortKeyboardPatternsAreEasyToGuess) => "keyboard-pattern",
        Some(Warning::RepeatsLikeAaaAreEasyToGuess) => "repeats",
        Some(Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => "repeated-sequence",
        Some(Warning::ThisIsATop10Password) => "top-10",
        Some(Warning::ThisIsATop100Password) => "top-100",
        Some(Warning::ThisIsACommonPassword) => "common",
        Some(Warning::ThisIsSimilarToACommonlyUsedPassword) => "similar-to-common",
        Some(Warning::SequencesLikeAbcAreEasyToGuess) => "sequence",
        Some(Warning::RecentYearsAreEasyToGuess) => "recent-years",
        Some(Warning::AWordByItselfIsEasyToGuess) => "single-word",
        Some(Warning::DatesAreOftenEasyToGuess) => "dates",
        Some(Warning::NamesAndSurnamesByThemselvesAreEasyToGuess) => "names",
        Some(Warning::CommonNamesAndSurnamesAreEasyToGuess) => "common-names",
        None => "other",
    }
}

/// A PHC-format argon2id hash. Not `Serialize`, and its `Debug` prints nothing secret.
pub struct PasswordHashString(pub String);

impl std::fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashString(..)")
    }
}

/// At most this many argon2 computations run at once: half the cores (at least one), so
/// a flood of sign-ins queues here instead of starving page rendering of CPU.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    tokio::sync::Semaphore::new((cores / 2).max(1))
});

/// Hashes on the blocking pool.
pub async fn hash(password: NewPassword) -> anyhow::Result<PasswordHashString> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || {
        hasher()
            .hash_password(password.0.as_bytes())
            .map(|h| PasswordHashString(h.to_string()))
            .map_err(|e| anyhow::anyhow!("argon2: {e}"))
    })
    .await?
}

/// A hash of a random password, verified against when the account does not exist, so an
/// unknown email costs the same time as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    hasher()
        .hash_password(b"no account has this password: a timing decoy")
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// Verifies on the blocking pool. `None` (no such account, or no password set) still does
/// the full work against a decoy hash and returns false.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    let _permit = HASHING.acquire().await?;
    tokio::task::spawn_blocking(move || {
        let (hash, real) = match stored {
            Some(h) => (h, true),
            None => (DUMMY_HASH.clone(), false),
        };
        // The parameters come from the stored hash itself.
        let ok = Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok();
        ok && real
    })
    .await
    .map_err(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guessable_passwords_are_refused() {
        for weak in [
            "password",
            "password123",
            "qwertyuiop",
            "iloveyou1",
            "ana@example.com1",
        ] {
            assert!(
                NewPassword::parse(weak, &["ana@example.com", "Ana"]).is_err(),
                "{weak}"
            );
        }
        assert!(NewPassword::parse("seven77", &[]).is_err());
        assert!(NewPassword::parse("violet tram honest glacier", &[]).is_ok());
    }

    #[test]
    fn weak_password_messages_say_what_zxcvbn_says() {
        use zxcvbn::feedback::Warning;
        for warning in [
            Warning::StraightRowsOfKeysAreEasyToGuess,
            Warning::ShortKeyboardPatternsAreEasyToGuess,
            Warning::RepeatsLikeAaaAreEasyToGuess,
            Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess,
            Warning::ThisIsATop10Password,
            Warning::ThisIsATop100Password,
            Warning::ThisIsACommonPassword,
            Warning::ThisIsSimilarToACommonlyUsedPassword,
            Warning::SequencesLikeAbcAreEasyToGuess,
            Warning::RecentYearsAreEasyToGuess,
            Warning::AWordByItselfIsEasyToGuess,
            Warning::DatesAreOftenEasyToGuess,
            Warning::NamesAndSurnamesByThemselvesAreEasyToGuess,
            Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ] {
            let reason = weakness(Some(warning));
            assert_eq!(
                crate::tr!("account-error-password-weak", reason = reason),
                format!("Choose a harder password. {warning}")
            );
        }
        assert_eq!(
            crate::tr!("account-error-password-weak", reason = weakness(None)),
            "Choose a harder password. It is too easy to guess."
        );
    }

    #[tokio::test]
    async fn hashes_are_argon2id_at_owasp_minimum_and_verify() {
        let pw = NewPassword::parse("violet tram honest glacier", &[]).expect("strong");
        let hash = hash(pw).await.expect("hash").0;
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(
            verify("violet tram honest glacier".into(), Some(hash.clone()))
                .await
                .expect("verify")
        );
        assert!(
            !verify("violet tram honest glacieR".into(), Some(hash))
                .await
                .expect("verify")
        );
        assert!(!verify("anything".into(), None).await.expect("decoy"));
    }
}
