use crate::state::AppState;
use crate::{dialogs, handoff};
use liaison_core::{ApiError, BulkGdapRelationship, BulkRequest, CustomerSelection, PreparedBulk, SavedDrafts};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn prepare_bulk_request(state: State<'_, AppState>, request: BulkRequest) -> Result<PreparedBulk, ApiError> {
    state.run(state.store.prepare_bulk(&request)).await
}

#[tauri::command]
pub async fn open_bulk_draft_in_mail_app(
    state: State<'_, AppState>,
    request: BulkRequest,
    customer_id: i64,
) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.bulk_draft_mailto(&request, customer_id).await?) }).await
}

/// Asks for a new folder and saves every draft there as an `.eml` file; where, or `None` if the
/// user cancelled. Nothing is recorded.
#[tauri::command]
pub async fn save_bulk_drafts(
    app: AppHandle,
    state: State<'_, AppState>,
    request: BulkRequest,
) -> Result<Option<SavedDrafts>, ApiError> {
    state
        .run(async {
            // Checked before asking where: the role, the customers, at least one draft.
            state.store.prepare_bulk(&request).await?;
            let lang = state.store.ui_language().await?;
            let name = liaison_core::eml::folder_name(lang, liaison_core::gdap::today());
            let Some(dir) =
                dialogs::choose_destination(&app, lang, "bulk-save-title", &name, dialogs::Saving::Folder).await?
            else {
                return Ok(None);
            };
            state.store.save_bulk_drafts(&request, &dir).await.map(Some)
        })
        .await
}

#[tauri::command]
pub async fn record_bulk_request(
    state: State<'_, AppState>,
    request: BulkRequest,
    customer_ids: Vec<i64>,
) -> Result<Vec<i64>, ApiError> {
    state.run(state.store.record_bulk(&request, &customer_ids)).await
}

#[tauri::command]
pub async fn propose_bulk_gdap(
    state: State<'_, AppState>,
    customers: CustomerSelection,
) -> Result<Vec<BulkGdapRelationship>, ApiError> {
    state.run(state.store.propose_bulk_gdap(&customers)).await
}
