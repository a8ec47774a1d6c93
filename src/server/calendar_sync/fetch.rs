//! Fetching a feed: one GET (conditional when the last answer had validators), following
//! at most [`MAX_REDIRECTS`] redirects, each judged like the address the host gave, within
//! one deadline for the whole exchange and a size limit counted as the bytes arrive. Names
//! are resolved by [`CheckedResolver`], which hands the connector only addresses that may
//! be reached, so what was checked is what is connected to. Failures come back as messages
//! for the host (`problem.rs`), written in whichever language the host reads them.

use super::address::{FeedUrl, is_public};
use super::problem::Problem;
use crate::server::platform::config::IcalConfig;
use reqwest::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION};
use reqwest::{StatusCode, dns};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: usize = 5;

/// What the last successful answer said about itself, sent back to ask "changed since?".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A fetch that worked.
#[derive(Debug)]
pub enum Fetched {
    /// 304: nothing changed since the validators were given.
    NotModified,
    /// The calendar's bytes, and the validators to send next time.
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// Why a fetch failed, as a message for the host.
#[derive(Clone, Debug, PartialEq)]
pub struct FetchError(pub Problem);

impl FetchError {
    fn at(key: &'static str, url: &FeedUrl) -> Self {
        Self(Problem::new(key).text("host", url.host()))
    }
}

/// A name that resolved only to addresses Haven may not fetch from.
#[derive(Debug, thiserror::Error)]
#[error("{0} is on a private network")]
struct Refused(String);

/// Resolves names with the system resolver, keeping only public addresses (all of them when
/// private ones are allowed).
struct CheckedResolver {
    allow_private: bool,
}

impl dns::Resolve for CheckedResolver {
    fn resolve(&self, name: dns::Name) -> dns::Resolving {
        let allow_private = self.allow_private;
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| allow_private || is_public(a.ip()))
                .collect();
            if found.is_empty() {
                return Err(Box::new(Refused(host)) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(found.into_iter()) as dns::Addrs)
        })
    }
}

/// "10 seconds", "250 milliseconds".
pub fn duration_words(d: Duration) -> Problem {
    let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    if ms % 1000 == 0 {
        Problem::new("calendar-sync-seconds").number("count", ms / 1000)
    } else {
        Problem::new("calendar-sync-milliseconds").number("count", ms)
    }
}

/// "2 MiB", "1,000 bytes".
pub fn size_words(bytes: usize) -> Problem {
    let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        Problem::new("calendar-sync-mib").number("count", n(bytes / (1024 * 1024)))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        Problem::new("calendar-sync-kib").number("count", n(bytes / 1024))
    } else {
        Problem::new("calendar-sync-bytes").number("count", n(bytes))
    }
}

/// Fetches `url` under `config`'s limits.
pub async fn fetch(
    config: &IcalConfig,
    url: &FeedUrl,
    validators: &Validators,
) -> Result<Fetched, FetchError> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // Straight to the calendar's server: a proxy would resolve names out of our sight.
        .no_proxy()
        .dns_resolver(Arc::new(CheckedResolver {
            allow_private: config.allow_private,
        }))
        .connect_timeout(config.timeout)
        .user_agent(concat!("Haven-Calendar-Sync/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            tracing::error!(error = %e, "calendar sync: no HTTP client");
            FetchError(Problem::new("calendar-sync-fail-client"))
        })?;
    match tokio::time::timeout(config.timeout, exchange(&client, config, url, validators)).await {
        Ok(outcome) => outcome,
        Err(_) => Err(FetchError(
            Problem::new("calendar-sync-fail-timeout")
                .text("host", url.host())
                .problem("limit", duration_words(config.timeout)),
        )),
    }
}

async fn exchange(
    client: &reqwest::Client,
    config: &IcalConfig,
    first: &FeedUrl,
    validators: &Validators,
) -> Result<Fetched, FetchError> {
    let mut url = first.clone();
    for _ in 0..=MAX_REDIRECTS {
        let mut request = client
            .get(url.url().clone())
            .header("accept", "text/calendar, */*;q=0.5");
        if let Some(etag) = &validators.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        if let Some(since) = &validators.last_modified {
            request = request.header(IF_MODIFIED_SINCE, since);
        }
        let response = request.send().await.map_err(|e| transport(&url, &e))?;
        let status = response.status();
        if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
            let next = response
                .headers()
                .get(LOCATION)
                .and_then(|l| l.to_str().ok())
                .and_then(|l| url.url().join(l).ok())
                .ok_or_else(|| FetchError::at("calendar-sync-fail-redirect-nowhere", &url))?;
            url = FeedUrl::check(next.as_str(), config.allow_private).map_err(|reason| {
                FetchError(
                    Problem::new("calendar-sync-fail-redirect-refused")
                        .text("host", url.host())
                        .problem("reason", Problem::new(reason)),
                )
            })?;
            continue;
        }
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            // The code as written in the protocol (never grouped as a number is).
            let code = status.as_u16().to_string();
            return Err(FetchError(match status.canonical_reason() {
                Some(reason) => Problem::new("calendar-sync-fail-status")
                    .text("host", url.host())
                    .text("status", code)
                    .text("reason", reason),
                None => Problem::new("calendar-sync-fail-status-code")
                    .text("host", url.host())
                    .text("status", code),
            }));
        }
        return body(config, &url, response).await;
    }
    Err(FetchError(
        Problem::new("calendar-sync-fail-redirects")
            .text("host", first.host())
            .number("max", MAX_REDIRECTS as i64),
    ))
}

async fn body(
    config: &IcalConfig,
    url: &FeedUrl,
    mut response: reqwest::Response,
) -> Result<Fetched, FetchError> {
    let too_large = || {
        FetchError(
            Problem::new("calendar-sync-fail-too-large")
                .text("host", url.host())
                .problem("limit", size_words(config.max_bytes)),
        )
    };
    if response
        .content_length()
        .is_some_and(|n| n > config.max_bytes as u64)
    {
        return Err(too_large());
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .filter(|v| !v.is_empty() && v.len() <= 200)
            .map(str::to_string)
    };
    let validators = Validators {
        etag: header(ETAG),
        last_modified: header(LAST_MODIFIED),
    };
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| transport(url, &e))? {
        if bytes.len() + chunk.len() > config.max_bytes {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Fetched::Body { bytes, validators })
}

/// A transport failure, as a message: refused (private), timed out, unreachable.
fn transport(url: &FeedUrl, e: &reqwest::Error) -> FetchError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if s.downcast_ref::<Refused>().is_some() {
            return FetchError::at("calendar-sync-fail-private", url);
        }
        source = s.source();
    }
    let key = if e.is_timeout() {
        "calendar-sync-fail-slow"
    } else if e.is_connect() {
        "calendar-sync-fail-connect"
    } else if e.is_body() || e.is_decode() {
        "calendar-sync-fail-broke-off"
    } else {
        "calendar-sync-fail-fetch"
    };
    tracing::info!(error = %e, host = %url.host(), "calendar fetch failed");
    FetchError::at(key, url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_read_as_words() {
        let words = |p: Problem| p.english();
        assert_eq!(words(duration_words(Duration::from_secs(10))), "10 seconds");
        assert_eq!(words(duration_words(Duration::from_secs(1))), "1 second");
        assert_eq!(
            words(duration_words(Duration::from_millis(250))),
            "250 milliseconds"
        );
        assert_eq!(words(size_words(2 * 1024 * 1024)), "2 MiB");
        assert_eq!(words(size_words(4096)), "4 KiB");
        assert_eq!(words(size_words(1000)), "1,000 bytes");
    }
}
