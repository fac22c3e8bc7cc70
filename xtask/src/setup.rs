//! Installs what a fresh Debian or Ubuntu machine lacks: system libraries, npm packages and
//! tauri-driver. Each is checked first, so a prepared machine is not touched.

use crate::proc;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why the machine is being prepared.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Run,
    Test,
}

/// What building and running the app needs (Tauri on Linux), and `xdg-open` for hand-offs.
const RUN_PACKAGES: &[&str] = &[
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "libsoup-3.0-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libssl-dev",
    "libdbus-1-dev",
    "xdg-utils",
];

/// What the end-to-end tier adds: a virtual display, D-Bus, the WebKit driver, the X clipboard,
/// pgrep (journeys wait for each app process to end), xdotool (to find and answer the start-up
/// fault dialog and to type in the system's file dialog), chattr (to make a file unwritable even for root),
/// the PostgreSQL server the store tests run on a second time (its contrib part has pg_trgm), a
/// Secret Service keychain for workspace passwords, and desktop-file-validate for the installed
/// package's menu entry.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "dbus-x11",
    "webkit2gtk-driver",
    "xclip",
    "procps",
    "xdotool",
    "e2fsprogs",
    "postgresql",
    "gnome-keyring",
    "desktop-file-utils",
];

/// Where Debian puts each installed PostgreSQL major version's server binaries.
const POSTGRES_LIB: &str = "/usr/lib/postgresql";

/// The oldest PostgreSQL major version the store supports.
const POSTGRES_MIN_MAJOR: u32 = 14;

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
}

pub fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Installs the Debian packages `purpose` needs that are missing (with sudo when not root).
pub fn system_packages(purpose: Purpose) -> Result<(), String> {
    if !cfg!(target_os = "linux") {
        return Ok(());
    }
    if Command::new("dpkg-query").arg("--version").output().is_err() {
        println!("xtask: not a Debian-based system; install the equivalents of {RUN_PACKAGES:?} yourself.");
        return Ok(());
    }
    let mut wanted: Vec<&str> = RUN_PACKAGES.to_vec();
    if purpose == Purpose::Test {
        wanted.extend(TEST_PACKAGES);
    }
    let missing: Vec<&str> = wanted.into_iter().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    proc::banner(&format!("Installing system packages: {}", missing.join(" ")));
    let apt = |args: &[&str]| {
        let mut c = if is_root() {
            Command::new("apt-get")
        } else {
            let mut s = Command::new("sudo");
            s.arg("apt-get");
            s
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    proc::step("apt-get update", apt(&["update"]))?;
    let mut args = vec!["install", "-y", "--no-install-recommends"];
    args.extend(&missing);
    proc::step("apt-get install", apt(&args))
}

/// Installs the UI's npm packages from the committed lockfile when they are missing or stale.
pub fn npm_packages(root: &Path) -> Result<(), String> {
    let ui = root.join("ui");
    let stamp = ui.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&stamp), std::fs::metadata(ui.join("package-lock.json"))) {
        (Ok(installed), Ok(lock)) => installed.modified().ok() >= lock.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    proc::banner("Installing the UI's npm packages");
    // `npm install` rather than `npm ci`: it honours the lockfile and tolerates optional
    // platform packages a registry mirror may lack.
    proc::step("npm install", proc::npm(&ui, &["install", "--no-audit", "--no-fund"]))
}

/// tauri-driver in `target/tools`, installed from crates.io when missing.
pub fn tauri_driver(root: &Path) -> Result<PathBuf, String> {
    let tools = root.join("target/tools");
    let bin = tools.join("bin").join(format!("tauri-driver{}", std::env::consts::EXE_SUFFIX));
    if bin.is_file() {
        return Ok(bin);
    }
    proc::banner("Installing tauri-driver");
    let tools_arg = tools.to_string_lossy().into_owned();
    proc::step(
        "cargo install tauri-driver",
        proc::cargo(root, &["install", "tauri-driver", "--locked", "--version", "^2", "--root", &tools_arg]),
    )?;
    Ok(bin)
}

/// The server binaries (initdb, pg_ctl) of the newest PostgreSQL installed, which Debian keeps in
/// `/usr/lib/postgresql/<major>/bin` rather than on PATH; several majors can sit side by side.
pub fn postgres_bin() -> Result<PathBuf, String> {
    let entries =
        std::fs::read_dir(POSTGRES_LIB).map_err(|e| format!("PostgreSQL is not installed ({POSTGRES_LIB}: {e})"))?;
    let newest = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|major| Path::new(POSTGRES_LIB).join(major.to_string()).join("bin/initdb").is_file())
        .max()
        .ok_or_else(|| format!("no PostgreSQL server in {POSTGRES_LIB}"))?;
    if newest < POSTGRES_MIN_MAJOR {
        return Err(format!("PostgreSQL {newest} is too old; the store needs {POSTGRES_MIN_MAJOR} or newer"));
    }
    Ok(Path::new(POSTGRES_LIB).join(newest.to_string()).join("bin"))
}
