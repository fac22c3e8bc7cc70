//! Which version of Liaison last worked with a data folder, so that the first start of a newer
//! one can say what it moved from (and the backup it made before changing the database).

use crate::store::Backup;
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// The file in the data folder that names the version of Liaison that last started there.
pub const VERSION_FILE: &str = "last-version";

/// What the first start of another version of Liaison tells the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Updated {
    /// The version that last started here; `None` for one too old to have said (0.1.0).
    pub from: Option<String>,
    pub to: String,
    /// The copy of the database made before this version changed it, if it did.
    pub backup: Option<String>,
}

/// The version of Liaison that last started with `data_dir`, if one said so.
pub fn last_version(data_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(data_dir.join(VERSION_FILE)).ok()?;
    Some(text.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Records that `current` now starts with `data_dir`, after `last` (read by [`last_version`]),
/// and says what changed: `None` when nothing did, and on the
/// very first start. `backup` is the copy made before this start changed the database.
pub fn note_start(data_dir: &Path, last: Option<String>, current: &str, backup: Option<&Backup>) -> Option<Updated> {
    if last.as_deref() != Some(current) {
        // Not being able to note it only means the next start says it again.
        if let Err(e) = std::fs::write(data_dir.join(VERSION_FILE), current) {
            tracing::warn!("could not note the version in the data folder: {e}");
        }
    }
    let backup = backup.map(|b| b.name.clone());
    match last {
        Some(v) if v == current => None,
        // Before this file existed, a database upgraded now was made by an older Liaison.
        None if backup.is_none() => None,
        from => Some(Updated { from, to: current.to_owned(), backup }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::BackupReason;

    fn backup() -> Backup {
        Backup {
            name: "liaison-20261124-091500000-upgrade.sqlite3".into(),
            created_at: "2026-11-24T09:15:00Z".into(),
            size: 4096,
            reason: BackupReason::Upgrade,
        }
    }

    #[test]
    fn a_first_start_says_nothing_and_notes_its_version() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(last_version(dir.path()), None);
        assert_eq!(note_start(dir.path(), None, "0.2.0", None), None);
        assert_eq!(last_version(dir.path()).as_deref(), Some("0.2.0"));
        assert_eq!(note_start(dir.path(), last_version(dir.path()), "0.2.0", None), None);
    }

    #[test]
    fn a_newer_version_says_what_it_moved_from_and_the_backup_it_made() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(VERSION_FILE), "0.1.0\n").unwrap();
        let updated = note_start(dir.path(), last_version(dir.path()), "0.2.0", Some(&backup()));
        let expected = Updated {
            from: Some("0.1.0".into()),
            to: "0.2.0".into(),
            backup: Some("liaison-20261124-091500000-upgrade.sqlite3".into()),
        };
        assert_eq!(updated, Some(expected));
        // Said once: the next start is of the same version.
        assert_eq!(note_start(dir.path(), last_version(dir.path()), "0.2.0", None), None);
    }

    #[test]
    fn a_database_from_before_the_version_was_noted_is_an_update_from_an_unnamed_version() {
        let dir = tempfile::tempdir().unwrap();
        let updated = note_start(dir.path(), None, "0.2.0", Some(&backup())).unwrap();
        assert_eq!((updated.from, updated.to.as_str()), (None, "0.2.0"));
    }
}
