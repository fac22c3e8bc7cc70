use crate::startup::Waiting;
use crate::state::AppState;
use liaison_core::{keychain, workspace};
use liaison_core::{ApiError, Connecting, MoveReport, Store, WorkspaceCheck, WorkspaceInput, WorkspaceSetting};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn get_workspace(state: State<'_, AppState>) -> Result<WorkspaceSetting, ApiError> {
    Ok(WorkspaceSetting {
        engine: state.store.engine(),
        saved: workspace::saved(&state.data_dir),
        from_environment: std::env::var_os(liaison_core::workspace::DATABASE_URL_VAR).is_some_and(|v| !v.is_empty()),
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
        Some(input) => Some(state.run(async { remember_password(input) }).await?),
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
    state
        .run(async {
            let workspace = input.validate()?;
            let url = workspace.connection_url(input.password_for(&workspace).as_deref());
            let moved = state.store.move_to_workspace(&url).await?;
            // Kept now for the switch that follows; a keychain that refuses is told at the switch,
            // which keeps it again, rather than as if the move had failed.
            let _ = remember_password(&input);
            Ok(moved)
        })
        .await
}

/// The workspace typed, once its password (if one was typed) is in the system's keychain, where
/// opening the workspace finds it.
fn remember_password(input: &WorkspaceInput) -> liaison_core::Result<liaison_core::ValidWorkspace> {
    let workspace = input.validate()?;
    if let Some(password) = input.typed_password() {
        keychain::remember(&workspace, password)?;
    }
    Ok(workspace)
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
