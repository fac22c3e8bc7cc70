//! Start-up faults in the real binary: launched on a damaged data folder, Liaison shows a native
//! dialog in the system's language instead of vanishing, leaves the database's bytes as they
//! were, and ends with the fault's exit code when the user chooses Quit (Escape).

use liaison_core::store::{BACKUPS_DIR, DATABASE_FILE};
use liaison_core::testing;
#[cfg(unix)]
use liaison_core::testing::Unwritable;
use liaison_core::{i18n, Language, OpenFault, Store};
use liaison_e2e::app::{show_view, target_dir};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

fn binary() -> PathBuf {
    let path = std::env::var_os("LIAISON_APP").map(PathBuf::from).unwrap_or_else(|| target_dir().join("debug/liaison"));
    assert!(path.is_file(), "{} is missing; build it with `cargo build -p liaison`", path.display());
    path
}

/// A temporary home for one launch: `data/` for the database, and XDG folders of its own.
struct Folder {
    dir: tempfile::TempDir,
}

impl Folder {
    fn new() -> Folder {
        let dir = tempfile::Builder::new().prefix("liaison-fault-").tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        Folder { dir }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn db(&self) -> PathBuf {
        self.data().join(DATABASE_FILE)
    }

    /// A real Liaison database with a profile, closed.
    fn with_liaison_db(self) -> Folder {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let store = Store::open_in(&self.data()).await.unwrap();
            store
                .save_profile(&liaison_e2e::app::profile(
                    liaison_core::PartnerType::DirectBill,
                    liaison_core::Role::GlobalAdmin,
                ))
                .await
                .unwrap();
            store.close().await;
        });
        self.settled();
        self
    }

    /// Waits until the last connection has folded its write-ahead log back into the file, so
    /// the bytes read next are the database's last ones. Connections of a pool closing at the
    /// same moment may each leave that to the other; one lone connection that reads the
    /// database (SQLite opens the log only then) and closes then folds it.
    fn settled(&self) {
        let wal = self.data().join(format!("{DATABASE_FILE}-wal"));
        let start = Instant::now();
        let mut folded = false;
        while wal.exists() {
            if !folded && start.elapsed() > Duration::from_secs(2) {
                let url = format!("sqlite://{}", self.db().display());
                tokio::runtime::Runtime::new().unwrap().block_on(async {
                    let mut conn = <sqlx::SqliteConnection as sqlx::Connection>::connect(&url).await.unwrap();
                    sqlx::query("SELECT count(*) FROM sqlite_master").fetch_one(&mut conn).await.unwrap();
                    sqlx::Connection::close(conn).await.unwrap();
                });
                folded = true;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "{} stayed", wal.display());
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts the real app on this folder, with the system language `locale`.
    fn launch(&self, locale: &str) -> Child {
        Command::new(binary())
            .env("LIAISON_DATA_DIR", self.data())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("share"))
            .env("XDG_CACHE_HOME", self.dir.path().join("cache"))
            .env("LANG", locale)
            .env("LC_ALL", locale)
            .env("LIAISON_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the app")
    }
}

/// The app under test, killed if a check fails while it runs: a Liaison left running would
/// take over every later launch (single instance).
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// The id of the visible X window whose title is `title`, waiting for it to appear; fails at
/// once if the app ends instead.
fn wait_for_window(app: &mut Child, title: &str) -> String {
    let start = Instant::now();
    loop {
        if let Some(status) = app.try_wait().unwrap() {
            panic!("the app ended ({status}) without showing the dialog {title:?}");
        }
        // Found by class, then compared by name: xdotool's name search misses titles outside
        // Latin-1 (Czech, Polish, Russian).
        let out = Command::new("xdotool").args(["search", "--onlyvisible", "--class", "liaison"]).output();
        let out = out.expect("run xdotool (install it with `cargo xtask test`)");
        for id in String::from_utf8_lossy(&out.stdout).split_whitespace() {
            let name = Command::new("xdotool").args(["getwindowname", id]).output().unwrap();
            if String::from_utf8_lossy(&name.stdout).trim_end() == title {
                return id.to_owned();
            }
        }
        assert!(start.elapsed() < Duration::from_secs(30), "no window titled {title:?} appeared");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Gives the dialog the keyboard, waiting until it has it.
fn focus(window: &str) {
    let focused = Command::new("timeout").args(["10", "xdotool", "windowfocus", "--sync", window]).status().unwrap();
    assert!(focused.success(), "the dialog did not take the keyboard focus");
}

/// Presses Escape in the dialog, which chooses Quit, and returns how the app ended. Escape is
/// pressed again if a key sent while the dialog was still settling was lost (Quit is safe to
/// repeat).
fn quit_dialog(app: &mut Child, window: &str) -> ExitStatus {
    let start = Instant::now();
    loop {
        focus(window);
        let key = Command::new("xdotool").args(["key", "--clearmodifiers", "Escape"]).status().unwrap();
        assert!(key.success(), "press Escape");
        let pressed = Instant::now();
        while pressed.elapsed() < Duration::from_secs(3) {
            if let Some(status) = app.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the app did not end after Quit was chosen");
    }
}

/// Launches the app on `folder`, checks the dialog (titled in `language`) while the app stays
/// up, quits, and checks the exit code.
fn explains(folder: &Folder, fault: OpenFault, locale: &str, language: Language) {
    let mut app = Running(folder.launch(locale));
    let window = wait_for_window(&mut app.0, &i18n::text(language, "fault-title", None));
    assert!(app.0.try_wait().unwrap().is_none(), "the app vanished under its dialog");
    let status = quit_dialog(&mut app.0, &window);
    assert_ne!(status.code(), Some(101), "the app panicked");
    assert_eq!(status.code(), Some(fault.exit_code()), "{status}");
}

/// That the database file is byte for byte `before`, and that no backup was made of it.
fn kept(folder: &Folder, before: &[u8]) {
    let after = std::fs::read(folder.db()).unwrap();
    let first = after.iter().zip(before).position(|(a, b)| a != b);
    assert!(
        after == before,
        "the database file changed: {} bytes, then {}; first at {first:?}",
        before.len(),
        after.len()
    );
    assert!(!folder.data().join(BACKUPS_DIR).exists(), "a backup was made of a file that was not opened");
}

fn explains_and_keeps(folder: &Folder, fault: OpenFault, locale: &str, language: Language) {
    let before = std::fs::read(folder.db()).unwrap();
    explains(folder, fault, locale, language);
    kept(folder, &before);
}

#[test]
fn a_text_file_is_explained_in_the_system_language_and_kept() {
    let folder = Folder::new();
    std::fs::write(folder.db(), "Company name,Primary domain\nContoso,contoso.com\n").unwrap();
    explains_and_keeps(&folder, OpenFault::NotADatabase, "cs_CZ.UTF-8", Language::CsCz);
}

#[test]
fn random_bytes_are_explained_and_kept() {
    let folder = Folder::new();
    std::fs::write(folder.db(), testing::noise(16384)).unwrap();
    explains_and_keeps(&folder, OpenFault::NotADatabase, "en_US.UTF-8", Language::EnUs);
}

#[test]
fn a_database_from_a_newer_liaison_is_explained_and_not_migrated() {
    let folder = Folder::new().with_liaison_db();
    tokio::runtime::Runtime::new().unwrap().block_on(testing::upgrade_by_a_newer_liaison(&folder.db()));
    folder.settled();
    explains_and_keeps(&folder, OpenFault::NewerVersion, "ru_RU.UTF-8", Language::RuRu);
}

#[cfg(unix)]
#[test]
fn a_read_only_database_file_is_explained_and_kept() {
    let folder = Folder::new().with_liaison_db();
    let _ro = Unwritable::make(&folder.db());
    explains_and_keeps(&folder, OpenFault::NoAccess, "pl_PL.UTF-8", Language::PlPl);
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_explained_and_kept() {
    let folder = Folder::new().with_liaison_db();
    let _ro = Unwritable::make(&folder.data());
    explains_and_keeps(&folder, OpenFault::NoAccess, "hu_HU.UTF-8", Language::HuHu);
}

#[test]
fn a_database_another_program_locked_is_explained_and_kept() {
    let folder = Folder::new().with_liaison_db();
    // Read before the lock is taken: closing any descriptor of the file would drop this
    // process's POSIX locks on it.
    let before = std::fs::read(folder.db()).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    // Another program holds an exclusive lock for as long as the app runs.
    let holder = rt.block_on(testing::lock(&folder.db()));
    explains(&folder, OpenFault::Locked, "en_US.UTF-8", Language::EnUs);
    rt.block_on(testing::unlock(holder));
    kept(&folder, &before);
}

/// The prospects' names: the customers these journeys add have not been invited yet.
async fn names(st: &Store) -> Vec<String> {
    let q = liaison_core::CustomerQuery { relationship: liaison_core::Relationship::Prospect, ..Default::default() };
    let page = st.customers(&q).await.unwrap();
    page.items.into_iter().map(|c| c.company_name).collect()
}

#[test]
fn a_global_admin_backs_up_and_restores_from_settings_without_a_restart() {
    let app = liaison_e2e::App::with_data(
        "backups",
        liaison_core::PartnerType::DirectBill,
        liaison_core::Role::GlobalAdmin,
        &[liaison_e2e::app::customer("Contoso", "contoso.cz")],
    );
    let s = app.s();
    app.open_page("settings");
    s.find("[data-testid=backups-none]");
    s.find("[data-testid=backups-back-up-now]").click().unwrap();
    s.wait_until("the backup listed", || s.count("[data-testid=backup-row]") == 1);
    assert!(s.find("[data-testid=backups-done]").text().unwrap().contains("backed up"));
    // A change after the backup, made beside the running app.
    app.store(async |st: &Store| {
        st.add_customer(&liaison_e2e::app::customer("Fabrikam", "fabrikam.cz")).await.unwrap()
    });

    s.find("[data-testid=backup-restore]").click().unwrap();
    s.find("[data-testid=backup-restore-dialog]");
    app.screenshot("restore-dialog");
    s.find("[data-testid=backup-restore-confirm]").click().unwrap();
    s.wait_until("the restore done", || {
        s.count("[data-testid=backups-done]") == 1
            && s.find("[data-testid=backups-done]").text().unwrap().contains("restored")
    });
    // The current database was backed up before it was replaced.
    s.wait_until("the backup of the replaced database", || s.count("[data-testid=backup-row]") == 2);
    s.wait_until("the dialog closed and focus back on its opener", || {
        let focused = s.execute("return document.activeElement.dataset.testid || '';", vec![]).unwrap();
        s.count("[data-testid=backup-restore-dialog]") == 0 && focused == "backup-restore"
    });
    assert_eq!(app.store(async |st: &Store| names(st).await), ["Contoso"]);
    // The running app reads the restored database at once.
    app.open_page("customers");
    show_view(s, "prospect");
    s.wait_until("the restored list", || s.count("[data-testid=customer-row]") == 1);
    app.open_page("activity");
    s.wait_until("the restore logged", || s.body_text().contains("Restored the backup"));
}

#[test]
fn a_helpdesk_agent_backs_up_but_may_not_restore_and_is_told_why() {
    let app = liaison_e2e::App::with_data(
        "backups-helpdesk",
        liaison_core::PartnerType::DirectBill,
        liaison_core::Role::HelpdeskAgent,
        &[],
    );
    let s = app.s();
    app.open_page("settings");
    s.find("[data-testid=backups-back-up-now]").click().unwrap();
    s.wait_until("the backup listed", || s.count("[data-testid=backup-row]") == 1);
    let restore = s
        .execute("const b = document.querySelector('[data-testid=backup-restore]'); return [b.disabled || b.getAttribute('aria-disabled') === 'true', b.dataset.reason || ''];", vec![])
        .unwrap();
    assert_eq!(restore[0], true, "restore is enabled for a Helpdesk agent");
    assert!(restore[1].as_str().unwrap().contains("Helpdesk agent"), "{restore}");
}

#[test]
fn the_dialog_restores_the_newest_backup_keeps_the_damaged_file_and_starts() {
    // A good backup, made by Liaison, in the damaged database's backups folder.
    let good = Folder::new().with_liaison_db();
    let backup = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = Store::open_in(&good.data()).await.unwrap();
        store.add_customer(&liaison_e2e::app::customer("Contoso", "contoso.cz")).await.unwrap();
        let backup = store.back_up().await.unwrap();
        store.close().await;
        backup
    });
    let folder = Folder::new();
    std::fs::create_dir(folder.data().join(BACKUPS_DIR)).unwrap();
    let from = good.data().join(BACKUPS_DIR).join(&backup.name);
    std::fs::copy(from, folder.data().join(BACKUPS_DIR).join(&backup.name)).unwrap();
    let damaged = b"overwritten by accident".to_vec();
    std::fs::write(folder.db(), &damaged).unwrap();

    let mut app = Running(folder.launch("en_US.UTF-8"));
    let window = wait_for_window(&mut app.0, &i18n::text(Language::EnUs, "fault-title", None));
    // The buttons are Open folder (focused first), Restore backup and Quit.
    focus(&window);
    assert_eq!(Command::new("xdotool").args(["key", "Tab", "Return"]).status().unwrap().code(), Some(0));
    // The app goes on to its main window, on the restored database.
    wait_for_window(&mut app.0, "Liaison");
    let aside: Vec<PathBuf> = std::fs::read_dir(folder.data())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("-set-aside.sqlite3"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file was kept aside");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), damaged);
    drop(app);
    let names = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = Store::open_in(&folder.data()).await.unwrap();
        let names = names(&store).await;
        store.close().await;
        names
    });
    assert_eq!(names, ["Contoso"]);
}
