//! `cargo xtask run | test | bench | bundle`: set up what is missing on this machine, then launch
//! Liaison, run every test tier, measure it at scale, or build its installers. Run and test are
//! the only commands a fresh machine with Rust and Node needs.

mod bundle;
mod postgres;
mod proc;
mod setup;
mod tally;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tally::Tally;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_owned()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("test") => test(),
        Some("bench") => bench(),
        Some("bundle") => bundle::build(&root(), args.iter().any(|a| a == "--appimage")).map(|_| ExitCode::SUCCESS),
        _ => {
            eprintln!(
                "usage: cargo xtask run     build and launch Liaison\n       cargo xtask test    run every test tier\n       \
                 cargo xtask bench   measure Liaison at 100,000 customers\n       \
                 cargo xtask bundle  build this system's installers (--appimage: on Linux, an AppImage too)"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Installs what is missing, builds the UI and launches the app.
fn run() -> Result<ExitCode, String> {
    let root = root();
    setup::system_packages(setup::Purpose::Run)?;
    setup::npm_packages(&root)?;
    proc::step("UI build", proc::npm(&root.join("ui"), &["run", "build"]))?;
    proc::step("Liaison", proc::cargo(&root, &["run", "-p", "liaison"]))?;
    Ok(ExitCode::SUCCESS)
}

/// Measures the store at scale (release build) on a local file and on the private PostgreSQL
/// server, then the release app under Xvfb against a bare Tauri window; prints figures, asserts
/// nothing about time.
fn bench() -> Result<ExitCode, String> {
    let root = root();
    setup::system_packages(setup::Purpose::Test)?;
    setup::npm_packages(&root)?;
    let driver = setup::tauri_driver(&root)?;
    let mut tally = Tally::default();
    // Lives to the end of this function: dropping it stops the server.
    let cluster = start_postgres(&root, &mut tally);
    let mut bench =
        proc::cargo(&root, &["bench", "-p", "liaison-core", "--features", "test-support", "--bench", "scale"]);
    if let Some(cluster) = &cluster {
        bench.env(POSTGRES_URL, cluster.url());
    }
    proc::step("benchmark", bench)?;
    proc::step("UI build", proc::npm(&root.join("ui"), &["run", "build"]))?;
    // Built together, so the bare window gets exactly the Tauri the app has.
    proc::step(
        "release build of the app and the bare window",
        proc::cargo(&root, &["build", "--release", "-p", "liaison", "-p", "bare-window"]),
    )?;
    let mut desktop = proc::under_display(&root, &["bench", "-p", "liaison-e2e", "--bench", "desktop"]);
    desktop.env("LIAISON_APP", root.join("target/release").join(exe("liaison"))).env("TAURI_DRIVER", &driver);
    proc::step("desktop benchmark", desktop)?;
    let installers = bundle::build(&root, false)?;
    println!("\nThe installers (cargo xtask bundle, release build)");
    for path in installers {
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let target = if name.ends_with(".deb") { " (target 8)" } else { "" };
        let label = format!("{name}{target}");
        println!("  {label:<56} {:>8.2} MB", size as f64 / 1e6);
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs every tier and closes with one `N passed, N failed` line for all of them.
fn test() -> Result<ExitCode, String> {
    let root = root();
    let ui = root.join("ui");
    setup::system_packages(setup::Purpose::Test)?;
    setup::npm_packages(&root)?;
    let driver = setup::tauri_driver(&root)?;
    let mut tally = Tally::default();
    // Lives to the end of this function: dropping it stops the server, whatever failed before.
    let cluster = start_postgres(&root, &mut tally);

    proc::banner("Tier 2: UI type check and Vitest");
    tally.check("tsc --strict", proc::npx(&ui, &["tsc", "--noEmit"]).status().is_ok_and(|s| s.success()));
    let report = root.join("target/vitest-report.json");
    let _ = std::fs::remove_file(&report);
    let vitest_ok = proc::npx(
        &ui,
        &["vitest", "run", "--reporter=default", "--reporter=json", &format!("--outputFile={}", report.display())],
    )
    .status()
    .is_ok_and(|s| s.success());
    tally.vitest(&report, vitest_ok);

    // The shell embeds ui/dist at compile time, so the UI is built before anything compiles it.
    proc::banner("Building the UI");
    let ui_built = proc::npm(&ui, &["run", "build"]).status().is_ok_and(|s| s.success());
    tally.check("UI build", ui_built);

    proc::banner("Checks: formatting and lints");
    tally.check(
        "cargo fmt --check",
        proc::cargo(&root, &["fmt", "--all", "--check"]).status().is_ok_and(|s| s.success()),
    );
    tally.check(
        "cargo clippy -D warnings",
        ui_built
            && proc::cargo(&root, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
                .status()
                .is_ok_and(|s| s.success()),
    );

    proc::banner("Building the app with its UI embedded");
    let built = ui_built && proc::cargo(&root, &["build", "-p", "liaison"]).status().is_ok_and(|s| s.success());
    tally.check("app build", built);

    proc::banner("Tier 1: Rust unit and store tests");
    let out = proc::tee(proc::cargo(&root, &["test", "--workspace", "--exclude", "liaison-e2e"]));
    tally.cargo("cargo test", &out);

    if let Some(cluster) = &cluster {
        proc::banner("Tier 1 again: the core's store tests and the command-line tool's on PostgreSQL");
        let mut core = proc::cargo(&root, &["test", "-p", "liaison-core", "-p", "liaison-cli"]);
        core.env(POSTGRES_URL, cluster.url());
        let out = proc::tee(core);
        tally.cargo("cargo test -p liaison-core -p liaison-cli on PostgreSQL", &out);
    }

    if built {
        proc::banner("Tier 3: end to end in the real app (tauri-driver, WebKitWebDriver, Xvfb)");
        let mut e2e =
            proc::under_display(&root, &["test", "-p", "liaison-e2e", "--test", "journeys", "--", "--test-threads=1"]);
        e2e.env("LIAISON_APP", root.join("target/debug").join(exe("liaison"))).env("TAURI_DRIVER", &driver);
        if let Some(cluster) = &cluster {
            e2e.env(POSTGRES_URL, cluster.url());
        }
        let out = proc::tee(e2e);
        tally.cargo("end-to-end journeys", &out);
    } else {
        tally.check("end-to-end journeys (the app did not build)", false);
    }

    if cfg!(target_os = "linux") {
        proc::banner("Tier 4: the .deb built, installed, launched and removed");
        match bundle::build(&root, false) {
            Ok(_) => match bundle::deb(&root) {
                Some(deb) => {
                    let mut installed = proc::under_display(
                        &root,
                        &["test", "-p", "liaison-e2e", "--test", "installed", "--", "--test-threads=1"],
                    );
                    installed
                        .env("LIAISON_DEB", &deb)
                        .env("LIAISON_APP", "/usr/bin/liaison")
                        .env("TAURI_DRIVER", &driver);
                    let out = proc::tee(installed);
                    tally.cargo("the installed package", &out);
                }
                None => tally.check("bundle: the bundler made no .deb", false),
            },
            Err(e) => {
                eprintln!("xtask: {e}");
                tally.check("cargo xtask bundle", false);
            }
        }
    }

    Ok(tally.close())
}

/// Where the tests find the PostgreSQL server they may use; without it they use SQLite only.
const POSTGRES_URL: &str = "LIAISON_TEST_POSTGRES_URL";

/// Starts the tests' private PostgreSQL cluster in `target/postgres`. A cluster that cannot start
/// is one failed check, and the PostgreSQL run is skipped rather than the other tiers.
fn start_postgres(root: &Path, tally: &mut Tally) -> Option<postgres::Cluster> {
    proc::banner("Starting a private PostgreSQL cluster for the tests");
    match postgres::Cluster::start(&root.join("target/postgres")) {
        Ok(cluster) => Some(cluster),
        Err(e) => {
            eprintln!("xtask: {e}");
            tally.check(&format!("PostgreSQL cluster ({})", e.lines().next().unwrap_or_default()), false);
            None
        }
    }
}

fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}
