//! One test's own Liaison: a tauri-driver with the app's environment, a temp data directory and
//! XDG folders, and the WebDriver session that launches the app.

use crate::webdriver::Session;
use liaison_core::{Cloud, CustomerInput, Language, PartnerType, ProfileInput, Role, Store};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The workspace's `target/` directory.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn required_file(var: &str, default: PathBuf) -> PathBuf {
    let path = std::env::var_os(var).map(PathBuf::from).unwrap_or(default);
    assert!(path.is_file(), "{} is missing ({var}); run the suite with `cargo xtask test`", path.display());
    path
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// A running app under test.
pub struct App {
    driver: Child,
    server: String,
    application: PathBuf,
    dir: tempfile::TempDir,
    session: Option<Session>,
    name: String,
}

impl App {
    /// A first launch: no profile, no data.
    pub fn fresh(name: &str) -> App {
        App::start(name, |_| {})
    }

    /// A launch whose database already holds a partner profile (of `role`, partner type
    /// `partner_type`) and `customers`, written through the core into the real SQLite file.
    pub fn with_data(name: &str, partner_type: PartnerType, role: Role, customers: &[CustomerInput]) -> App {
        App::start(name, |data| {
            let rt = tokio::runtime::Runtime::new().expect("tokio");
            rt.block_on(async {
                let store = Store::open_in(data).await.expect("open store");
                store.save_profile(&profile(partner_type, Role::GlobalAdmin)).await.expect("profile");
                for c in customers {
                    store.add_customer(c).await.expect("seed customer");
                }
                if role != Role::GlobalAdmin {
                    store.save_profile(&profile(partner_type, role)).await.expect("role");
                }
                store.close().await;
            });
        })
    }

    fn start(name: &str, seed: impl FnOnce(&Path)) -> App {
        let application = required_file("LIAISON_APP", target_dir().join("debug/liaison"));
        let driver_bin = required_file("TAURI_DRIVER", target_dir().join("tools/bin/tauri-driver"));
        let dir = tempfile::Builder::new().prefix("liaison-e2e-").tempdir().expect("temp dir");
        let data = dir.path().join("data");
        seed(&data);
        let (port, native) = (free_port(), free_port());
        // tauri:options has no environment: the app inherits the driver's.
        let driver = Command::new(driver_bin)
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env("LIAISON_DATA_DIR", &data)
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("share"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .env("LIAISON_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tauri-driver");
        let server = format!("http://127.0.0.1:{port}");
        let mut app = App { driver, server, application, dir, session: None, name: name.to_owned() };
        app.wait_for_driver();
        app.launch();
        app
    }

    fn wait_for_driver(&self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if ureq::get(&format!("{}/status", self.server)).call().is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("tauri-driver did not answer at {}", self.server);
    }

    fn launch(&mut self) {
        let s = Session::start(&self.server, &self.application.to_string_lossy()).expect("launch the app");
        s.find("[data-testid=app][data-ready=true]");
        self.session = Some(s);
    }

    /// The WebDriver session of the running app.
    pub fn s(&self) -> &Session {
        self.session.as_ref().expect("app running")
    }

    /// Quits the app and starts it again on the same data.
    pub fn restart(&mut self) {
        if let Some(s) = self.session.take() {
            s.end().expect("quit the app");
        }
        // The single-instance lock of the old process must be gone before the new one starts.
        std::thread::sleep(Duration::from_millis(500));
        self.launch();
    }

    /// The app's data directory.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Reads the real database file beside the running app.
    pub fn store<T>(&self, f: impl AsyncFnOnce(&Store) -> T) -> T {
        let rt = tokio::runtime::Runtime::new().expect("tokio");
        rt.block_on(async {
            let store = Store::open_in(&self.data_dir()).await.expect("open store");
            let out = f(&store).await;
            store.close().await;
            out
        })
    }

    /// Saves `target/e2e-screenshots/<test>-<what>.png`.
    pub fn screenshot(&self, what: &str) {
        let path = target_dir().join("e2e-screenshots").join(format!("{}-{what}.png", self.name));
        self.s().screenshot(&path).expect("screenshot");
    }

    /// Clicks a menu entry and waits for its page.
    pub fn open_page(&self, nav: &str) {
        self.s().find(&format!("[data-testid=nav-{nav}]")).click().expect("click menu");
        self.s().find(&format!("[data-testid=page-{nav}]"));
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(s) = self.session.take() {
            let _ = s.end();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A valid partner profile.
pub fn profile(partner_type: PartnerType, role: Role) -> ProfileInput {
    ProfileInput {
        company_name: "Northwind Partners s.r.o.".into(),
        partner_type: Some(partner_type),
        tenant_id: "3f2504e0-4f89-11d3-9a0c-0305e82c3301".into(),
        partner_id: "4812345".into(),
        cloud: Some(Cloud::Public),
        country: "CZ".into(),
        staff_name: "Jana Dvořáková".into(),
        staff_role: Some(role),
        language: Some(Language::EnUs),
    }
}

/// A valid customer.
pub fn customer(name: &str, domain: &str) -> CustomerInput {
    CustomerInput {
        company_name: name.into(),
        primary_domain: domain.into(),
        country: "CZ".into(),
        language: Some(Language::CsCz),
        ..CustomerInput::default()
    }
}
