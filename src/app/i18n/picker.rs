//! The language picker in the footer: a plain form posted to `/language`, which sets the
//! cookie (and the account's preference when signed in) and reloads the page in the new
//! language. No JavaScript needed.

use super::Locale;
use crate::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Where the picker posts: `server::http::locale::choose_language`.
pub const LANGUAGE_ROUTE: &str = "/language";

/// Where a footer form goes back to afterwards: this page, with its query (a search stays
/// a search).
pub(super) fn return_path() -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let location = use_location();
    move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{}", location.pathname.get(), search)
        }
    }
}

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = super::locale();
    let next = return_path();
    view! {
        <form class="language-picker" method="post" action=LANGUAGE_ROUTE>
            <label for="language-picker-select">{tr!("footer-language")}</label>
            <select id="language-picker-select" name="lang">
                {Locale::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=l == current>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <input type="hidden" name="next" value=next/>
            <button type="submit" class="button button--small">{tr!("footer-language-apply")}</button>
        </form>
    }
}
