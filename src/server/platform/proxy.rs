//! Who the client is when Haven runs behind nginx. `X-Forwarded-For` and
//! `X-Forwarded-Proto` are believed only when the TCP peer is one of the configured proxies
//! (`HAVEN_TRUSTED_PROXIES`); from anyone else they are ignored, so a client cannot choose
//! the address its rate limits are counted under.

use crate::server::platform::state::AppState;
use axum::extract::connect_info::{ConnectInfo, MockConnectInfo};
use axum::extract::{Request, State};
use axum::http::{Extensions, HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::sync::Arc;

/// The proxies whose forwarding headers are trusted: addresses or networks.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl fmt::Debug for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(ToString::to_string))
            .finish()
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// A comma-separated list of addresses (`10.0.0.5`) and networks (`10.0.0.0/8`);
    /// empty for none.
    fn from_str(list: &str) -> Result<Self, Self::Err> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{item:?} is not an IP address or network (CIDR)"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|nets| Self(nets.into()))
    }
}

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address. Walking `X-Forwarded-For` from the right (each proxy appends
    /// the address it saw), the first hop that is not a trusted proxy is the client. Without
    /// a trusted peer the header is ignored.
    pub fn client_ip(&self, headers: &HeaderMap, extensions: &Extensions) -> IpAddr {
        let Some(peer) = peer(extensions) else {
            return IpAddr::V4(Ipv4Addr::UNSPECIFIED);
        };
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for value in headers.get_all("x-forwarded-for") {
            let Ok(value) = value.to_str() else {
                return client;
            };
            for hop in value.rsplit(',') {
                match hop.trim().parse::<IpAddr>() {
                    Ok(ip) if self.trusts(ip) => client = ip,
                    Ok(ip) => return ip,
                    Err(_) => return client,
                }
            }
        }
        client
    }

    /// Whether the client reached the proxy over HTTPS, as a trusted proxy says.
    pub fn forwarded_https(&self, headers: &HeaderMap, extensions: &Extensions) -> bool {
        peer(extensions).is_some_and(|p| self.trusts(p))
            && headers
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                .is_some_and(|proto| proto.trim().eq_ignore_ascii_case("https"))
    }
}

/// The TCP peer (`MockConnectInfo` stands in for it in tests that call the router directly).
fn peer(extensions: &Extensions) -> Option<IpAddr> {
    extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .or_else(|| {
            extensions
                .get::<MockConnectInfo<SocketAddr>>()
                .map(|m| m.0.ip())
        })
}

/// Marks every cookie `Secure` on responses to requests that came in over HTTPS through a
/// trusted proxy, so a deployment behind TLS gets secure cookies even if
/// `HAVEN_SECURE_COOKIES` was left off.
pub async fn secure_cookies_behind_https(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let https = state
        .config
        .trusted_proxies
        .forwarded_https(req.headers(), req.extensions());
    let mut response = next.run(req).await;
    if https {
        mark_cookies_secure(response.headers_mut());
    }
    response
}

fn mark_cookies_secure(headers: &mut HeaderMap) {
    let cookies: Vec<HeaderValue> = headers
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    if cookies.is_empty() {
        return;
    }
    headers.remove(header::SET_COOKIE);
    for cookie in cookies {
        let secure = cookie.to_str().ok().and_then(|text| {
            let already = text
                .split(';')
                .any(|attr| attr.trim().eq_ignore_ascii_case("secure"));
            (!already).then(|| HeaderValue::from_str(&format!("{text}; Secure")).ok())?
        });
        headers.append(header::SET_COOKIE, secure.unwrap_or(cookie));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(peer: &str, forwarded: &[(&'static str, &str)]) -> (HeaderMap, Extensions) {
        let mut headers = HeaderMap::new();
        for (name, value) in forwarded {
            headers.append(
                axum::http::HeaderName::from_static(name),
                HeaderValue::from_str(value).unwrap_or(HeaderValue::from_static("")),
            );
        }
        let mut extensions = Extensions::new();
        let peer: SocketAddr = peer.parse().unwrap_or(SocketAddr::from(([0, 0, 0, 0], 0)));
        extensions.insert(ConnectInfo(peer));
        (headers, extensions)
    }

    fn proxies(list: &str) -> TrustedProxies {
        list.parse().unwrap_or_default()
    }

    #[test]
    fn parses_addresses_and_networks() {
        assert_eq!(proxies("").0.len(), 0);
        assert_eq!(proxies(" 127.0.0.1 , 10.0.0.0/8,::1").0.len(), 3);
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("nginx".parse::<TrustedProxies>().is_err());
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_peer() {
        let xff = [("x-forwarded-for", "198.51.100.1, 203.0.113.9")];
        let (h, e) = from("192.0.2.4:5555", &xff);
        assert_eq!(proxies("").client_ip(&h, &e).to_string(), "192.0.2.4");
        assert_eq!(
            proxies("10.0.0.0/8").client_ip(&h, &e).to_string(),
            "192.0.2.4",
            "a stranger's header is ignored"
        );
        let (h, e) = from("10.1.2.3:5555", &xff);
        assert_eq!(
            proxies("10.0.0.0/8").client_ip(&h, &e).to_string(),
            "203.0.113.9",
            "the hop nginx appended, not the one the client wrote"
        );
    }

    #[test]
    fn trusted_hops_are_skipped_from_the_right() {
        let (h, e) = from(
            "127.0.0.1:1",
            &[("x-forwarded-for", "6.6.6.6, 203.0.113.9, 10.0.0.7")],
        );
        assert_eq!(
            proxies("127.0.0.1, 10.0.0.0/8")
                .client_ip(&h, &e)
                .to_string(),
            "203.0.113.9"
        );
        let (h, e) = from("127.0.0.1:1", &[("x-forwarded-for", "garbage")]);
        assert_eq!(
            proxies("127.0.0.1").client_ip(&h, &e).to_string(),
            "127.0.0.1"
        );
        let (h, e) = from("127.0.0.1:1", &[]);
        assert_eq!(
            proxies("127.0.0.1").client_ip(&h, &e).to_string(),
            "127.0.0.1"
        );
    }

    #[test]
    fn https_is_believed_only_from_a_trusted_proxy() {
        let proto = [("x-forwarded-proto", "https")];
        let (h, e) = from("127.0.0.1:1", &proto);
        assert!(proxies("127.0.0.1").forwarded_https(&h, &e));
        assert!(!proxies("").forwarded_https(&h, &e));
        let (h, e) = from("127.0.0.1:1", &[("x-forwarded-proto", "http")]);
        assert!(!proxies("127.0.0.1").forwarded_https(&h, &e));
    }

    #[test]
    fn cookies_become_secure_once() {
        let mut h = HeaderMap::new();
        h.append(
            header::SET_COOKIE,
            HeaderValue::from_static("a=1; Path=/; HttpOnly"),
        );
        h.append(header::SET_COOKIE, HeaderValue::from_static("b=2; Secure"));
        mark_cookies_secure(&mut h);
        let all: Vec<_> = h
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        assert_eq!(all, ["a=1; Path=/; HttpOnly; Secure", "b=2; Secure"]);
    }
}
