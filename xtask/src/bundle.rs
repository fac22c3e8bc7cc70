//! `cargo xtask bundle`: this platform's release installers, made by the Tauri bundler from the
//! app's own configuration, with the command-line tool inside as the app's sidecar (installed
//! beside `liaison`, as `liaison-cli`).

use crate::{exe, proc, setup};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The bundle formats built on this platform. An AppImage is built on Linux only when asked
/// for (`--appimage`, as the release workflow does): the bundler fetches its tools (linuxdeploy
/// and the AppImage runtime) from outside the package registries this project builds from.
fn formats(appimage: bool) -> &'static str {
    if cfg!(target_os = "macos") {
        "app,dmg"
    } else if cfg!(windows) {
        "nsis,msi"
    } else if appimage {
        "deb,rpm,appimage"
    } else {
        "deb,rpm"
    }
}

/// The configuration added for bundling only: the sidecar exists once the tool is built.
const BUNDLE_CONFIG: &str = "tauri.bundle.conf.json";

/// Builds the installers and returns their paths.
pub fn build(root: &Path, appimage: bool) -> Result<Vec<PathBuf>, String> {
    setup::system_packages(setup::Purpose::Run)?;
    // The Tauri command-line tool comes with the UI's packages, at the version its lockfile pins.
    setup::npm_packages(root)?;
    let tauri = root.join("ui/node_modules/.bin").join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    proc::step("UI build", proc::npm(&root.join("ui"), &["run", "build"]))?;
    proc::step(
        "release build of the command-line tool",
        proc::cargo(root, &["build", "--release", "-p", "liaison-cli"]),
    )?;
    // The bundler takes a sidecar by the name it has for the target it builds for.
    let sidecar = root.join("target/cli").join(exe(&format!("liaison-cli-{}", host_triple()?)));
    std::fs::create_dir_all(root.join("target/cli")).map_err(|e| format!("target/cli: {e}"))?;
    std::fs::copy(root.join("target/release").join(exe("liaison-cli")), &sidecar)
        .map_err(|e| format!("{}: {e}", sidecar.display()))?;
    let out = root.join("target/release/bundle");
    let _ = std::fs::remove_dir_all(&out);
    let mut bundler = Command::new(tauri);
    bundler.current_dir(root.join("src-tauri")).args([
        "build",
        "--ci",
        "--bundles",
        formats(appimage),
        "--config",
        BUNDLE_CONFIG,
    ]);
    proc::step("Tauri bundler", bundler)?;
    let made = installers(&out);
    for deb in made.iter().filter(|p| p.extension().is_some_and(|e| e == "deb")) {
        recompress_with_xz(deb)?;
    }
    for path in &made {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!("xtask: {} ({:.1} MB)", path.display(), size as f64 / 1e6);
    }
    if cfg!(target_os = "linux") && !appimage {
        println!("xtask: no AppImage here: its tools come from outside the package registries (see README).");
    }
    Ok(made)
}

/// Packs a `.deb` again with xz, as Debian packs its own, in place of the bundler's gzip, which
/// it does not let a project change: the same files, control data and checksums, a third
/// smaller. Every dpkg since Debian 6 and Ubuntu 10.04 reads it.
fn recompress_with_xz(deb: &Path) -> Result<(), String> {
    let tree = deb.with_extension("contents");
    let packed = deb.with_extension("xz.deb");
    let _ = std::fs::remove_dir_all(&tree);
    let mut unpack = Command::new("dpkg-deb");
    unpack.arg("--raw-extract").arg(deb).arg(&tree);
    proc::step("unpacking the .deb", unpack)?;
    let mut pack = Command::new("dpkg-deb");
    pack.args(["--root-owner-group", "-Zxz", "-z9", "--build"]).arg(&tree).arg(&packed);
    proc::step("packing the .deb with xz", pack)?;
    std::fs::rename(&packed, deb).map_err(|e| format!("{}: {e}", deb.display()))?;
    std::fs::remove_dir_all(&tree).map_err(|e| format!("{}: {e}", tree.display()))
}

/// The installers in the bundler's output folder.
pub fn installers(out: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for format in ["deb", "rpm", "dmg", "nsis", "msi"] {
        if let Ok(entries) = std::fs::read_dir(out.join(format)) {
            found.extend(entries.filter_map(|e| Some(e.ok()?.path())).filter(|p| p.is_file()));
        }
    }
    found.sort();
    found
}

/// The `.deb` built last, if any.
pub fn deb(root: &Path) -> Option<PathBuf> {
    installers(&root.join("target/release/bundle")).into_iter().find(|p| p.extension().is_some_and(|e| e == "deb"))
}

/// The target this machine builds for by default, as rustc names it.
fn host_triple() -> Result<String, String> {
    let out = Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
        .arg("-vV")
        .output()
        .map_err(|e| format!("rustc -vV: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .ok_or_else(|| "rustc -vV named no host".to_owned())
}
