//! Damaged, foreign, newer, unwritable and locked database files are classified and left
//! byte for byte as they were; upgrades are backed up first; backups are kept and restored.

use super::{backups_of, BackupReason, Store, DATABASE_FILE, KEEP};
use crate::customer::tests::input as customer;
use crate::profile::tests::input as profile;
use crate::testing;
#[cfg(unix)]
use crate::testing::Unwritable;
use crate::{ActivityAction, ActivityQuery, CustomerQuery, Error, Language, OpenFault, Relationship, Role};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::path::{Path, PathBuf};

fn fault_of(result: crate::Result<Store>) -> OpenFault {
    match result {
        Err(Error::CannotOpen(f)) => f.fault,
        Err(e) => panic!("not classified: {e}"),
        Ok(_) => panic!("opened"),
    }
}

/// A data folder whose database file holds `bytes`.
fn folder_with(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE);
    std::fs::write(&db, bytes).unwrap();
    (dir, db)
}

/// Opens the folder and checks the file was refused for `fault` and is exactly as it was, with
/// no backup made.
async fn refused_untouched(dir: &Path, db: &Path, fault: OpenFault) {
    let before = std::fs::read(db).unwrap();
    assert_eq!(fault_of(Store::open_in(dir).await), fault);
    assert_eq!(std::fs::read(db).unwrap(), before, "the file changed");
    assert!(backups_of(db).unwrap().is_empty());
}

/// A database with a profile, closed (its write-ahead log folded back into the file).
async fn liaison_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).await.unwrap();
    store.save_profile(&profile()).await.unwrap();
    store.close().await;
    let db = dir.path().join(DATABASE_FILE);
    (dir, db)
}

async fn raw(db: &Path) -> SqliteConnection {
    SqliteConnectOptions::new().filename(db).connect().await.unwrap()
}

#[tokio::test]
async fn a_text_file_or_random_bytes_are_not_a_database() {
    let (dir, db) = folder_with(b"name,domain\nContoso,contoso.com\n");
    refused_untouched(dir.path(), &db, OpenFault::NotADatabase).await;
    // Pseudo-random bytes, the size of a small database.
    let (dir, db) = folder_with(&crate::testing::noise(8192));
    refused_untouched(dir.path(), &db, OpenFault::NotADatabase).await;
}

#[tokio::test]
async fn another_programs_database_is_not_liaisons() {
    let (dir, db) = folder_with(b"");
    let mut conn = raw(&db).await;
    sqlx::query("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)").execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    refused_untouched(dir.path(), &db, OpenFault::NotADatabase).await;
}

#[tokio::test]
async fn a_database_from_a_newer_liaison_is_not_migrated() {
    let (dir, db) = liaison_db().await;
    testing::upgrade_by_a_newer_liaison(&db).await;
    refused_untouched(dir.path(), &db, OpenFault::NewerVersion).await;
}

#[cfg(unix)]
#[tokio::test]
async fn a_read_only_file_or_folder_is_refused_untouched() {
    let (dir, db) = liaison_db().await;
    {
        let _ro = Unwritable::make(&db);
        refused_untouched(dir.path(), &db, OpenFault::NoAccess).await;
    }
    {
        let _ro = Unwritable::make(dir.path());
        refused_untouched(dir.path(), &db, OpenFault::NoAccess).await;
    }
    // Once writable again it opens as before.
    Store::open_in(dir.path()).await.unwrap().close().await;
}

#[tokio::test]
async fn a_database_another_program_locked_is_refused_untouched() {
    let (dir, db) = liaison_db().await;
    let holder = testing::lock(&db).await;
    assert_eq!(fault_of(Store::open_in(dir.path()).await), OpenFault::Locked);
    assert!(backups_of(&db).unwrap().is_empty());
    testing::unlock(holder).await;
    Store::open_in(dir.path()).await.unwrap().close().await;
}

/// A database as a build before staff members left it, with a customer: the upgrade then moves
/// the profile's staff member and indexes the customer anew for search.
async fn older_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let older = dir.path().join("older-migrations");
    std::fs::create_dir(&older).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&source).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|f| f.file_name().is_some_and(|n| n < "20261122060000_staff_members.sql"));
    assert!(!files.is_empty(), "needs the migrations before staff members");
    for f in &files {
        std::fs::copy(f, older.join(f.file_name().unwrap())).unwrap();
    }
    let db = dir.path().join(DATABASE_FILE);
    let pool = sqlx::SqlitePool::connect_with(SqliteConnectOptions::new().filename(&db).create_if_missing(true))
        .await
        .unwrap();
    sqlx::migrate::Migrator::new(older.as_path()).await.unwrap().run(&pool).await.unwrap();
    sqlx::query(
        "INSERT INTO partner_profile VALUES (1, 'Northwind', 'direct_bill', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', \
         '4812345', 'public', 'CZ', 'Jana', 'global_admin', 'en-US', '2026-01-01T00:00:00.000Z', \
         '2026-01-01T00:00:00.000Z')",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("INSERT INTO settings VALUES ('ui_language', 'cs-CZ')").execute(&pool).await.unwrap();
    sqlx::query(
        "INSERT INTO customers (company_name, company_key, primary_domain, microsoft_id, country, contact_name, \
         contact_email, language, notes, created_at, updated_at) VALUES ('Contoso', 'contoso', 'contoso.cz', \
         'bbbbbbbb-0000-4000-8000-000000000001', 'CZ', '', '', 'en-US', '', '2026-01-01T00:00:00.000Z', \
         '2026-01-01T00:00:00.000Z')",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    (dir, db)
}

async fn migration_count(db: &Path) -> i64 {
    let mut conn = SqliteConnectOptions::new().filename(db).read_only(true).connect().await.unwrap();
    let n = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations").fetch_one(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    n
}

#[tokio::test]
async fn an_older_database_is_backed_up_before_its_upgrade_and_a_current_one_is_not() {
    let (dir, db) = older_db().await;
    let old_version = migration_count(&db).await;
    let store = Store::open_in(dir.path()).await.unwrap();
    let backups = backups_of(&db).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::Upgrade);
    assert!(backups[0].size > 0);
    // The backup is the database as it was before the upgrade, with its data.
    let copy = dir.path().join(super::BACKUPS_DIR).join(&backups[0].name);
    assert_eq!(migration_count(&copy).await, old_version);
    assert!(migration_count(&db).await > old_version);
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(log.items[0].action, ActivityAction::BackupCreated);
    assert_eq!(log.items[0].subject, backups[0].name);
    // The profile's staff member became the file's one staff member, with the language chosen.
    let me = store.me().await.unwrap().expect("the staff member moved");
    assert_eq!(
        (me.name.as_str(), me.role, me.language, me.login.as_str()),
        ("Jana", Role::GlobalAdmin, Language::CsCz, "local")
    );
    assert_eq!(log.items[0].actor_name, "Jana");
    assert_eq!(store.profile().await.unwrap().unwrap().company_name, "Northwind");
    // The customer is found by a fragment of its name or domain, and by the start of its ID.
    for term in ["ntos", "oso.cz", "BBBBBBBB-0000"] {
        let q = CustomerQuery { search: term.into(), relationship: Relationship::Prospect, ..CustomerQuery::default() };
        let found: Vec<String> = store.customers(&q).await.unwrap().items.into_iter().map(|c| c.company_name).collect();
        assert_eq!(found, ["Contoso"], "{term}");
    }
    // The session of this first start of a newer Liaison says what it moved from, and the backup.
    std::fs::write(dir.path().join(crate::updates::VERSION_FILE), "0.0.9").unwrap();
    let store = store.with_version_noted(dir.path(), "0.2.0");
    let updated = store.session().await.unwrap().updated.expect("an update to tell");
    assert_eq!(
        (updated.from.as_deref(), updated.to.as_str(), updated.backup.as_deref()),
        (Some("0.0.9"), "0.2.0", Some(backups[0].name.as_str()))
    );
    store.close().await;
    // Up to date now: opening again makes no backup, and its session has nothing to tell.
    let again = Store::open_in(dir.path()).await.unwrap();
    let again = again.with_version_noted(dir.path(), "0.2.0");
    assert_eq!(again.session().await.unwrap().updated, None);
    again.close().await;
    assert_eq!(backups_of(&db).unwrap(), backups);
    // Nor does a brand-new database.
    let fresh = tempfile::tempdir().unwrap();
    Store::open_in(fresh.path()).await.unwrap().close().await;
    assert!(backups_of(&fresh.path().join(DATABASE_FILE)).unwrap().is_empty());
}

#[tokio::test]
async fn the_three_newest_backups_are_kept_and_any_role_may_back_up() {
    let (store, dir) = file_store().await;
    store.save_profile(&profile()).await.unwrap();
    super::tests::act_as(&store, Role::HelpdeskAgent).await;
    let mut made = Vec::new();
    for _ in 0..5 {
        made.push(store.back_up().await.unwrap().name);
    }
    let kept: Vec<String> = store.backups().await.unwrap().into_iter().map(|b| b.name).collect();
    assert_eq!(kept.len(), KEEP);
    made.reverse();
    assert_eq!(kept, made[..KEEP]);
    let files = std::fs::read_dir(dir.path().join(super::BACKUPS_DIR)).unwrap().count();
    assert_eq!(files, KEEP);
    let query = ActivityQuery { action: Some(ActivityAction::BackupCreated), ..Default::default() };
    assert_eq!(store.activity(&query).await.unwrap().total, 5);
}

async fn customer_names(store: &Store) -> Vec<String> {
    let page = store
        .customers(&crate::CustomerQuery { relationship: crate::Relationship::Prospect, ..Default::default() })
        .await
        .unwrap();
    page.items.into_iter().map(|c| c.company_name).collect()
}

#[tokio::test]
async fn a_restore_backs_up_first_then_reopens_on_the_backup() {
    let (store, dir) = file_store().await;
    let elsewhere = store.clone();
    store.save_profile(&profile()).await.unwrap();
    store.add_customer(&customer("Contoso", "contoso.com")).await.unwrap();
    let backup = store.back_up().await.unwrap();
    store.add_customer(&customer("Fabrikam", "fabrikam.com")).await.unwrap();

    let restored = store.restore_backup(&backup.name).await.unwrap();
    assert_eq!(restored.name, backup.name);
    // Every holder of the store sees the restored database, without reopening anything.
    assert_eq!(customer_names(&elsewhere).await, ["Contoso"]);
    let backups = store.backups().await.unwrap();
    let before = backups.iter().find(|b| b.reason == BackupReason::BeforeRestore).expect("the restore backed up first");
    // That backup holds what the restore replaced.
    let previous = Store::open(&dir.path().join(super::BACKUPS_DIR).join(&before.name)).await.unwrap();
    assert_eq!(customer_names(&previous).await, ["Contoso", "Fabrikam"]);
    previous.close().await;
    let log = store.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!(log.items[0].action, ActivityAction::BackupRestored);
    assert_eq!(log.items[0].subject, backup.name);
    assert_eq!(log.items[0].detail.as_deref(), Some(before.name.as_str()));
    // Still writable after the swap.
    store.add_customer(&customer("Litware", "litware.com")).await.unwrap();
    assert_eq!(customer_names(&store).await, ["Contoso", "Litware"]);
}

#[tokio::test]
async fn only_a_global_admin_restores_and_only_a_known_backup() {
    let (store, _dir) = file_store().await;
    store.save_profile(&profile()).await.unwrap();
    let backup = store.back_up().await.unwrap();
    assert!(matches!(store.restore_backup("../liaison.sqlite3").await, Err(Error::NotFound(..))));
    super::tests::act_as(&store, Role::AdminAgent).await;
    assert!(matches!(store.restore_backup(&backup.name).await, Err(Error::Forbidden { .. })));
    assert!(store.backups().await.unwrap().iter().all(|b| b.reason == BackupReason::Manual));
}

#[tokio::test]
async fn a_damaged_file_can_be_replaced_by_its_newest_backup_and_is_kept() {
    let (dir, db) = liaison_db().await;
    let store = Store::open_in(dir.path()).await.unwrap();
    store.add_customer(&customer("Contoso", "contoso.com")).await.unwrap();
    store.back_up().await.unwrap();
    store.close().await;
    std::fs::write(&db, b"overwritten by accident").unwrap();
    let Err(Error::CannotOpen(failure)) = Store::open_in(dir.path()).await else { panic!("opened") };
    let notice = failure.notice(Language::CsCz);
    assert_eq!(notice.choices.len(), 3, "{notice:?}");
    let kept = failure.restore_newest().await.unwrap();
    assert_eq!(std::fs::read(dir.path().join(&kept)).unwrap(), b"overwritten by accident");
    let store = Store::open_in(dir.path()).await.unwrap();
    assert_eq!(customer_names(&store).await, ["Contoso"]);
    store.close().await;
    // A locked or unwritable file gains nothing from a restore, so none is offered.
    let locked = crate::OpenFailure { fault: OpenFault::Locked, ..*failure };
    assert_eq!(locked.notice(Language::EnUs).choices.len(), 2);
}

#[tokio::test]
async fn the_oldest_of_three_backups_can_be_restored() {
    let (store, _dir) = file_store().await;
    store.save_profile(&profile()).await.unwrap();
    store.add_customer(&customer("Contoso", "contoso.com")).await.unwrap();
    let oldest = store.back_up().await.unwrap();
    store.add_customer(&customer("Fabrikam", "fabrikam.com")).await.unwrap();
    store.back_up().await.unwrap();
    store.back_up().await.unwrap();
    // Backing up the current database first prunes the oldest backup: the restore still holds it.
    store.restore_backup(&oldest.name).await.unwrap();
    assert_eq!(customer_names(&store).await, ["Contoso"]);
    assert_eq!(store.backups().await.unwrap().len(), KEEP);
}

/// A store on a fresh file: backups and restores are what only a local file has.
async fn file_store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    (Store::open_in(dir.path()).await.unwrap(), dir)
}
