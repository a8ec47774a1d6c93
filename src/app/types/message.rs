//! Messages between a guest and a host, as the inbox, a thread and API clients see them;
//! the text of a message, parsed once ([`MessageText`]); and how a message is shown
//! ([`linkify`]: plain text with its web addresses made links).

use super::account::FieldError;
use crate::tr;
use serde::{Deserialize, Serialize};

/// The longest message, in characters (after trimming).
pub const MAX_MESSAGE_CHARS: usize = 4_000;
/// A person may send this many messages in [`RATE_WINDOW_MINUTES`], across conversations
/// (the default of the server's `HAVEN_MESSAGES_PER_TEN_MINUTES`).
pub const RATE_LIMIT_MESSAGES: i64 = 30;
/// The rate limit's window.
pub const RATE_WINDOW_MINUTES: i64 = 10;
/// The longest a client may ask the server to wait for new messages (long polling).
pub const MAX_WAIT_SECS: u64 = 20;

/// The text of a message: trimmed, 1 to [`MAX_MESSAGE_CHARS`] characters, line breaks and
/// tabs allowed but no other control characters; `\r\n` kept as `\n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// The only way to a `MessageText`; the error names the field `body`.
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(FieldError::new("body", tr!("messages-error-empty")));
        }
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            return Err(FieldError::new("body", tr!("messages-error-plain-text")));
        }
        if text.chars().count() > MAX_MESSAGE_CHARS {
            return Err(FieldError::new(
                "body",
                tr!("messages-error-too-long", max = MAX_MESSAGE_CHARS),
            ));
        }
        Ok(Self(text.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Which side of a conversation someone is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Guest,
    Host,
}

/// One conversation in the inbox: the listing and stay it is about, the other person,
/// the last message, and whether the viewer has read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ConversationSummary {
    pub id: i64,
    pub listing_id: i64,
    pub listing_title: String,
    /// The booking this conversation belongs to, once there is one.
    pub booking_id: Option<i64>,
    /// The booking's status (`pending`, `confirmed`, …), or `inquiry` before any booking.
    pub status: String,
    /// The stay: the booking's dates, or those the inquiry asked about (if any).
    pub check_in: Option<String>,
    pub check_out: Option<String>,
    pub guest_count: Option<i32>,
    /// The viewer's side.
    pub viewer: Side,
    /// The other person's display name.
    pub other_name: String,
    /// The last message's text, shortened to 140 characters (none yet: empty).
    pub last_message: String,
    /// RFC 3339.
    pub last_message_at: String,
    /// Messages from the other person the viewer has not read.
    pub unread: i64,
}

/// One page of the inbox, newest activity first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Inbox {
    pub items: Vec<ConversationSummary>,
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
}

/// One message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: i64,
    pub sender_name: String,
    /// Whether the viewer sent it.
    pub mine: bool,
    /// Plain text as typed: escape it when showing it (see [`linkify`]).
    pub body: String,
    /// RFC 3339.
    pub sent_at: String,
}

/// A conversation with its messages, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Thread {
    pub conversation: ConversationSummary,
    pub messages: Vec<Message>,
    /// The id of the last message the other person has read (0: none): a read receipt.
    pub other_read_id: i64,
    /// When they read it (RFC 3339).
    pub other_read_at: Option<String>,
}

/// A question to a host before booking, from the listing page or the API.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewInquiry {
    /// `YYYY-MM-DD`, with `check_out`, or neither.
    pub check_in: Option<String>,
    pub check_out: Option<String>,
    /// 1 to 50 (optional).
    pub guests: Option<i64>,
    /// The first message (1 to 4,000 characters).
    pub body: String,
}

/// A message as sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// 1 to 4,000 characters.
    pub body: String,
}

/// How many conversations have messages the caller has not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    pub conversations: i64,
}

/// How a host answers inquiries and booking requests over the last 90 days.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ResponseStats {
    /// Inquiries and requests counted (answered, or left unanswered for 24 hours).
    pub counted: i64,
    /// Of those, answered within 24 hours.
    pub responded: i64,
    /// The median time to answer, in seconds, of those answered.
    pub median_secs: Option<i64>,
}

impl ResponseStats {
    /// "Responds to 95 % of messages within an hour", or nothing without data, in the
    /// page's language.
    pub fn sentence(&self) -> Option<String> {
        if self.counted == 0 {
            return None;
        }
        let rate = (self.responded * 100 + self.counted / 2) / self.counted;
        let within = match self.median_secs {
            Some(s) if s <= 3_600 => "hour",
            Some(s) if s <= 6 * 3_600 => "hours",
            Some(s) if s <= 24 * 3_600 => "day",
            _ => "other",
        };
        Some(tr!("messages-response-rate", rate = rate, within = within))
    }
}

/// A piece of a message as shown: text, or a web address to link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits plain text into text and `http://`/`https://` addresses (nothing else becomes a
/// link: no `javascript:`, no `data:`). An address ends at whitespace or at a character
/// that cannot be part of one unescaped (`"`, `'`, `<`, `>`, backtick); trailing
/// punctuation (`.,;:!?)`) stays text. Rendered as text nodes and `href` attributes, both
/// escaped by the view, so nothing typed becomes markup.
pub fn linkify(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut plain_start = 0;
    let mut offset = 0;
    while let Some(found) = next_scheme(rest) {
        let start = offset + found;
        let tail = &text[start..];
        let mut end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .unwrap_or(tail.len());
        while end > 0 && tail[..end].ends_with(['.', ',', ';', ':', '!', '?', ')']) {
            end -= 1;
        }
        let url = &tail[..end];
        let scheme_len = if url.starts_with("https://") { 8 } else { 7 };
        if url.len() > scheme_len {
            if plain_start < start {
                out.push(Segment::Text(&text[plain_start..start]));
            }
            out.push(Segment::Link(url));
            plain_start = start + end;
            offset = plain_start;
        } else {
            offset = start + scheme_len;
        }
        rest = &text[offset..];
    }
    if plain_start < text.len() {
        out.push(Segment::Text(&text[plain_start..]));
    }
    out
}

/// Where the next `http://` or `https://` starts in `s` (ASCII case-insensitive).
fn next_scheme(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let a = lower.find("http://");
    let b = lower.find("https://");
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Segment::{Link, Text};

    #[test]
    fn message_text_is_trimmed_and_limited() {
        assert_eq!(
            MessageText::parse("  Hello\r\nthere  ").map(|t| t.as_str().to_string()),
            Ok("Hello\nthere".to_string())
        );
        assert!(MessageText::parse(" \n ").is_err());
        assert!(MessageText::parse("a\u{7}b").is_err());
        assert!(MessageText::parse(&"é".repeat(MAX_MESSAGE_CHARS)).is_ok());
        let long = MessageText::parse(&"é".repeat(MAX_MESSAGE_CHARS + 1)).expect_err("long");
        assert_eq!(long.field, "body");
    }

    #[test]
    fn addresses_become_links_and_the_rest_stays_text() {
        assert_eq!(
            linkify("See https://example.com/a?b=1. Thanks!"),
            vec![
                Text("See "),
                Link("https://example.com/a?b=1"),
                Text(". Thanks!")
            ]
        );
        assert_eq!(
            linkify("(http://x.org) and HTTPS://Y.org"),
            vec![
                Text("("),
                Link("http://x.org"),
                Text(") and "),
                Link("HTTPS://Y.org")
            ]
        );
        assert_eq!(linkify("no links"), vec![Text("no links")]);
        assert_eq!(linkify(""), Vec::<Segment<'_>>::new());
        assert_eq!(linkify("https:// alone"), vec![Text("https:// alone")]);
    }

    #[test]
    fn only_web_addresses_are_links() {
        for text in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>",
            "<a href=\"x\">x</a>",
        ] {
            assert!(linkify(text).iter().all(|s| matches!(s, Text(_))), "{text}");
        }
    }

    #[test]
    fn quotes_and_angle_brackets_end_an_address() {
        assert_eq!(
            linkify("<a href=\"https://evil.example/\" onclick=\"x\">"),
            vec![
                Text("<a href=\""),
                Link("https://evil.example/"),
                Text("\" onclick=\"x\">")
            ]
        );
        assert_eq!(
            linkify("'http://a.b/'x"),
            vec![Text("'"), Link("http://a.b/"), Text("'x")]
        );
        // A `javascript:` address hidden after a web one stays inside its text.
        assert_eq!(
            linkify("http://a.b/?javascript:alert(1)"),
            vec![Link("http://a.b/?javascript:alert(1")]
                .into_iter()
                .chain([Text(")")])
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_stats_sentence_rounds_the_rate() {
        let s = ResponseStats {
            counted: 3,
            responded: 2,
            median_secs: Some(1_200),
        };
        assert_eq!(
            s.sentence().as_deref(),
            Some("Responds to 67 % of messages within an hour")
        );
        let none = ResponseStats {
            counted: 0,
            responded: 0,
            median_secs: None,
        };
        assert_eq!(none.sentence(), None);
    }
}
