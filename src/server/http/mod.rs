//! The HTTP application: routes, pages, server functions and the middleware around them.

pub mod api;
pub mod caller;
mod csp;
pub mod early;
pub mod extract;
pub mod locale;
mod middleware;
pub mod ops;
mod photo;
mod pwa;
mod search_text;
pub mod text;
mod unsubscribe;

use crate::app::types::site::{AssetBase, SiteUrl};
use crate::app::{App, shell};
use crate::server::http::caller::read_your_writes;
use crate::server::platform::state::AppState;
use axum::Router;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::routing::get;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::time::Duration;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::PostgresStore;
use tracing::Level;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Builds the whole application router around `state`.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let leptos_options = state.leptos_options.clone();

    let session_store = PostgresStore::new(state.db.primary().clone());
    // Over HTTPS the `__Host-` prefix pins the cookie to this host, path / and Secure.
    let cookie_name = if state.config.secure_cookies {
        "__Host-haven.sid"
    } else {
        "haven.sid"
    };
    let sessions = SessionManagerLayer::new(session_store)
        .with_name(cookie_name)
        .with_path("/")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.secure_cookies)
        .with_expiry(Expiry::OnInactivity(state.config.session_idle));

    let context_state = state.clone();
    // What every page render gets, 404 pages included (the browser may navigate from one to
    // a page with a map): the tile source, where the build output loads from, and this
    // response's CSP nonce.
    let page_context = {
        let tiles = state.config.map_tiles.clone();
        let assets = AssetBase(state.config.asset_base_url.clone());
        let site = SiteUrl(state.config.mail.public_url.clone());
        move || {
            provide_context(tiles.clone());
            provide_context(assets.clone());
            provide_context(site.clone());
            use_csp_nonce();
        }
    };
    let fallback_context = page_context.clone();
    let pages = Router::<AppState>::new()
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(context_state.clone());
                page_context();
            },
            {
                let options = leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .merge(api::router())
        .merge(photo::form_routes(&state))
        .merge(unsubscribe::routes())
        .merge(locale::routes())
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(fallback_context, shell))
        .route_layer(axum::middleware::from_fn(middleware::tag_route))
        .layer(axum::middleware::from_fn(middleware::server_fn_status))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            search_text::redirect,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            read_your_writes,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::server::http::caller::writes_per_user,
        ))
        // Inside the sessions (it reads the account's preference), around everything else.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            locale::negotiate,
        ))
        .layer(sessions);

    // The service worker for the build this server serves (read once, at start-up).
    let worker = pwa::ServiceWorker::new(
        &pwa::BuildAssets::read(&leptos_options),
        &state.config.asset_base_url,
        &state.config.media_base_url,
    );
    let ops = Router::<AppState>::new()
        .route("/sw.js", get(move || std::future::ready(worker.response())))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .nest_service(
            "/media",
            tower_http::services::ServeDir::new(&state.config.media_dir),
        )
        .route_layer(axum::middleware::from_fn(middleware::tag_route));

    let proxies = state.config.trusted_proxies.clone();
    let request_span = move |req: &Request<_>| {
        let id = req
            .headers()
            .get(&REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("-");
        let client = proxies.client_ip(req.headers(), req.extensions());
        tracing::info_span!("request", method = %req.method(), uri = %req.uri(), request_id = %id, client = %client)
    };
    let policy = std::sync::Arc::new(csp::ContentSecurityPolicy::new(
        &state.config.asset_base_url,
        state.config.map_tiles.url.as_deref(),
        &state.config.media_base_url,
    ));

    Router::new()
        .merge(ops)
        .merge(pages)
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(request_span)
                        .on_response(DefaultOnResponse::new().level(Level::INFO)),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(CatchPanicLayer::new())
                .layer(axum::middleware::from_fn(middleware::track_metrics))
                .layer(axum::middleware::from_fn(middleware::same_origin_writes))
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    crate::server::platform::proxy::secure_cookies_behind_https,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    policy,
                    csp::content_security_policy,
                ))
                .layer(TimeoutLayer::with_status_code(
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    Duration::from_secs(30),
                ))
                // Inside the timeout, so a slow body cannot hold the check open.
                .layer(axum::middleware::from_fn(text::check_text))
                .layer(CompressionLayer::new())
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_FRAME_OPTIONS,
                    HeaderValue::from_static("DENY"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("strict-origin-when-cross-origin"),
                ))
                .layer(axum::middleware::from_fn(middleware::cache_headers)),
        )
        .with_state(state)
}

/// Hands the request's CSP nonce (see `csp`) to Leptos, which writes it on the inline
/// scripts of the page it renders.
fn use_csp_nonce() {
    let nonce = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<csp::CspNonce>().cloned());
    if let Some(csp::CspNonce(nonce)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
}
