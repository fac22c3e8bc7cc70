//! Liaison's records, on either engine: a local SQLite file (opened with WAL, foreign keys and a
//! busy timeout) or a team workspace on a PostgreSQL server. Both are migrated at start-up, and
//! every change is one transaction together with its activity line.

mod activity;
mod backup;
mod bulk;
#[cfg(test)]
mod bulk_tests;
mod changes;
#[cfg(test)]
mod concurrency_tests;
mod customers;
mod db;
#[cfg(test)]
mod enforcement_tests;
mod export;
#[cfg(test)]
pub(crate) mod fixture;
#[cfg(test)]
mod gate_tests;
mod gdap;
#[cfg(test)]
mod gdap_tests;
mod import;
mod invitations;
#[cfg(test)]
mod literals_tests;
mod microsoft_pages;
#[cfg(test)]
mod move_tests;
mod move_to_team;
pub(crate) mod open;
#[cfg(test)]
mod open_tests;
mod profile;
mod providers;
mod records;
#[cfg(test)]
mod relationship_rules_tests;
mod reminders;
#[cfg(test)]
mod reminders_tests;
mod server;
#[cfg(test)]
mod server_tests;
mod staff;
#[cfg(test)]
mod staff_tests;
#[cfg(test)]
mod workflow_tests;

pub(crate) use backup::set_aside_and_restore;
pub use backup::{backups_of, Backup, BackupReason, BACKUPS_DIR, KEEP};
pub use changes::Change;
pub use db::Engine;
pub(crate) use db::{Dialect, Pool, Sql, Tx};
pub use import::{ImportProgress, ImportReport, ListedRow, RejectedRow};
pub use move_to_team::MoveReport;
pub use profile::Session;
pub use records::{NoticeParty, RemovalCheck};
pub use server::WorkspaceCheck;

use crate::{ActivityAction, Error, Language, Result, StateConflict};
use sqlx::SqlitePool;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "liaison.sqlite3";

/// The app's identifier (as in `tauri.conf.json`), which names its data folder inside the
/// system's: the command-line tool finds the app's data by it.
pub const APP_IDENTIFIER: &str = "app.liaison.desktop";

/// A count read from SQL (a 64-bit integer on both engines) as the pages report it.
pub(crate) fn count_of(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An open Liaison database.
#[derive(Debug, Clone)]
pub struct Store {
    pools: Arc<Generation>,
    restoring: Arc<AtomicBool>,
    changes: Arc<changes::Changes>,
    /// The local file; `None` for a team workspace.
    file: Option<PathBuf>,
    system_language: Language,
    /// The copy of the local file made before this start changed its schema.
    upgrade_backup: Option<Backup>,
    /// What this start of another version of Liaison tells the user (see [`crate::updates`]).
    updated: Option<crate::updates::Updated>,
}

/// The pool on the database, and the one that replaced it after a restore. Replaced pools
/// are closed but kept, so `pool()` can lend a plain `&Pool` without a lock.
#[derive(Debug)]
struct Generation {
    pool: Pool,
    next: OnceLock<Box<Generation>>,
}

/// Held while a restore swaps the file; a second restore meanwhile is refused.
pub(crate) struct Restoring(Arc<AtomicBool>);

impl Drop for Restoring {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl Store {
    /// Opens (creating if needed) `dir/liaison.sqlite3` and brings its schema up to date.
    pub async fn open_in(dir: &Path) -> Result<Store> {
        let path = dir.join(DATABASE_FILE);
        open::create_folder(dir, &path)?;
        Store::open(&path).await
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date,
    /// backing it up first when the schema will change. A file Liaison cannot open is left as
    /// it was and refused with [`Error::CannotOpen`], which says why.
    pub async fn open(path: &Path) -> Result<Store> {
        let (pool, backup) = open::open(path).await?;
        tracing::info!(path = %path.display(), "database open");
        let mut store = Store::on(Pool::Sqlite(pool), Some(path.to_owned()));
        store.upgrade_backup = backup.clone();
        if let Some(backup) = backup {
            // Signed by the staff member whose database it is; a database without a profile
            // has no one to sign it.
            let mut tx = store.write().await?;
            if let Some(me) = staff::me_in(&mut tx).await? {
                activity::Actor::from(&me)
                    .record(&mut tx, ActivityAction::BackupCreated, None, &backup.name, &[])
                    .await?;
            }
            tx.commit().await?;
        }
        Ok(store)
    }

    /// Connects to the team workspace at `url` (`postgres://user@host:port/database`) and brings
    /// its schema up to date.
    pub async fn connect(url: &str) -> Result<Store> {
        let pool = server::connect(url).await?;
        tracing::info!("team workspace open");
        Ok(Store::on(Pool::Postgres(pool), None))
    }

    /// Connects to the workspace at `address` and says what is there, or exactly why it cannot
    /// be used (unreachable, login refused, encryption refused, no such database, not a
    /// workspace, newer than this Liaison, behind it); nothing is written.
    pub async fn check_workspace(address: &crate::WorkspaceInput) -> Result<WorkspaceCheck> {
        let workspace = address.validate()?;
        server::check(&workspace, address.password_for(&workspace).as_deref()).await
    }

    fn on(pool: Pool, file: Option<PathBuf>) -> Store {
        Store {
            pools: Arc::new(Generation { pool, next: OnceLock::new() }),
            restoring: Arc::new(AtomicBool::new(false)),
            changes: Arc::new(changes::Changes::new()),
            file,
            system_language: Language::EnUs,
            upgrade_backup: None,
            updated: None,
        }
    }

    /// Notes that Liaison `version` now starts with the data folder `data_dir`; the session
    /// then tells what it moved from, if another version started there last.
    pub fn with_version_noted(mut self, data_dir: &Path, version: &str) -> Store {
        let last = crate::updates::last_version(data_dir);
        self.updated = crate::updates::note_start(data_dir, last, version, self.upgrade_backup.as_ref());
        self
    }

    /// What this start of another version of Liaison tells the user, if anything.
    pub fn updated(&self) -> Option<&crate::updates::Updated> {
        self.updated.as_ref()
    }

    /// The engine this store runs on.
    pub fn engine(&self) -> Engine {
        self.pool().engine()
    }

    /// Sets the language proposed before the user has chosen one (the OS language, if supported).
    pub fn with_system_locale(mut self, locale: Option<&str>) -> Store {
        self.system_language = locale.map(Language::closest_to).unwrap_or(Language::EnUs);
        self
    }

    /// The local database file; a team workspace has none, and its backups are the server's.
    pub fn file(&self) -> Result<&Path> {
        self.file.as_deref().ok_or(Error::WrongState(StateConflict::ServerBackups))
    }

    /// Waits for every connection to finish and closes the file.
    pub async fn close(&self) {
        self.pool().close().await;
    }

    /// A write transaction. On SQLite it holds the write lock from its first statement, so a
    /// read followed by a write inside it cannot be overtaken.
    pub(crate) async fn write(&self) -> Result<Tx> {
        self.pool().begin_write(self.changes.sender.clone()).await
    }

    /// The newest generation: the pool on the current database file.
    fn current(&self) -> &Generation {
        let mut generation = &*self.pools;
        while let Some(next) = generation.next.get() {
            generation = next;
        }
        generation
    }

    /// The pool on the current database.
    pub(crate) fn pool(&self) -> &Pool {
        &self.current().pool
    }

    /// The pool on the local file, for what only a file has (backups, restore).
    pub(crate) fn sqlite_pool(&self) -> Result<&SqlitePool> {
        match self.pool() {
            Pool::Sqlite(p) => Ok(p),
            Pool::Postgres(_) => Err(Error::WrongState(StateConflict::ServerBackups)),
        }
    }

    /// Marks a restore as running, or refuses if one already is.
    pub(crate) fn begin_restore(&self) -> Result<Restoring> {
        if self.restoring.swap(true, Ordering::AcqRel) {
            return Err(Error::WrongState(StateConflict::RestoreRunning));
        }
        Ok(Restoring(self.restoring.clone()))
    }

    /// Puts `pool` in place of the current (closed) one, for this store and all its clones.
    pub(crate) fn replace_pool(&self, pool: SqlitePool) {
        // Only a restore replaces the pool, and `begin_restore` lets one run at a time.
        let _ = self.current().next.set(Box::new(Generation { pool: Pool::Sqlite(pool), next: OnceLock::new() }));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    pub use super::fixture::store;
    use super::*;

    pub use crate::testing::act_as;

    #[test]
    fn the_data_folder_is_named_by_the_apps_identifier() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json");
        assert_eq!(conf["identifier"].as_str(), Some(APP_IDENTIFIER));
    }

    #[tokio::test]
    async fn opens_with_wal_foreign_keys_and_the_schema() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).await.unwrap();
        let pool = store.sqlite_pool().unwrap();
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(pool).await.unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(pool).await.unwrap();
        assert_eq!(fk, 1);
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(pool).await.unwrap();
        assert_eq!(busy, 5000);
        assert!(store.file().unwrap().ends_with(DATABASE_FILE));
    }

    #[tokio::test]
    async fn reopening_keeps_data_and_does_not_migrate_twice() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in(dir.path()).await.unwrap();
        store.set_ui_language(Language::HuHu).await.unwrap();
        store.close().await;
        let again = Store::open_in(dir.path()).await.unwrap();
        assert_eq!(again.session().await.unwrap().ui_language, Language::HuHu);
    }

    #[tokio::test]
    async fn only_a_local_file_is_backed_up_by_liaison() {
        let (store, _fixture) = store().await;
        store.save_profile(&crate::profile::tests::input()).await.unwrap();
        let made = store.back_up().await;
        match store.engine() {
            Engine::Sqlite => assert_eq!(store.backups().await.unwrap(), [made.unwrap()]),
            Engine::Postgres => {
                assert!(matches!(made, Err(Error::WrongState(StateConflict::ServerBackups))), "{made:?}");
                assert!(store.backups().await.unwrap().is_empty());
                assert!(matches!(
                    store.restore_backup("x").await,
                    Err(Error::WrongState(StateConflict::ServerBackups))
                ));
            }
        }
    }

    #[tokio::test]
    async fn a_providers_index_holds_only_the_customers_linked_to_one() {
        let (store, _fixture) = store().await;
        let definition = match store.engine() {
            Engine::Sqlite => "SELECT sql FROM sqlite_schema WHERE name = 'customers_by_provider'",
            Engine::Postgres => "SELECT indexdef FROM pg_indexes WHERE indexname = 'customers_by_provider'",
        };
        let definition: String = Sql::new(definition).scalar(store.pool()).await.unwrap();
        let definition = definition.replace(['(', ')'], "").to_lowercase();
        assert!(definition.ends_with("where provider_id is not null"), "{definition}");
    }

    #[tokio::test]
    async fn the_system_language_is_proposed_until_one_is_chosen() {
        let (store, _dir) = store().await;
        let store = store.with_system_locale(Some("ru_RU.UTF-8"));
        assert_eq!(store.session().await.unwrap().ui_language, Language::RuRu);
        store.set_ui_language(Language::PlPl).await.unwrap();
        assert_eq!(store.session().await.unwrap().ui_language, Language::PlPl);
    }
}
