//! `liaison-cli`: Liaison for admins who script. It works on the same local file or team
//! workspace as the app, through the same core, so the same rules and role checks apply; it
//! speaks the staff member's language, prints tables or `--json`, writes errors to stderr and
//! ends with an exit code a script can test (see [`exit`]).

mod args;
mod commands;
mod exit;
mod output;
mod workspace;

use liaison_core::Language;
use std::process::ExitCode;

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("liaison: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    runtime.block_on(run())
}

async fn run() -> ExitCode {
    // Help and usage errors come before any database is opened, so they speak the system's
    // language; everything after, the staff member's.
    let system = workspace::system_language();
    let matches = match args::command(system).try_get_matches() {
        Ok(m) => m,
        Err(e) => return exit::usage(system, e),
    };
    let place = workspace::Place::from(&matches);
    let store = match place.open().await {
        Ok(store) => store,
        Err(e) => return exit::failed(system, &e, None),
    };
    let lang = store.ui_language().await.unwrap_or(system);
    let outcome = commands::run(&store, lang, &matches).await;
    store.close().await;
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(commands::Failure::Core(e, flags)) => exit::failed(lang, &e, flags),
        Err(commands::Failure::Input(message)) => exit::input(lang, &message),
        Err(commands::Failure::NotFound(message)) => exit::not_found(lang, &message),
    }
}

/// An argument of a message: text, or a number (which picks the plural form).
pub(crate) type Value = fluent_bundle::FluentValue<'static>;

/// Text in `lang` with the named arguments.
pub(crate) fn text(lang: Language, id: &str, args: &[(&str, Value)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    liaison_core::i18n::text(lang, id, if args.is_empty() { None } else { Some(&fluent) })
}
