//! `/unsubscribe?token=…`: the link in every e-mail a person may switch off. `GET` shows a
//! small page with one button (a plain form: no JavaScript, no sign-in); `POST` is the
//! one-click unsubscribe of RFC 8058, which mail clients send with the body
//! `List-Unsubscribe=One-Click`. The signed token is the authority, so a forged or altered
//! one is refused (400) and no CSRF token is needed: the worst a third party can do with a
//! genuine link is what its owner asked for.

use crate::server::mail::unsubscribe::{self, Topic};
use crate::server::platform::error::db_error;
use crate::server::platform::state::AppState;
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
fn refused() -> Response {
    let body = html(
        "This link does not work",
        "<p>This unsubscribe link is not valid: it may have been changed or cut short. \
         You can switch e-mails off in your <a href=\"/account\">account settings</a>.</p>",
    );
    (StatusCode::BAD_REQUEST, Html(body)).into_response()
}

fn check(state: &AppState, token: &str) -> Option<(Uuid, Topic)> {
    unsubscribe::verify(state.config.mail.secret.expose(), token)
}

async fn page(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let Some((_, topic)) = check(&state, &q.token) else {
        return refused();
    };
    let body = format!(
        "<p>Stop e-mails about {label}?</p>\
         <form method=\"post\" action=\"/unsubscribe?token={token}\">\
         <input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\
         <button type=\"submit\">Unsubscribe</button></form>",
        label = topic.label(),
        token = escape(&q.token)
    );
    Html(html("Unsubscribe", &body)).into_response()
}

async fn confirm(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let Some((user, topic)) = check(&state, &q.token) else {
        return refused();
    };
    if let Err(e) = unsubscribe::apply(state.db.primary(), user, topic).await {
        let error = db_error(e, "unsubscribe");
        let status =
            StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return (
            status,
            Html(html("Please try again", &escape(&error.to_string()))),
        )
            .into_response();
    }
    let body = format!(
        "<p>You will no longer get e-mails about {}. You can switch them back on in your \
         <a href=\"/account\">account settings</a>.</p>",
        topic.label()
    );
    Html(html("You are unsubscribed", &body)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A small page; `body` is trusted markup.
fn html(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Haven</title></head>\
         <body><main><h1>{title}</h1>{body}\
         <p><a href=\"/\">Back to Haven</a></p></main></body></html>"
    )
}
