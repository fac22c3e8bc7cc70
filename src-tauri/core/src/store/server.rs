//! A team workspace on a PostgreSQL server: connecting and bringing the schema up to date.

use crate::Result;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use std::str::FromStr;
use std::time::Duration;

/// The schema migrations of a team workspace.
pub(crate) static MIGRATOR: Migrator = sqlx::migrate!("./migrations/postgres");

/// How long connecting waits for an unreachable server before saying so.
const CONNECT_WAIT: Duration = Duration::from_secs(10);

/// Opens a pool on the workspace at `url` and applies the migrations it lacks.
pub(crate) async fn connect(url: &str) -> Result<PgPool> {
    // Passwords may also come from the user's `.pgpass` or `PGPASSWORD`, as libpq reads them.
    let options = PgConnectOptions::from_str(url)?.application_name("Liaison");
    let pool = PgPoolOptions::new().max_connections(8).acquire_timeout(CONNECT_WAIT).connect_with(options).await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}
