//! A private, throwaway PostgreSQL cluster for the store tests. It lives in its own folder under
//! `target/`, listens on a free loopback port with a random password and stops when dropped, so
//! the system's own cluster, port 5432 and systemd are never touched.

use crate::setup;
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The role that owns the cluster; the tests connect as it.
const OWNER: &str = "liaison_owner";

/// How many lines of the server log a failed start shows.
const LOG_TAIL: usize = 30;

/// A running cluster; dropping it stops the server, on every exit path.
pub struct Cluster {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    password: String,
    /// initdb refuses to run as root, so as root the server runs as the `postgres` user.
    as_postgres: bool,
}

impl Cluster {
    /// Creates a fresh cluster in `dir` (removing what an earlier run left there) and starts it.
    pub fn start(dir: &Path) -> Result<Cluster, String> {
        let as_postgres = setup::is_root();
        let bin = setup::postgres_bin()?;
        remove_leftover(&bin, dir, as_postgres)?;
        let cluster = Cluster { bin, dir: dir.to_owned(), port: free_port()?, password: password()?, as_postgres };
        cluster.init()?;
        // From here on a failed start still leaves `cluster` to drop, which stops a server that
        // came up too late for pg_ctl's wait.
        cluster.launch()?;
        Ok(cluster)
    }

    /// Where the tests connect: the owner role on the `postgres` database, over TCP.
    pub fn url(&self) -> String {
        format!("postgres://{OWNER}:{}@127.0.0.1:{}/postgres", self.password, self.port)
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    /// The folder, owned by whoever runs the server, and the cluster in it.
    fn init(&self) -> Result<(), String> {
        std::fs::create_dir_all(&self.dir).map_err(|e| format!("cannot create {}: {e}", self.dir.display()))?;
        let pwfile = self.dir.join("pwfile");
        std::fs::write(&pwfile, &self.password).map_err(|e| format!("cannot write {}: {e}", pwfile.display()))?;
        if self.as_postgres {
            let mut chown = Command::new("chown");
            chown.args(["-R", "postgres"]).arg(&self.dir);
            run("chown -R postgres", chown)?;
        }
        let mut initdb = self.tool("initdb");
        initdb
            .arg("-D")
            .arg(self.data())
            .args(["-U", OWNER, "-A", "scram-sha-256"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .args(["--encoding=UTF8", "--locale=C.UTF-8"]);
        let result = run("initdb", initdb);
        let _ = std::fs::remove_file(&pwfile);
        result
    }

    /// Starts the server, waiting until it accepts connections. Durability is switched off: the
    /// cluster is thrown away, and the tests create databases by the hundreds. pg_ctl hands the
    /// options to a shell, hence the quoted socket folder.
    fn launch(&self) -> Result<(), String> {
        let options = format!(
            "-p {} -k '{}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=300",
            self.port,
            self.dir.display()
        );
        let log = self.dir.join("log");
        let mut pg_ctl = self.tool("pg_ctl");
        pg_ctl.arg("-D").arg(self.data()).args(["-w", "-t", "60", "-l"]).arg(&log).args(["-o", &options, "start"]);
        run("pg_ctl start", pg_ctl).map_err(|e| format!("{e}\n{}", log_tail(&log)))
    }

    /// A server binary, run as the `postgres` user when xtask is root.
    fn tool(&self, name: &str) -> Command {
        tool(&self.bin, name, &self.dir, self.as_postgres)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let mut pg_ctl = self.tool("pg_ctl");
        pg_ctl.arg("-D").arg(self.data()).args(["stop", "-m", "fast"]);
        // A start that failed early leaves no server, and nothing to report.
        if let Err(e) = run("pg_ctl stop", pg_ctl) {
            if self.data().join("postmaster.pid").exists() {
                eprintln!("xtask: the test PostgreSQL server in {} did not stop: {e}", self.dir.display());
            }
        }
    }
}

fn tool(bin: &Path, name: &str, dir: &Path, as_postgres: bool) -> Command {
    let mut c = if as_postgres {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(name));
        c
    } else {
        Command::new(bin.join(name))
    };
    // The `postgres` user may not be allowed into the caller's working directory.
    if dir.is_dir() {
        c.current_dir(dir);
    }
    c
}

/// Stops a server an interrupted run left behind in `dir`, then removes the folder.
fn remove_leftover(bin: &Path, dir: &Path, as_postgres: bool) -> Result<(), String> {
    let data = dir.join("data");
    if data.join("postmaster.pid").exists() {
        let mut pg_ctl = tool(bin, "pg_ctl", dir, as_postgres);
        pg_ctl.arg("-D").arg(&data).args(["stop", "-m", "immediate"]);
        let _ = run("pg_ctl stop (leftover)", pg_ctl);
    }
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(format!("cannot remove {}: {e}", dir.display())),
        _ => Ok(()),
    }
}

/// A loopback port nothing listens on now: the one the system hands out for port 0. Never 5432,
/// where the system's own cluster may listen.
fn free_port() -> Result<u16, String> {
    loop {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free loopback port: {e}"))?;
        let port = listener.local_addr().map_err(|e| format!("no free loopback port: {e}"))?.port();
        if port != 5432 {
            return Ok(port);
        }
    }
}

/// A random password; the cluster is thrown away, but it listens on TCP while it lives.
fn password() -> Result<String, String> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs a quiet step; its output is shown only when it fails.
fn run(what: &str, mut c: Command) -> Result<(), String> {
    let Output { status, stdout, stderr } =
        c.stdin(Stdio::null()).output().map_err(|e| format!("{what}: cannot start {:?}: {e}", c.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({status})\n{}{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        ))
    }
}

/// The last lines of the server log, which say why a start failed.
fn log_tail(log: &Path) -> String {
    match std::fs::read_to_string(log) {
        Ok(text) => {
            let lines: Vec<&str> = text.lines().collect();
            let tail = lines[lines.len().saturating_sub(LOG_TAIL)..].join("\n");
            format!("{}:\n{tail}", log.display())
        }
        Err(e) => format!("(no server log at {}: {e})", log.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Its own folder, so the test cannot disturb the cluster of a real `cargo xtask test`.
    fn test_dir() -> PathBuf {
        crate::root().join("target/postgres-xtask-test")
    }

    fn psql(url: &str) -> Output {
        Command::new("/usr/bin/psql").args([url, "-Atc", "select 1"]).output().expect("psql runs")
    }

    #[test]
    fn a_cluster_replaces_a_leftover_serves_its_url_and_stops_when_dropped() {
        let dir = test_dir();
        // A run that was killed leaves its server running; the next one stops it and starts afresh.
        let leftover = Cluster::start(&dir).expect("the first cluster starts");
        let leftover_url = leftover.url();
        std::mem::forget(leftover);
        let cluster = Cluster::start(&dir).expect("the cluster starts over a leftover");
        assert!(!psql(&leftover_url).status.success(), "the leftover server still answers");
        let url = cluster.url();
        assert!(!url.contains(":5432/"), "never the system's port: {url}");
        let out = psql(&url);
        assert!(out.status.success(), "psql: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");
        let (bin, as_postgres) = (cluster.bin.clone(), cluster.as_postgres);
        drop(cluster);

        let status = tool(&bin, "pg_ctl", &dir, as_postgres).arg("-D").arg(dir.join("data")).arg("status").output();
        let status = status.expect("pg_ctl runs");
        assert_eq!(status.status.code(), Some(3), "pg_ctl status: {}", String::from_utf8_lossy(&status.stdout));
        assert!(String::from_utf8_lossy(&status.stdout).contains("no server running"));
        assert!(!psql(&url).status.success(), "the server still answers after the drop");
        remove_leftover(&bin, &dir, as_postgres).expect("the folder is removed");
    }
}
