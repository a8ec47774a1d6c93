//! `hreflang` alternates: search engines learn that each page exists in every shipped
//! language, at the same address with `?lang=`.

#[cfg(feature = "ssr")]
use super::Locale;
use leptos::prelude::*;

/// `<link rel="alternate" hreflang>` for each language and `x-default`, in the shell's
/// `<head>` (rendered on the server only).
#[component]
pub fn Alternates() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let base = use_context::<crate::app::types::site::SiteUrl>()
            .unwrap_or_default()
            .0;
        let Some(uri) = use_context::<http::request::Parts>().map(|p| p.uri) else {
            return ().into_any();
        };
        let path = uri.path().to_owned();
        // The page's own query without any `lang`, so each alternate differs only in it.
        let query: Vec<&str> = uri
            .query()
            .unwrap_or("")
            .split('&')
            .filter(|p| !p.is_empty() && !p.starts_with("lang="))
            .collect();
        let href = |lang: Option<Locale>| {
            let mut params = query.clone();
            let tag;
            if let Some(l) = lang {
                tag = format!("lang={}", l.tag());
                params.push(&tag);
            }
            if params.is_empty() {
                format!("{base}{path}")
            } else {
                format!("{base}{path}?{}", params.join("&"))
            }
        };
        let links = Locale::ALL
            .into_iter()
            .map(|l| view! { <link rel="alternate" hreflang=l.tag() href=href(Some(l))/> })
            .collect_view();
        view! {
            {links}
            <link rel="alternate" hreflang="x-default" href=href(None)/>
        }
        .into_any()
    }
    #[cfg(not(feature = "ssr"))]
    {
        ().into_any()
    }
}
