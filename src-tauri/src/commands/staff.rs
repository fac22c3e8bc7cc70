use crate::state::AppState;
use liaison_core::{ApiError, StaffInput, StaffMember};
use tauri::State;

#[tauri::command]
pub async fn list_staff(state: State<'_, AppState>) -> Result<Vec<StaffMember>, ApiError> {
    state.run(state.store.staff()).await
}

#[tauri::command]
pub async fn add_staff_member(state: State<'_, AppState>, input: StaffInput) -> Result<StaffMember, ApiError> {
    state.run(state.store.add_staff_member(&input)).await
}

#[tauri::command]
pub async fn update_staff_member(
    state: State<'_, AppState>,
    id: i64,
    input: StaffInput,
) -> Result<StaffMember, ApiError> {
    state.run(state.store.update_staff_member(id, &input)).await
}
