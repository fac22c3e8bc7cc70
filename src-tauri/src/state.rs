//! What every command shares.

use crate::handoff::Clipboard;
use liaison_core::{ApiError, Language, Store};
use std::future::Future;

/// The app's managed state.
pub struct AppState {
    pub store: Store,
    /// Liaison's data folder: the local file, and which team workspace to open instead.
    pub data_dir: std::path::PathBuf,
    pub clipboard: Clipboard,
    /// Flushes the log file when the app ends.
    pub _log_guard: Option<tracing_appender::non_blocking::WorkerGuard>,
}

impl AppState {
    /// Awaits a core call and turns its error into the IPC form, in the user's language.
    pub async fn run<T>(&self, call: impl Future<Output = liaison_core::Result<T>>) -> Result<T, ApiError> {
        match call.await {
            Ok(value) => Ok(value),
            Err(error) => Err(self.fail(error).await),
        }
    }

    /// Logs an error and puts it in the IPC form, in the user's language.
    pub async fn fail(&self, error: liaison_core::Error) -> ApiError {
        tracing::warn!(code = ?error.code(), "{error}");
        let lang = self.store.ui_language().await.unwrap_or(Language::EnUs);
        error.to_api(lang)
    }
}
