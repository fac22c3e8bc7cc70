use crate::state::AppState;
use liaison_core::{ApiError, Cloud, IndirectProvider, LinkHostSetting, ProviderInput};
use tauri::State;

#[tauri::command]
pub async fn list_providers(state: State<'_, AppState>) -> Result<Vec<IndirectProvider>, ApiError> {
    state.run(state.store.providers()).await
}

#[tauri::command]
pub async fn add_provider(state: State<'_, AppState>, input: ProviderInput) -> Result<IndirectProvider, ApiError> {
    state.run(state.store.add_provider(&input)).await
}

#[tauri::command]
pub async fn update_provider(
    state: State<'_, AppState>,
    id: i64,
    input: ProviderInput,
) -> Result<IndirectProvider, ApiError> {
    state.run(state.store.update_provider(id, &input)).await
}

#[tauri::command]
pub async fn get_link_host(state: State<'_, AppState>, cloud: Cloud) -> Result<LinkHostSetting, ApiError> {
    state.run(state.store.link_host_setting(cloud)).await
}

#[tauri::command]
pub async fn set_link_host(state: State<'_, AppState>, cloud: Cloud, host: String) -> Result<String, ApiError> {
    state.run(state.store.set_link_host(cloud, &host)).await
}
