use crate::handoff;
use crate::state::AppState;
use liaison_core::{
    ApiError, Draft, Invitation, InvitationPage, InvitationQuery, InvitationRequest, PreparedInvitation,
};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn prepare_invitation(
    state: State<'_, AppState>,
    request: InvitationRequest,
) -> Result<PreparedInvitation, ApiError> {
    state.run(state.store.prepare_invitation(&request)).await
}

#[tauri::command]
pub async fn open_invitation_in_mail_app(
    state: State<'_, AppState>,
    request: InvitationRequest,
    draft: Draft,
) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.invitation_mailto(&request, &draft).await?) }).await
}

#[tauri::command]
pub async fn copy_invitation(
    state: State<'_, AppState>,
    request: InvitationRequest,
    draft: Draft,
) -> Result<(), ApiError> {
    state.run(async { state.clipboard.copy(&state.store.invitation_clipboard(&request, &draft).await?) }).await
}

#[tauri::command]
pub async fn send_invitation(
    state: State<'_, AppState>,
    request: InvitationRequest,
    draft: Draft,
) -> Result<Invitation, ApiError> {
    state.run(state.store.send_invitation(&request, &draft)).await
}

#[tauri::command]
pub async fn list_invitations(state: State<'_, AppState>, query: InvitationQuery) -> Result<InvitationPage, ApiError> {
    state.run(state.store.invitations(&query)).await
}

#[tauri::command]
pub async fn reopen_invitation_in_mail_app(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.sent_invitation_mailto(id).await?) }).await
}

#[tauri::command]
pub async fn copy_sent_invitation(state: State<'_, AppState>, id: i64) -> Result<(), ApiError> {
    state.run(async { state.clipboard.copy(&state.store.sent_invitation_clipboard(id).await?) }).await
}

#[tauri::command]
pub async fn accept_invitation(
    state: State<'_, AppState>,
    id: i64,
    microsoft_id: String,
) -> Result<Invitation, ApiError> {
    state.run(state.store.accept_invitation(id, &microsoft_id)).await
}

#[tauri::command]
pub async fn cancel_invitation(state: State<'_, AppState>, id: i64) -> Result<Invitation, ApiError> {
    state.run(state.store.cancel_invitation(id)).await
}

#[tauri::command]
pub async fn save_invitation_eml(
    app: AppHandle,
    state: State<'_, AppState>,
    request: InvitationRequest,
    draft: Draft,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let message = state.store.invitation_eml(&request, &draft).await?;
            handoff::save_eml(&app, state.store.ui_language().await?, message).await
        })
        .await
}
