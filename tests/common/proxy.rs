//! A TCP proxy in front of a real server that a test can cut, to make a server "go down"
//! under a running application without stopping the shared server itself.

use std::net::SocketAddr;
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct Proxy {
    pub addr: SocketAddr,
    cut: watch::Sender<bool>,
}

impl Proxy {
    /// Listens on a free local port and forwards every connection to `target`.
    pub async fn start(target: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let (cut, cut_rx) = watch::channel(false);
        tokio::spawn(async move {
            loop {
                let mut rx = cut_rx.clone();
                tokio::select! {
                    _ = rx.wait_for(|c| *c) => return, // stop accepting: connection refused
                    accepted = listener.accept() => {
                        let Ok((mut inbound, _)) = accepted else { return };
                        let mut conn_rx = cut_rx.clone();
                        tokio::spawn(async move {
                            let Ok(mut outbound) = TcpStream::connect(target).await else { return };
                            tokio::select! {
                                _ = copy_bidirectional(&mut inbound, &mut outbound) => {}
                                _ = conn_rx.wait_for(|c| *c) => {} // drop both ends
                            }
                        });
                    }
                }
            }
        });
        Self { addr, cut }
    }

    /// Closes every proxied connection and refuses new ones.
    pub fn cut(&self) {
        let _ = self.cut.send(true);
    }
}
