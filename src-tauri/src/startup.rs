//! Opening the database at start-up. When the local file opens, the main window is created; when
//! it does not, the core's explanation is shown in a native dialog, in the system's language (the
//! stored one cannot be read), and the app ends with the fault's exit code after the user's
//! choice. A team workspace is connected to with the window open, which waits for the server.

use crate::dialogs::Question;
use crate::handoff::Clipboard;
use crate::state::AppState;
use liaison_core::{workspace, Change, Connecting, FaultChoice, Language, OpenFailure, Store};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use tauri::Emitter;
use tauri::{AppHandle, Manager};
use tokio::sync::broadcast::error::RecvError;
use tracing_appender::non_blocking::WorkerGuard;

type LogGuard = Option<WorkerGuard>;

/// The log line written once the window shows its first page and takes input.
pub const WINDOW_READY: &str = "window ready";

static LAUNCHED: OnceLock<Instant> = OnceLock::new();

/// Notes the moment of launch; the first thing Liaison does.
pub fn mark_launch() {
    LAUNCHED.get_or_init(Instant::now);
}

/// How long ago Liaison was launched.
pub fn since_launch() -> Duration {
    LAUNCHED.get().map(Instant::elapsed).unwrap_or_default()
}

/// Opens the store (the team workspace [`workspace::url_to_open`] names, else the file in
/// `data_dir`) and shows the main window, or explains why it cannot.
pub fn open(app: &AppHandle, data_dir: PathBuf, log_guard: LogGuard) -> tauri::Result<()> {
    let url = workspace::url_to_open(&data_dir, None);
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
    serve(app, store, data_dir, log_guard);
    main_window(app)
}

/// Makes the open store the one every command works in.
fn serve(app: &AppHandle, store: Store, data_dir: PathBuf, log_guard: LogGuard) {
    let store = store
        .with_system_locale(sys_locale::get_locale().as_deref())
        .with_version_noted(&data_dir, env!("CARGO_PKG_VERSION"));
    if let Some(updated) = store.updated() {
        tracing::info!(from = ?updated.from, to = %updated.to, backup = ?updated.backup, "Liaison was updated");
    }
    relay_changes(app, &store);
    app.manage(AppState { store, data_dir, clipboard: Clipboard::default(), _log_guard: log_guard });
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

/// Connects to a team workspace, with the window open from the start: it waits while the first
/// attempt is under way; a server that does not answer (it may be starting, or the network
/// coming back) is tried again with back-off until it answers, and a server that refuses (a
/// wrong password, no such database) when the user asks, once they have put it right. The window
/// says which, in the system's language, and becomes the app once the workspace is open.
fn open_workspace(app: &AppHandle, url: String, data_dir: PathBuf, log_guard: LogGuard) -> tauri::Result<()> {
    app.state::<Waiting>().set(app, Some(Connecting::first(system_language(), &url)));
    main_window(app)?;
    let app = app.clone();
    tauri::async_runtime::spawn(async move { connect(app, url, data_dir, log_guard).await });
    Ok(())
}

async fn connect(app: AppHandle, url: String, data_dir: PathBuf, log_guard: LogGuard) {
    let language = system_language();
    let waiting = app.state::<Waiting>();
    let mut failures = 0;
    loop {
        let error = match Store::connect(&url).await {
            Ok(store) => {
                tracing::info!(failures, "connected to the team workspace");
                serve(&app, store, data_dir, log_guard);
                waiting.set(&app, None);
                return;
            }
            Err(error) => error,
        };
        failures += 1;
        tracing::warn!(failures, "cannot connect to the team workspace: {error}");
        let status = Connecting::after(language, &url, &error, failures);
        let retrying = status.retrying;
        waiting.set(&app, Some(status));
        let next = async {
            if retrying {
                tokio::time::sleep(workspace::reconnect_delay(failures)).await;
            } else {
                std::future::pending::<()>().await;
            }
        };
        tokio::select! {
            _ = next => {}
            _ = waiting.now.notified() => {}
        }
    }
}

/// The language of the system, for words shown before the stored choice can be read.
fn system_language() -> Language {
    sys_locale::get_locale().as_deref().map(Language::closest_to).unwrap_or(Language::EnUs)
}

/// The event telling the window how waiting for the team workspace goes: a [`Connecting`], or
/// `null` once it is open and the app can start.
pub const CONNECTING_EVENT: &str = "liaison://connecting";

/// Whether Liaison is still waiting for its team workspace at start-up, and a way for the user
/// to have it try at once.
#[derive(Default)]
pub struct Waiting {
    status: Mutex<Option<Connecting>>,
    now: tokio::sync::Notify,
}

impl Waiting {
    /// How waiting goes now (`None`: not waiting).
    pub fn status(&self) -> Option<Connecting> {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Asks for the next attempt at once.
    pub fn try_now(&self) {
        self.now.notify_one();
    }

    fn set(&self, app: &AppHandle, status: Option<Connecting>) {
        if let Ok(mut s) = self.status.lock() {
            s.clone_from(&status);
        }
        if let Err(e) = app.emit(CONNECTING_EVENT, &status) {
            tracing::warn!("could not tell the window how connecting goes: {e}");
        }
    }
}

/// The main window (`create: false` in the config): for the local file, created only once it
/// opens, so a fault leaves the dialog as the app's only window; for a team workspace, at once,
/// to show the wait for its server.
fn main_window(app: &AppHandle) -> tauri::Result<()> {
    if app.get_webview_window("main").is_some() {
        return Ok(());
    }
    let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned().unwrap_or_default();
    let window = tauri::WebviewWindowBuilder::from_config(app, &config)?.build()?;
    crate::drawing::suit_the_graphics(&window);
    Ok(())
}

/// Shows the fault; the user's choice is acted on, on the main thread, once the dialog is gone.
fn explain(app: &AppHandle, failure: OpenFailure, data_dir: PathBuf, log_guard: LogGuard) {
    let notice = failure.notice(system_language());
    let labels: Vec<String> = notice.choices.iter().map(|(_, label)| label.clone()).collect();
    let handle = app.clone();
    let question = Question { title: notice.title, message: notice.message, choices: labels };
    crate::dialogs::ask_after_fault(app, question, move |chosen| {
        // Closing the dialog or Escape means Quit.
        let choice = chosen.and_then(|i| notice.choices.get(i)).map(|(choice, _)| *choice).unwrap_or(FaultChoice::Quit);
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
