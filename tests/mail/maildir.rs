//! Reading the SMTP sink's Maildir (`scripts/mail.sh`, `HAVEN_MAILDIR`): the messages to
//! one address, their headers and their decoded parts. The sink adds `X-Haven-Rcpt` with
//! the envelope recipient, so tests sharing the sink each read only their own addresses.

use base64::Engine;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub fn maildir() -> PathBuf {
    std::env::var("HAVEN_MAILDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".data/mail"))
}

/// One received message.
#[derive(Clone, Debug)]
pub struct Mail {
    pub headers: Vec<(String, String)>,
    /// (content type, decoded body) of each leaf part.
    pub parts: Vec<(String, String)>,
}

impl Mail {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn subject(&self) -> &str {
        self.header("Subject").unwrap_or_default()
    }

    pub fn part(&self, content_type: &str) -> &str {
        self.parts
            .iter()
            .find(|(t, _)| t.starts_with(content_type))
            .map(|(_, b)| b.as_str())
            .unwrap_or_else(|| panic!("no {content_type} part in {self:?}"))
    }

    pub fn text(&self) -> &str {
        self.part("text/plain")
    }

    pub fn html(&self) -> &str {
        self.part("text/html")
    }

    /// The HTML part with the escapes of `/` undone (minijinja escapes it in attributes
    /// and text alike; browsers read both the same).
    pub fn html_unescaped(&self) -> String {
        self.html().replace("&#x2f;", "/")
    }

    /// The first link in the text part that starts with `prefix`.
    pub fn link(&self, prefix: &str) -> String {
        let text = self.text();
        let at = text
            .find(prefix)
            .unwrap_or_else(|| panic!("no link {prefix} in {text}"));
        text[at..]
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// The `token` query parameter of the first link starting with `prefix`.
    pub fn token(&self, prefix: &str) -> String {
        let link = self.link(prefix);
        link.split("token=").nth(1).expect("a token").to_string()
    }
}

/// Every message received for `to`, oldest first.
pub fn to(to: &str) -> Vec<Mail> {
    let mut found = Vec::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(maildir().join(sub)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(raw) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let rcpt = format!("X-Haven-Rcpt: {to}\r\n");
            let rcpt_lf = format!("X-Haven-Rcpt: {to}\n");
            if raw.contains(&rcpt) || raw.contains(&rcpt_lf) {
                let modified = entry.metadata().and_then(|m| m.modified()).ok();
                found.push((modified, entry.file_name(), parse(&raw)));
            }
        }
    }
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    found.into_iter().map(|(_, _, m)| m).collect()
}

/// The messages for `to` once there are at least `n` (the sink writes as it receives; a
/// relay pass has returned once the SMTP server accepted, so this rarely waits).
pub async fn wait_for(to_addr: &str, n: usize) -> Vec<Mail> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mails = to(to_addr);
        if mails.len() >= n || Instant::now() > deadline {
            return mails;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn split_head(raw: &str) -> (&str, &str) {
    raw.split_once("\r\n\r\n")
        .or_else(|| raw.split_once("\n\n"))
        .unwrap_or((raw, ""))
}

fn headers(head: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((n, v)) = line.split_once(':') {
            out.push((n.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

fn get<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

fn parse(raw: &str) -> Mail {
    let (head, body) = split_head(raw);
    let headers = headers(head);
    let mut parts = Vec::new();
    leaves(&headers, body, &mut parts);
    Mail { headers, parts }
}

fn leaves(headers: &[(String, String)], body: &str, out: &mut Vec<(String, String)>) {
    let content_type = get(headers, "Content-Type").to_string();
    if content_type.starts_with("multipart/") {
        let boundary = content_type
            .split("boundary=")
            .nth(1)
            .map(|b| {
                b.split(';')
                    .next()
                    .unwrap_or(b)
                    .trim_matches('"')
                    .to_string()
            })
            .expect("a boundary");
        let delimiter = format!("--{boundary}");
        for chunk in body.split(&delimiter).skip(1) {
            if chunk.starts_with("--") {
                break;
            }
            let chunk = chunk.trim_start_matches(['\r', '\n']);
            let (head, body) = split_head(chunk);
            leaves(&self::headers(head), body, out);
        }
        return;
    }
    let encoding = get(headers, "Content-Transfer-Encoding").to_ascii_lowercase();
    let decoded = match encoding.as_str() {
        "base64" => {
            let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(clean)
                .expect("base64 part");
            String::from_utf8_lossy(&bytes).into_owned()
        }
        "quoted-printable" => quoted_printable(body),
        _ => body.replace("\r\n", "\n"),
    };
    out.push((content_type, decoded));
}

fn quoted_printable(body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace("=\n", "");
    let mut bytes = Vec::new();
    let mut chars = body.bytes().peekable();
    while let Some(b) = chars.next() {
        if b == b'=' {
            let hi = chars.next();
            let lo = chars.next();
            if let (Some(hi), Some(lo)) = (hi, lo) {
                let hex = [hi, lo];
                let text = std::str::from_utf8(&hex).unwrap_or("");
                if let Ok(v) = u8::from_str_radix(text, 16) {
                    bytes.push(v);
                    continue;
                }
            }
        }
        bytes.push(b);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
