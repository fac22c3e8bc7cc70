use crate::state::AppState;
use liaison_core::{ActivityPage, ActivityQuery, ApiError};
use tauri::State;

#[tauri::command]
pub async fn list_activity(state: State<'_, AppState>, query: ActivityQuery) -> Result<ActivityPage, ApiError> {
    state.run(state.store.activity(&query)).await
}
