use crate::state::AppState;
use liaison_core::{i18n, ApiError, Language, ProfileInput, Session, Translations};
use tauri::State;

/// Logs, once the window has painted its first page and takes input, how long start-up took
/// (and how much of it the page took since it began to load): for support, and the moment
/// `cargo xtask bench` times start-up to.
#[tauri::command]
pub fn window_ready(page_ms: u64) {
    let since_launch_ms = u64::try_from(crate::startup::since_launch().as_millis()).unwrap_or(u64::MAX);
    tracing::info!(since_launch_ms, page_ms, "{}", crate::startup::WINDOW_READY);
}

#[tauri::command]
pub fn load_translations(language: Language) -> Translations {
    i18n::translations(language)
}

#[tauri::command]
pub async fn get_session(state: State<'_, AppState>) -> Result<Session, ApiError> {
    state.run(state.store.session()).await
}

#[tauri::command]
pub async fn save_profile(state: State<'_, AppState>, input: ProfileInput) -> Result<Session, ApiError> {
    state.run(state.store.save_profile(&input)).await
}

#[tauri::command]
pub async fn set_ui_language(state: State<'_, AppState>, language: Language) -> Result<Session, ApiError> {
    state.run(state.store.set_ui_language(language)).await
}
