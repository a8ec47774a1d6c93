//! A message's text as shown: escaped, with its web addresses as links that pass no
//! referrer authority (`rel="nofollow noopener"`).

use crate::app::types::message::{Segment, linkify};
use leptos::prelude::*;

/// The body of one message. Text nodes and attributes are escaped by the view; only
/// `http`/`https` addresses become links ([`linkify`]).
#[component]
pub fn MessageBody(text: String) -> impl IntoView {
    let parts = linkify(&text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Link(url) => view! {
                <a href=url.to_string() rel="nofollow noopener" target="_blank">{url.to_string()}</a>
            }
            .into_any(),
        })
        .collect_view();
    view! { <p class="message__body">{parts}</p> }
}
