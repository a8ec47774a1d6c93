//! Rate limits against brute force: per client IP on sign-in and registration, and per
//! account on sign-in; and against abuse: writes per signed-in user. In memory, per app server (GCRA, `governor`): with N servers behind
//! the balancer an attacker gets at most N times the quota. The per-account quota refills
//! steadily, so an attacker can slow a real user's sign-in down to one try per period but
//! never lock them out for longer than that.

use axum::http::request::Parts;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;
use uuid::Uuid;

/// A quota: `burst` requests at once, then one more every `period`.
#[derive(Clone, Copy, Debug)]
pub struct Rate {
    pub burst: u32,
    pub period: Duration,
}

impl Rate {
    fn quota(self) -> Quota {
        let burst = NonZeroU32::new(self.burst.max(1)).unwrap_or(NonZeroU32::MIN);
        Quota::with_period(self.period.max(Duration::from_millis(1)))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst)
    }
}

/// Told to wait: answered with 429 and `Retry-After`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limited {
    pub retry_after: Duration,
}

impl Limited {
    /// Whole seconds, rounded up, at least 1 (the `Retry-After` header's unit).
    pub fn retry_after_secs(&self) -> u64 {
        self.retry_after.as_secs() + u64::from(self.retry_after.subsec_nanos() > 0)
    }
}

impl From<Limited> for crate::app::types::AppError {
    fn from(l: Limited) -> Self {
        Self::RateLimited {
            retry_after_secs: l.retry_after_secs(),
        }
    }
}

/// For server functions: one sign-in/registration attempt from this request's client, and
/// for `email`'s account when given.
pub fn guard_auth_attempt(email: Option<&str>) -> Result<(), crate::app::types::AppError> {
    let (limits, ip) = for_this_request()?;
    Ok(limits.auth_attempt(ip, email)?)
}

/// For server functions: one attempt at `user`'s current password (changing it).
pub fn guard_password_attempt(user: Uuid) -> Result<(), crate::app::types::AppError> {
    let (limits, ip) = for_this_request()?;
    Ok(limits.password_attempt(ip, user)?)
}

/// The limits and the client address of the request a server function is serving.
fn for_this_request() -> Result<(std::sync::Arc<RateLimits>, IpAddr), crate::app::types::AppError> {
    let state = leptos::prelude::use_context::<crate::server::platform::state::AppState>();
    let parts = leptos::prelude::use_context::<Parts>();
    let (Some(state), Some(parts)) = (state, parts) else {
        tracing::error!("server function without AppState or request parts");
        return Err(crate::app::types::AppError::Internal);
    };
    let ip = state
        .config
        .trusted_proxies
        .client_ip(&parts.headers, &parts.extensions);
    Ok((state.limits, ip))
}

pub struct RateLimits {
    auth_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    sign_in_per_account: DefaultKeyedRateLimiter<String>,
    writes_per_user: DefaultKeyedRateLimiter<Uuid>,
    assistant_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
}

impl RateLimits {
    pub fn new(per_ip: Rate, per_account: Rate, writes_per_user: Rate, assistant: Rate) -> Self {
        Self {
            auth_per_ip: DefaultKeyedRateLimiter::keyed(per_ip.quota()),
            sign_in_per_account: DefaultKeyedRateLimiter::keyed(per_account.quota()),
            writes_per_user: DefaultKeyedRateLimiter::keyed(writes_per_user.quota()),
            assistant_per_ip: DefaultKeyedRateLimiter::keyed(assistant.quota()),
            clock: DefaultClock::default(),
        }
    }

    /// The limits `config` asks for.
    pub fn from_config(config: &crate::server::platform::config::Config) -> Self {
        Self::new(
            config.auth_per_ip,
            config.sign_in_per_account,
            config.writes_per_user,
            config.assistant_per_ip,
        )
    }

    /// One state-changing request by a signed-in user (any credential).
    pub fn user_write(&self, user: Uuid) -> Result<(), Limited> {
        self.writes_per_user
            .check_key(&user)
            .map_err(|n| self.limited(n.wait_time_from(self.clock.now())))
    }

    /// One trip-assistant request from `ip`.
    pub fn assistant(&self, ip: IpAddr) -> Result<(), Limited> {
        self.assistant_per_ip
            .check_key(&ip)
            .map_err(|n| self.limited(n.wait_time_from(self.clock.now())))
    }

    /// An attempt to prove knowledge of `user`'s password while signed in (changing it):
    /// counted like sign-ins, from `ip` and for the account.
    pub fn password_attempt(&self, ip: IpAddr, user: Uuid) -> Result<(), Limited> {
        self.auth_attempt(ip, Some(&format!("user:{user}")))
    }

    /// One sign-in (`email` given: counted for that account too) or registration attempt
    /// from `ip`. The API handlers and the form server functions both come through here.
    pub fn auth_attempt(&self, ip: IpAddr, email: Option<&str>) -> Result<(), Limited> {
        self.auth_per_ip
            .check_key(&ip)
            .map_err(|n| self.limited(n.wait_time_from(self.clock.now())))?;
        email.map_or(Ok(()), |e| self.sign_in_attempt(e))
    }

    /// One sign-in attempt for the account with this email (any case).
    fn sign_in_attempt(&self, email: &str) -> Result<(), Limited> {
        let key = email.trim().to_lowercase();
        self.sign_in_per_account
            .check_key(&key)
            .map_err(|n| self.limited(n.wait_time_from(self.clock.now())))
    }

    fn limited(&self, retry_after: Duration) -> Limited {
        metrics::counter!("haven_rate_limited_total").increment(1);
        Limited { retry_after }
    }

    /// Forgets keys whose quota has fully refilled; called periodically so memory stays
    /// bounded under a spray of addresses.
    pub fn prune(&self) {
        self.auth_per_ip.retain_recent();
        self.sign_in_per_account.retain_recent();
        self.writes_per_user.retain_recent();
        self.assistant_per_ip.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn limits(burst: u32) -> RateLimits {
        let rate = Rate {
            burst,
            period: Duration::from_secs(30),
        };
        RateLimits::new(rate, rate, rate, rate)
    }

    #[test]
    fn a_burst_then_a_wait_per_key() {
        let l = limits(3);
        let ip: IpAddr = "203.0.113.7"
            .parse()
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        for _ in 0..3 {
            assert!(l.auth_attempt(ip, None).is_ok());
        }
        let limited = l.auth_attempt(ip, None).expect_err("over the burst");
        assert!(
            (29..=30).contains(&limited.retry_after_secs()),
            "{limited:?}"
        );
        assert!(
            l.auth_attempt(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
                .is_ok(),
            "other keys unaffected"
        );
    }

    #[test]
    fn writes_are_counted_per_user() {
        let l = limits(2);
        let (ana, bo) = (Uuid::new_v4(), Uuid::new_v4());
        assert!(l.user_write(ana).is_ok());
        assert!(l.user_write(ana).is_ok());
        assert!(l.user_write(ana).is_err());
        assert!(l.user_write(bo).is_ok(), "another user has their own quota");
    }

    #[test]
    fn accounts_are_keyed_case_insensitively() {
        let l = limits(1);
        assert!(l.sign_in_attempt("Ana@Example.com").is_ok());
        assert!(l.sign_in_attempt(" ana@example.com").is_err());
    }
}
