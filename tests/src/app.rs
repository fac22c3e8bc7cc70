//! One test's own Liaison: a tauri-driver with the app's environment, a temp data directory and
//! XDG folders, and the WebDriver session that launches the app.

use crate::webdriver::{Session, PATIENCE};
use crate::Cable;
use liaison_core::testing::{postgres_url, ServerDatabase};
use liaison_core::{Cloud, CustomerInput, Language, PartnerType, ProfileInput, Role, Store};
use sqlx::{Connection, PgConnection};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use liaison_core::workspace::COMPOSITING_VAR;

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

/// Where the app under test keeps its data.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DataDir {
    /// A folder of the test's, named by `LIAISON_DATA_DIR`.
    OfTheTest,
    /// The folder the app chooses itself, as for every user: inside the test's XDG data folder.
    TheUsers,
}

impl DataDir {
    fn path(self, test_dir: &Path) -> PathBuf {
        match self {
            DataDir::OfTheTest => test_dir.join("data"),
            DataDir::TheUsers => test_dir.join("share").join(liaison_core::store::APP_IDENTIFIER),
        }
    }
}

/// A running app under test.
pub struct App {
    driver: Child,
    server: String,
    application: PathBuf,
    dir: tempfile::TempDir,
    data: PathBuf,
    session: Option<Session>,
    name: String,
    /// The team workspace this app works in (dropped after the app has quit), if not a file.
    workspace: Option<Workspace>,
}

/// A team workspace on the test server: set up by its owner, Jana (Global admin), with the
/// app's own staff member, Petr, signed in with his own login.
pub struct Workspace {
    database: ServerDatabase,
    /// Petr's database login, which the app connects with.
    pub login: String,
}

impl Workspace {
    /// The workspace as its owner (Jana).
    pub fn owner_url(&self) -> String {
        self.database.url()
    }

    /// The workspace as `login`.
    pub fn url_as(&self, login: &str) -> String {
        self.database.url_as(login)
    }

    /// A colleague's transaction that holds every write to the customers (reads go on) until
    /// [`WritesHeld::release`]: a long piece of work stops at a known point, its first write.
    pub fn hold_customer_writes(&self) -> WritesHeld {
        let rt = tokio::runtime::Runtime::new().expect("tokio");
        let conn = rt.block_on(async {
            let mut conn = PgConnection::connect(&self.owner_url()).await.expect("connect as the owner");
            sqlx::query("BEGIN").execute(&mut conn).await.expect("begin");
            sqlx::query("LOCK TABLE customers IN SHARE MODE").execute(&mut conn).await.expect("lock");
            conn
        });
        WritesHeld { rt, conn }
    }
}

/// See [`Workspace::hold_customer_writes`].
pub struct WritesHeld {
    rt: tokio::runtime::Runtime,
    conn: PgConnection,
}

impl WritesHeld {
    /// Ends the transaction, and with it the hold.
    pub fn release(mut self) {
        self.rt.block_on(async {
            sqlx::query("COMMIT").execute(&mut self.conn).await.expect("commit");
            self.conn.close().await.expect("close");
        });
    }
}

impl App {
    /// A first launch: no profile, no data.
    pub fn fresh(name: &str) -> App {
        App::start(name, |_| {})
    }

    /// A first launch on a system whose language is `locale` (such as `ru_RU.UTF-8`).
    pub fn fresh_in_locale(name: &str, locale: &str) -> App {
        App::launch_with(name, &[("LANG", locale), ("LC_ALL", locale)], |_| {})
    }

    /// A launch whose database already holds a partner profile (of `role`, partner type
    /// `partner_type`) and `customers`, written through the core into the real SQLite file by
    /// that staff member (a role that may add customers).
    pub fn with_data(name: &str, partner_type: PartnerType, role: Role, customers: &[CustomerInput]) -> App {
        App::prepared(name, partner_type, role, async |store| {
            for c in customers {
                store.add_customer(c).await.expect("seed customer");
            }
        })
    }

    /// A launch whose first-run setup a staff member with `role` made, who then filled the
    /// database through the core with `seed`: only what that role may do, as in the app (nobody
    /// changes their role afterwards).
    pub fn prepared(name: &str, partner_type: PartnerType, role: Role, seed: impl AsyncFnOnce(&Store)) -> App {
        App::prepared_with_env(name, &[], partner_type, role, seed)
    }

    /// As [`App::prepared`], with the app's environment extended by `env` (such as `PGPASSWORD`,
    /// as a user would set it for PostgreSQL).
    pub fn prepared_with_env(
        name: &str,
        env: &[(&str, &str)],
        partner_type: PartnerType,
        role: Role,
        seed: impl AsyncFnOnce(&Store),
    ) -> App {
        App::launch_with(name, env, |data| {
            let rt = tokio::runtime::Runtime::new().expect("tokio");
            rt.block_on(async {
                let store = Store::open_in(data).await.expect("open store");
                store.save_profile(&profile(partner_type, role)).await.expect("first-run profile");
                seed(&store).await;
                store.close().await;
            });
        })
    }

    /// A launch whose first-run setup a staff member with `role` made, and whose database file
    /// also holds the rows of `fixture` (SQL): for records that role cannot make itself, such as
    /// a connected customer on a Helpdesk agent's machine. The app has no way to do this.
    pub fn with_fixture(name: &str, partner_type: PartnerType, role: Role, fixture: &str) -> App {
        App::start(name, |data| {
            let rt = tokio::runtime::Runtime::new().expect("tokio");
            rt.block_on(async {
                let store = Store::open_in(data).await.expect("open store");
                store.save_profile(&profile(partner_type, role)).await.expect("first-run profile");
                store.close().await;
                let url = format!("sqlite://{}", data.join(liaison_core::store::DATABASE_FILE).display());
                let mut db = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url).await.expect("open file");
                sqlx::raw_sql(fixture).execute(&mut db).await.expect("fixture SQL");
                sqlx::Connection::close(db).await.expect("close file");
            });
        })
    }

    /// A launch on a team workspace on the test server (`LIAISON_TEST_POSTGRES_URL`, which
    /// `cargo xtask test` sets): Jana, its owner and Global admin, set it up and filled it
    /// through the core with `seed`, and added Petr Novák with `role`; the app is Petr's,
    /// connected with his own login.
    pub fn on_workspace(name: &str, partner_type: PartnerType, role: Role, seed: impl AsyncFnOnce(&Store)) -> App {
        App::on_workspace_through(None, name, partner_type, role, seed)
    }

    /// As [`App::on_workspace`], with the app reaching the server through `cable` (when given);
    /// Jana's work through the core goes to the server directly.
    pub fn on_workspace_through(
        cable: Option<&Cable>,
        name: &str,
        partner_type: PartnerType,
        role: Role,
        seed: impl AsyncFnOnce(&Store),
    ) -> App {
        let admin = postgres_url().expect("a PostgreSQL server for the tests: run the suite with `cargo xtask test`");
        let rt = tokio::runtime::Runtime::new().expect("tokio");
        let workspace = rt.block_on(async {
            let database = ServerDatabase::create(&admin).await;
            let jana = Store::connect(&database.url()).await.expect("connect as the owner");
            jana.save_profile(&profile(partner_type, Role::GlobalAdmin)).await.expect("first-run profile");
            let login = database.colleague(&jana, "petr", "Petr Novák", role).await;
            seed(&jana).await;
            jana.close().await;
            Workspace { database, login }
        });
        let mut url = workspace.url_as(&workspace.login);
        if let Some(cable) = cable {
            url = cable.route(&url);
        }
        let mut app = App::launch_with(name, &[(liaison_core::workspace::DATABASE_URL_VAR, url.as_str())], |_| {});
        app.workspace = Some(workspace);
        app
    }

    /// The team workspace the app works in.
    pub fn workspace(&self) -> &Workspace {
        self.workspace.as_ref().expect("an app on a team workspace")
    }

    /// A launch on a data folder that `seed` prepared.
    pub fn start(name: &str, seed: impl FnOnce(&Path)) -> App {
        App::launch_with(name, &[], seed)
    }

    fn launch_with(name: &str, env: &[(&str, &str)], seed: impl FnOnce(&Path)) -> App {
        App::launch_in(name, env, seed, DataDir::OfTheTest)
    }

    /// A first launch of the app installed at `LIAISON_APP`, with the data folder every user of
    /// it has ([`App::data_dir`] inside this test's own XDG data folder).
    pub fn installed(name: &str) -> App {
        App::launch_in(name, &[], |_| {}, DataDir::TheUsers)
    }

    fn launch_in(name: &str, env: &[(&str, &str)], seed: impl FnOnce(&Path), data_dir: DataDir) -> App {
        let application = required_file("LIAISON_APP", target_dir().join("debug/liaison"));
        let driver_bin = required_file("TAURI_DRIVER", target_dir().join("tools/bin/tauri-driver"));
        let dir = tempfile::Builder::new().prefix("liaison-e2e-").tempdir().expect("temp dir");
        let data = data_dir.path(dir.path());
        seed(&data);
        install_mail_recorder(dir.path());
        let browser = install_browser_recorder(dir.path());
        let (port, native) = (free_port(), free_port());
        // tauri:options has no environment: the app inherits the driver's.
        let mut driver = Command::new(driver_bin);
        if data_dir == DataDir::OfTheTest {
            driver.env(liaison_core::workspace::DATA_DIR_VAR, &data);
        }
        let driver = driver
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .env_remove(liaison_core::workspace::DATABASE_URL_VAR)
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("share"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .env("LIAISON_LOG", "info")
            // Composited as on a machine with a graphics card, so that WebDriver can take its
            // screenshots (see `COMPOSITING_VAR`); a journey may ask for the machine's own
            // choice with `auto`.
            .env(COMPOSITING_VAR, "always")
            // The desktop's convention for the web browser, which the `webbrowser` crate honours first.
            .env("BROWSER", &browser)
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start tauri-driver");
        let server = format!("http://127.0.0.1:{port}");
        let mut app =
            App { driver, server, application, dir, data, session: None, name: name.to_owned(), workspace: None };
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

    /// Quits the app and waits until it has ended; its data stays.
    pub fn quit(&mut self) {
        if let Some(s) = self.session.take() {
            s.end().expect("quit the app");
        }
        self.wait_for_exit();
    }

    /// Quits the app and starts it again on the same data.
    pub fn restart(&mut self) {
        if let Some(s) = self.session.take() {
            s.end().expect("quit the app");
        }
        self.wait_for_exit();
        self.launch();
    }

    /// The app's data directory.
    pub fn data_dir(&self) -> PathBuf {
        self.data.clone()
    }

    /// Works in the app's own database beside it, through the core: the real file, or the team
    /// workspace as its owner, Jana.
    pub fn store<T>(&self, f: impl AsyncFnOnce(&Store) -> T) -> T {
        let rt = tokio::runtime::Runtime::new().expect("tokio");
        rt.block_on(async {
            let store = match &self.workspace {
                Some(w) => Store::connect(&w.owner_url()).await.expect("connect to the workspace"),
                None => Store::open_in(&self.data_dir()).await.expect("open store"),
            };
            let out = f(&store).await;
            store.close().await;
            out
        })
    }

    /// Every `mailto:` URL the app handed to the desktop's default mail application.
    pub fn mail_log(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.path().join("mail.log"))
            .map(|s| s.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Every address the app handed to the web browser.
    pub fn browser_log(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.path().join("browser.log"))
            .map(|s| s.lines().map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Waits for the `n`th page opened in the web browser and returns its address.
    pub fn wait_for_page(&self, n: usize) -> String {
        self.s().wait_until(&format!("web page #{n}"), || self.browser_log().len() >= n);
        self.browser_log()[n - 1].clone()
    }

    /// Waits for the `n`th `mailto:` hand-off and returns it.
    pub fn wait_for_mail(&self, n: usize) -> String {
        self.s().wait_until(&format!("mailto hand-off #{n}"), || self.mail_log().len() >= n);
        self.mail_log()[n - 1].clone()
    }

    /// The X clipboard's text, read by another program.
    pub fn clipboard(&self) -> String {
        let out = Command::new("xclip").args(["-selection", "clipboard", "-o"]).output().expect("run xclip");
        String::from_utf8(out.stdout).expect("clipboard text is UTF-8")
    }

    /// A file in this test's temporary folder.
    pub fn write_file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, content).expect("write test file");
        path
    }

    /// Saves as `path` in the system's save dialog whose title contains `title`: the name field
    /// has the keyboard, so its proposed name is selected and the whole path typed over it.
    pub fn save_in_file_dialog(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, path, &["ctrl+a"]);
    }

    /// Picks `path` in the system's open dialog whose title contains `title`, the way a user
    /// types a path: in the GTK file chooser, Ctrl+L opens the location field.
    pub fn choose_in_file_dialog(&self, title: &str, path: &Path) {
        self.answer_file_dialog(title, path, &["ctrl+l"]);
    }

    /// Types `path` into the file dialog after `keys`, then Enter takes it. Keys go through the X
    /// server (`xdotool`), as a keyboard's would.
    fn answer_file_dialog(&self, title: &str, path: &Path, keys: &[&str]) {
        let xdotool = |args: &[&str]| {
            let out = Command::new("xdotool").args(args).output().expect("run xdotool (apt-get install xdotool)");
            (out.status.success(), String::from_utf8_lossy(&out.stdout).trim().to_owned())
        };
        let mut window = String::new();
        self.s().wait_until(&format!("the file dialog \"{title}\""), || {
            let (found, ids) = xdotool(&["search", "--onlyvisible", "--name", title]);
            window = ids.lines().last().unwrap_or_default().to_owned();
            found && !window.is_empty()
        });
        for args in [
            &["windowfocus", "--sync", window.as_str()][..],
            &[&["key", "--clearmodifiers"][..], keys].concat(),
            &["type", "--delay", "20", &path.to_string_lossy()],
        ] {
            assert!(xdotool(args).0, "xdotool {args:?} failed");
        }
        // Enter first takes the location field's completion, then opens the file: press it, about
        // once a second, while the dialog is still there and has the keyboard.
        let mut polls = 0;
        self.s().wait_until("the file dialog to open the typed path", || {
            let (open, _) = xdotool(&["search", "--onlyvisible", "--name", title]);
            if open && polls % 10 == 0 && xdotool(&["getwindowfocus"]).1 == window {
                xdotool(&["key", "Return"]);
            }
            polls += 1;
            !open
        });
    }

    /// Saves `target/e2e-screenshots/<test>-<what>.png`.
    pub fn screenshot(&self, what: &str) {
        // Taken once nothing moves and two frames are painted: a dialog caught mid-transition comes
        // out blank or half-drawn.
        crate::checks::wait_until_still(self.s());
        self.s()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                vec![],
            )
            .expect("two painted frames");
        let path = target_dir().join("e2e-screenshots").join(format!("{}-{what}.png", self.name));
        self.s().screenshot(&path).expect("screenshot");
    }

    /// Clicks a menu entry and waits for its page.
    pub fn open_page(&self, nav: &str) {
        self.s().find(&format!("[data-testid=nav-{nav}]")).click().expect("click menu");
        self.s().find(&format!("[data-testid=page-{nav}]"));
    }
}

impl App {
    /// Waits until this app's process has ended and the session bus has let go of its
    /// single-instance name: a launch that still finds the name owned forwards to the dying
    /// instance instead of opening ("failed to forward arguments to the running instance").
    fn wait_for_exit(&self) {
        let running = || Command::new("pgrep").arg("-f").arg(&self.application).status().is_ok_and(|s| s.success());
        let start = Instant::now();
        while running() && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(100));
        }
        if running() {
            let _ = Command::new("pkill").arg("-KILL").arg("-f").arg(&self.application).status();
        }
        // Bounded, not asserted: this also runs while a failed test unwinds; a launch that
        // still finds the name owned then fails on its own, saying so.
        let name = instance_bus_name();
        while bus_name_owned(&name) && start.elapsed() < PATIENCE {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The session-bus name the running app owns so that a second launch hands over to it:
/// tauri-plugin-single-instance's `<identifier>.SingleInstance`.
fn instance_bus_name() -> String {
    let conf: serde_json::Value =
        serde_json::from_str(include_str!("../../src-tauri/tauri.conf.json")).expect("tauri.conf.json");
    format!("{}.SingleInstance", conf["identifier"].as_str().expect("the app's identifier"))
}

/// Whether `name` has an owner on the session bus (`dbus-send`, from the D-Bus tools the
/// end-to-end tier runs under; without them, no name is seen).
fn bus_name_owned(name: &str) -> bool {
    let out = Command::new("dbus-send")
        .args(["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus"])
        .arg("org.freedesktop.DBus.NameHasOwner")
        .arg(format!("string:{name}"))
        .output();
    out.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
}

impl Drop for App {
    fn drop(&mut self) {
        if let Some(s) = self.session.take() {
            let _ = s.end();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        self.wait_for_exit();
        // The workspace goes after the app that was connected to it.
        self.workspace.take();
    }
}

/// Registers a recording program as the default `x-scheme-handler/mailto` in the test's own XDG
/// folders, the way a desktop registers a mail application; it appends each URL to `mail.log`.
fn install_mail_recorder(dir: &Path) {
    let script = dir.join("record-mail.sh");
    let log = dir.join("mail.log");
    std::fs::write(&script, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display())).expect("recorder");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod recorder");
    }
    let apps = dir.join("share/applications");
    std::fs::create_dir_all(&apps).expect("applications dir");
    std::fs::write(
        apps.join("liaison-mail-recorder.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=Mail recorder\nExec={} %u\nMimeType=x-scheme-handler/mailto;\nNoDisplay=true\n",
            script.display()
        ),
    )
    .expect("desktop file");
    std::fs::create_dir_all(dir.join("config")).expect("config dir");
    std::fs::write(
        dir.join("config/mimeapps.list"),
        "[Default Applications]\nx-scheme-handler/mailto=liaison-mail-recorder.desktop\n",
    )
    .expect("mimeapps.list");
}

/// A recording program standing in for the web browser: it appends each address to
/// `browser.log`. Returns its path, for `BROWSER`.
fn install_browser_recorder(dir: &Path) -> PathBuf {
    let script = dir.join("record-browser.sh");
    let log = dir.join("browser.log");
    std::fs::write(&script, format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display())).expect("recorder");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod recorder");
    }
    script
}

/// Splits a `mailto:` URL into its decoded recipient, subject and body.
pub fn decode_mailto(url: &str) -> (String, String, String) {
    let decode = |s: &str| {
        let mut out = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' && i + 2 < b.len() + 1 {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("percent escape"));
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("UTF-8")
    };
    let rest = url.strip_prefix("mailto:").expect("a mailto: URL");
    let (to, query) = rest.split_once('?').expect("headers");
    let mut subject = String::new();
    let mut body = String::new();
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("subject", v)) => subject = decode(v),
            Some(("body", v)) => body = decode(v),
            _ => {}
        }
    }
    (decode(to), subject, body)
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

/// Shows one view of the customer list (`reseller`, `invited`, `prospect`, `removed`): the
/// Customers page proper lists reseller customers only.
pub fn show_view(s: &Session, view: &str) {
    let tab = format!("[data-testid=customers-view-{view}]");
    s.find(&tab).click().unwrap_or_else(|e| panic!("clicking {tab}: {e}"));
    s.wait_until(&format!("the {view} view"), || s.count(&format!("{tab}[aria-selected=true]")) == 1);
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
