//! Helpers shared by the core's own tests and the end-to-end journeys (through the
//! `test-support` feature, which only the journeys enable): never part of the app.

#[cfg(unix)]
pub use unix::Unwritable;

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
