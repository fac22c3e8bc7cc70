use crate::handoff;
use crate::state::AppState;
use liaison_core::{i18n, ActivityQuery, ApiError, ImportReport, Relationship};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn import_customers(state: State<'_, AppState>, csv: String, apply: bool) -> Result<ImportReport, ApiError> {
    state.run(state.store.import_customers(&csv, apply)).await
}

/// Saves the customers of one view where the user chooses; the path, or `None` if they cancelled.
#[tauri::command]
pub async fn export_customers(
    app: AppHandle,
    state: State<'_, AppState>,
    view: Relationship,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let csv = state.store.export_customers(view).await?;
            let title = i18n::text(state.store.ui_language().await?, "customers-export", None);
            handoff::save_csv(&app, &title, "Customers.csv", &csv)
        })
        .await
}

/// Saves the activity lines the query selects where the user chooses.
#[tauri::command]
pub async fn export_activity(
    app: AppHandle,
    state: State<'_, AppState>,
    query: ActivityQuery,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let csv = state.store.export_activity(&query).await?;
            let title = i18n::text(state.store.ui_language().await?, "activity-export", None);
            handoff::save_csv(&app, &title, "Activity.csv", &csv)
        })
        .await
}
