use crate::state::AppState;
use liaison_core::{ApiError, Backup};
use tauri::State;

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<Backup>, ApiError> {
    state.run(state.store.backups()).await
}

#[tauri::command]
pub async fn back_up_now(state: State<'_, AppState>) -> Result<Backup, ApiError> {
    state.run(state.store.back_up()).await
}

#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, name: String) -> Result<Backup, ApiError> {
    state.run(state.store.restore_backup(&name)).await
}
