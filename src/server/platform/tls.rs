//! HTTPS on the app server itself, so the hop from the load balancer is encrypted too
//! (docs/OPERATIONS.md, "TLS inside"). With `HAVEN_TLS_CLIENT_CA` it is mutual TLS: only a
//! client holding a certificate from the stack's CA (the load balancers, the stack's own
//! probes) completes the handshake.
//!
//! The certificate is read again on SIGHUP, so `scripts/ha/ca.sh rotate` replaces it without
//! a restart; connections already open keep the certificate they started with.

use crate::server::platform::config::TlsFiles;
use anyhow::Context;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::{ClientHello, ResolvesServerCert, WebPkiClientVerifier};
use rustls::sign::CertifiedKey;
use rustls::{RootCertStore, ServerConfig};
use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

/// A client that has not finished its handshake by then is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Handshakes in progress at once; more wait in the kernel's accept queue.
const MAX_HANDSHAKES: usize = 512;

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The certificate in use, swapped whole when the files are read again.
#[derive(Debug)]
struct Certificate {
    files: TlsFiles,
    current: RwLock<Arc<CertifiedKey>>,
}

impl Certificate {
    fn load(files: &TlsFiles) -> anyhow::Result<CertifiedKey> {
        let chain = CertificateDer::pem_file_iter(&files.cert)
            .with_context(|| format!("cannot read {}", files.cert.display()))?
            .collect::<Result<Vec<_>, _>>()
            .with_context(|| format!("{} is not a PEM certificate chain", files.cert.display()))?;
        anyhow::ensure!(
            !chain.is_empty(),
            "{} holds no certificate",
            files.cert.display()
        );
        let key = PrivateKeyDer::from_pem_file(&files.key)
            .with_context(|| format!("{} is not a PEM private key", files.key.display()))?;
        CertifiedKey::from_der(chain, key, &provider()).with_context(|| {
            format!(
                "{} does not match {}",
                files.key.display(),
                files.cert.display()
            )
        })
    }

    fn reload(&self) -> anyhow::Result<()> {
        let fresh = Arc::new(Self::load(&self.files)?);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = fresh;
        Ok(())
    }
}

impl ResolvesServerCert for Certificate {
    fn resolve(&self, _: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(
            self.current
                .read()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        )
    }
}

fn server_config(files: &TlsFiles, cert: Arc<Certificate>) -> anyhow::Result<ServerConfig> {
    let builder = ServerConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?;
    let builder = match &files.client_ca {
        Some(ca) => {
            let mut roots = RootCertStore::empty();
            for c in CertificateDer::pem_file_iter(ca)
                .with_context(|| format!("cannot read {}", ca.display()))?
            {
                roots
                    .add(c.with_context(|| format!("{} is not PEM", ca.display()))?)
                    .with_context(|| format!("{} is not a CA certificate", ca.display()))?;
            }
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider())
                .build()
                .context("client certificate verifier")?;
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    let mut config = builder.with_cert_resolver(cert);
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

/// Accepts TCP connections and hands over the ones whose TLS handshake succeeded.
/// Handshakes run in their own tasks, so one slow client never holds up the others.
pub struct TlsListener {
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Binds `tcp`'s connections to TLS with the certificate in `files`, and reads the
    /// certificate again whenever the process gets SIGHUP.
    pub fn new(tcp: TcpListener, files: &TlsFiles) -> anyhow::Result<Self> {
        let local = tcp.local_addr()?;
        let cert = Arc::new(Certificate {
            current: RwLock::new(Arc::new(Certificate::load(files)?)),
            files: files.clone(),
        });
        let acceptor = TlsAcceptor::from(Arc::new(server_config(files, cert.clone())?));
        spawn_reload_on_hangup(cert);
        let (tx, ready) = mpsc::channel(64);
        tokio::spawn(accept_loop(tcp, acceptor, tx));
        Ok(Self { ready, local })
    }
}

async fn accept_loop(
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    ready: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
) {
    let slots = Arc::new(Semaphore::new(MAX_HANDSHAKES));
    loop {
        let Ok(permit) = slots.clone().acquire_owned().await else {
            return;
        };
        let (stream, peer) = tokio::select! {
            accepted = tcp.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait, as axum's own listener does.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = ready.closed() => return,
        };
        // A streamed page is written in small chunks: see `serve`.
        let _ = stream.set_nodelay(true);
        let acceptor = acceptor.clone();
        let ready = ready.clone();
        tokio::spawn(async move {
            let _permit = permit;
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
                Ok(Ok(tls)) => {
                    let _ = ready.send((tls, peer)).await;
                }
                Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
            }
        });
    }
}

fn spawn_reload_on_hangup(cert: Arc<Certificate>) {
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let mut hangups = match signal(SignalKind::hangup()) {
            Ok(s) => s,
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGHUP: certificates load once");
                return;
            }
        };
        while hangups.recv().await.is_some() {
            match cert.reload() {
                Ok(()) => {
                    tracing::info!(cert = %cert.files.cert.display(), "TLS certificate reloaded")
                }
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "TLS certificate not reloaded; the previous one stays")
                }
            }
        }
    });
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(pair) => pair,
            // The accept loop only ends once this receiver is gone.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}
