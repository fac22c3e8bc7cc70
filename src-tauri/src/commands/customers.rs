use crate::state::AppState;
use liaison_core::{ApiError, Customer, CustomerCounts, CustomerInput, CustomerQuery};
use tauri::State;

#[tauri::command]
pub async fn list_customers(state: State<'_, AppState>, query: CustomerQuery) -> Result<Vec<Customer>, ApiError> {
    state.run(state.store.customer_rows(&query)).await
}

#[tauri::command]
pub async fn get_customer(state: State<'_, AppState>, id: i64) -> Result<Customer, ApiError> {
    state.run(state.store.customer(id)).await
}

#[tauri::command]
pub async fn add_customer(state: State<'_, AppState>, input: CustomerInput) -> Result<Customer, ApiError> {
    state.run(state.store.add_customer(&input)).await
}

#[tauri::command]
pub async fn update_customer(
    state: State<'_, AppState>,
    id: i64,
    version: i64,
    input: CustomerInput,
) -> Result<Customer, ApiError> {
    state.run(state.store.update_customer(id, version, &input)).await
}

#[tauri::command]
pub async fn customer_counts(state: State<'_, AppState>, search: String) -> Result<CustomerCounts, ApiError> {
    state.run(state.store.customer_counts(&search)).await
}

#[tauri::command]
pub async fn record_dap_removed(state: State<'_, AppState>, id: i64) -> Result<Customer, ApiError> {
    state.run(state.store.record_dap_removed(id)).await
}
