//! `haven serve`: the web server, with graceful shutdown.

use crate::server::http;
use crate::server::platform::clock::Clock;
use crate::server::platform::config::Config;
use crate::server::platform::db::Db;
use crate::server::platform::payments::OfflineProvider;
use crate::server::platform::ratelimit::RateLimits;
use crate::server::platform::state::{AppState, Caches};
use crate::server::platform::telemetry;
use anyhow::Context;
use axum::serve::ListenerExt;
use std::sync::Arc;
use tower_sessions::ExpiredDeletion;
use tower_sessions_sqlx_store::PostgresStore;

pub async fn run(config: Config) -> anyhow::Result<()> {
    let leptos_options = leptos_options()?;
    let db = Db::connect_lazy(&config.database).context("database configuration")?;
    let metrics = telemetry::metrics_handle().context("metrics recorder")?;
    let monitor = db.spawn_replica_monitor();
    let session_cleanup = tokio::spawn({
        let store = PostgresStore::new(db.primary().clone());
        async move {
            if let Err(e) = store
                .continuously_delete_expired(std::time::Duration::from_secs(600))
                .await
            {
                tracing::error!(error = %e, "expired-session cleanup stopped");
            }
        }
    });

    let limits = Arc::new(RateLimits::from_config(&config));
    let prune = tokio::spawn({
        let limits = limits.clone();
        async move {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
            loop {
                every.tick().await;
                limits.prune();
            }
        }
    });
    let listen = config.listen;
    let place_cache = config.place_cache;
    let grace = config.shutdown_grace;
    let media = crate::server::platform::media::MediaStore::from_config(&config)?;
    let state = AppState {
        media,
        config: Arc::new(config),
        db,
        leptos_options,
        metrics,
        limits,
        caches: Arc::new(Caches::new(place_cache)),
        clock: Clock::default(),
        payments: Arc::new(OfflineProvider),
        views: Arc::default(),
    };
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    if state.config.mail.secret.expose() == crate::server::platform::config::DEV_MAIL_SECRET {
        tracing::warn!(
            "HAVEN_MAIL_SECRET is unset: unsubscribe links are signed with the public \
             development key; set a secret of your own in production"
        );
    }
    let worker = state.config.job_worker.then(|| {
        let mut stop_rx = stop_rx.clone();
        tokio::spawn(crate::server::worker::run(state.clone(), async move {
            let _ = stop_rx.wait_for(|s| *s).await;
        }))
    });
    let view_flush = tokio::spawn({
        let state = state.clone();
        async move {
            let mut every = tokio::time::interval(crate::server::analytics::views::FLUSH_EVERY);
            loop {
                every.tick().await;
                if let Err(e) = crate::server::analytics::views::flush(&state).await {
                    tracing::warn!(error = %e, "listing views not written yet; kept for the next try");
                }
            }
        }
    });
    let flush_state = state.clone();
    let app = http::router(state);
    let tcp = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let stop = {
        let mut stop_rx = stop_rx.clone();
        async move {
            let _ = stop_rx.wait_for(|s| *s).await;
        }
    };
    let make_service = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let tls = flush_state.config.tls.clone();
    tracing::info!(%listen, tls = tls.is_some(), replica = monitor.is_some(), "Haven is serving");
    // TCP_NODELAY: a streamed page is written in several small chunks; with Nagle's
    // algorithm each waits for the client's delayed ACK (~40 ms). The TLS listener sets
    // it itself before the handshake.
    let server: tokio::task::JoinHandle<std::io::Result<()>> = match tls {
        Some(files) => {
            // tap_io does nothing here but wrap the listener: axum gives any wrapped listener
            // whose address is a SocketAddr the ConnectInfo the proxy layer reads.
            let listener = crate::server::platform::tls::TlsListener::new(tcp, &files)
                .context("TLS certificate")?
                .tap_io(|_| {});
            let server = axum::serve(listener, make_service).with_graceful_shutdown(stop);
            tokio::spawn(async move { server.await })
        }
        None => {
            let listener = tcp.tap_io(|stream| {
                if let Err(e) = stream.set_nodelay(true) {
                    tracing::debug!(error = %e, "could not set TCP_NODELAY");
                }
            });
            let server = axum::serve(listener, make_service).with_graceful_shutdown(stop);
            tokio::spawn(async move { server.await })
        }
    };

    shutdown_signal().await;
    tracing::info!(
        grace_secs = grace.as_secs(),
        "shutting down: finishing in-flight requests"
    );
    let _ = stop_tx.send(true);
    match tokio::time::timeout(grace, server).await {
        Ok(joined) => joined.context("server task")?.context("server")?,
        Err(_) => tracing::warn!("in-flight requests did not finish within the grace period"),
    }
    if let Some(w) = worker {
        // The job in hand finishes; an interrupted one is taken again after its lease.
        let _ = tokio::time::timeout(grace, w).await;
    }
    if let Some(m) = monitor {
        m.abort();
    }
    view_flush.abort();
    if let Err(e) = crate::server::analytics::views::flush(&flush_state).await {
        tracing::warn!(error = %e, "the last listing views could not be written");
    }
    session_cleanup.abort();
    prune.abort();
    tracing::info!("stopped");
    Ok(())
}

/// Leptos' settings from `LEPTOS_*` variables (set by cargo-leptos and the Makefile), or
/// from Cargo.toml when run from the source tree.
fn leptos_options() -> anyhow::Result<leptos::config::LeptosOptions> {
    let from_env = std::env::var_os("LEPTOS_OUTPUT_NAME").is_some();
    let file = (!from_env && std::path::Path::new("Cargo.toml").exists()).then_some("Cargo.toml");
    let conf = leptos::config::get_configuration(file).context("Leptos configuration")?;
    Ok(conf.leptos_options)
}

/// Resolves on SIGTERM (orchestrators, `make stop`) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
