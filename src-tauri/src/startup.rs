//! Opening the database at start-up. When it opens, the main window is created; when it does
//! not, the core's explanation is shown in a native dialog, in the system's language (the stored
//! one cannot be read), and the app ends with the fault's exit code after the user's choice.

use crate::handoff::Clipboard;
use crate::state::AppState;
use liaison_core::{i18n, Change, FaultChoice, Language, OpenFailure, Store};
use std::path::PathBuf;
use tauri::Emitter;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind, MessageDialogResult};
use tokio::sync::broadcast::error::RecvError;
use tracing_appender::non_blocking::WorkerGuard;

type LogGuard = Option<WorkerGuard>;

/// Names a team workspace to connect to instead of the local file (`postgres://…`).
pub const DATABASE_URL_VAR: &str = "LIAISON_DATABASE_URL";

/// Opens the store (the team workspace `LIAISON_DATABASE_URL` names, else the file in
/// `data_dir`) and shows the main window, or explains why it cannot.
pub fn open(app: &AppHandle, data_dir: PathBuf, log_guard: LogGuard) -> tauri::Result<()> {
    let url = std::env::var(DATABASE_URL_VAR)
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(|| liaison_core::workspace::saved(&data_dir).map(|w| w.url()));
    if let Some(url) = url {
        return open_workspace(app, url, data_dir, log_guard);
    }
    match tauri::async_runtime::block_on(Store::open_in(&data_dir)) {
        Ok(store) => start(app, store, data_dir, log_guard),
        Err(error) => {
            let failure = OpenFailure::from_error(error, &data_dir.join(liaison_core::store::DATABASE_FILE));
            explain(app, failure, data_dir, log_guard);
            Ok(())
        }
    }
}

/// The event that tells the window what changed in the workspace (a [`liaison_core::Change`]).
pub const CHANGED_EVENT: &str = "liaison://changed";

fn start(app: &AppHandle, store: Store, data_dir: PathBuf, log_guard: LogGuard) -> tauri::Result<()> {
    let store = store.with_system_locale(sys_locale::get_locale().as_deref());
    relay_changes(app, &store);
    app.manage(AppState { store, data_dir, clipboard: Clipboard::default(), _log_guard: log_guard });
    main_window(app)
}

/// Tells the window every change to the workspace, this Liaison's and, on a server, everyone's;
/// a window that fell behind is told to reload everything.
fn relay_changes(app: &AppHandle, store: &Store) {
    let (app, store) = (app.clone(), store.clone());
    tauri::async_runtime::spawn(async move {
        let mut changes = store.changes().await;
        loop {
            let change = match changes.recv().await {
                Ok(change) => change,
                Err(RecvError::Lagged(_)) => Change::EVERYTHING,
                Err(RecvError::Closed) => return,
            };
            if let Err(e) = app.emit(CHANGED_EVENT, &change) {
                tracing::warn!("could not tell the window of a change: {e}");
            }
        }
    });
}

/// Connects to a team workspace. A failure is explained in the system's language; a server that
/// does not answer may be tried again (it may be starting, or the network coming back).
fn open_workspace(app: &AppHandle, url: String, data_dir: PathBuf, log_guard: LogGuard) -> tauri::Result<()> {
    let error = match tauri::async_runtime::block_on(Store::connect(&url)) {
        Ok(store) => return start(app, store, data_dir, log_guard),
        Err(error) => error,
    };
    tracing::error!("cannot connect to the team workspace: {error}");
    let language = sys_locale::get_locale().as_deref().map(Language::closest_to).unwrap_or(Language::EnUs);
    let retry = error.code() == liaison_core::ErrorCode::Unreachable;
    let (again, quit) = (i18n::text(language, "action-retry", None), i18n::text(language, "fault-quit", None));
    let buttons = if retry {
        MessageDialogButtons::OkCancelCustom(again.clone(), quit)
    } else {
        MessageDialogButtons::OkCustom(quit)
    };
    let handle = app.clone();
    app.dialog()
        .message(error.to_api(language).message)
        .title("Liaison")
        .kind(MessageDialogKind::Error)
        .buttons(buttons)
        .show_with_result(move |result| {
            if retry && matches!(&result, MessageDialogResult::Custom(label) if *label == again) {
                if let Err(e) = open_workspace(&handle, url, data_dir, log_guard) {
                    tracing::error!("could not start: {e}");
                    handle.exit(1);
                }
                return;
            }
            drop(log_guard);
            handle.exit(1);
        });
    Ok(())
}

/// The main window, created only once the store is open (it is `create: false` in the config),
/// so a database fault leaves the dialog as the app's only window.
fn main_window(app: &AppHandle) -> tauri::Result<()> {
    if app.get_webview_window("main").is_some() {
        return Ok(());
    }
    let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned().unwrap_or_default();
    tauri::WebviewWindowBuilder::from_config(app, &config)?.build()?;
    Ok(())
}

/// Shows the fault. The dialog's callback runs on another thread once the user has chosen.
fn explain(app: &AppHandle, failure: OpenFailure, data_dir: PathBuf, log_guard: LogGuard) {
    let language = sys_locale::get_locale().as_deref().map(Language::closest_to).unwrap_or(Language::EnUs);
    let notice = failure.notice(language);
    let labels: Vec<String> = notice.choices.iter().map(|(_, label)| label.clone()).collect();
    // The last choice is Quit, which is also what closing the dialog or Escape means.
    let buttons = match labels.as_slice() {
        [a, b, c] => MessageDialogButtons::YesNoCancelCustom(a.clone(), b.clone(), c.clone()),
        [a, b] => MessageDialogButtons::OkCancelCustom(a.clone(), b.clone()),
        _ => MessageDialogButtons::OkCustom(labels.last().cloned().unwrap_or_default()),
    };
    let handle = app.clone();
    app.dialog()
        .message(notice.message)
        .title(notice.title)
        .kind(MessageDialogKind::Error)
        .buttons(buttons)
        .show_with_result(move |result| {
            let choice = match result {
                MessageDialogResult::Custom(label) => {
                    notice.choices.iter().find(|(_, l)| *l == label).map(|(choice, _)| *choice)
                }
                _ => None,
            }
            .unwrap_or(FaultChoice::Quit);
            tracing::info!(?choice, "the user chose, after the database could not be opened");
            match choice {
                FaultChoice::OpenFolder => {
                    if let Err(e) = open::that_detached(failure.folder()) {
                        tracing::warn!("could not open {}: {e}", failure.folder().display());
                    }
                }
                FaultChoice::RestoreBackup => match tauri::async_runtime::block_on(failure.restore_newest()) {
                    Ok(kept) => {
                        tracing::info!(kept, "backup restored over the file that could not be opened");
                        if let Err(e) = open(&handle, data_dir, log_guard) {
                            tracing::error!("could not start after the restore: {e}");
                            handle.exit(failure.fault.exit_code());
                        }
                        return;
                    }
                    Err(e) => tracing::error!("the backup could not be restored: {e}"),
                },
                FaultChoice::Quit => {}
            }
            drop(log_guard);
            handle.exit(failure.fault.exit_code());
        });
}
