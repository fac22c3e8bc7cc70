//! A team workspace on a PostgreSQL server: connecting, bringing the schema up to date (only the
//! login that owns it can), and keeping each staff login's database role in step with its
//! Partner Center role.

use crate::{Error, Field, Result, Role, Rule, StateConflict};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgConnection, PgPool};
use std::str::FromStr;
use std::time::Duration;

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
    // Passwords may also come from the user's `.pgpass` or `PGPASSWORD`, as libpq reads them.
    let options = PgConnectOptions::from_str(url)?.application_name("Liaison");
    let pool = PgPoolOptions::new().max_connections(8).acquire_timeout(CONNECT_WAIT).connect_with(options).await?;
    bring_up_to_date(&pool).await?;
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
    if MIGRATOR.iter().all(|m| applied.contains(&m.version)) {
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
