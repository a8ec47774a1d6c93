//! Configuration from environment variables, read once at start-up. Every variable and its
//! default is listed in README.md; secrets (database URLs carry passwords) never print.

use crate::app::types::map::MapTiles;
use crate::server::platform::proxy::TrustedProxies;
use crate::server::platform::ratelimit::Rate;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// A value that must never reach a log line.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(**redacted**)")
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    /// `HAVEN_LISTEN`: where the HTTP server binds.
    pub listen: SocketAddr,
    /// `HAVEN_PLACE_CACHE`: place suggestions this app server keeps, for ten minutes
    /// (default 50,000; 0 keeps none).
    pub place_cache: usize,
    pub database: DatabaseConfig,
    /// `HAVEN_LOG_FORMAT`: `json` (default) or `pretty`. The level comes from `RUST_LOG`.
    pub log_format: LogFormat,
    /// `HAVEN_SECURE_COOKIES`: mark cookies `Secure` (on behind HTTPS). Default false.
    pub secure_cookies: bool,
    /// `HAVEN_SHUTDOWN_GRACE_SECS`: how long in-flight requests may take after SIGTERM.
    pub shutdown_grace: Duration,
    /// `HAVEN_TLS_CERT` and `HAVEN_TLS_KEY` (and optionally `HAVEN_TLS_CLIENT_CA`): serve
    /// HTTPS instead of plain HTTP, behind a load balancer that speaks TLS to the app.
    pub tls: Option<TlsFiles>,
    /// `HAVEN_API_TOKEN_TTL_HOURS`: lifetime of API bearer tokens (default 24).
    pub api_token_ttl: time::Duration,
    /// `HAVEN_SESSION_IDLE_HOURS`: a session unused this long expires (default 336, 14 days).
    pub session_idle: time::Duration,
    /// `HAVEN_SESSION_MAX_AGE_HOURS`: a sign-in lasts at most this long, however active
    /// (default 720, 30 days).
    pub session_max_age: time::Duration,
    /// `HAVEN_AUTH_PER_IP_BURST` / `HAVEN_AUTH_PER_IP_PERIOD_MS`: sign-in and registration
    /// attempts per client IP (default 20 at once, then one every 3 s).
    pub auth_per_ip: Rate,
    /// `HAVEN_SIGN_IN_PER_ACCOUNT_BURST` / `HAVEN_SIGN_IN_PER_ACCOUNT_PERIOD_MS`: sign-in
    /// attempts per account (default 10 at once, then one every 30 s).
    pub sign_in_per_account: Rate,
    /// `HAVEN_WRITES_PER_USER_PER_MINUTE`: state-changing requests per signed-in user
    /// (default 100, refilled steadily).
    pub writes_per_user: Rate,
    /// `HAVEN_ASSISTANT_PER_IP_PER_MINUTE`: trip-assistant API requests per client IP
    /// (default 120, refilled steadily).
    pub assistant_per_ip: Rate,
    /// `HAVEN_MESSAGES_PER_TEN_MINUTES`: messages a person may send in any ten minutes,
    /// across conversations (default 30; counted in the database, so across servers).
    pub messages_per_ten_minutes: i64,
    /// `HAVEN_MEDIA_DIR`: where uploaded photos are stored (default `.data/media`); served
    /// at `/media/`.
    pub media_dir: std::path::PathBuf,
    /// `HAVEN_MAX_PHOTO_BYTES`: the largest photo upload accepted (default 5 MiB).
    pub max_photo_bytes: usize,
    /// `HAVEN_MEDIA_S3_BUCKET`: store media in this S3-compatible bucket instead of
    /// `media_dir` (credentials and region from the usual `AWS_*` variables).
    pub media_s3_bucket: Option<String>,
    /// `HAVEN_MEDIA_S3_ENDPOINT`: the bucket's endpoint when it is not AWS (MinIO, R2, ...).
    pub media_s3_endpoint: Option<String>,
    /// `HAVEN_MEDIA_BASE_URL`: where browsers read stored media (default `/media`, served by
    /// Haven from `media_dir`; the CDN's URL in front of a bucket).
    pub media_base_url: String,
    /// `HAVEN_ASSET_BASE_URL`: where browsers load the build output (`/pkg/...`) from: empty
    /// (default) for this server, or the CDN's base URL in front of the bucket that
    /// `make publish-assets` fills.
    pub asset_base_url: String,
    /// `HAVEN_MAX_LISTING_PHOTO_BYTES`: the largest listing photo upload (default 10 MiB).
    pub max_listing_photo_bytes: usize,
    /// `HAVEN_JOB_WORKER`: run the background job worker in this process (default true).
    pub job_worker: bool,
    /// `HAVEN_TRUSTED_PROXIES`: comma-separated addresses or networks of the proxies in
    /// front (nginx). Only from these are `X-Forwarded-For` (the client address for rate
    /// limits and logs) and `X-Forwarded-Proto` (secure cookies) believed. Default: none.
    pub trusted_proxies: TrustedProxies,
    /// `HAVEN_MAP_TILE_URL` / `HAVEN_MAP_TILE_ATTRIBUTION`: where the maps' tiles come from
    /// (default OpenStreetMap's standard tiles; set the URL empty for none).
    pub map_tiles: MapTiles,
    /// E-mail: the SMTP relay, the sender, links, the unsubscribe key (see [`MailConfig`]).
    pub mail: MailConfig,
    /// Calendar sync: how other sites' calendars are fetched (see [`IcalConfig`]).
    pub ical: IcalConfig,
    /// `HAVEN_ECB_URL`: the European Central Bank's daily reference rates
    /// (`https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml`; needs the network),
    /// fetched once a day by the worker. Unset (the default): the rates Haven ships, of the
    /// day they are of, which the pages name.
    pub ecb_url: Option<String>,
    /// `HAVEN_WEATHER_URL`: an Open-Meteo forecast server (`https://api.open-meteo.com`;
    /// needs the network). Unset (the default): typical weather only, from data Haven holds.
    pub weather_url: Option<String>,
    /// `HAVEN_WEATHER_TIMEOUT_MS`: a whole forecast request (default 4,000); past it, the
    /// typical weather is shown instead.
    pub weather_timeout: Duration,
    /// `HAVEN_OVERPASS_URL`: an Overpass API server for OpenStreetMap's places
    /// (`https://overpass-api.de`; needs the network). Unset (the default): the guidebooks
    /// and Haven's place table only.
    pub overpass_url: Option<String>,
    /// `HAVEN_OVERPASS_TIMEOUT_MS`: a whole Overpass request (default 6,000); past it, the
    /// other sources answer alone.
    pub overpass_timeout: Duration,
    /// A language model (`HAVEN_LLM_URL` and `HAVEN_LLM_MODEL`); `None` (the default):
    /// every answer is the deterministic one.
    pub llm: Option<LlmConfig>,
}

/// An OpenAI-compatible chat-completions endpoint (docs/OPERATIONS.md, "A language model").
#[derive(Clone, Debug)]
pub struct LlmConfig {
    /// `HAVEN_LLM_URL`: the API base, `/chat/completions` is added
    /// (`https://api.openai.com/v1`, `http://127.0.0.1:11434/v1` for Ollama).
    pub url: String,
    /// `HAVEN_LLM_MODEL`.
    pub model: String,
    /// `HAVEN_LLM_KEY`: sent as a bearer token when set.
    pub key: Option<Secret>,
    /// `HAVEN_LLM_TIMEOUT_MS` (default 8,000): past it, the deterministic answer.
    pub timeout: Duration,
    /// `HAVEN_LLM_DAILY_BUDGET` (default 50): calls per person (or client address) a day.
    pub daily_budget: u32,
}

/// How the calendar sync fetches other sites' iCalendar feeds (docs/OPERATIONS.md,
/// "Calendar sync").
#[derive(Clone, Debug)]
pub struct IcalConfig {
    /// `HAVEN_ICAL_ALLOW_PRIVATE`: `1` lets feeds live on loopback, private, link-local
    /// and other non-public addresses. Off by default (a host's URL must not reach inside
    /// the network); the test and end-to-end scripts set it for their local feed servers.
    pub allow_private: bool,
    /// `HAVEN_ICAL_TIMEOUT_MS`: a whole fetch, connection to last byte (default 10,000).
    pub timeout: Duration,
    /// `HAVEN_ICAL_MAX_BYTES`: the largest feed read (default 2 MiB), counted as it arrives.
    pub max_bytes: usize,
    /// `HAVEN_ICAL_SYNC_MINUTES`: how often each feed is fetched (default 15).
    pub interval: Duration,
}

fn ical(get: &impl Fn(&'static str) -> Option<String>) -> Result<IcalConfig, ConfigError> {
    let allow_private = match get("HAVEN_ICAL_ALLOW_PRIVATE").as_deref().map(str::trim) {
        None | Some("0" | "false") => false,
        Some("1" | "true") => true,
        Some(other) => {
            return Err(ConfigError {
                name: "HAVEN_ICAL_ALLOW_PRIVATE",
                value: other.to_string(),
                reason: "expected 1 or 0".into(),
            });
        }
    };
    let minutes: u64 = parse(get, "HAVEN_ICAL_SYNC_MINUTES", Some(15))?;
    Ok(IcalConfig {
        allow_private,
        timeout: millis(parse(get, "HAVEN_ICAL_TIMEOUT_MS", Some(10_000))?),
        max_bytes: parse(get, "HAVEN_ICAL_MAX_BYTES", Some(2 * 1024 * 1024))?,
        interval: Duration::from_secs(60 * minutes.max(1)),
    })
}

/// Whether the SMTP connection must be encrypted (`HAVEN_SMTP_STARTTLS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartTls {
    /// STARTTLS or fail: for a real relay (port 587).
    Required,
    /// STARTTLS when the server offers it, plain otherwise.
    Opportunistic,
    /// Plain SMTP: the local sink only.
    Off,
}

impl FromStr for StartTls {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "required" => Ok(Self::Required),
            "opportunistic" => Ok(Self::Opportunistic),
            "off" => Ok(Self::Off),
            _ => Err("expected required, opportunistic or off".into()),
        }
    }
}

/// Where e-mail goes and what it links to. Defaults suit `make run`: the local sink
/// (`scripts/mail.sh`) on 127.0.0.1:2525, plain SMTP, links to http://127.0.0.1:3000.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// `HAVEN_SMTP_HOST` (default 127.0.0.1).
    pub smtp_host: String,
    /// `HAVEN_SMTP_PORT` (default 2525, the local sink).
    pub smtp_port: u16,
    /// `HAVEN_SMTP_STARTTLS`: `required`, `opportunistic` or `off` (default).
    pub starttls: StartTls,
    /// `HAVEN_SMTP_USER` / `HAVEN_SMTP_PASSWORD`: credentials for the relay, both or neither.
    pub credentials: Option<(String, Secret)>,
    /// `HAVEN_SMTP_TIMEOUT_SECS`: connecting and each SMTP exchange (default 10).
    pub timeout: Duration,
    /// `HAVEN_MAIL_FROM`: the sender (default `Haven <no-reply@haven.localhost>`).
    pub from: String,
    /// `HAVEN_MAIL_UNSUBSCRIBE_MAILTO`: an address that also unsubscribes (the `mailto:`
    /// of `List-Unsubscribe`); unset, only the one-click HTTPS link is given.
    pub unsubscribe_mailto: Option<String>,
    /// `HAVEN_PUBLIC_URL`: the site's address as people reach it, for links in e-mail
    /// (default http://127.0.0.1:3000), without a trailing `/`.
    pub public_url: String,
    /// `HAVEN_MAIL_SECRET`: the key that signs unsubscribe links. The default is a public
    /// development key (a warning is logged at start-up): set your own in production.
    pub secret: Secret,
}

/// The unsubscribe key used when `HAVEN_MAIL_SECRET` is unset: development only.
pub const DEV_MAIL_SECRET: &str = "haven-development-mail-secret-do-not-use-in-production";

fn mail(lookup: &impl Fn(&str) -> Option<String>) -> Result<MailConfig, ConfigError> {
    let get = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
    let user = get("HAVEN_SMTP_USER");
    let password = get("HAVEN_SMTP_PASSWORD");
    let credentials = match (user, password) {
        (Some(u), Some(p)) => Some((u, Secret::new(p))),
        (None, None) => None,
        (u, _) => {
            return Err(ConfigError {
                name: if u.is_some() {
                    "HAVEN_SMTP_PASSWORD"
                } else {
                    "HAVEN_SMTP_USER"
                },
                value: String::new(),
                reason: "HAVEN_SMTP_USER and HAVEN_SMTP_PASSWORD go together".into(),
            });
        }
    };
    let public_url = get("HAVEN_PUBLIC_URL").unwrap_or_else(|| "http://127.0.0.1:3000".into());
    if !(public_url.starts_with("http://") || public_url.starts_with("https://"))
        || public_url.contains(char::is_whitespace)
    {
        return Err(ConfigError {
            name: "HAVEN_PUBLIC_URL",
            value: public_url,
            reason: "expected an http(s) URL such as https://haven.example.com".into(),
        });
    }
    Ok(MailConfig {
        smtp_host: get("HAVEN_SMTP_HOST").unwrap_or_else(|| "127.0.0.1".into()),
        smtp_port: parse(&get, "HAVEN_SMTP_PORT", Some(2525))?,
        starttls: parse(&get, "HAVEN_SMTP_STARTTLS", Some(StartTls::Off))?,
        credentials,
        timeout: Duration::from_secs(parse(&get, "HAVEN_SMTP_TIMEOUT_SECS", Some(10))?),
        from: get("HAVEN_MAIL_FROM").unwrap_or_else(|| "Haven <no-reply@haven.localhost>".into()),
        unsubscribe_mailto: get("HAVEN_MAIL_UNSUBSCRIBE_MAILTO"),
        public_url: public_url.trim_end_matches('/').to_string(),
        secret: Secret::new(get("HAVEN_MAIL_SECRET").unwrap_or_else(|| DEV_MAIL_SECRET.into())),
    })
}

#[derive(Clone, Debug)]
pub struct DatabaseConfig {
    /// `DATABASE_URL`: the primary, which takes every write.
    pub primary_url: Secret,
    /// `DATABASE_REPLICA_URL`: a streaming replica for reads. Unset: reads use the primary.
    pub replica_url: Option<Secret>,
    /// `DATABASE_MAX_CONNECTIONS` (per pool).
    pub max_connections: u32,
    /// `DATABASE_ACQUIRE_TIMEOUT_MS`: how long a request waits for a pooled connection.
    pub acquire_timeout: Duration,
    /// `REPLICA_MAX_LAG_MS`: a replica further behind than this serves no reads.
    pub replica_max_lag: Duration,
    /// `REPLICA_CHECK_INTERVAL_MS`: how often the replica's health and lag are checked.
    pub replica_check_interval: Duration,
}

/// The app server's own certificate (PEM files, re-read on SIGHUP) and, for mutual TLS,
/// the CA whose certificates a client must present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
    /// `HAVEN_TLS_CLIENT_CA`: set, a client without a certificate from this CA is refused
    /// during the handshake.
    pub client_ca: Option<PathBuf>,
}

fn tls_files(
    get: &impl Fn(&'static str) -> Option<String>,
) -> Result<Option<TlsFiles>, ConfigError> {
    let client_ca = get("HAVEN_TLS_CLIENT_CA").map(PathBuf::from);
    match (get("HAVEN_TLS_CERT"), get("HAVEN_TLS_KEY")) {
        (Some(cert), Some(key)) => Ok(Some(TlsFiles {
            cert: cert.into(),
            key: key.into(),
            client_ca,
        })),
        (None, None) if client_ca.is_none() => Ok(None),
        (cert, _) => Err(ConfigError {
            name: if cert.is_some() {
                "HAVEN_TLS_KEY"
            } else {
                "HAVEN_TLS_CERT"
            },
            value: String::new(),
            reason: "HAVEN_TLS_CERT and HAVEN_TLS_KEY go together (and HAVEN_TLS_CLIENT_CA \
                     needs both)"
                .into(),
        }),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Json,
    Pretty,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {name}={value:?}: {reason}")]
pub struct ConfigError {
    name: &'static str,
    value: String,
    reason: String,
}

/// The local primary that `make run` starts.
pub const DEFAULT_DATABASE_URL: &str = "postgres://haven@127.0.0.1:55432/haven";

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
        let listen = parse(&get, "HAVEN_LISTEN", "127.0.0.1:3000".parse().ok())?;
        let log_format = match get("HAVEN_LOG_FORMAT").as_deref() {
            None | Some("json") => LogFormat::Json,
            Some("pretty") => LogFormat::Pretty,
            Some(other) => {
                return Err(ConfigError {
                    name: "HAVEN_LOG_FORMAT",
                    value: other.to_string(),
                    reason: "expected json or pretty".into(),
                });
            }
        };
        let primary_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_string());
        let database = DatabaseConfig {
            primary_url: Secret::new(primary_url),
            replica_url: get("DATABASE_REPLICA_URL").map(Secret::new),
            max_connections: parse(&get, "DATABASE_MAX_CONNECTIONS", Some(16))?,
            acquire_timeout: millis(parse(&get, "DATABASE_ACQUIRE_TIMEOUT_MS", Some(3_000))?),
            replica_max_lag: millis(parse(&get, "REPLICA_MAX_LAG_MS", Some(5_000))?),
            replica_check_interval: millis(parse(&get, "REPLICA_CHECK_INTERVAL_MS", Some(250))?),
        };
        if database.max_connections == 0 {
            return Err(ConfigError {
                name: "DATABASE_MAX_CONNECTIONS",
                value: "0".into(),
                reason: "must be at least 1".into(),
            });
        }
        Ok(Self {
            listen,
            place_cache: parse(&get, "HAVEN_PLACE_CACHE", Some(50_000))?,
            database,
            log_format,
            secure_cookies: parse(&get, "HAVEN_SECURE_COOKIES", Some(false))?,
            tls: tls_files(&get)?,
            shutdown_grace: Duration::from_secs(parse(
                &get,
                "HAVEN_SHUTDOWN_GRACE_SECS",
                Some(20),
            )?),
            api_token_ttl: time::Duration::hours(parse(
                &get,
                "HAVEN_API_TOKEN_TTL_HOURS",
                Some(24),
            )?),
            session_idle: time::Duration::hours(parse(
                &get,
                "HAVEN_SESSION_IDLE_HOURS",
                Some(336),
            )?),
            session_max_age: time::Duration::hours(parse(
                &get,
                "HAVEN_SESSION_MAX_AGE_HOURS",
                Some(720),
            )?),
            auth_per_ip: Rate {
                burst: parse(&get, "HAVEN_AUTH_PER_IP_BURST", Some(20))?,
                period: millis(parse(&get, "HAVEN_AUTH_PER_IP_PERIOD_MS", Some(3_000))?),
            },
            sign_in_per_account: Rate {
                burst: parse(&get, "HAVEN_SIGN_IN_PER_ACCOUNT_BURST", Some(10))?,
                period: millis(parse(
                    &get,
                    "HAVEN_SIGN_IN_PER_ACCOUNT_PERIOD_MS",
                    Some(30_000),
                )?),
            },
            writes_per_user: per_minute(parse(
                &get,
                "HAVEN_WRITES_PER_USER_PER_MINUTE",
                Some(100),
            )?),
            assistant_per_ip: per_minute(parse(
                &get,
                "HAVEN_ASSISTANT_PER_IP_PER_MINUTE",
                Some(120),
            )?),
            messages_per_ten_minutes: parse(
                &get,
                "HAVEN_MESSAGES_PER_TEN_MINUTES",
                Some(crate::app::types::message::RATE_LIMIT_MESSAGES),
            )?,
            media_dir: get("HAVEN_MEDIA_DIR")
                .unwrap_or_else(|| ".data/media".to_string())
                .into(),
            max_photo_bytes: parse(&get, "HAVEN_MAX_PHOTO_BYTES", Some(5 * 1024 * 1024))?,
            media_s3_bucket: get("HAVEN_MEDIA_S3_BUCKET").filter(|s| !s.is_empty()),
            media_s3_endpoint: get("HAVEN_MEDIA_S3_ENDPOINT").filter(|s| !s.is_empty()),
            media_base_url: get("HAVEN_MEDIA_BASE_URL")
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "/media".to_string()),
            asset_base_url: asset_base_url(&lookup)?,
            max_listing_photo_bytes: parse(
                &get,
                "HAVEN_MAX_LISTING_PHOTO_BYTES",
                Some(10 * 1024 * 1024),
            )?,
            job_worker: parse(&get, "HAVEN_JOB_WORKER", Some(true))?,
            trusted_proxies: parse(
                &get,
                "HAVEN_TRUSTED_PROXIES",
                Some(TrustedProxies::default()),
            )?,
            map_tiles: map_tiles(&lookup)?,
            mail: mail(&lookup)?,
            ical: ical(&get)?,
            ecb_url: get("HAVEN_ECB_URL")
                .map(|u| u.trim().to_string())
                .filter(|u| !u.is_empty()),
            weather_url: get("HAVEN_WEATHER_URL")
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
            weather_timeout: millis(parse(&get, "HAVEN_WEATHER_TIMEOUT_MS", Some(4_000))?),
            overpass_url: get("HAVEN_OVERPASS_URL")
                .map(|u| u.trim().trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
            overpass_timeout: millis(parse(&get, "HAVEN_OVERPASS_TIMEOUT_MS", Some(6_000))?),
            llm: match (
                get("HAVEN_LLM_URL").filter(|u| !u.trim().is_empty()),
                get("HAVEN_LLM_MODEL").filter(|m| !m.trim().is_empty()),
            ) {
                (Some(url), Some(model)) => Some(LlmConfig {
                    url: url.trim().trim_end_matches('/').to_string(),
                    model: model.trim().to_string(),
                    key: get("HAVEN_LLM_KEY")
                        .filter(|k| !k.trim().is_empty())
                        .map(Secret::new),
                    timeout: millis(parse(&get, "HAVEN_LLM_TIMEOUT_MS", Some(8_000))?),
                    daily_budget: parse(&get, "HAVEN_LLM_DAILY_BUDGET", Some(50))?,
                }),
                _ => None,
            },
        })
    }
}

/// Empty, a path on this origin (`/assets`) or an http(s) URL; stored without a trailing `/`.
fn asset_base_url(lookup: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    const NAME: &str = "HAVEN_ASSET_BASE_URL";
    let url = lookup(NAME).unwrap_or_default().trim().to_string();
    let located = url.is_empty()
        || ["https://", "http://", "/"]
            .iter()
            .any(|p| url.starts_with(p));
    if !located || url.contains(char::is_whitespace) || url.contains(['"', '\'', '<', '>']) {
        return Err(ConfigError {
            name: NAME,
            value: url,
            reason:
                "expected empty, a path such as /assets, or a URL such as https://cdn.example.com"
                    .into(),
        });
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// Unset: OpenStreetMap. Set but empty: no tiles (maps on a plain background). Otherwise a
/// Leaflet URL template, absolute or starting with `/`, with `{z}`, `{x}` and `{y}`.
fn map_tiles(lookup: &impl Fn(&str) -> Option<String>) -> Result<MapTiles, ConfigError> {
    const NAME: &str = "HAVEN_MAP_TILE_URL";
    let attribution = lookup("HAVEN_MAP_TILE_ATTRIBUTION").map(|a| a.trim().to_string());
    let Some(url) = lookup(NAME).map(|u| u.trim().to_string()) else {
        let osm = MapTiles::default();
        return Ok(MapTiles {
            attribution: attribution.unwrap_or(osm.attribution),
            ..osm
        });
    };
    if url.is_empty() {
        return Ok(MapTiles::none());
    }
    let located = ["https://", "http://", "/"]
        .iter()
        .any(|p| url.starts_with(p));
    let templated = ["{z}", "{x}", "{y}"].iter().all(|p| url.contains(p));
    if !located || !templated || url.contains(char::is_whitespace) {
        return Err(ConfigError {
            name: NAME,
            value: url,
            reason: "expected a tile URL template such as https://tile.example.org/{z}/{x}/{y}.png, or empty for none".into(),
        });
    }
    Ok(MapTiles {
        url: Some(url),
        attribution: attribution.unwrap_or_default(),
    })
}

/// `n` per minute: all `n` at once, refilled at one every `60 s / n`.
fn per_minute(n: u32) -> Rate {
    Rate {
        burst: n,
        period: Duration::from_secs(60) / n.max(1),
    }
}

fn millis(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

fn parse<T: FromStr>(
    get: &impl Fn(&'static str) -> Option<String>,
    name: &'static str,
    default: Option<T>,
) -> Result<T, ConfigError>
where
    T::Err: fmt::Display,
{
    match get(name) {
        Some(raw) => raw.trim().parse().map_err(|e: T::Err| ConfigError {
            name,
            value: raw,
            reason: e.to_string(),
        }),
        None => default.ok_or_else(|| ConfigError {
            name,
            value: String::new(),
            reason: "is required".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_point_at_the_local_primary_without_a_replica() {
        let c = config(&[]).expect("defaults are valid");
        assert_eq!(c.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database.primary_url.expose(), DEFAULT_DATABASE_URL);
        assert!(c.database.replica_url.is_none());
        assert_eq!(c.log_format, LogFormat::Json);
    }

    #[test]
    fn secrets_do_not_print() {
        let c = config(&[("DATABASE_URL", "postgres://u:hunter2@db/haven")]).expect("valid");
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn malformed_values_name_the_variable() {
        let err = config(&[("DATABASE_MAX_CONNECTIONS", "lots")]).expect_err("invalid");
        assert!(err.to_string().contains("DATABASE_MAX_CONNECTIONS"));
        assert!(config(&[("DATABASE_MAX_CONNECTIONS", "0")]).is_err());
        assert!(config(&[("HAVEN_LOG_FORMAT", "xml")]).is_err());
    }

    #[test]
    fn tls_needs_a_certificate_and_its_key() {
        assert_eq!(config(&[]).expect("valid").tls, None);
        let c = config(&[
            ("HAVEN_TLS_CERT", "/t/app.pem"),
            ("HAVEN_TLS_KEY", "/t/app.key"),
        ])
        .expect("valid");
        let tls = c.tls.expect("tls on");
        assert_eq!(tls.cert, PathBuf::from("/t/app.pem"));
        assert_eq!(tls.client_ca, None);
        assert!(config(&[("HAVEN_TLS_CERT", "/t/app.pem")]).is_err());
        assert!(config(&[("HAVEN_TLS_KEY", "/t/app.key")]).is_err());
        assert!(config(&[("HAVEN_TLS_CLIENT_CA", "/t/ca.pem")]).is_err());
    }

    #[test]
    fn asset_base_and_trusted_proxies_are_parsed() {
        let c = config(&[]).expect("valid");
        assert_eq!(c.asset_base_url, "");
        assert_eq!(c.trusted_proxies, TrustedProxies::default());
        let c = config(&[
            ("HAVEN_ASSET_BASE_URL", "https://cdn.example.com/haven/"),
            ("HAVEN_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8"),
        ])
        .expect("valid");
        assert_eq!(c.asset_base_url, "https://cdn.example.com/haven");
        assert_ne!(c.trusted_proxies, TrustedProxies::default());
        for bad in ["cdn.example.com", "/a b", "javascript:alert(1)", "/x\"<"] {
            assert!(config(&[("HAVEN_ASSET_BASE_URL", bad)]).is_err(), "{bad}");
        }
        assert!(config(&[("HAVEN_TRUSTED_PROXIES", "nginx")]).is_err());
    }

    #[test]
    fn mail_defaults_to_the_local_sink_and_checks_the_relay_settings() {
        let c = config(&[]).expect("valid").mail;
        assert_eq!((c.smtp_host.as_str(), c.smtp_port), ("127.0.0.1", 2525));
        assert_eq!(c.starttls, StartTls::Off);
        assert_eq!(c.public_url, "http://127.0.0.1:3000");
        let c = config(&[
            ("HAVEN_SMTP_STARTTLS", "required"),
            ("HAVEN_SMTP_USER", "haven"),
            ("HAVEN_SMTP_PASSWORD", "hunter2"),
            ("HAVEN_PUBLIC_URL", "https://haven.example.com/"),
        ])
        .expect("valid");
        assert_eq!(c.mail.starttls, StartTls::Required);
        assert_eq!(c.mail.public_url, "https://haven.example.com");
        assert!(!format!("{c:?}").contains("hunter2"));
        assert!(config(&[("HAVEN_SMTP_STARTTLS", "yes")]).is_err());
        assert!(config(&[("HAVEN_SMTP_USER", "haven")]).is_err());
        assert!(config(&[("HAVEN_PUBLIC_URL", "haven.example.com")]).is_err());
    }

    #[test]
    fn map_tiles_default_to_openstreetmap_and_can_be_switched_off() {
        assert_eq!(config(&[]).expect("valid").map_tiles, MapTiles::default());
        let none = config(&[("HAVEN_MAP_TILE_URL", "")]).expect("valid");
        assert_eq!(none.map_tiles, MapTiles::none());
        let own = config(&[
            (
                "HAVEN_MAP_TILE_URL",
                "https://tiles.example.org/{z}/{x}/{y}.png",
            ),
            ("HAVEN_MAP_TILE_ATTRIBUTION", "© Example"),
        ])
        .expect("valid");
        assert_eq!(
            own.map_tiles.url.as_deref(),
            Some("https://tiles.example.org/{z}/{x}/{y}.png")
        );
        assert_eq!(own.map_tiles.attribution, "© Example");
        for bad in [
            "tiles.example.org/{z}/{x}/{y}.png",
            "https://tiles.example.org/tile.png",
        ] {
            let err = config(&[("HAVEN_MAP_TILE_URL", bad)]).expect_err(bad);
            assert!(err.to_string().contains("HAVEN_MAP_TILE_URL"));
        }
    }
}
