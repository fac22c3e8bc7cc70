use crate::handoff;
use crate::state::AppState;
use liaison_core::MicrosoftPage;
use liaison_core::{
    AdminRelationship, ApiError, Draft, GdapOverview, GdapRequest, PreparedGdapRequest, RoleTemplate, RoleTemplateInput,
};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn list_admin_relationships(
    state: State<'_, AppState>,
    customer_id: Option<i64>,
) -> Result<Vec<AdminRelationship>, ApiError> {
    state.run(state.store.admin_relationships(customer_id)).await
}

#[tauri::command]
pub async fn propose_gdap_name(state: State<'_, AppState>, customer_id: i64) -> Result<String, ApiError> {
    state.run(state.store.proposed_gdap_name(customer_id)).await
}

#[tauri::command]
pub async fn prepare_gdap_request(
    state: State<'_, AppState>,
    request: GdapRequest,
) -> Result<PreparedGdapRequest, ApiError> {
    state.run(state.store.prepare_gdap_request(&request)).await
}

#[tauri::command]
pub async fn open_gdap_request_in_mail_app(
    state: State<'_, AppState>,
    request: GdapRequest,
    draft: Draft,
) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.gdap_request_mailto(&request, &draft).await?) }).await
}

#[tauri::command]
pub async fn copy_gdap_request(state: State<'_, AppState>, request: GdapRequest, draft: Draft) -> Result<(), ApiError> {
    state.run(async { state.clipboard.copy(&state.store.gdap_request_clipboard(&request, &draft).await?) }).await
}

#[tauri::command]
pub async fn send_gdap_request(
    state: State<'_, AppState>,
    request: GdapRequest,
    draft: Draft,
) -> Result<AdminRelationship, ApiError> {
    state.run(state.store.send_gdap_request(&request, &draft)).await
}

#[tauri::command]
pub async fn approve_gdap(
    state: State<'_, AppState>,
    id: i64,
    approved_on: String,
) -> Result<AdminRelationship, ApiError> {
    state.run(state.store.approve_gdap(id, &approved_on)).await
}

#[tauri::command]
pub async fn terminate_gdap(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<AdminRelationship, ApiError> {
    state.run(state.store.terminate_gdap(id, &reason)).await
}

#[tauri::command]
pub async fn gdap_overview(state: State<'_, AppState>) -> Result<GdapOverview, ApiError> {
    state.run(state.store.gdap_overview()).await
}

#[tauri::command]
pub async fn list_role_templates(state: State<'_, AppState>) -> Result<Vec<RoleTemplate>, ApiError> {
    state.run(state.store.role_templates()).await
}

#[tauri::command]
pub async fn save_role_template(
    state: State<'_, AppState>,
    id: Option<i64>,
    input: RoleTemplateInput,
) -> Result<RoleTemplate, ApiError> {
    state.run(state.store.save_role_template(id, &input)).await
}

#[tauri::command]
pub async fn delete_role_template(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state.run(state.store.delete_role_template(id)).await
}

#[tauri::command]
pub async fn open_microsoft_page(
    state: State<'_, AppState>,
    page: MicrosoftPage,
    customer_id: Option<i64>,
) -> Result<(), ApiError> {
    state.run(async { handoff::open_web(&state.store.microsoft_page(page, customer_id).await?) }).await
}

#[tauri::command]
pub async fn save_gdap_request_eml(
    app: AppHandle,
    state: State<'_, AppState>,
    request: GdapRequest,
    draft: Draft,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let message = state.store.gdap_request_eml(&request, &draft).await?;
            handoff::save_eml(&app, state.store.ui_language().await?, message).await
        })
        .await
}
