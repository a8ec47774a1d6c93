//! `/unsubscribe?token=…`: the link in every e-mail a person may switch off. `GET` shows a
//! small page with one button (a plain form: no JavaScript, no sign-in); `POST` is the
//! one-click unsubscribe of RFC 8058, which mail clients send with the body
//! `List-Unsubscribe=One-Click`. The signed token is the authority, so a forged or altered
//! one is refused (400) and no CSRF token is needed: the worst a third party can do with a
//! genuine link is what its owner asked for.

use crate::app::i18n::Locale;
use crate::server::mail::unsubscribe::{self, Topic};
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
use crate::tr_in;
use axum::Extension;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use uuid::Uuid;

pub fn routes() -> Router<AppState> {
    Router::new().route("/unsubscribe", get(page).post(confirm))
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// The page for a token that is not genuine.
fn refused(locale: Locale) -> Response {
    let body = format!("<p>{}</p>", escape(&tr_in!(locale, "unsubscribe-invalid")));
    let page = html(locale, &tr_in!(locale, "unsubscribe-invalid-title"), &body);
    (StatusCode::BAD_REQUEST, Html(page)).into_response()
}

fn check(state: &AppState, token: &str) -> Option<(Uuid, Topic)> {
    unsubscribe::verify(state.config.mail.secret.expose(), token)
}

async fn page(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    Query(q): Query<TokenQuery>,
) -> Response {
    let locale = locale.map(|Extension(l)| l).unwrap_or_default();
    let Some((_, topic)) = check(&state, &q.token) else {
        return refused(locale);
    };
    let question = tr_in!(locale, "unsubscribe-question", topic = topic.label(locale));
    let body = format!(
        "<p>{question}</p>\
         <form method=\"post\" action=\"/unsubscribe?token={token}\">\
         <input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\
         <button type=\"submit\">{button}</button></form>",
        question = escape(&question),
        button = escape(&tr_in!(locale, "unsubscribe-button")),
        token = escape(&q.token)
    );
    let title = tr_in!(locale, "unsubscribe-title");
    Html(html(locale, &title, &body)).into_response()
}

async fn confirm(
    State(state): State<AppState>,
    locale: Option<Extension<Locale>>,
    Query(q): Query<TokenQuery>,
) -> Response {
    let locale = locale.map(|Extension(l)| l).unwrap_or_default();
    let Some((user, topic)) = check(&state, &q.token) else {
        return refused(locale);
    };
    if let Err(e) = unsubscribe::apply(state.db.primary(), user, topic).await {
        let error = db_error(e, "unsubscribe");
        let status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let title = tr_in!(locale, "unsubscribe-retry");
        return (
            status,
            Html(html(locale, &title, &escape(&error.to_string()))),
        )
            .into_response();
    }
    let body = format!(
        "<p>{} <a href=\"/account\">{}</a></p>",
        escape(&tr_in!(
            locale,
            "unsubscribe-done",
            topic = topic.label(locale)
        )),
        escape(&tr_in!(locale, "unsubscribe-settings"))
    );
    let title = tr_in!(locale, "unsubscribe-done-title");
    Html(html(locale, &title, &body)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A small page in `locale`; `title` is escaped here, `body` is trusted markup.
fn html(locale: Locale, title: &str, body: &str) -> String {
    let title = escape(title);
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Haven</title></head>\
         <body><main><h1>{title}</h1>{body}\
         <p><a href=\"/\">{back}</a></p></main></body></html>",
        lang = locale.tag(),
        dir = locale.dir(),
        back = escape(&tr_in!(locale, "unsubscribe-back")),
    )
}
