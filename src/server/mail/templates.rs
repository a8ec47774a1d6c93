//! The e-mail templates (`templates/mail/`, embedded at compile time): a plain-text and an
//! HTML part for each kind of e-mail, rendered with minijinja. The HTML templates escape
//! every value (minijinja's autoescape by the `.html` name); the text ones do not need to.

use minijinja::Environment;
use serde::Serialize;

/// `(name, source)` of every template, read into the binary.
const SOURCES: &[(&str, &str)] = &[
    (
        "layout.html",
        include_str!("../../../templates/mail/layout.html"),
    ),
    (
        "footer.txt",
        include_str!("../../../templates/mail/footer.txt"),
    ),
    (
        "notice.txt",
        include_str!("../../../templates/mail/notice.txt"),
    ),
    (
        "notice.html",
        include_str!("../../../templates/mail/notice.html"),
    ),
    (
        "new_message.txt",
        include_str!("../../../templates/mail/new_message.txt"),
    ),
    (
        "new_message.html",
        include_str!("../../../templates/mail/new_message.html"),
    ),
    (
        "password_reset.txt",
        include_str!("../../../templates/mail/password_reset.txt"),
    ),
    (
        "password_reset.html",
        include_str!("../../../templates/mail/password_reset.html"),
    ),
    (
        "verify_email.txt",
        include_str!("../../../templates/mail/verify_email.txt"),
    ),
    (
        "verify_email.html",
        include_str!("../../../templates/mail/verify_email.html"),
    ),
    (
        "change_email.txt",
        include_str!("../../../templates/mail/change_email.txt"),
    ),
    (
        "change_email.html",
        include_str!("../../../templates/mail/change_email.html"),
    ),
    (
        "email_changed.txt",
        include_str!("../../../templates/mail/email_changed.txt"),
    ),
    (
        "email_changed.html",
        include_str!("../../../templates/mail/email_changed.html"),
    ),
];

/// The two parts of one e-mail.
#[derive(Debug)]
pub struct Rendered {
    pub text: String,
    pub html: String,
}

/// Every template, parsed once.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    pub fn new() -> Result<Self, minijinja::Error> {
        let mut env = Environment::new();
        // `t("key", name=value)`: a message from `locales/<lang>/mail.ftl` in the language
        // of the e-mail's `lang` value.
        env.add_function("t", translate);
        for (name, source) in SOURCES {
            env.add_template(name, source)?;
        }
        Ok(Self { env })
    }

    /// Renders `template` (`notice`, `new_message`, `password_reset`, `verify_email`,
    /// `change_email`, `email_changed`) as text and as HTML with the same values.
    pub fn render(&self, template: &str, values: &impl Serialize) -> Result<Rendered, String> {
        let part = |ext: &str| {
            self.env
                .get_template(&format!("{template}.{ext}"))
                .and_then(|t| t.render(values))
                .map_err(|e| format!("mail template {template}.{ext}: {e}"))
        };
        Ok(Rendered {
            text: part("txt")?,
            html: part("html")?,
        })
    }
}

fn translate(
    state: &minijinja::State,
    key: String,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    use crate::app::i18n::{Args, Locale, catalog};
    let locale = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(Locale::from_tag))
        .unwrap_or_default();
    let mut args = Args::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        match i64::try_from(value.clone()) {
            Ok(n) if value.is_number() => args.set(name.to_owned(), n),
            _ => args.set(name.to_owned(), value.to_string()),
        }
    }
    Ok(catalog::text(locale, &key, Some(&args)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_render_and_the_html_one_escapes() {
        let t = Templates::new().expect("templates parse");
        let r = t
            .render(
                "notice",
                &serde_json::json!({
                    "subject": "Booking confirmed", "name": "Ana <b>", "title": "Confirmed",
                    "body": "Tom & Jerry's <script>", "link": "http://x/trips/1",
                    "action": "View your trip", "unsubscribe_url": "http://x/unsubscribe?token=t",
                    "preference": "booking updates", "account_url": "http://x/account",
                    "lang": "en", "dir": "ltr",
                }),
            )
            .expect("render");
        assert!(r.text.contains("Tom & Jerry's <script>"));
        assert!(r.html.contains("Tom &amp; Jerry&#x27;s &lt;script&gt;"));
        assert!(!r.html.contains("<script>"));
        assert!(r.text.contains("http://x/unsubscribe?token=t"));
        assert!(r.html.contains("Unsubscribe from booking updates"));
    }

    #[test]
    fn an_email_is_written_in_its_recipients_language() {
        let t = Templates::new().expect("templates parse");
        let values = |lang: &str, dir: &str| {
            serde_json::json!({
                "subject": "s", "name": "Ana", "link": "http://x/reset", "minutes": 30,
                "email": "ana@example.com", "hours": 24, "lang": lang, "dir": dir,
            })
        };
        let fr = t
            .render("password_reset", &values("fr", "ltr"))
            .expect("render");
        assert!(fr.text.starts_with("Bonjour Ana,"), "{}", fr.text);
        assert!(fr.text.contains("dans les 30 minutes"));
        assert!(fr.html.contains("<html lang=\"fr\" dir=\"ltr\">"));
        assert!(fr.html.contains("Choisir un nouveau mot de passe"));
        let ar = t
            .render("verify_email", &values("ar", "rtl"))
            .expect("render");
        assert!(ar.html.contains("dir=\"rtl\""));
        assert!(ar.text.contains("مرحبًا Ana"));
        let en = t
            .render("password_reset", &values("en", "ltr"))
            .expect("render");
        assert!(en.html.contains("Choose a new password"));
    }
}
