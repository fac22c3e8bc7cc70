//! Liaison's SQLite file: opened with WAL, foreign keys and a busy timeout, migrated at start-up;
//! every change is one `BEGIN IMMEDIATE` transaction together with its activity line.

mod activity;
mod customers;
mod import;
mod invitations;
mod profile;
mod providers;
mod records;
#[cfg(test)]
mod workflow_tests;

pub use import::{ImportProgress, ImportReport, ListedRow, RejectedRow};
pub use profile::Session;
pub use records::RemovalCheck;

use crate::{Language, Result};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The database file's name inside the data directory.
pub const DATABASE_FILE: &str = "liaison.sqlite3";

/// SQLite's clock as Liaison stores time: UTC, RFC 3339 with milliseconds.
pub(crate) const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// An open Liaison database.
#[derive(Debug, Clone)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    system_language: Language,
}

impl Store {
    /// Opens (creating if needed) `dir/liaison.sqlite3` and brings its schema up to date.
    pub async fn open_in(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir)?;
        Store::open(&dir.join(DATABASE_FILE)).await
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        tracing::info!(path = %path.display(), "database open");
        Ok(Store { pool, path: path.to_owned(), system_language: Language::EnUs })
    }

    /// Sets the language proposed before the user has chosen one (the OS language, if supported).
    pub fn with_system_locale(mut self, locale: Option<&str>) -> Store {
        self.system_language = locale.map(Language::closest_to).unwrap_or(Language::EnUs);
        self
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits for every connection to finish and closes the file.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// A write transaction that holds the write lock from its first statement, so a read
    /// followed by a write inside it cannot be overtaken.
    pub(crate) async fn write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A store in a fresh temporary directory (kept alive by the returned guard).
    pub async fn store() -> (Store, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        (Store::open_in(dir.path()).await.unwrap(), dir)
    }

    #[tokio::test]
    async fn opens_with_wal_foreign_keys_and_the_schema() {
        let (store, _dir) = store().await;
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(store.pool()).await.unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(store.pool()).await.unwrap();
        assert_eq!(fk, 1);
        let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(store.pool()).await.unwrap();
        assert_eq!(busy, 5000);
        assert!(store.path().ends_with(DATABASE_FILE));
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
    async fn the_system_language_is_proposed_until_one_is_chosen() {
        let (store, _dir) = store().await;
        let store = store.with_system_locale(Some("ru_RU.UTF-8"));
        assert_eq!(store.session().await.unwrap().ui_language, Language::RuRu);
        store.set_ui_language(Language::PlPl).await.unwrap();
        assert_eq!(store.session().await.unwrap().ui_language, Language::PlPl);
    }
}
