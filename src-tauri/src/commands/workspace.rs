use crate::startup::Waiting;
use crate::state::AppState;
use liaison_core::workspace;
use liaison_core::{ApiError, Connecting, MoveReport, Store, WorkspaceCheck, WorkspaceInput, WorkspaceSetting};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn get_workspace(state: State<'_, AppState>) -> Result<WorkspaceSetting, ApiError> {
    Ok(WorkspaceSetting {
        engine: state.store.engine(),
        saved: workspace::saved(&state.data_dir),
        from_environment: std::env::var_os(crate::startup::DATABASE_URL_VAR).is_some_and(|v| !v.is_empty()),
    })
}

#[tauri::command]
pub async fn check_workspace(state: State<'_, AppState>, input: WorkspaceInput) -> Result<WorkspaceCheck, ApiError> {
    state.run(Store::check_workspace(&input)).await
}

/// Saves the team workspace to work in (or, with none, the local file) and restarts into it.
#[tauri::command]
pub async fn use_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
    input: Option<WorkspaceInput>,
) -> Result<(), ApiError> {
    let chosen = match &input {
        Some(input) => Some(state.run(async { input.validate() }).await?),
        None => None,
    };
    state.run(async { workspace::save(&state.data_dir, chosen.as_ref()) }).await?;
    tracing::info!(team = chosen.is_some(), "switching where Liaison works; restarting");
    app.restart()
}

/// Copies the local file into the empty team workspace at `input` (a Global admin, as the
/// workspace's owner); the file stays as it was, as a backup.
#[tauri::command]
pub async fn move_to_workspace(state: State<'_, AppState>, input: WorkspaceInput) -> Result<MoveReport, ApiError> {
    state.run(async { state.store.move_to_workspace(&input.validate()?.url()).await }).await
}

/// Whether Liaison is still waiting for its team workspace at start-up (`None`: it is open).
#[tauri::command]
pub fn connecting_status(waiting: State<'_, Waiting>) -> Option<Connecting> {
    waiting.status()
}

/// Tries the team workspace at once instead of at the next attempt.
#[tauri::command]
pub fn connect_now(waiting: State<'_, Waiting>) {
    waiting.try_now();
}
