//! The `.deb` that `cargo xtask bundle` made (`LIAISON_DEB`), installed on this machine with apt
//! as a partner's staff member installs it, launched from where it installed itself, and removed.
//! It changes the machine, so only `cargo xtask test` runs it, after bundling (in CI, on a fresh
//! machine).

use liaison_e2e::App;
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALLED_APP: &str = "/usr/bin/liaison";
const INSTALLED_TOOL: &str = "/usr/bin/liaison-cli";

/// `program` as root: itself when this is root, else through sudo.
fn as_root(program: &str) -> Command {
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0"));
    let mut c = if root {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg(program);
        sudo
    };
    c.env("DEBIAN_FRONTEND", "noninteractive");
    c
}

#[track_caller]
fn succeeds(c: &mut Command) -> String {
    let out = c.output().unwrap_or_else(|e| panic!("{c:?}: {e}"));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{c:?}: {}\n{text}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    text
}

fn is_executable(path: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[test]
fn the_deb_installs_with_its_menu_entry_starts_at_first_run_and_leaves_the_users_data_when_removed() {
    let deb = PathBuf::from(std::env::var_os("LIAISON_DEB").expect("LIAISON_DEB: run `cargo xtask test`"));
    let deb = deb.canonicalize().expect("the .deb");
    assert_eq!(std::env::var("LIAISON_APP").as_deref(), Ok(INSTALLED_APP), "the journey drives the installed app");
    succeeds(as_root("apt-get").args(["install", "-y", "--no-install-recommends", "--reinstall"]).arg(&deb));

    // What it installed: the app and the tool on the PATH, its icon, and its menu entry in the
    // folder every desktop's application list reads, in the Office category.
    let files = succeeds(Command::new("dpkg").args(["-L", "liaison"]));
    assert!(is_executable(INSTALLED_APP) && is_executable(INSTALLED_TOOL), "{files}");
    let entry = files
        .lines()
        .find(|f| f.starts_with("/usr/share/applications/") && f.ends_with(".desktop"))
        .unwrap_or_else(|| panic!("no desktop entry in {files}"));
    let desktop = std::fs::read_to_string(entry).expect("the desktop entry");
    let value = |key: &str| desktop.lines().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_default();
    assert_eq!(value("Name"), "Liaison", "{desktop}");
    assert_eq!(value("Exec"), "liaison", "{desktop}");
    assert!(value("Categories").split(';').any(|c| c == "Office"), "{desktop}");
    let icon = value("Icon");
    assert!(
        files.lines().any(|f| f.starts_with("/usr/share/icons/hicolor/") && f.ends_with(&format!("/apps/{icon}.png"))),
        "no icon {icon} in {files}"
    );
    succeeds(Command::new("desktop-file-validate").arg(entry));

    // The command line under the app's own name.
    assert_eq!(
        succeeds(Command::new(INSTALLED_APP).arg("--version")).trim(),
        format!("liaison {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(succeeds(Command::new(INSTALLED_TOOL).arg("--help")).contains("invitations"));

    // Launched as any user launches it: its first-run page, in the data folder of its own.
    let mut app = App::installed("installed");
    app.s().find("[data-testid=first-run]");
    app.screenshot("first-run");
    app.quit();
    let data = app.data_dir();
    let database = data.join(liaison_core::store::DATABASE_FILE);
    assert!(database.is_file(), "{} after the first launch", database.display());

    // Removing the program keeps the user's data.
    succeeds(as_root("apt-get").args(["remove", "-y", "liaison"]));
    assert!(!Path::new(INSTALLED_APP).exists() && !Path::new(INSTALLED_TOOL).exists());
    assert!(!Path::new(entry).exists());
    assert!(database.is_file(), "the user's data went with the program");
}
