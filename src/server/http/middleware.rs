//! Cross-cutting HTTP middleware: request metrics and cache headers.

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

/// The route template a request matched, carried out on the response so the outer metrics
/// layer can label by route (a bounded set) rather than by raw path (unbounded).
#[derive(Clone)]
struct RouteLabel(String);

/// Inner layer (a `route_layer`): records which route matched.
pub async fn tag_route(req: Request, next: Next) -> Response {
    let label = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let mut response = next.run(req).await;
    if let Some(label) = label {
        response.extensions_mut().insert(RouteLabel(label));
    }
    response
}

/// Outer layer: counts requests and records latency by method, route and status.
pub async fn track_metrics(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let static_file = req.uri().path().starts_with("/pkg/");
    let response = next.run(req).await;
    let route = match response.extensions().get::<RouteLabel>() {
        Some(RouteLabel(r)) => r.clone(),
        None if static_file => "/pkg/*".to_owned(),
        // Static assets and unknown paths: one label, so scanners cannot explode the series.
        None => "fallback".to_owned(),
    };
    let status = response.status().as_u16().to_string();
    let labels = [("method", method), ("route", route), ("status", status)];
    metrics::counter!("haven_http_requests_total", &labels).increment(1);
    metrics::histogram!("haven_http_request_duration_seconds", &labels)
        .record(start.elapsed().as_secs_f64());
    response
}

/// Hashed build output never changes under a name: cache it for a year. Other public
/// files (photos, icons, vendored scripts such as Leaflet) for a day. Pages and server
/// functions set their own.
pub async fn cache_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    if !response.status().is_success() || response.headers().contains_key(header::CACHE_CONTROL) {
        return response;
    }
    // Build output and uploaded media are named by their content's hash.
    let value = if path.starts_with("/pkg/") || path.starts_with("/media/") {
        Some("public, max-age=31536000, immutable")
    } else if path == "/manifest.webmanifest" {
        // Read again within the hour, so a changed manifest reaches installed apps.
        Some("public, max-age=3600")
    } else if path.starts_with("/photos/")
        || path.starts_with("/icons/")
        || path.starts_with("/vendor/")
        || path == "/favicon.svg"
    {
        Some("public, max-age=86400")
    } else {
        None
    };
    if let Some(v) = value {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(v));
    }
    response
}

/// Server functions answer every error with 500; give an `AppError` its real status (400
/// for bad input, 404, 503, ...), including errors raised before the function body ran
/// (arguments that do not parse). The browser client treats any 4xx/5xx as an error.
pub async fn server_fn_status(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    // A plain form post (no JavaScript) is answered with a redirect carrying the error in
    // the URL: leave that alone.
    if !response.headers().contains_key("serverfnerror") || response.status().is_redirection() {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // A form error echoes what was typed: as large as the request it answers, which is at
    // most `MAX_BODY_BYTES`, escaped (a `"` becomes two bytes).
    let limit = 2 * crate::server::http::text::MAX_BODY_BYTES + 64 * 1024;
    let bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "unreadable server function error body");
            return (
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "internal error",
            )
                .into_response();
        }
    };
    if let Ok(error) = serde_json::from_slice::<crate::app::types::AppError>(&bytes)
        && let Ok(status) = axum::http::StatusCode::from_u16(error.status())
    {
        parts.status = status;
        if let crate::app::types::AppError::RateLimited { retry_after_secs } = error {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// CSRF defence for cookie-authenticated writes: a state-changing request whose `Origin`
/// (or, failing that, `Referer`) names another site is refused. Requests with a bearer
/// token carry no ambient credential and pass; so do requests with neither header, which
/// browsers never send for cross-origin writes. SameSite=Lax cookies are the other half.
pub async fn same_origin_writes(req: Request, next: Next) -> Response {
    use axum::http::Method;
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || crate::server::accounts::auth::has_bearer_token(req.headers()) {
        return next.run(req).await;
    }
    // Owned copies: a borrow of the request (whose body is not Sync) must not live across
    // the await below.
    let (claimed, host) = {
        let text = |name| {
            req.headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        (
            text(header::ORIGIN).or_else(|| text(header::REFERER)),
            text(header::HOST),
        )
    };
    let allowed = match claimed.as_deref() {
        None => true,
        Some(origin) => origin_authority(origin).is_some_and(|a| Some(a) == host.as_deref()),
    };
    if allowed {
        return next.run(req).await;
    }
    tracing::warn!(origin = ?claimed, "cross-origin write refused");
    crate::server::http::api::ApiError::new(
        axum::http::StatusCode::FORBIDDEN,
        "cross_origin",
        "This request came from another site and was refused.",
    )
    .into_response()
}

/// `host[:port]` of an origin or URL: `https://haven.test:8443/path` → `haven.test:8443`.
fn origin_authority(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    (!authority.is_empty()).then_some(authority)
}

#[cfg(test)]
mod tests {
    use super::origin_authority;

    #[test]
    fn authority_of_origins_and_referers() {
        assert_eq!(origin_authority("https://haven.test"), Some("haven.test"));
        assert_eq!(
            origin_authority("http://127.0.0.1:3000/listings/1?x"),
            Some("127.0.0.1:3000")
        );
        assert_eq!(origin_authority("null"), None);
        assert_eq!(origin_authority("https://"), None);
    }
}
