//! Where a team workspace is: the server, the database and the login a staff member connects
//! with, as Settings → Workspace asks for them, and why connecting to one failed.

use crate::profile::Checker;
use crate::{Field, Result, Rule};
use serde::{Deserialize, Serialize};
use std::net::IpAddr;
use ts_rs::TS;

/// PostgreSQL's own port, proposed when none is typed.
pub const DEFAULT_PORT: u16 = 5432;

/// The longest PostgreSQL identifier (a database's name).
const MAX_NAME: usize = 63;

/// How the connection is encrypted (libpq's `sslmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TlsMode {
    /// Never encrypted: only for a server on this computer or a trusted network.
    Disable,
    /// Encrypted when the server offers it.
    Prefer,
    /// Always encrypted; the server's certificate is not checked.
    Require,
    /// Always encrypted, with the server's certificate checked against its name: what a managed
    /// service such as Azure Database for PostgreSQL needs.
    #[default]
    VerifyFull,
}

impl TlsMode {
    /// Every mode, safest first.
    pub const ALL: [TlsMode; 4] = [TlsMode::VerifyFull, TlsMode::Require, TlsMode::Prefer, TlsMode::Disable];

    fn sslmode(self) -> &'static str {
        match self {
            TlsMode::Disable => "disable",
            TlsMode::Prefer => "prefer",
            TlsMode::Require => "require",
            TlsMode::VerifyFull => "verify-full",
        }
    }
}

/// A workspace's address as typed, with the login's password if the user typed one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceInput {
    pub host: String,
    /// Empty for PostgreSQL's own port.
    pub port: String,
    pub database: String,
    pub user: String,
    pub tls: Option<TlsMode>,
    /// Typed to be kept in the system's keychain; empty or absent to use the one kept there, or
    /// the user's `.pgpass` file or `PGPASSWORD` variable. Never sent back to the window.
    #[serde(default, skip_serializing)]
    #[ts(optional, as = "Option<String>")]
    pub password: Option<Password>,
}

/// A password as typed: it never appears in a log or a debug print.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Password(pub String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(…)")
    }
}

impl WorkspaceInput {
    /// The password typed, if any (blank is none).
    pub fn typed_password(&self) -> Option<&str> {
        self.password.as_ref().map(|p| p.0.as_str()).filter(|p| !p.is_empty())
    }

    /// The password to connect with: the one typed, else the one the keychain keeps (else
    /// none, and PostgreSQL's own conventions supply it).
    pub fn password_for(&self, workspace: &ValidWorkspace) -> Option<String> {
        self.typed_password().map(str::to_owned).or_else(|| crate::keychain::recall(workspace))
    }
}

/// A workspace address that passed every rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ValidWorkspace {
    pub host: String,
    pub port: u16,
    pub database: String,
    pub user: String,
    pub tls: TlsMode,
}

impl WorkspaceInput {
    /// Every rule at once.
    pub fn validate(&self) -> Result<ValidWorkspace> {
        let mut c = Checker::default();
        let v = ValidWorkspace {
            host: c.check(Field::Host, server_host(&self.host)),
            port: c.check(Field::Port, port(&self.port)),
            database: c.check(Field::Database, database(&self.database)),
            user: c.check(Field::Login, crate::staff::login(&self.user)),
            tls: c.chosen(Field::Tls, self.tls, TlsMode::VerifyFull),
        };
        c.finish(v)
    }
}

impl ValidWorkspace {
    /// The connection URL. It holds no password: PostgreSQL's own conventions supply it (the
    /// `PGPASSWORD` variable, or the user's `.pgpass` file), so Liaison never writes one.
    pub fn url(&self) -> String {
        let host = if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        format!("postgres://{}@{host}:{}/{}?sslmode={}", self.user, self.port, self.database, self.tls.sslmode())
    }

    /// The URL to connect with, holding `password` when there is one: kept in memory only,
    /// never written anywhere.
    pub fn connection_url(&self, password: Option<&str>) -> String {
        let url = self.url();
        match password {
            Some(password) => {
                let secret = percent_encoding::utf8_percent_encode(password, percent_encoding::NON_ALPHANUMERIC);
                url.replacen(&format!("//{}@", self.user), &format!("//{}:{secret}@", self.user), 1)
            }
            None => url,
        }
    }

    /// The keychain's name for this login on this workspace.
    pub fn account(&self) -> String {
        format!("{}@{}:{}/{}", self.user, self.host, self.port, self.database)
    }

    /// The form's values, to show again (the password stays in the keychain).
    pub fn input(&self) -> WorkspaceInput {
        WorkspaceInput {
            host: self.host.clone(),
            port: self.port.to_string(),
            database: self.database.clone(),
            user: self.user.clone(),
            tls: Some(self.tls),
            password: None,
        }
    }
}

/// Where Liaison works now, for Settings → Workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceSetting {
    pub engine: crate::Engine,
    /// The team workspace saved to open, if any.
    pub saved: Option<ValidWorkspace>,
    /// Whether `LIAISON_DATABASE_URL` chose the workspace (Settings cannot change it then).
    pub from_environment: bool,
}

/// The file, in Liaison's data folder, naming the team workspace to open instead of the local
/// file. It holds the address only, never a password.
pub const SAVED_FILE: &str = "workspace.json";

/// Names a team workspace to open instead of the local file (`postgres://…`), for the app and
/// the command-line tool alike.
pub const DATABASE_URL_VAR: &str = "LIAISON_DATABASE_URL";

/// Names another data folder than the system's (for portable use and tests).
pub const DATA_DIR_VAR: &str = "LIAISON_DATA_DIR";

/// Set to `always`, the app's page is composited with OpenGL even on a Linux machine without a
/// graphics card, where it is otherwise drawn directly (quicker there). The journeys set it:
/// WebKitWebDriver cannot take a screenshot of a page drawn without compositing (it times out).
pub const COMPOSITING_VAR: &str = "LIAISON_COMPOSITING";

/// The team workspace to open instead of the local file in `data_dir`, as a connection URL:
/// the one `named` (the command line's), else [`DATABASE_URL_VAR`]'s, else the one saved in the
/// data folder with its password from the system keychain. `None` opens the local file.
pub fn url_to_open(data_dir: &std::path::Path, named: Option<String>) -> Option<String> {
    named
        .or_else(|| std::env::var(DATABASE_URL_VAR).ok())
        .filter(|u| !u.is_empty())
        .or_else(|| saved(data_dir).map(|w| w.connection_url(crate::keychain::recall(&w).as_deref())))
}

/// The team workspace saved for `data_dir`, if one is (and still passes every rule).
pub fn saved(data_dir: &std::path::Path) -> Option<ValidWorkspace> {
    let text = std::fs::read_to_string(data_dir.join(SAVED_FILE)).ok()?;
    let saved: ValidWorkspace = serde_json::from_str(&text).ok()?;
    saved.input().validate().ok()
}

/// Saves the workspace to open from now on, or with `None` goes back to the local file.
pub fn save(data_dir: &std::path::Path, workspace: Option<&ValidWorkspace>) -> Result<()> {
    let path = data_dir.join(SAVED_FILE);
    match workspace {
        Some(w) => {
            std::fs::create_dir_all(data_dir)?;
            let text = serde_json::to_string_pretty(w).map_err(std::io::Error::other)?;
            // Written beside, then renamed: a crash never leaves half a file.
            let partial = data_dir.join(format!("{SAVED_FILE}.partial"));
            std::fs::write(&partial, text)?;
            std::fs::rename(&partial, &path)?;
        }
        None => match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        },
    }
    Ok(())
}

/// A server's name (a host name, in any script) or IP address.
pub fn server_host(raw: &str) -> std::result::Result<String, Rule> {
    let s = raw.trim().trim_start_matches('[').trim_end_matches(']');
    if s.is_empty() {
        return Err(Rule::Required);
    }
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Ok(ip.to_string());
    }
    let ascii = idna::domain_to_ascii(s).map_err(|_| Rule::ServerHost)?;
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if ascii.len() > 253 || !ascii.trim_end_matches('.').split('.').all(label_ok) {
        return Err(Rule::ServerHost);
    }
    Ok(ascii.trim_end_matches('.').to_owned())
}

/// A TCP port; empty means PostgreSQL's own.
pub fn port(raw: &str) -> std::result::Result<u16, Rule> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(DEFAULT_PORT);
    }
    match s.parse::<u16>() {
        Ok(p) if p > 0 => Ok(p),
        _ => Err(Rule::Port),
    }
}

/// A database name that needs no quoting in a URL: letters, digits, `_`, `-` and `.`.
pub fn database(raw: &str) -> std::result::Result<String, Rule> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(Rule::Required);
    }
    let ok = s.len() <= MAX_NAME && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(Rule::DatabaseName)
    }
}

/// Why a team workspace could not be reached or used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum WorkspaceFault {
    /// No server answered at that address (wrong name or port, offline, a firewall).
    Unreachable,
    /// The server refused the login or its password.
    WrongPassword,
    /// The encrypted connection the TLS mode asks for was refused or its certificate not trusted.
    TlsRefused,
    /// The server has no database of that name.
    NoSuchDatabase,
}

impl WorkspaceFault {
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            WorkspaceFault::Unreachable => "workspace-unreachable",
            WorkspaceFault::WrongPassword => "workspace-wrong-password",
            WorkspaceFault::TlsRefused => "workspace-tls-refused",
            WorkspaceFault::NoSuchDatabase => "workspace-no-such-database",
        }
    }

    /// The fault a connection error shows, if it is one of these.
    pub fn of(e: &sqlx::Error) -> Option<WorkspaceFault> {
        match e {
            sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed => {
                Some(WorkspaceFault::Unreachable)
            }
            sqlx::Error::Tls(_) => Some(WorkspaceFault::TlsRefused),
            sqlx::Error::Database(db) => match db.code().as_deref() {
                // invalid_password, invalid_authorization_specification (pg_hba refused it)
                Some("28P01" | "28000") => Some(WorkspaceFault::WrongPassword),
                Some("3D000") => Some(WorkspaceFault::NoSuchDatabase),
                _ => None,
            },
            // A server that asks for a password none of PostgreSQL's conventions supplied.
            sqlx::Error::Protocol(m) if m.contains("password") => Some(WorkspaceFault::WrongPassword),
            _ => None,
        }
    }
}

/// How long Liaison waits before its next attempt to reach a team workspace that did not answer:
/// doubling from a second, at most half a minute, so a server that is back is found quickly and
/// one that stays away is not pressed.
pub fn reconnect_delay(failures: u32) -> std::time::Duration {
    std::time::Duration::from_secs(1u64 << failures.min(5)).min(std::time::Duration::from_secs(30))
}

/// What the window shows while Liaison, started on a team workspace that did not answer, waits
/// for it: the reason in the system's language and when it tries next. It starts by itself once
/// the server answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Connecting {
    /// The system's language: the stored one cannot be read yet.
    pub language: crate::Language,
    /// Why the workspace cannot be used, in `language`.
    pub message: String,
    /// The server, for the user to recognise (or tell their admin).
    pub server: String,
    /// How many attempts have failed.
    pub failures: u32,
    /// Whether Liaison keeps trying by itself; `false` when the server answered but refused (a
    /// wrong password, a database that is not there), which waiting does not mend: it tries again
    /// when the user asks, once they have put it right.
    pub retrying: bool,
    /// Seconds until the next attempt, when retrying.
    pub next_attempt_in: u32,
}

impl Connecting {
    /// While the first attempt to reach `url` is under way.
    pub fn first(language: crate::Language, url: &str) -> Connecting {
        Connecting {
            language,
            message: String::new(),
            server: server_of(url),
            failures: 0,
            retrying: true,
            next_attempt_in: 0,
        }
    }

    /// The state after `failures` failed attempts to reach `url`, the last with `error`.
    pub fn after(language: crate::Language, url: &str, error: &crate::Error, failures: u32) -> Connecting {
        let retrying = error.code() == crate::ErrorCode::Unreachable;
        Connecting {
            language,
            message: error.to_api(language).message,
            server: server_of(url),
            failures,
            retrying,
            next_attempt_in: if retrying { reconnect_delay(failures).as_secs() as u32 } else { 0 },
        }
    }
}

/// The server and port of a workspace's URL, as the user would name them.
fn server_of(url: &str) -> String {
    url.parse::<sqlx::postgres::PgConnectOptions>()
        .map(|o| format!("{}:{}", o.get_host(), o.get_port()))
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn input(host: &str, port: &str, database: &str, user: &str) -> WorkspaceInput {
        WorkspaceInput {
            host: host.into(),
            port: port.into(),
            database: database.into(),
            user: user.into(),
            tls: Some(TlsMode::Disable),
            password: None,
        }
    }

    #[test]
    fn a_password_reaches_the_connection_url_only_and_never_a_debug_print() {
        let v = input("db.example.com", "", "liaison", "petr").validate().unwrap();
        assert_eq!(v.connection_url(None), v.url());
        assert_eq!(
            v.connection_url(Some("p@ss:wörd/1")),
            "postgres://petr:p%40ss%3Aw%C3%B6rd%2F1@db.example.com:5432/liaison?sslmode=disable"
        );
        let parsed: sqlx::postgres::PgConnectOptions = v.connection_url(Some("p@ss:wörd/1")).parse().unwrap();
        assert_eq!(parsed.get_username(), "petr");
        assert_eq!(v.account(), "petr@db.example.com:5432/liaison");
        let typed = WorkspaceInput { password: Some(Password("secret".into())), ..input("h", "", "d", "u") };
        assert!(!format!("{typed:?}").contains("secret"));
        assert_eq!(typed.typed_password(), Some("secret"));
        let blank = WorkspaceInput { password: Some(Password(String::new())), ..typed.clone() };
        assert_eq!(blank.typed_password(), None);
        let json = serde_json::to_string(&typed).unwrap();
        assert!(!json.contains("secret"), "{json}");
        let read: WorkspaceInput =
            serde_json::from_str(r#"{"host":"h","port":"","database":"d","user":"u","tls":null,"password":"x"}"#)
                .unwrap();
        assert_eq!(read.typed_password(), Some("x"));
    }

    #[test]
    fn reconnecting_waits_longer_after_each_failure_up_to_half_a_minute() {
        let secs: Vec<u64> = (0..8).map(|n| reconnect_delay(n).as_secs()).collect();
        assert_eq!(secs, [1, 2, 4, 8, 16, 30, 30, 30]);
        assert_eq!(reconnect_delay(u32::MAX).as_secs(), 30);
    }

    #[test]
    fn waiting_for_a_server_names_it_and_retries_only_what_waiting_can_mend() {
        let url = "postgres://petr@db.example.com:6543/liaison?sslmode=disable";
        let away = crate::Error::Workspace(WorkspaceFault::Unreachable, "refused".into());
        let c = Connecting::after(crate::Language::CsCz, url, &away, 3);
        assert_eq!((c.server.as_str(), c.retrying, c.next_attempt_in), ("db.example.com:6543", true, 8));
        assert!(c.message.contains("neodpovídá"), "{}", c.message);
        let refused = crate::Error::Workspace(WorkspaceFault::WrongPassword, "no".into());
        let c = Connecting::after(crate::Language::EnUs, url, &refused, 1);
        assert_eq!((c.retrying, c.next_attempt_in), (false, 0));
        let c = Connecting::first(crate::Language::EnUs, url);
        assert_eq!((c.server.as_str(), c.failures, c.message.as_str()), ("db.example.com:6543", 0, ""));
    }

    #[test]
    fn an_address_becomes_a_url_without_a_password() {
        let v = input(" DB.Example.com ", "", "liaison", "Petr").validate().unwrap();
        assert_eq!(v.url(), "postgres://petr@db.example.com:5432/liaison?sslmode=disable");
        let v = input("::1", "6543", "team-ws", "jana").validate().unwrap();
        assert_eq!(v.url(), "postgres://jana@[::1]:6543/team-ws?sslmode=disable");
        assert_eq!(server_host("bücher.example"), Ok("xn--bcher-kva.example".into()));
        assert_eq!(v.input().validate().unwrap(), v);
    }

    #[test]
    fn a_saved_workspace_is_opened_until_the_local_file_is_chosen_again() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(saved(dir.path()), None);
        let w = input("db.example.com", "", "liaison", "petr").validate().unwrap();
        save(dir.path(), Some(&w)).unwrap();
        assert_eq!(saved(dir.path()), Some(w));
        assert!(!std::fs::read_to_string(dir.path().join(SAVED_FILE)).unwrap().contains("password"));
        save(dir.path(), None).unwrap();
        save(dir.path(), None).unwrap();
        assert_eq!(saved(dir.path()), None);
        // A file edited by hand into something invalid opens the local file instead.
        std::fs::write(
            dir.path().join(SAVED_FILE),
            r#"{"host":"a b","port":1,"database":"x","user":"y","tls":"disable"}"#,
        )
        .unwrap();
        assert_eq!(saved(dir.path()), None);
    }

    #[test]
    fn every_broken_rule_is_named() {
        let bad = WorkspaceInput { tls: None, ..input("db example", "70000", "my db", "2x") };
        let crate::Error::Invalid(e) = bad.validate().unwrap_err() else { panic!("accepted") };
        let got: Vec<(Field, Rule)> = e.iter().map(|e| (e.field, e.rule)).collect();
        assert_eq!(
            got,
            [
                (Field::Host, Rule::ServerHost),
                (Field::Port, Rule::Port),
                (Field::Database, Rule::DatabaseName),
                (Field::Login, Rule::Login),
                (Field::Tls, Rule::Required),
            ]
        );
    }
}
