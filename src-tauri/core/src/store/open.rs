//! Opening the database without harming it: a file that is not Liaison's, was upgraded by a
//! newer Liaison, cannot be written or is locked is classified and left exactly as it was;
//! one that needs an upgrade is backed up first.

use super::backup::{self, Backup, BackupReason};
use crate::fault::{OpenFailure, OpenFault};
use crate::{Error, Result};
use sqlx::migrate::{MigrateError, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection, SqlitePool};
use std::io::ErrorKind;
use std::path::Path;
use std::time::Duration;

/// The schema migrations this build knows.
pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/sqlite");

/// How long opening waits for another program's lock before calling the file locked.
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// A fault and its detail, before the path is attached.
type Fault = (OpenFault, String);

fn sqlite_fault(e: &sqlx::Error) -> OpenFault {
    match e {
        sqlx::Error::Database(db) => {
            // Extended result codes carry the primary code in their low byte.
            match db.code().and_then(|c| c.parse::<i32>().ok()).map(|c| c & 0xff) {
                Some(26 | 11) => OpenFault::NotADatabase,     // SQLITE_NOTADB, SQLITE_CORRUPT
                Some(5 | 6) => OpenFault::Locked,             // SQLITE_BUSY, SQLITE_LOCKED
                Some(3 | 8 | 14 | 23) => OpenFault::NoAccess, // PERM, READONLY, CANTOPEN, AUTH
                _ => OpenFault::Other,
            }
        }
        sqlx::Error::Io(io) => io_fault(io),
        _ => OpenFault::Other,
    }
}

fn io_fault(e: &std::io::Error) -> OpenFault {
    match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => OpenFault::NoAccess,
        _ => OpenFault::Other,
    }
}

fn sql(e: sqlx::Error) -> Fault {
    (sqlite_fault(&e), e.to_string())
}

fn io(e: std::io::Error) -> Fault {
    (io_fault(&e), e.to_string())
}

fn migrate_fault(e: MigrateError) -> Fault {
    match e {
        MigrateError::Execute(e) | MigrateError::ExecuteMigration(e, _) => sql(e),
        MigrateError::VersionMissing(_) => (OpenFault::NewerVersion, e.to_string()),
        e => (OpenFault::Other, e.to_string()),
    }
}

/// Reads, without writing, which migrations the database at `path` has had. Refuses a file
/// that is not a database, another program's database, and one a newer Liaison upgraded.
async fn inspect(conn: &mut SqliteConnection) -> std::result::Result<Vec<i64>, Fault> {
    // The first read is what makes SQLite look at the file's header.
    let objects: i64 =
        sqlx::query_scalar("SELECT count(*) FROM sqlite_master").fetch_one(&mut *conn).await.map_err(sql)?;
    let tracked: i64 =
        sqlx::query_scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
            .fetch_one(&mut *conn)
            .await
            .map_err(sql)?;
    if tracked == 0 {
        return if objects == 0 {
            Ok(Vec::new())
        } else {
            Err((OpenFault::NotADatabase, "tables without Liaison's migration history".into()))
        };
    }
    let applied: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations").fetch_all(&mut *conn).await.map_err(sql)?;
    if let Some(unknown) = applied.iter().find(|v| !MIGRATOR.iter().any(|m| m.version == **v)) {
        return Err((OpenFault::NewerVersion, format!("schema version {unknown} is newer than this Liaison")));
    }
    Ok(applied)
}

async fn read_only(path: &Path) -> std::result::Result<SqliteConnection, Fault> {
    SqliteConnectOptions::new().filename(path).read_only(true).busy_timeout(LOCK_WAIT).connect().await.map_err(sql)
}

/// Whether the file and its folder can be written (SQLite keeps its write-ahead log beside the
/// file). Opening for writing changes nothing in the file; the probe file is removed at once.
fn check_writable(path: &Path) -> std::result::Result<(), Fault> {
    if path.exists() {
        std::fs::OpenOptions::new().read(true).write(true).open(path).map_err(io)?;
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    let probe = folder.join(format!(".liaison-write-check-{}", std::process::id()));
    std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).map_err(io)?;
    std::fs::remove_file(&probe).map_err(io)?;
    Ok(())
}

/// Whether this process could take the write lock, without writing: another program holding
/// the database exclusively makes this wait [`LOCK_WAIT`], then fail as locked.
async fn check_unlocked(path: &Path) -> std::result::Result<(), Fault> {
    let mut conn = SqliteConnectOptions::new().filename(path).busy_timeout(LOCK_WAIT).connect().await.map_err(sql)?;
    let locked = match sqlx::query("BEGIN IMMEDIATE").execute(&mut conn).await {
        Ok(_) => sqlx::query("ROLLBACK").execute(&mut conn).await.map(|_| ()),
        Err(e) => Err(e),
    };
    // Closed before the answer, whatever it is (see `prepare`).
    conn.close().await.map_err(sql)?;
    locked.map_err(sql)
}

/// Everything before the first write: classify an existing file, then back it up if this
/// build's migrations will change its schema. Returns the backup made, if any.
async fn prepare(path: &Path) -> std::result::Result<Option<Backup>, Fault> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err((OpenFault::NotADatabase, "a folder, not a file".into())),
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {
            check_writable(path)?;
            return Ok(None);
        }
        Err(e) => return Err(io(e)),
    }
    let mut conn = read_only(path).await?;
    let inspected = inspect(&mut conn).await;
    // Closed before the file is opened below (closing any descriptor of a file drops every
    // POSIX lock this process holds on it, SQLite's included), and before a refusal is told:
    // a connection merely dropped closes on its own thread later, perhaps while the app exits.
    conn.close().await.map_err(sql)?;
    let applied = inspected?;
    check_writable(path)?;
    check_unlocked(path).await?;
    // A new, empty database has nothing to lose; one with history is copied before it changes.
    if applied.is_empty() || MIGRATOR.iter().all(|m| applied.contains(&m.version)) {
        return Ok(None);
    }
    let mut conn = read_only(path).await?;
    let backup = backup::create(&mut conn, path, BackupReason::Upgrade).await;
    conn.close().await.map_err(sql)?;
    Ok(Some(backup.map_err(|e| (OpenFault::Other, e.to_string()))?))
}

/// Opens the pool on `path` (creating the file if needed) and brings its schema up to date.
pub(super) async fn connect(path: &Path) -> Result<SqlitePool> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}

/// Prepares and opens the database at `path`; any failure is an [`Error::CannotOpen`] naming
/// the file and the fault.
pub(super) async fn open(path: &Path) -> Result<(SqlitePool, Option<Backup>)> {
    let fail = |(fault, detail): Fault| {
        tracing::error!(path = %path.display(), ?fault, "cannot open the database: {detail}");
        Error::CannotOpen(Box::new(OpenFailure { path: path.to_owned(), fault, detail }))
    };
    let backup = prepare(path).await.map_err(fail)?;
    let pool = match connect(path).await {
        Ok(pool) => pool,
        Err(Error::Storage(e)) => return Err(fail(sql(e))),
        Err(Error::Migration(e)) => return Err(fail(migrate_fault(e))),
        Err(e) => return Err(fail((OpenFault::Other, e.to_string()))),
    };
    Ok((pool, backup))
}

/// Refuses a backup this build cannot open (not a database, or from a newer Liaison), without
/// writing to it.
pub(super) async fn probe_backup(path: &Path) -> Result<()> {
    let checked = async {
        let mut conn = read_only(path).await?;
        let inspected = inspect(&mut conn).await;
        conn.close().await.map_err(sql)?;
        inspected.map(|_| ())
    };
    checked
        .await
        .map_err(|(fault, detail)| Error::CannotOpen(Box::new(OpenFailure { path: path.to_owned(), fault, detail })))
}

/// Creates the folder for the database, classifying a failure.
pub(super) fn create_folder(dir: &Path, path: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| {
        let (fault, detail) = io(e);
        Error::CannotOpen(Box::new(OpenFailure { path: path.to_owned(), fault, detail }))
    })
}
