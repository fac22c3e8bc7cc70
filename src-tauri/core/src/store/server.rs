//! A team workspace on a PostgreSQL server: connecting, bringing the schema up to date (only the
//! login that owns it can), and keeping each staff login's database role in step with its
//! Partner Center role.

use crate::{Error, Field, Result, Role, Rule, StaffMember, StateConflict, ValidWorkspace, WorkspaceFault};
use serde::Serialize;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Executor, PgConnection, PgPool};
use std::str::FromStr;
use std::time::Duration;
use ts_rs::TS;

/// The schema migrations of a team workspace.
pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// How long connecting waits for an unreachable server before saying so.
const CONNECT_WAIT: Duration = Duration::from_secs(10);

/// PostgreSQL's SQLSTATE codes Liaison tells apart.
const UNDEFINED_TABLE: &str = "42P01";
const UNDEFINED_OBJECT: &str = "42704";
const INSUFFICIENT_PRIVILEGE: &str = "42501";

/// Opens a pool on the workspace at `url` and applies the migrations it lacks.
pub(crate) async fn connect(url: &str) -> Result<PgPool> {
    let pool = open_pool(url, None).await?;
    bring_up_to_date(&pool).await?;
    Ok(pool)
}

/// What connecting to a workspace finds there, without changing anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceCheck {
    /// The login connected.
    pub user: String,
    /// The partner's company, once the workspace is set up.
    pub company: Option<String>,
    /// The staff member this login is, if any.
    pub me: Option<StaffMember>,
}

/// Connects to the workspace at `address` and says what is there, or exactly why it cannot be
/// used; nothing is written (a workspace still to be set up or upgraded by this owner is fine).
pub(crate) async fn check(address: &ValidWorkspace, password: Option<&str>) -> Result<WorkspaceCheck> {
    let pool = open_pool(&address.url(), password).await?;
    let checked = async {
        let pending = pending_migrations(&pool).await?;
        let owner: bool =
            sqlx::query_scalar("SELECT has_schema_privilege(current_schema(), 'CREATE')").fetch_one(&pool).await?;
        if pending && !owner {
            return Err(Error::WrongState(StateConflict::WorkspaceBehind));
        }
        let user: String = sqlx::query_scalar("SELECT session_user::text").fetch_one(&pool).await?;
        let set_up: bool =
            sqlx::query_scalar("SELECT to_regclass('partner_profile') IS NOT NULL").fetch_one(&pool).await?;
        if !set_up {
            return Ok(WorkspaceCheck { user, company: None, me: None });
        }
        let company: Option<String> =
            sqlx::query_scalar("SELECT company_name FROM partner_profile").fetch_optional(&pool).await?;
        // The workspace may be older than this Liaison (it is upgraded once used): only the
        // columns of its first release are read; the rest is what a new staff member has.
        let me: Option<StaffMember> = sqlx::query_as(&format!(
            "SELECT id, name, email, role, language, active, login, CAST({} AS BIGINT) AS reminder_days \
             FROM staff_members WHERE login = session_user",
            crate::reminder::DEFAULT_REMINDER_DAYS
        ))
        .fetch_optional(&pool)
        .await?;
        Ok(WorkspaceCheck { user, company, me })
    };
    let result = checked.await;
    pool.close().await;
    result
}

/// What each connection asks of the server first, set for the session rather than in the
/// connection's start-up options, which a connection pooler in front of the server may refuse.
/// - No JIT: PostgreSQL compiles a query to machine code when its estimated cost is high, as an
///   export's and a deep page's are at 100,000 customers; for Liaison's queries the compiling
///   took longer than it saved (an export's query 0.48 s with it, 0.15 s without; page 1,000 of
///   a view 0.31 s and 0.09 s).
/// - A plan for each search's own values: after five runs of a prepared statement the server may
///   keep one plan for any values, chosen by its estimate for values unseen. For a search that
///   plan scanned both trigram indexes whole for a term of two characters (89 ms against 50 ms
///   for a plain scan), or walked a whole view for a term few customers hold (84 ms against
///   1.3 ms through the trigram indexes). Planning a list's query takes about a millisecond.
///   A write transaction sets this back for itself ([`Pool::begin_write`](super::Pool::begin_write)).
const SESSION_SETTINGS: &str = "SET jit = off; SET plan_cache_mode = force_custom_plan";

/// A pool on `url`, or why none could be opened. Without a `password` (Liaison keeps none),
/// the user's `.pgpass` or `PGPASSWORD` supplies it, as libpq reads them.
async fn open_pool(url: &str, password: Option<&str>) -> Result<PgPool> {
    let mut options = PgConnectOptions::from_str(url)?.application_name("Liaison");
    if let Some(password) = password {
        options = options.password(password);
    }
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(CONNECT_WAIT)
        .after_connect(|conn, _| {
            Box::pin(async move { conn.execute(sqlx::raw_sql(SESSION_SETTINGS)).await.map(|_| ()) })
        })
        .connect_with(options)
        .await
        .map_err(|e| match WorkspaceFault::of(&e) {
            Some(fault) => Error::Workspace(fault, e.to_string()),
            None => Error::Storage(e),
        })?;
    Ok(pool)
}

/// The SQLSTATE of a database error.
pub(crate) fn sqlstate(e: &Error) -> Option<String> {
    match e {
        Error::Storage(sqlx::Error::Database(db)) => db.code().map(|c| c.into_owned()),
        _ => None,
    }
}

/// Applies pending migrations, which only the schema's owner may; anyone else is told the
/// workspace is behind. A database with tables but no Liaison history, or with a migration this
/// app does not know, is refused untouched.
async fn bring_up_to_date(pool: &PgPool) -> Result<()> {
    if !pending_migrations(pool).await? {
        return Ok(());
    }
    match MIGRATOR.run(pool).await {
        Ok(()) => Ok(()),
        Err(e) => {
            let e = Error::Migration(e);
            if migration_refused(&e) {
                Err(Error::WrongState(StateConflict::WorkspaceBehind))
            } else {
                Err(e)
            }
        }
    }
}

/// Whether this build has migrations the workspace lacks; refuses a database that is not a
/// workspace, or that a newer Liaison upgraded.
async fn pending_migrations(pool: &PgPool) -> Result<bool> {
    let applied: Result<Vec<i64>> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
        .fetch_all(pool)
        .await
        .map_err(Error::from);
    let applied = match applied {
        Ok(applied) => applied,
        Err(e) if sqlstate(&e).as_deref() == Some(UNDEFINED_TABLE) => {
            let tables: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            )
            .fetch_one(pool)
            .await?;
            if tables > 0 {
                return Err(Error::WrongState(StateConflict::NotAWorkspace));
            }
            Vec::new()
        }
        // Only staff logins may read a workspace (the four roles' grants).
        Err(e) if sqlstate(&e).as_deref() == Some(INSUFFICIENT_PRIVILEGE) => {
            return Err(Error::WrongState(StateConflict::NotStaff))
        }
        Err(e) => return Err(e),
    };
    if applied.iter().any(|v| !MIGRATOR.iter().any(|m| m.version == *v)) {
        return Err(Error::WrongState(StateConflict::WorkspaceNewer));
    }
    Ok(!MIGRATOR.iter().all(|m| applied.contains(&m.version)))
}

fn migration_refused(e: &Error) -> bool {
    match e {
        Error::Migration(sqlx::migrate::MigrateError::Execute(sqlx::Error::Database(db)))
        | Error::Migration(sqlx::migrate::MigrateError::ExecuteMigration(sqlx::Error::Database(db), _)) => {
            db.code().as_deref() == Some(INSUFFICIENT_PRIVILEGE)
        }
        _ => false,
    }
}

/// The database roles of the four Partner Center roles.
pub(crate) fn database_role(role: Role) -> &'static str {
    match role {
        Role::GlobalAdmin => "liaison_global_admin",
        Role::AdminAgent => "liaison_admin_agent",
        Role::SalesAgent => "liaison_sales_agent",
        Role::HelpdeskAgent => "liaison_helpdesk_agent",
    }
}

/// A login quoted as an SQL identifier (the login rule already keeps it plain).
fn quoted(login: &str) -> String {
    format!("\"{}\"", login.replace('"', "\"\""))
}

/// Gives `login` the database rights of `role` (none when inactive), taking back any other:
/// a Global admin's login also holds the other roles with ADMIN OPTION, so that it can grant
/// them to colleagues. Runs in the caller's transaction, with the staff member's row.
pub(crate) async fn grant_role(conn: &mut PgConnection, login: &str, role: Option<Role>) -> Result<()> {
    let all: Vec<&str> = Role::ALL.iter().map(|r| database_role(*r)).collect();
    let revoke = format!("REVOKE {} FROM {}", all.join(", "), quoted(login));
    let grant = match role {
        None => None,
        Some(Role::GlobalAdmin) => Some(format!("GRANT {} TO {} WITH ADMIN OPTION", all.join(", "), quoted(login))),
        Some(r) => Some(format!("GRANT {} TO {}", database_role(r), quoted(login))),
    };
    for statement in std::iter::once(revoke).chain(grant) {
        if let Err(e) = sqlx::query(&statement).execute(&mut *conn).await {
            let e = Error::Storage(e);
            return Err(match sqlstate(&e).as_deref() {
                Some(UNDEFINED_OBJECT) => Error::invalid(Field::Login, Rule::NoSuchLogin),
                _ => e,
            });
        }
    }
    Ok(())
}

/// The versions of a workspace's migrations this build knows.
#[cfg(test)]
pub(crate) fn migration_versions() -> impl Iterator<Item = i64> {
    MIGRATOR.iter().map(|m| m.version)
}
