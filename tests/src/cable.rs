//! A network cable between the app and the test server that a journey pulls out and plugs back
//! in: a loopback TCP relay, so the app meets a real server going away and coming back.

use std::net::TcpListener as FreePort;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

/// A relay to the test server, unplugged until [`Cable::plug`].
pub struct Cable {
    port: u16,
    target: String,
    plugged: watch::Sender<bool>,
    _runtime: tokio::runtime::Runtime,
}

impl Cable {
    /// A cable to the server `url` names (`postgres://login:password@host:port/database`).
    pub fn to(url: &str) -> Cable {
        let target = server_of(url).to_owned();
        let port = FreePort::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let runtime =
            tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("tokio");
        let (plugged, cable) = watch::channel(false);
        runtime.spawn(relay(port, target.clone(), cable));
        Cable { port, target, plugged, _runtime: runtime }
    }

    /// `url` with the server replaced by this cable's end.
    pub fn route(&self, url: &str) -> String {
        url.replacen(&format!("@{}/", self.target), &format!("@127.0.0.1:{}/", self.port), 1)
    }

    /// Connects: the cable's end accepts connections and carries them to the server.
    pub fn plug(&self) {
        self.plugged.send_replace(true);
    }

    /// Disconnects: every connection through the cable is cut, and new ones are refused.
    pub fn unplug(&self) {
        self.plugged.send_replace(false);
    }
}

/// `host:port` of a PostgreSQL URL.
fn server_of(url: &str) -> &str {
    let after = url.split_once('@').map_or(url, |(_, rest)| rest);
    after.split('/').next().unwrap_or(after)
}

async fn relay(port: u16, target: String, mut plugged: watch::Receiver<bool>) {
    loop {
        if plugged.wait_for(|p| *p).await.is_err() {
            return;
        }
        let listener = TcpListener::bind(("127.0.0.1", port)).await.expect("the cable's port");
        let cables = plugged.clone();
        loop {
            tokio::select! {
                accepted = listener.accept() => {
                    let Ok((mut app_side, _)) = accepted else { continue };
                    let (target, mut cut) = (target.clone(), cables.clone());
                    tokio::spawn(async move {
                        let Ok(mut server_side) = TcpStream::connect(&target).await else { return };
                        tokio::select! {
                            _ = tokio::io::copy_bidirectional(&mut app_side, &mut server_side) => {}
                            _ = cut.wait_for(|p| !*p) => {}
                        }
                    });
                }
                _ = plugged.wait_for(|p| !*p) => break,
            }
        }
    }
}
