//! The store the tests run on. By default a fresh SQLite file; with `LIAISON_TEST_POSTGRES_URL`
//! set (as `cargo xtask test` does for its second pass), a fresh database on that PostgreSQL
//! server, so the same tests prove both engines.

use super::Store;
pub use crate::testing::postgres_url;
use crate::testing::ServerDatabase;

/// What keeps a test's store alive, and removes it afterwards.
pub enum Fixture {
    File(#[allow(dead_code)] tempfile::TempDir),
    Server(ServerDatabase),
}

impl Fixture {
    /// A database login for a staff member called `name`: on the test server a new one, unique
    /// to this test; a file has no logins, so there it is just the name.
    pub async fn login(&self, name: &str) -> String {
        match self {
            Fixture::File(_) => name.to_owned(),
            Fixture::Server(db) => db.login(name).await,
        }
    }

    /// The URL of this test's database as the owner who set it up (on the test server only).
    pub fn url(&self) -> Option<String> {
        match self {
            Fixture::File(_) => None,
            Fixture::Server(db) => Some(db.url()),
        }
    }

    /// The URL of this test's database as `login` (on the test server only).
    pub fn url_as(&self, login: &str) -> Option<String> {
        match self {
            Fixture::File(_) => None,
            Fixture::Server(db) => Some(db.url_as(login)),
        }
    }
}

/// A store on a fresh database of the engine under test, kept alive by the returned guard.
pub async fn store() -> (Store, Fixture) {
    match postgres_url() {
        Some(admin_url) => {
            let db = ServerDatabase::create(&admin_url).await;
            (Store::connect(&db.url()).await.expect("connect to the test database"), Fixture::Server(db))
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            (Store::open_in(dir.path()).await.expect("open a test file"), Fixture::File(dir))
        }
    }
}
