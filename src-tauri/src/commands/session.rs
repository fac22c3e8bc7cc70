use crate::state::AppState;
use liaison_core::{i18n, ApiError, Language, ProfileInput, Session, Translations};
use tauri::State;

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
