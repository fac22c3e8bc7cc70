//! What every command shares.

use liaison_core::{ApiError, Language, Store};
use std::future::Future;

/// The app's managed state.
pub struct AppState {
    pub store: Store,
    /// Flushes the log file when the app ends.
    pub _log_guard: Option<tracing_appender::non_blocking::WorkerGuard>,
}

impl AppState {
    /// Awaits a core call and turns its error into the IPC form, in the user's language.
    pub async fn run<T>(&self, call: impl Future<Output = liaison_core::Result<T>>) -> Result<T, ApiError> {
        match call.await {
            Ok(value) => Ok(value),
            Err(error) => {
                tracing::warn!(code = ?error.code(), "{error}");
                let lang = self.store.ui_language().await.unwrap_or(Language::EnUs);
                Err(error.to_api(lang))
            }
        }
    }
}
