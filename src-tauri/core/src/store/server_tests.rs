//! Connecting to a team workspace: what a login is told about a database that is not (or not
//! yet, or no longer) one this Liaison can work in, and the first Global admin's own setup.
//! These need a PostgreSQL server (`LIAISON_TEST_POSTGRES_URL`); without one they return.

use crate::profile::tests::input as profile;
use crate::store::server;
use crate::testing::{postgres_url, ServerDatabase};
use crate::*;
use sqlx::{Connection, PgConnection};

async fn run(url: &str, sql: &str) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

fn conflict(r: Result<Store>) -> StateConflict {
    match r {
        Err(Error::WrongState(c)) => c,
        other => panic!("expected a refusal, got {:?}", other.map(|_| "a store")),
    }
}

#[tokio::test]
async fn a_database_with_other_tables_is_refused_untouched() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    run(&db.url(), "CREATE TABLE photos (id bigint)").await;
    assert_eq!(conflict(Store::connect(&db.url()).await), StateConflict::NotAWorkspace);
    let mut conn = PgConnection::connect(&db.url()).await.unwrap();
    let tables: i64 =
        sqlx::query_scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(tables, 1, "nothing was added");
}

#[tokio::test]
async fn a_workspace_a_newer_liaison_upgraded_is_refused() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    Store::connect(&db.url()).await.unwrap().close().await;
    run(
        &db.url(),
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99991231000000, 'from a newer Liaison', TRUE, '\\x00', 1)",
    )
    .await;
    assert_eq!(conflict(Store::connect(&db.url()).await), StateConflict::WorkspaceNewer);
}

#[tokio::test]
async fn only_the_owner_upgrades_a_workspace_and_a_staff_login_is_told_it_is_behind() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    let owner = Store::connect(&db.url()).await.unwrap();
    owner.save_profile(&profile()).await.unwrap();
    let login = db.colleague(&owner, "petr", "Petr Novák", Role::SalesAgent).await;
    owner.close().await;
    // As if this Liaison's newest migration had not been applied yet.
    let newest = crate::store::server::migration_versions().max().unwrap();
    run(&db.url(), &format!("DELETE FROM _sqlx_migrations WHERE version = {newest}")).await;
    assert_eq!(conflict(Store::connect(&db.url_as(&login)).await), StateConflict::WorkspaceBehind);
    let message = Error::WrongState(StateConflict::WorkspaceBehind).to_api(Language::EnUs).message;
    assert!(message.contains("owns"), "{message}");
}

#[tokio::test]
async fn a_global_admin_granted_by_the_administrator_sets_up_the_workspace_with_their_own_login() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    Store::connect(&db.url()).await.unwrap().close().await; // the owner applies the schema
    let jana = db.login("jana").await;
    run(
        &db.url(),
        &format!(
            "GRANT liaison_global_admin, liaison_admin_agent, liaison_sales_agent, liaison_helpdesk_agent \
             TO \"{jana}\" WITH ADMIN OPTION"
        ),
    )
    .await;
    let store = Store::connect(&db.url_as(&jana)).await.unwrap();
    let session = store.save_profile(&profile()).await.unwrap();
    let me = session.me.unwrap();
    assert_eq!((me.login.as_str(), me.role), (jana.as_str(), Role::GlobalAdmin));
    // She adds a colleague, whose login Liaison grants the role.
    let petr = db.colleague(&store, "petr", "Petr Novák", Role::HelpdeskAgent).await;
    let as_petr = Store::connect(&db.url_as(&petr)).await.unwrap();
    assert_eq!(as_petr.me().await.unwrap().unwrap().role, Role::HelpdeskAgent);
    let log = as_petr.activity(&ActivityQuery::default()).await.unwrap();
    assert_eq!((log.items[0].action, log.items[0].actor_name.as_str()), (ActivityAction::StaffAdded, "Jana Dvořáková"));
}

/// The test server's address with `database` and `user`, and the admin's password.
fn address(admin: &str, database: &str, user: &str, tls: TlsMode) -> (ValidWorkspace, String) {
    let rest = admin.strip_prefix("postgres://").unwrap();
    let (credentials, rest) = rest.split_once('@').unwrap();
    let password = credentials.split_once(':').unwrap().1.to_owned();
    let (server, _) = rest.split_once('/').unwrap();
    let (host, port) = server.rsplit_once(':').unwrap();
    let input = WorkspaceInput {
        host: host.into(),
        port: port.into(),
        database: database.into(),
        user: user.into(),
        tls: Some(tls),
        password: None,
    };
    (input.validate().unwrap(), password)
}

fn fault(r: Result<WorkspaceCheck>) -> Option<WorkspaceFault> {
    match r {
        Err(Error::Workspace(f, _)) => Some(f),
        other => panic!("expected a connection fault, got {other:?}"),
    }
}

#[tokio::test]
async fn testing_a_connection_says_exactly_what_failed_and_writes_nothing() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    let name = db.url().rsplit_once('/').unwrap().1.to_owned();
    let (owner, password) = address(&admin, &name, "liaison_owner", TlsMode::Disable);
    // An empty database, as its owner: fine, and still empty afterwards.
    let found = server::check(&owner, Some(&password)).await.unwrap();
    assert_eq!((found.user.as_str(), found.company, found.me), ("liaison_owner", None, None));
    let mut conn = PgConnection::connect(&db.url()).await.unwrap();
    let tables: i64 =
        sqlx::query_scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(tables, 0, "testing applied nothing");
    // A password typed in Settings is the one the test connects with.
    let typed = |p: &str| WorkspaceInput { password: Some(crate::Password(p.into())), ..owner.input() };
    assert_eq!(Store::check_workspace(&typed(&password)).await.unwrap().user, "liaison_owner");
    assert_eq!(fault(Store::check_workspace(&typed("not the password")).await), Some(WorkspaceFault::WrongPassword));
    // Each way it fails, told apart.
    assert_eq!(fault(server::check(&owner, Some("not the password")).await), Some(WorkspaceFault::WrongPassword));
    let missing = ValidWorkspace { database: "no_such_database".into(), ..owner.clone() };
    assert_eq!(fault(server::check(&missing, Some(&password)).await), Some(WorkspaceFault::NoSuchDatabase));
    let closed = ValidWorkspace { port: 1, ..owner.clone() };
    assert_eq!(fault(server::check(&closed, Some(&password)).await), Some(WorkspaceFault::Unreachable));
    // The test server offers no encryption: a mode that requires it is refused.
    let encrypted = ValidWorkspace { tls: TlsMode::Require, ..owner.clone() };
    assert_eq!(fault(server::check(&encrypted, Some(&password)).await), Some(WorkspaceFault::TlsRefused));
    for f in [
        WorkspaceFault::Unreachable,
        WorkspaceFault::WrongPassword,
        WorkspaceFault::TlsRefused,
        WorkspaceFault::NoSuchDatabase,
    ] {
        for lang in Language::ALL {
            let text = Error::Workspace(f, String::new()).to_api(lang).message;
            assert!(!text.starts_with("workspace-"), "{lang:?} {f:?}");
        }
    }
    assert_eq!(Error::Workspace(WorkspaceFault::Unreachable, String::new()).code(), ErrorCode::Unreachable);
    // Set up, the check names the partner and the staff member.
    let store = Store::connect(&db.url()).await.unwrap();
    store.save_profile(&profile()).await.unwrap();
    let found = server::check(&owner, Some(&password)).await.unwrap();
    assert_eq!(found.company.as_deref(), Some("Northwind Partners s.r.o."));
    assert_eq!(found.me.map(|m| m.name), Some("Jana Dvořáková".into()));
}

#[tokio::test]
async fn the_server_neither_compiles_liaisons_queries_nor_plans_a_read_for_values_unseen() {
    let Some(admin) = postgres_url() else { return };
    let db = ServerDatabase::create(&admin).await;
    let settings = "SELECT current_setting('jit') || ' ' || current_setting('plan_cache_mode')";
    let mut plain = PgConnection::connect(&db.url()).await.unwrap();
    let default: String = sqlx::query_scalar(settings).fetch_one(&mut plain).await.unwrap();
    assert_eq!(default, "on auto", "the server's defaults, which Liaison's connections set aside");
    let store = Store::connect(&db.url()).await.unwrap();
    let set: String = crate::store::Sql::new(settings).scalar(store.pool()).await.unwrap();
    assert_eq!(set, "off force_custom_plan");
    // A write keeps the plans of the server's own statements (each foreign key's check), for
    // itself only.
    let mut tx = store.write().await.unwrap();
    let in_write: String = crate::store::Sql::new(settings).scalar(&mut tx).await.unwrap();
    assert_eq!(in_write, "off auto");
    tx.rollback().await.unwrap();
    let after: String = crate::store::Sql::new(settings).scalar(store.pool()).await.unwrap();
    assert_eq!(after, "off force_custom_plan");
    store.close().await;
}
