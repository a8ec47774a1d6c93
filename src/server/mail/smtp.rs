//! The SMTP side: the transport to the configured relay (lettre over tokio, rustls for
//! STARTTLS) and the MIME message (`multipart/alternative`: text, then HTML).

use crate::server::platform::config::{MailConfig, StartTls};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub type Transport = AsyncSmtpTransport<Tokio1Executor>;

/// A transport to `config`'s relay. It connects per message, with `config.timeout` on
/// connecting and on each exchange, so a dead relay fails fast and the outbox retries.
pub fn transport(config: &MailConfig) -> Result<Transport, String> {
    let tls = |host: &str| TlsParameters::new(host.to_string()).map_err(|e| e.to_string());
    let tls = match config.starttls {
        StartTls::Required => Tls::Required(tls(&config.smtp_host)?),
        StartTls::Opportunistic => Tls::Opportunistic(tls(&config.smtp_host)?),
        StartTls::Off => Tls::None,
    };
    let mut builder = Transport::builder_dangerous(&config.smtp_host)
        .port(config.smtp_port)
        .tls(tls)
        .timeout(Some(config.timeout));
    if let Some((user, password)) = &config.credentials {
        builder = builder.credentials(Credentials::new(
            user.clone(),
            password.expose().to_string(),
        ));
    }
    Ok(builder.build())
}

/// One e-mail, ready to build.
pub struct Outgoing<'a> {
    pub to: &'a str,
    pub to_name: &'a str,
    pub subject: &'a str,
    pub text: String,
    pub html: String,
    /// The one-click link (and the optional `mailto:`), for mail a person may switch off.
    pub unsubscribe: Option<(String, Option<String>)>,
    /// Stable per outbox event, so a receiver can tell a resent copy from a new e-mail.
    pub message_id: String,
}

const LIST_UNSUBSCRIBE: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe");
const LIST_UNSUBSCRIBE_POST: HeaderName = HeaderName::new_from_ascii_str("List-Unsubscribe-Post");

/// The MIME message for `mail`, from `from`.
pub fn message(from: &str, mail: Outgoing<'_>) -> Result<Message, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("HAVEN_MAIL_FROM: {e}"))?;
    let to = Mailbox::new(
        Some(mail.to_name.to_string()),
        mail.to
            .parse()
            .map_err(|e| format!("recipient address {:?}: {e}", mail.to))?,
    );
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject)
        .message_id(Some(mail.message_id));
    if let Some((url, mailto)) = mail.unsubscribe {
        let mut value = format!("<{url}>");
        if let Some(mailto) = mailto {
            value.push_str(&format!(", <mailto:{mailto}?subject=unsubscribe>"));
        }
        builder = builder
            .raw_header(HeaderValue::new(LIST_UNSUBSCRIBE, value))
            .raw_header(HeaderValue::new(
                LIST_UNSUBSCRIBE_POST,
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(mail.text, mail.html))
        .map_err(|e| format!("building the message: {e}"))
}

/// Hands `message` to the relay; an error (refused, unreachable, timed out) is the
/// outbox's cue to retry.
pub async fn send(transport: &Transport, message: Message) -> Result<(), String> {
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| format!("SMTP: {e}"))
}
