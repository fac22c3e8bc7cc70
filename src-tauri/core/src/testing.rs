//! Helpers shared by the core's own tests and the end-to-end journeys (through the
//! `test-support` feature, which only the journeys enable): never part of the app.

use sqlx::sqlite::{SqliteConnectOptions, SqliteLockingMode};
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::path::Path;

#[cfg(unix)]
pub use unix::Unwritable;

/// `len` bytes of repeatable noise (xorshift), for a file that is no database at all.
pub fn noise(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x9e37_79b9;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

/// Makes the closed Liaison database at `db` one that a newer Liaison has upgraded: it records a
/// migration this build does not know.
pub async fn upgrade_by_a_newer_liaison(db: &Path) {
    let mut conn = SqliteConnectOptions::new().filename(db).connect().await.expect("open the database");
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99991231000000, 'from a newer Liaison', 1, x'00', 1)",
    )
    .execute(&mut conn)
    .await
    .expect("record a migration from the future");
    conn.close().await.expect("close the database");
}

/// Makes a new Liaison database at `db` as the previous version of Liaison left it: every
/// migration but this build's last, recorded as sqlx records them, so opening it upgrades it;
/// then runs `seed` (SQL for that schema) in it.
pub async fn made_by_the_previous_version(db: &Path, seed: &str) {
    let mut conn =
        SqliteConnectOptions::new().filename(db).create_if_missing(true).connect().await.expect("create the database");
    sqlx::raw_sql(
        "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, \
         installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, \
         checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)",
    )
    .execute(&mut conn)
    .await
    .expect("the migrations table");
    let migrations: Vec<_> = crate::store::open::MIGRATOR.iter().collect();
    for m in &migrations[..migrations.len() - 1] {
        sqlx::raw_sql(&m.sql).execute(&mut conn).await.expect("an earlier migration");
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (?, ?, 1, ?, 1)",
        )
        .bind(m.version)
        .bind(&*m.description)
        .bind(&*m.checksum)
        .execute(&mut conn)
        .await
        .expect("record it");
    }
    sqlx::raw_sql(seed).execute(&mut conn).await.expect("the previous version's records");
    conn.close().await.expect("close the database");
}

/// Another program's exclusive lock on the Liaison database at `db`, held until [`unlock`].
pub async fn lock(db: &Path) -> SqliteConnection {
    let mut conn = SqliteConnectOptions::new()
        .filename(db)
        .locking_mode(SqliteLockingMode::Exclusive)
        .connect()
        .await
        .expect("open the database");
    sqlx::query("BEGIN EXCLUSIVE").execute(&mut conn).await.expect("begin");
    // The first read takes the lock.
    sqlx::query("SELECT count(*) FROM settings").execute(&mut conn).await.expect("read");
    conn
}

/// Lets go of a [`lock`].
pub async fn unlock(mut holder: SqliteConnection) {
    sqlx::query("ROLLBACK").execute(&mut holder).await.expect("roll back");
    holder.close().await.expect("close the database");
}

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    fn is_root() -> bool {
        Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
    }

    /// Takes away the right to write a file or folder, even from root (which ignores permission
    /// bits, so the immutable flag is used), and gives it back when dropped.
    pub struct Unwritable(PathBuf);

    impl Unwritable {
        /// Makes `path` read-only until the returned guard is dropped.
        pub fn make(path: &Path) -> Unwritable {
            if is_root() {
                let ok = Command::new("chattr").arg("+i").arg(path).status().is_ok_and(|s| s.success());
                assert!(ok, "chattr +i {} failed: root needs the immutable flag to lose write access", path.display());
            } else {
                let mode = if path.is_dir() { 0o555 } else { 0o444 };
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
                    .unwrap_or_else(|e| panic!("chmod {mode:o} {}: {e}", path.display()));
            }
            Unwritable(path.to_owned())
        }
    }

    impl Drop for Unwritable {
        fn drop(&mut self) {
            if is_root() {
                let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
            } else {
                let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
            }
        }
    }
}

/// The variable naming a PostgreSQL server (a login allowed to create databases and logins)
/// for the tests; `cargo xtask test` sets it to its private cluster.
pub const POSTGRES_URL: &str = "LIAISON_TEST_POSTGRES_URL";

/// What was sent to a customer and can be chased with a reminder.
#[derive(Debug, Clone, Copy)]
pub enum Sent {
    Invitation(i64),
    AdminRelationship(i64),
}

/// Moves the day `sent` was sent `days` back, as if it had been sent then: its reminder falls due.
pub async fn backdate(store: &crate::Store, sent: Sent, days: i64) {
    let day = crate::gdap::today().saturating_sub(time::Duration::days(days));
    let (table, id) = match sent {
        Sent::Invitation(id) => ("invitations", id),
        Sent::AdminRelationship(id) => ("admin_relationships", id),
    };
    crate::store::Sql::new(format!("UPDATE {table} SET sent_at = ? WHERE id = ?"))
        .bind(format!("{}T09:30:00.000Z", crate::gdap::date_text(day)))
        .bind(id)
        .execute(store.pool())
        .await
        .expect("backdate what was sent");
}

/// Rewrites the stored role of whoever is connected: a fixture for what another role may do,
/// since Liaison itself lets nobody change their own role.
pub async fn act_as(store: &crate::Store, role: crate::Role) {
    let login = store.pool().dialect().current_login();
    crate::store::Sql::new(format!("UPDATE staff_members SET role = ? WHERE login = {login}"))
        .bind(role.as_str())
        .execute(store.pool())
        .await
        .expect("rewrite the role");
}

/// A staff member called `name` with `role`, speaking `language`, who signs in as `login`, as
/// the tests add them.
pub fn staff_member(name: &str, login: &str, role: crate::Role, language: crate::Language) -> crate::StaffInput {
    crate::StaffInput {
        name: name.into(),
        email: format!("{login}@northwind.example"),
        role: Some(role),
        language: Some(language),
        login: login.into(),
        active: true,
    }
}

/// The test server, if one is set.
pub fn postgres_url() -> Option<String> {
    std::env::var(POSTGRES_URL).ok().filter(|u| !u.is_empty())
}

/// The password of every login the tests create on their throwaway server.
const TEST_PASSWORD: &str = "liaison-test";

/// A throwaway database on the test server, with the logins made for it; both are dropped
/// with it.
pub struct ServerDatabase {
    admin_url: String,
    name: String,
}

impl ServerDatabase {
    /// A new, empty database on the server at `admin_url`.
    pub async fn create(admin_url: &str) -> ServerDatabase {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("liaison_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let admin = sqlx::PgPool::connect(admin_url).await.expect("the test server answers");
        sqlx::query(&format!("CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
            .execute(&admin)
            .await
            .expect("create a test database");
        admin.close().await;
        ServerDatabase { admin_url: admin_url.to_owned(), name }
    }

    /// The database as the server's administrator, who owns what it creates.
    pub fn url(&self) -> String {
        let (base, _) = self.admin_url.rsplit_once('/').expect("a URL with a database");
        format!("{base}/{}", self.name)
    }

    /// The database as `login`.
    pub fn url_as(&self, login: &str) -> String {
        let (_, rest) = self.admin_url.split_once('@').expect("a URL with a user");
        let (server, _) = rest.rsplit_once('/').expect("a URL with a database");
        format!("postgres://{login}:{TEST_PASSWORD}@{server}/{}", self.name)
    }

    /// A new login for a staff member called `name`, unique to this database.
    pub async fn login(&self, name: &str) -> String {
        let login = format!("{}_{name}", self.name);
        let admin = sqlx::PgPool::connect(&self.admin_url).await.expect("the test server answers");
        sqlx::query(&format!("CREATE ROLE \"{login}\" LOGIN PASSWORD '{TEST_PASSWORD}'"))
            .execute(&admin)
            .await
            .expect("create a test login");
        admin.close().await;
        login
    }

    /// A colleague called `name` with `role` and a login of their own (`login`, made unique to
    /// this database), added as a staff member by `owner`, a Global admin's store on it.
    /// Returns the colleague's login.
    pub async fn colleague(&self, owner: &crate::Store, login: &str, name: &str, role: crate::Role) -> String {
        let login = self.login(login).await;
        let member = staff_member(name, &login, role, crate::Language::EnUs);
        owner.add_staff_member(&member).await.expect("add a colleague");
        login
    }
}

impl Drop for ServerDatabase {
    fn drop(&mut self) {
        let (url, name) = (self.admin_url.clone(), self.name.clone());
        // Dropped inside a test's runtime, where nothing may block on async work: a thread of
        // its own does it.
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async {
                let admin = sqlx::PgPool::connect(&url).await?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&admin).await?;
                let logins: Vec<String> =
                    sqlx::query_scalar("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)")
                        .bind(format!("{name}_"))
                        .fetch_all(&admin)
                        .await?;
                for login in logins {
                    sqlx::query(&format!("DROP ROLE IF EXISTS \"{login}\"")).execute(&admin).await?;
                }
                admin.close().await;
                Ok::<_, sqlx::Error>(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// A Partner Center `Customers.csv` of the customers numbered `from..to`, each with its own
/// Microsoft ID, name, domain and tier tag; `second` gives them the new names and tags of a later
/// export. In a first file, one in a hundred is not invited yet (a prospect).
pub fn customers_csv(from: usize, to: usize, second: bool) -> String {
    let mut csv = String::from("Microsoft ID,Company name,Primary domain name,Relationship,Tags\r\n");
    for i in from..to {
        let (suffix, tags) =
            if second { ("a.s.", format!("tier{};renewed", i % 7)) } else { ("s.r.o.", format!("tier{}", i % 7)) };
        let relationship = if !second && i % 100 == 0 { "Not invited yet" } else { "Reseller" };
        csv.push_str(&format!(
            "{i:08x}-0000-4000-8000-{i:012x},Company {i:06} {suffix},company{i:06}.onmicrosoft.com,{relationship},{tags}\r\n"
        ));
    }
    csv
}
