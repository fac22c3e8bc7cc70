//! Why Liaison's database could not be opened, in words the user can act on. The shell only
//! shows this; it is worded here because the stored interface language cannot be read then.

use crate::store::{backups_of, Backup};
use crate::{i18n, Error, Language};
use fluent_bundle::FluentArgs;
use std::path::{Path, PathBuf};

/// What stands in the way of opening the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenFault {
    /// Not an SQLite file, a damaged one, or another program's database.
    NotADatabase,
    /// A newer Liaison has upgraded the database past the versions this build knows.
    NewerVersion,
    /// The file or its folder may not be written (read-only, or not this account's).
    NoAccess,
    /// Another program holds a lock on the database.
    Locked,
    /// Anything else; the failure's detail says what.
    Other,
}

impl OpenFault {
    /// Every fault, for completeness tests of its words.
    pub const ALL: [OpenFault; 5] =
        [OpenFault::NotADatabase, OpenFault::NewerVersion, OpenFault::NoAccess, OpenFault::Locked, OpenFault::Other];

    fn message_id(self) -> &'static str {
        match self {
            OpenFault::NotADatabase => "fault-not-a-database",
            OpenFault::NewerVersion => "fault-newer-version",
            OpenFault::NoAccess => "fault-no-access",
            OpenFault::Locked => "fault-locked",
            OpenFault::Other => "fault-other",
        }
    }

    /// The process exit code after this fault (sysexits.h), so scripts can tell them apart.
    pub fn exit_code(self) -> i32 {
        match self {
            OpenFault::NotADatabase | OpenFault::NewerVersion => 65, // EX_DATAERR
            OpenFault::NoAccess => 77,                               // EX_NOPERM
            OpenFault::Locked => 75,                                 // EX_TEMPFAIL
            OpenFault::Other => 74,                                  // EX_IOERR
        }
    }

    /// Whether putting a backup in place of the file can help: not when the file or folder
    /// cannot be written or another program holds it.
    fn restorable(self) -> bool {
        matches!(self, OpenFault::NotADatabase | OpenFault::NewerVersion | OpenFault::Other)
    }
}

/// The database at `path` could not be opened, and why. Nothing in the file was changed.
#[derive(Debug, Clone)]
pub struct OpenFailure {
    /// The database file.
    pub path: PathBuf,
    /// What stands in the way.
    pub fault: OpenFault,
    /// The underlying error, for the log and for [`OpenFault::Other`].
    pub detail: String,
}

/// What the user may do about an [`OpenFailure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultChoice {
    /// Show the database's folder in the file manager.
    OpenFolder,
    /// Put the newest backup in place of the file (which is kept, renamed, beside it).
    RestoreBackup,
    /// End Liaison.
    Quit,
}

/// The dialog for an [`OpenFailure`], in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultNotice {
    pub title: String,
    /// The file, the problem, what to do, and what a restore would put back.
    pub message: String,
    /// The buttons, in order, each with its label; the last is the one Escape chooses.
    pub choices: Vec<(FaultChoice, String)>,
}

impl OpenFailure {
    /// What `error`, from opening the database at `path`, tells the user: the store's own
    /// classification when it made one, else [`OpenFault::Other`] with the error as its detail.
    pub fn from_error(error: Error, path: &Path) -> OpenFailure {
        match error {
            Error::CannotOpen(failure) => *failure,
            other => OpenFailure { path: path.to_owned(), fault: OpenFault::Other, detail: other.to_string() },
        }
    }

    /// The folder that holds the database.
    pub fn folder(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The backup a restore would put back, when one exists and restoring can help.
    pub fn restorable_backup(&self) -> Option<Backup> {
        if !self.fault.restorable() {
            return None;
        }
        backups_of(&self.path).ok()?.into_iter().next()
    }

    /// The dialog in `lang`: the file, the problem, what to do, and the choices.
    pub fn notice(&self, lang: Language) -> FaultNotice {
        let mut args = FluentArgs::new();
        args.set("path", self.path.display().to_string());
        args.set("detail", self.detail.clone());
        let backup = self.restorable_backup();
        let mut message = [
            i18n::text(lang, "fault-file", Some(&args)),
            i18n::text(lang, self.fault.message_id(), Some(&args)),
            i18n::text(lang, &format!("{}-advice", self.fault.message_id()), Some(&args)),
        ]
        .join("\n\n");
        let mut choices = vec![(FaultChoice::OpenFolder, i18n::text(lang, "fault-open-folder", None))];
        if let Some(backup) = backup {
            let mut b = FluentArgs::new();
            b.set("file", backup.name.clone());
            b.set("reason", i18n::text(lang, backup.reason.message_id(), None));
            message.push_str("\n\n");
            message.push_str(&i18n::text(lang, "fault-restore-offer", Some(&b)));
            choices.push((FaultChoice::RestoreBackup, i18n::text(lang, "fault-restore", None)));
        }
        choices.push((FaultChoice::Quit, i18n::text(lang, "fault-quit", None)));
        FaultNotice { title: i18n::text(lang, "fault-title", None), message, choices }
    }

    /// Puts the newest backup in place of the database. The file that could not be opened is
    /// kept beside it, renamed; nothing is deleted. Returns the name it was kept under.
    pub async fn restore_newest(&self) -> crate::Result<String> {
        let backup = self.restorable_backup().ok_or(crate::Error::NotFound(crate::Entity::Backup, 0))?;
        crate::store::set_aside_and_restore(&self.path, &backup).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fault_is_worded_in_every_language() {
        for lang in i18n::available() {
            for fault in OpenFault::ALL {
                let failure = OpenFailure { path: PathBuf::from("/data/liaison.sqlite3"), fault, detail: "d".into() };
                let n = failure.notice(lang);
                assert!(n.message.contains("/data/liaison.sqlite3"), "{lang:?} {fault:?}: {}", n.message);
                assert!(!n.message.contains("fault-") && !n.title.contains("fault-"), "{lang:?}: {}", n.message);
                assert_eq!(n.choices.first().map(|c| c.0), Some(FaultChoice::OpenFolder));
                assert_eq!(n.choices.last().map(|c| c.0), Some(FaultChoice::Quit));
                assert_ne!(fault.exit_code(), 0);
            }
        }
    }

    #[test]
    fn an_error_the_store_did_not_classify_is_another_fault_naming_the_file() {
        let path = Path::new("/data/liaison.sqlite3");
        let other = OpenFailure::from_error(Error::ProfileMissing, path);
        assert_eq!((other.fault, other.path.as_path()), (OpenFault::Other, path));
        assert!(other.detail.contains("profile"), "{}", other.detail);
        let locked = OpenFailure { path: path.to_owned(), fault: OpenFault::Locked, detail: "busy".into() };
        let kept = OpenFailure::from_error(Error::CannotOpen(Box::new(locked)), Path::new("/elsewhere"));
        assert_eq!((kept.fault, kept.path.as_path(), kept.detail.as_str()), (OpenFault::Locked, path, "busy"));
    }
}
