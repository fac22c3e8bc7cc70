//! The desktop's notification service (`org.freedesktop.Notifications` on the session bus, as
//! GNOME's or KDE's is), played by the tests: it records what the app shows. The journeys run in
//! their own D-Bus session, where nothing else owns that name.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use zbus::OwnedVariant;

/// One notification as the app sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub app_name: String,
    pub summary: String,
    pub body: String,
}

#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Shown>>>);

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Recorder {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        _hints: HashMap<String, OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.0.lock().unwrap_or_else(|e| e.into_inner());
        shown.push(Shown { app_name, summary, body });
        u32::try_from(shown.len()).unwrap_or(u32::MAX)
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("liaison-e2e".into(), "Liaison".into(), "1".into(), "1.2".into())
    }

    fn close_notification(&self, _id: u32) {}
}

struct Service {
    recorder: Recorder,
    _connection: zbus::Connection,
}

static SERVICE: OnceLock<Service> = OnceLock::new();

fn service() -> &'static Service {
    SERVICE.get_or_init(|| {
        let recorder = Recorder::default();
        let served = recorder.clone();
        // zbus serves on threads of its own once connected; this runtime only connects.
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        let connection = runtime
            .block_on(async move {
                zbus::connection::Builder::session()
                    .name("org.freedesktop.Notifications")
                    .serve_at("/org/freedesktop/Notifications", served)
                    .build()
                    .await
            })
            .expect("own org.freedesktop.Notifications on the session bus (run under dbus-run-session)");
        Service { recorder, _connection: connection }
    })
}

/// Starts the service (once per test process) and forgets what was shown so far.
pub fn listen() {
    service().recorder.0.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// Every notification shown since [`listen`].
pub fn shown() -> Vec<Shown> {
    service().recorder.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
}
