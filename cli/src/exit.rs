//! Exit codes a script can test, and errors on stderr in the user's language, each field at
//! fault named by its option and its rule.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | done |
//! | 1 | failed: the database, a file or the mail hand-off (the message says which) |
//! | 2 | the command line is wrong |
//! | 3 | a value breaks a rule (each named on stderr) |
//! | 4 | the staff member's role does not allow it |
//! | 5 | no such customer, provider or record, or a name that fits several |
//! | 6 | not possible in the record's state, or the partner profile is not set up |
//! | 7 | the database cannot be opened, or the team workspace refused or did not answer |

use crate::text;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use liaison_core::{ErrorCode, Field, Language};
use std::process::ExitCode;

pub const FAILURE: u8 = 1;
pub const USAGE: u8 = 2;
pub const INVALID: u8 = 3;
pub const FORBIDDEN: u8 = 4;
pub const NOT_FOUND: u8 = 5;
pub const STATE: u8 = 6;
pub const UNAVAILABLE: u8 = 7;

/// The exit code for a core error.
pub fn code_of(code: ErrorCode) -> u8 {
    match code {
        ErrorCode::Invalid | ErrorCode::LinkRemoved | ErrorCode::MailtoTooLong | ErrorCode::Csv => INVALID,
        ErrorCode::Forbidden => FORBIDDEN,
        ErrorCode::NotFound => NOT_FOUND,
        ErrorCode::ProfileMissing
        | ErrorCode::ActiveSubscriptions
        | ErrorCode::WrongState
        | ErrorCode::EditedMeanwhile
        | ErrorCode::OutsideRegion => STATE,
        ErrorCode::Unreachable | ErrorCode::Workspace => UNAVAILABLE,
        ErrorCode::Handoff | ErrorCode::Cancelled | ErrorCode::Storage | ErrorCode::FileSystem => FAILURE,
    }
}

fn say(lang: Language, message: &str) {
    eprintln!("{}", text(lang, "cli-error", &[("message", message.to_owned().into())]));
}

/// A core error: its message, then each field at fault with the option that sets it.
pub fn failed(
    lang: Language,
    error: &liaison_core::Error,
    flags: Option<fn(Field) -> Option<&'static str>>,
) -> ExitCode {
    let api = error.to_api(lang);
    // A file that cannot be opened is told the way the app's start-up dialog tells it.
    let message = match error {
        liaison_core::Error::CannotOpen(failure) => failure.notice(lang).message,
        _ => api.message.clone(),
    };
    say(lang, &message);
    if api.fields.len() > 1 || flags.is_some() {
        for f in &api.fields {
            match flags.and_then(|flags| flags(f.field)) {
                Some(flag) => eprintln!("  --{flag}: {}", f.message),
                None if api.fields.len() > 1 => eprintln!("  {}", f.message),
                None => {}
            }
        }
    }
    let code = match error {
        liaison_core::Error::CannotOpen(_) => UNAVAILABLE,
        _ => code_of(api.code),
    };
    ExitCode::from(code)
}

/// A value of the command line that breaks a rule the tool itself checks.
pub fn input(lang: Language, message: &str) -> ExitCode {
    say(lang, message);
    ExitCode::from(INVALID)
}

/// A customer or provider named on the command line that is not there, or not only one.
pub fn not_found(lang: Language, message: &str) -> ExitCode {
    say(lang, message);
    ExitCode::from(NOT_FOUND)
}

/// Help and version are printed as asked; a wrong command line is told in the user's
/// language where Liaison has the words for it, else in clap's.
pub fn usage(lang: Language, e: clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        _ => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            Some(text(lang, "cli-unknown-option", &[("option", context(ContextKind::InvalidArg).into())]))
        }
        ErrorKind::InvalidSubcommand => {
            Some(text(lang, "cli-unknown-command", &[("command", context(ContextKind::InvalidSubcommand).into())]))
        }
        ErrorKind::MissingRequiredArgument => {
            Some(text(lang, "cli-missing-value", &[("option", context(ContextKind::InvalidArg).into())]))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Some(text(lang, "cli-missing-command", &[]))
        }
        ErrorKind::ArgumentConflict => {
            let (option, other) = (context(ContextKind::InvalidArg), context(ContextKind::PriorArg));
            Some(text(lang, "cli-conflict", &[("option", option.into()), ("other", other.into())]))
        }
        _ => None,
    };
    match message {
        Some(message) => {
            say(lang, &message);
            eprintln!("{}", text(lang, "cli-see-help", &[]));
        }
        None => {
            let _ = e.print();
        }
    }
    ExitCode::from(USAGE)
}
