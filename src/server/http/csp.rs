//! The Content-Security-Policy of every page: scripts only from this site (or its asset
//! CDN) and inline scripts only with this response's nonce, WASM allowed to compile, no
//! plugins, no framing, forms posting only here. The app owns the header because only it
//! knows each page's nonce (Leptos writes it on its hydration and streaming scripts);
//! nginx adds a strict fallback for anything else.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore as _;
use std::sync::Arc;

/// This request's CSP nonce, in the request's extensions for the page render.
#[derive(Clone, Debug)]
pub struct CspNonce(pub Arc<str>);

/// The policy, with a hole for the nonce.
#[derive(Clone, Debug)]
pub struct ContentSecurityPolicy {
    before_nonce: Arc<str>,
    after_nonce: Arc<str>,
}

impl ContentSecurityPolicy {
    /// `asset_base`: the CDN base URL for the build output (empty: this origin);
    /// `tiles`: the map tile URL template; `media`: where photos are read from.
    pub fn new(asset_base: &str, tiles: Option<&str>, media: &str) -> Self {
        let cdn = origin_of(asset_base);
        let with = |sources: &[Option<String>]| -> String {
            let mut all = vec!["'self'".to_string()];
            for s in sources.iter().flatten() {
                if !all.contains(s) {
                    all.push(s.clone());
                }
            }
            all.join(" ")
        };
        let images = with(&[
            Some("data:".into()),
            Some("blob:".into()),
            tiles.and_then(origin_of),
            origin_of(media),
            cdn.clone(),
        ]);
        let assets = with(std::slice::from_ref(&cdn));
        Self {
            before_nonce: format!("default-src 'self'; script-src {assets} 'nonce-").into(),
            after_nonce: format!(
                "' 'wasm-unsafe-eval'; style-src {assets} 'unsafe-inline'; img-src {images}; \
                 font-src {assets}; connect-src {assets}; manifest-src 'self'; worker-src 'self'; \
                 object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            )
            .into(),
        }
    }

    fn with_nonce(&self, nonce: &str) -> String {
        format!("{}{nonce}{}", self.before_nonce, self.after_nonce)
    }
}

/// The scheme and host of an absolute URL (`{s}` subdomains become `*`); `None` for a path
/// on this origin.
pub(super) fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    (!host.is_empty()).then(|| format!("{scheme}://{}", host.replace("{s}", "*")))
}

/// Gives each request a fresh nonce and puts the policy on HTML responses that do not
/// already carry one.
pub async fn content_security_policy(
    axum::extract::State(policy): axum::extract::State<Arc<ContentSecurityPolicy>>,
    mut req: Request,
    next: Next,
) -> Response {
    let nonce = new_nonce();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut response = next.run(req).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if html
        && !response
            .headers()
            .contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(value) = HeaderValue::from_str(&policy.with_nonce(&nonce))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

/// 128 random bits, URL-safe base64 (valid in a CSP nonce source).
fn new_nonce() -> Arc<str> {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_of_urls() {
        assert_eq!(
            origin_of("https://tile.openstreetmap.org/{z}/{x}/{y}.png").as_deref(),
            Some("https://tile.openstreetmap.org")
        );
        assert_eq!(
            origin_of("https://{s}.tiles.example:8443/{z}").as_deref(),
            Some("https://*.tiles.example:8443")
        );
        assert_eq!(origin_of("/media"), None);
        assert_eq!(origin_of(""), None);
        assert_eq!(origin_of("javascript://x"), None);
    }

    #[test]
    fn the_policy_names_each_source_once() {
        let p = ContentSecurityPolicy::new(
            "https://cdn.example",
            Some("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
            "https://cdn.example/media",
        );
        let csp = p.with_nonce("abc");
        assert!(
            csp.contains("script-src 'self' https://cdn.example 'nonce-abc' 'wasm-unsafe-eval';"),
            "{csp}"
        );
        assert!(
            csp.contains(
                "img-src 'self' data: blob: https://tile.openstreetmap.org https://cdn.example;"
            ),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(
            !csp.contains(" 'unsafe-eval'"),
            "no eval for scripts: {csp}"
        );
        let local = ContentSecurityPolicy::new("", None, "/media").with_nonce("n");
        assert!(
            local.starts_with("default-src 'self'; script-src 'self' 'nonce-n'"),
            "{local}"
        );
    }
}
