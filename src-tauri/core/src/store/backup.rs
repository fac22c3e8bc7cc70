//! Backups of the database: a consistent copy (`VACUUM INTO`) in `backups/` beside it, made
//! before every schema upgrade and on request, the newest three kept; and putting one back.

use super::activity::Actor;
use super::staff::me_in;
use super::{open, Store};
use crate::{Action, ActivityAction, Entity, Error, Result};
use serde::{Deserialize, Serialize};
use sqlx::{Connection, SqliteConnection};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The folder beside the database that holds its backups.
pub const BACKUPS_DIR: &str = "backups";

/// How many backups are kept; older ones are deleted when a new one is made.
pub const KEEP: usize = 3;

/// Why a backup was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// Before a new version of Liaison changed the database's schema.
    Upgrade,
    /// A staff member asked for it.
    Manual,
    /// Before another backup was restored over the database.
    BeforeRestore,
}

impl BackupReason {
    const ALL: [BackupReason; 3] = [BackupReason::Upgrade, BackupReason::Manual, BackupReason::BeforeRestore];

    fn as_str(self) -> &'static str {
        match self {
            BackupReason::Upgrade => "upgrade",
            BackupReason::Manual => "manual",
            BackupReason::BeforeRestore => "before-restore",
        }
    }

    /// The FTL message naming this reason.
    pub fn message_id(self) -> &'static str {
        match self {
            BackupReason::Upgrade => "backup-reason-upgrade",
            BackupReason::Manual => "backup-reason-manual",
            BackupReason::BeforeRestore => "backup-reason-before-restore",
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    /// The file name inside `backups/`; what a restore names.
    pub name: String,
    /// When it was made: UTC, RFC 3339.
    pub created_at: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
    /// Why it was made.
    pub reason: BackupReason,
}

/// `liaison-YYYYMMDD-HHMMSSmmm-<reason>.sqlite3`: sortable by time, and never with a character
/// Windows forbids in a file name.
fn file_name(stamp: &str, reason: BackupReason) -> String {
    format!("liaison-{stamp}-{}.sqlite3", reason.as_str())
}

/// The time and reason in a backup's file name; `None` for any other file.
fn parse_name(name: &str) -> Option<(String, BackupReason)> {
    let rest = name.strip_prefix("liaison-")?.strip_suffix(".sqlite3")?;
    let (stamp, reason) = rest.split_at_checked(18)?;
    let reason = BackupReason::ALL.into_iter().find(|r| reason.strip_prefix('-') == Some(r.as_str()))?;
    let digits = |range: std::ops::Range<usize>| stamp.get(range).filter(|s| s.bytes().all(|b| b.is_ascii_digit()));
    let (date, time) = (digits(0..8)?, digits(9..18)?);
    (stamp.as_bytes()[8] == b'-').then_some(())?;
    let at = format!(
        "{}-{}-{}T{}:{}:{}.{}Z",
        &date[..4],
        &date[4..6],
        &date[6..],
        &time[..2],
        &time[2..4],
        &time[4..6],
        &time[6..]
    );
    Some((at, reason))
}

/// Now, UTC, as `YYYYMMDD-HHMMSSmmm`, from SQLite's clock like every other time Liaison stores.
async fn stamp() -> Result<String> {
    let mut conn = SqliteConnection::connect("sqlite::memory:").await?;
    let s: String =
        sqlx::query_scalar("SELECT replace(strftime('%Y%m%d-%H%M%f', 'now'), '.', '')").fetch_one(&mut conn).await?;
    conn.close().await?;
    Ok(s)
}

fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(BACKUPS_DIR)
}

/// The backups of the database at `db`, newest first.
pub fn backups_of(db: &Path) -> Result<Vec<Backup>> {
    let dir = backups_dir(db);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((created_at, reason)) = parse_name(&name) {
            backups.push(Backup { size: entry.metadata()?.len(), name, created_at, reason });
        }
    }
    backups.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(backups)
}

/// Copies the database open on `conn` into a new backup of `db`, then keeps only the newest
/// [`KEEP`]. `VACUUM INTO` reads one consistent snapshot, so writers may go on meanwhile.
pub(crate) async fn create(conn: &mut SqliteConnection, db: &Path, reason: BackupReason) -> Result<Backup> {
    let dir = backups_dir(db);
    std::fs::create_dir_all(&dir)?;
    let name = file_name(&stamp().await?, reason);
    let target = dir.join(&name);
    sqlx::query("VACUUM INTO ?").bind(target.to_string_lossy().into_owned()).execute(&mut *conn).await?;
    for old in backups_of(db)?.into_iter().skip(KEEP) {
        std::fs::remove_file(dir.join(&old.name))?;
    }
    tracing::info!(backup = %target.display(), ?reason, "database backed up");
    // The name was just made from a stamp, so it parses; the error is only for form's sake.
    let (created_at, _) = parse_name(&name).ok_or(Error::NotFound(Entity::Backup, 0))?;
    Ok(Backup { size: std::fs::metadata(&target)?.len(), name, created_at, reason })
}

/// Copies `backup` beside the database at `db`, ready to be renamed into place; a failure
/// leaves nothing behind.
fn stage(db: &Path, backup: &Backup) -> Result<PathBuf> {
    let partial = db.with_extension("sqlite3.restoring");
    if let Err(e) = std::fs::copy(backups_dir(db).join(&backup.name), &partial) {
        let _ = std::fs::remove_file(&partial);
        return Err(e.into());
    }
    Ok(partial)
}

/// Renames a staged copy over the database file at `db`, which no connection has open. The
/// rename is atomic, so the file is always either the old database or the new one.
fn swap_in(db: &Path, staged: &Path) -> Result<()> {
    // A write-ahead log left beside the file belongs to the old database, not to the backup.
    for suffix in ["-wal", "-shm"] {
        let mut side = db.as_os_str().to_owned();
        side.push(suffix);
        match std::fs::remove_file(PathBuf::from(side)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    std::fs::rename(staged, db)?;
    Ok(())
}

/// Puts `backup` in place of a database that cannot be opened. The file that was there is kept
/// beside it as `liaison-<time>-set-aside.sqlite3` (with its write-ahead log, if any); its name
/// is returned.
pub(crate) async fn set_aside_and_restore(db: &Path, backup: &Backup) -> Result<String> {
    open::probe_backup(&backups_dir(db).join(&backup.name)).await?;
    let kept = format!("liaison-{}-set-aside.sqlite3", stamp().await?);
    let folder = db.parent().unwrap_or(Path::new("."));
    for suffix in ["", "-wal", "-shm"] {
        let mut from = db.as_os_str().to_owned();
        from.push(suffix);
        let from = PathBuf::from(from);
        if from.exists() {
            std::fs::rename(&from, folder.join(format!("{kept}{suffix}")))?;
        }
    }
    let staged = stage(db, backup)?;
    swap_in(db, &staged)?;
    tracing::warn!(restored = %backup.name, kept = %kept, "a backup replaced a database that could not be opened");
    Ok(kept)
}

impl Store {
    /// This database's backups, newest first. Anyone may see them.
    /// A team workspace has none of its own (the server's are kept by whoever runs it).
    pub async fn backups(&self) -> Result<Vec<Backup>> {
        match self.file() {
            Ok(file) => backups_of(file),
            Err(_) => Ok(Vec::new()),
        }
    }

    /// Backs the database up now; open to every role. The backup is logged.
    pub async fn back_up(&self) -> Result<Backup> {
        let file = self.file()?;
        let backup = {
            let mut conn = self.sqlite_pool()?.acquire().await?;
            create(&mut conn, file, BackupReason::Manual).await?
        };
        let mut tx = self.write().await?;
        if let Some(me) = me_in(&mut tx).await? {
            Actor::from(&me).record(&mut tx, ActivityAction::BackupCreated, None, &backup.name, &[]).await?;
        }
        tx.commit().await?;
        Ok(backup)
    }

    /// Restores the backup named `name` (a Global admin only): the database as it is now is
    /// backed up first, then replaced, and the store reopens on the restored file at once. The
    /// restore is logged in the restored database, naming the backup of the one it replaced.
    pub async fn restore_backup(&self, name: &str) -> Result<Backup> {
        let actor = Actor::from(&self.require(Action::ManageSettings).await?);
        let file = self.file()?;
        let backup =
            self.backups().await?.into_iter().find(|b| b.name == name).ok_or(Error::NotFound(Entity::Backup, 0))?;
        // A backup this build cannot open is refused before anything is touched.
        open::probe_backup(&backups_dir(file).join(&backup.name)).await?;
        let _restoring = self.begin_restore()?;
        // Staged before the current database is backed up: that backup may prune this one.
        let staged = stage(file, &backup)?;
        let before = {
            let mut conn = self.sqlite_pool()?.acquire().await?;
            create(&mut conn, file, BackupReason::BeforeRestore).await?
        };
        self.pool().close().await;
        if let Err(e) = swap_in(file, &staged) {
            // The rename comes last, so the file is still the one the user had.
            self.replace_pool(open::connect(file).await?);
            return Err(e);
        }
        let pool = match open::connect(file).await {
            Ok(pool) => pool,
            Err(e) => {
                tracing::error!("the restored database did not open, putting the previous one back: {e}");
                swap_in(file, &stage(file, &before)?)?;
                self.replace_pool(open::connect(file).await?);
                return Err(e);
            }
        };
        self.replace_pool(pool);
        let mut tx = self.write().await?;
        actor
            .record_detail(&mut tx, ActivityAction::BackupRestored, None, &backup.name, &[], Some(&before.name))
            .await?;
        tx.commit().await?;
        tracing::info!(restored = %backup.name, previous = %before.name, "backup restored");
        Ok(backup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_time_and_reason() {
        let name = file_name("20261122-101530042", BackupReason::BeforeRestore);
        assert_eq!(name, "liaison-20261122-101530042-before-restore.sqlite3");
        assert_eq!(parse_name(&name), Some(("2026-11-22T10:15:30.042Z".to_owned(), BackupReason::BeforeRestore)));
        assert_eq!(parse_name("liaison.sqlite3"), None);
        assert_eq!(parse_name("liaison-20261122-10153004x-manual.sqlite3"), None);
        assert_eq!(parse_name("liaison-20261122-101530042-other.sqlite3"), None);
    }
}
