//! A feed's address, parsed once at the edge: `http` or `https` (`webcal`, the same thing by
//! another name, becomes `https`), a host, no user name or password. And which network
//! addresses Haven may fetch from at all: public ones, unless `HAVEN_ICAL_ALLOW_PRIVATE`.

use crate::app::types::account::FieldError;
use reqwest::Url;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The longest address accepted (and stored).
pub const MAX_URL_CHARS: usize = 2000;

/// An address Haven may fetch a calendar from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedUrl(Url);

impl FeedUrl {
    /// Parses what a host typed (or a redirect's `Location`, already resolved). An IP
    /// address written in the URL is judged here; a name is judged when it is resolved.
    /// The error is for the `url` field, in the request's language.
    pub fn parse(raw: &str, allow_private: bool) -> Result<Self, FieldError> {
        Self::check(raw, allow_private)
            .map_err(|key| FieldError::new("url", crate::app::i18n::message(key)))
    }

    /// [`FeedUrl::parse`], its error the message's key (`calendar-sync-url-…`), for the
    /// worker, which stores it to be read in its reader's language.
    pub fn check(raw: &str, allow_private: bool) -> Result<Self, &'static str> {
        let raw = raw.trim();
        if raw.chars().count() > MAX_URL_CHARS {
            return Err("calendar-sync-url-too-long");
        }
        let mut url = Url::parse(raw).map_err(|_| "calendar-sync-url-unreadable")?;
        if url.scheme() == "webcal" {
            // `set_scheme` refuses to turn a non-special scheme into a special one.
            let rest = &url.as_str()["webcal".len()..];
            url = Url::parse(&format!("https{rest}")).map_err(|_| "calendar-sync-url-webcal")?;
        }
        if !matches!(url.scheme(), "http" | "https") {
            return Err("calendar-sync-url-scheme");
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("calendar-sync-url-credentials");
        }
        let Some(host) = url.host_str().filter(|h| !h.is_empty()) else {
            return Err("calendar-sync-url-no-host");
        };
        // The parser has already turned any way of writing an IP address (`0x7f.1`) into
        // its plain form; IPv6 comes in brackets.
        let ip = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .ok();
        if let Some(ip) = ip
            && !allow_private
            && !is_public(ip)
        {
            return Err("calendar-sync-url-private");
        }
        url.set_fragment(None);
        Ok(Self(url))
    }

    pub fn url(&self) -> &Url {
        &self.0
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The host, as messages name it ("calendar.example.com").
    pub fn host(&self) -> String {
        self.0.host_str().unwrap_or_default().to_string()
    }
}

/// Whether `ip` is a public unicast address: not loopback, private, shared (CGNAT),
/// link-local, multicast, broadcast, documentation, benchmarking or reserved; IPv6 only in
/// global unicast space, with the IPv4 inside mapped and 6to4 addresses judged as IPv4.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(a == 0
        || a == 10
        || a == 127
        || (a == 100 && (64..128).contains(&b))
        || (a == 169 && b == 254)
        || (a == 172 && (16..32).contains(&b))
        || (a == 192 && b == 168)
        || (a == 192 && b == 0 && (c == 0 || c == 2))
        || (a == 198 && (b == 18 || b == 19))
        || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)
        || a >= 224)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = ip.segments();
    // 6to4 (2002::/16) carries an IPv4 address in its next 32 bits.
    if s[0] == 0x2002 {
        let v4 = Ipv4Addr::new(
            (s[1] >> 8) as u8,
            (s[1] & 0xff) as u8,
            (s[2] >> 8) as u8,
            (s[2] & 0xff) as u8,
        );
        return is_public_v4(v4);
    }
    let global_unicast = (s[0] & 0xe000) == 0x2000;
    let teredo = s[0] == 0x2001 && s[1] == 0;
    let documentation = s[0] == 0x2001 && s[1] == 0x0db8;
    global_unicast && !teredo && !documentation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("an address")
    }

    #[test]
    fn only_public_unicast_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "2002:7f00:1::",
            "2001:db8::1",
            "2001:0:4136:e378::1",
        ] {
            assert!(!is_public(ip(private)), "{private}");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "172.32.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(is_public(ip(public)), "{public}");
        }
    }

    #[test]
    fn addresses_are_parsed_once() {
        let ok = FeedUrl::parse(
            " https://www.airbnb.com/calendar/ical/1.ics?s=abc#x ",
            false,
        )
        .expect("valid");
        assert_eq!(
            ok.as_str(),
            "https://www.airbnb.com/calendar/ical/1.ics?s=abc"
        );
        assert_eq!(ok.host(), "www.airbnb.com");
        let webcal = FeedUrl::parse("webcal://example.com/a.ics", false).expect("webcal");
        assert_eq!(webcal.as_str(), "https://example.com/a.ics");
        for bad in [
            "",
            "example.com/a.ics",
            "ftp://example.com/a.ics",
            "file:///etc/passwd",
            "https://user:pw@example.com/a.ics",
            "http://127.0.0.1:8080/a.ics",
            "http://0x7f.1/a.ics",
            "http://[::1]/a.ics",
            "http://169.254.169.254/latest/meta-data",
        ] {
            assert!(FeedUrl::parse(bad, false).is_err(), "{bad}");
        }
        assert_eq!(
            FeedUrl::parse("ftp://example.com/a.ics", false).map_err(|e| e.message),
            Err("Only http:// and https:// addresses can be imported.".to_string())
        );
        assert!(FeedUrl::parse("http://127.0.0.1:8080/a.ics", true).is_ok());
    }
}
