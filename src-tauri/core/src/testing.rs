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
