//! The store the tests run on. By default a fresh SQLite file; with `LIAISON_TEST_POSTGRES_URL`
//! set (as `cargo xtask test` does for its second pass), a fresh database on that PostgreSQL
//! server, so the same tests prove both engines.

use super::Store;
use std::sync::atomic::{AtomicU32, Ordering};

/// The variable naming a PostgreSQL server (a login allowed to create databases) for the tests.
pub const POSTGRES_URL: &str = "LIAISON_TEST_POSTGRES_URL";

/// What keeps a test's store alive, and removes it afterwards.
pub enum Fixture {
    File(#[allow(dead_code)] tempfile::TempDir),
    Server(Database),
}

/// A throwaway database on the test server, dropped with the fixture.
pub struct Database {
    admin_url: String,
    name: String,
}

/// The password of every login the tests create on their throwaway server.
const TEST_PASSWORD: &str = "liaison-test";

impl Fixture {
    /// A database login for a staff member called `name`: on the test server a new one, unique
    /// to this test; a file has no logins, so there it is just the name.
    pub async fn login(&self, name: &str) -> String {
        match self {
            Fixture::File(_) => name.to_owned(),
            Fixture::Server(db) => {
                let login = format!("{}_{name}", db.name);
                let admin = sqlx::PgPool::connect(&db.admin_url).await.expect("the test server answers");
                sqlx::query(&format!("CREATE ROLE \"{login}\" LOGIN PASSWORD '{TEST_PASSWORD}'"))
                    .execute(&admin)
                    .await
                    .expect("create a test login");
                admin.close().await;
                login
            }
        }
    }

    /// The URL of this test's database as `login` (on the test server only).
    pub fn url_as(&self, login: &str) -> Option<String> {
        match self {
            Fixture::File(_) => None,
            Fixture::Server(db) => {
                let (_, rest) = db.admin_url.split_once('@').expect("a URL with a user");
                let (server, _) = rest.rsplit_once('/').expect("a URL with a database");
                Some(format!("postgres://{login}:{TEST_PASSWORD}@{server}/{}", db.name))
            }
        }
    }
}

impl Drop for Database {
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

/// The server the tests use, if one is set.
pub fn postgres_url() -> Option<String> {
    std::env::var(POSTGRES_URL).ok().filter(|u| !u.is_empty())
}

/// A new, empty database on the test server and the URL to it.
pub async fn server_database(admin_url: &str) -> (String, Database) {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!("liaison_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let admin = sqlx::PgPool::connect(admin_url).await.expect("the test server answers");
    sqlx::query(&format!("CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
        .execute(&admin)
        .await
        .expect("create a test database");
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').expect("a URL with a database");
    (format!("{base}/{name}"), Database { admin_url: admin_url.to_owned(), name })
}

/// A store on a fresh database of the engine under test, kept alive by the returned guard.
pub async fn store() -> (Store, Fixture) {
    match postgres_url() {
        Some(admin_url) => {
            let (url, database) = server_database(&admin_url).await;
            (Store::connect(&url).await.expect("connect to the test database"), Fixture::Server(database))
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            (Store::open_in(dir.path()).await.expect("open a test file"), Fixture::File(dir))
        }
    }
}
