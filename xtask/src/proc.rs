//! Running the tools the tiers need, with their output shown as it comes.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

pub fn banner(title: &str) {
    println!("\n==> {title}");
}

pub fn cargo(dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(dir).args(args);
    c
}

fn node_tool(tool: &str, dir: &Path, args: &[&str]) -> Command {
    let program = if cfg!(windows) { format!("{tool}.cmd") } else { tool.to_owned() };
    let mut c = Command::new(program);
    c.current_dir(dir).args(args);
    c
}

pub fn npm(dir: &Path, args: &[&str]) -> Command {
    node_tool("npm", dir, args)
}

pub fn npx(dir: &Path, args: &[&str]) -> Command {
    node_tool("npx", dir, args)
}

/// Starts the session's keychain (GNOME Keyring's Secret Service), its login keyring unlocked
/// and kept under `$LIAISON_KEYRING` rather than the user's own, then runs the command given.
const WITH_KEYRING: &str = "printf liaison | XDG_DATA_HOME=\"$LIAISON_KEYRING\" XDG_CACHE_HOME=\"$LIAISON_KEYRING\" \
    gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$@\"";

/// `cargo args…` inside a virtual X display and its own D-Bus session with a keychain, so
/// nothing outlives it.
pub fn under_display(dir: &Path, cargo_args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let keyring = dir.join("target/e2e-keyring");
    // A fresh keyring each run: its password is the one this run unlocks it with.
    let _ = std::fs::remove_dir_all(&keyring);
    let _ = std::fs::create_dir_all(&keyring);
    let mut c = Command::new("xvfb-run");
    c.current_dir(dir)
        .args(["-a", "-s", "-screen 0 1280x1024x24", "dbus-run-session", "--", "sh", "-c", WITH_KEYRING, "sh", &cargo])
        .args(cargo_args)
        .env("LIAISON_KEYRING", &keyring)
        // WebKitGTK stalls looking for an accessibility bus that a test session does not have.
        .env("NO_AT_BRIDGE", "1");
    c
}

/// Runs a step that must succeed.
pub fn step(what: &str, mut c: Command) -> Result<(), String> {
    let status = c.status().map_err(|e| format!("{what}: cannot start {:?}: {e}", c.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// Runs `c`, echoing its standard output line by line, and returns that output and whether it
/// exited successfully.
pub fn tee(mut c: Command) -> (String, bool) {
    c.stdout(Stdio::piped());
    let mut child = match c.spawn() {
        Ok(child) => child,
        Err(e) => {
            eprintln!("cannot start {:?}: {e}", c.get_program());
            return (String::new(), false);
        }
    };
    let mut all = String::new();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            println!("{line}");
            all.push_str(&line);
            all.push('\n');
        }
    }
    let ok = child.wait().is_ok_and(|s| s.success());
    (all, ok)
}
