use crate::dialogs;
use crate::state::AppState;
use liaison_core::csv::CsvProblem;
use liaison_core::{ActivityQuery, ApiError, Error, ImportProgress, ImportReport, Relationship};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// The file the user picked to import, and the flag that cancels a running import. The path
/// stays on this side: the web view names no file, so it cannot make Liaison read any other.
#[derive(Default)]
pub struct ImportState {
    file: Mutex<Option<PathBuf>>,
    cancel: AtomicBool,
}

/// Asks for the `Customers.csv` to import with the system's file dialog; the file's name, or
/// `None` if the user cancelled. Picking changes nothing, so any role may.
#[tauri::command]
pub async fn choose_import_file(
    app: AppHandle,
    state: State<'_, AppState>,
    import: State<'_, ImportState>,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let lang = state.store.ui_language().await?;
            let Some(path) = dialogs::pick_csv(&app, lang, "import-dialog-title").await? else {
                return Ok(None);
            };
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            *import.file.lock().unwrap_or_else(PoisonError::into_inner) = Some(path);
            Ok(name)
        })
        .await
}

/// Previews or applies the import of the picked file, reporting progress on `on_progress`.
#[tauri::command]
pub async fn import_customers(
    state: State<'_, AppState>,
    import: State<'_, ImportState>,
    apply: bool,
    on_progress: Channel<ImportProgress>,
) -> Result<ImportReport, ApiError> {
    state
        .run(async {
            let path = import.file.lock().unwrap_or_else(PoisonError::into_inner).clone();
            let path = path.ok_or(Error::Csv(CsvProblem::NotChosen))?;
            import.cancel.store(false, Ordering::Relaxed);
            let progress = move |p: ImportProgress| {
                // A closed window no longer listens; the import goes on regardless.
                let _ = on_progress.send(p);
            };
            state.store.import_customers(&path, apply, &progress, &import.cancel).await
        })
        .await
}

/// Stops a running import; its transaction is rolled back. Stopping changes nothing, so any
/// role may.
#[tauri::command]
pub fn cancel_import(import: State<'_, ImportState>) {
    import.cancel.store(true, Ordering::Relaxed);
}

/// Saves the customers of one view where the user chooses; the path, or `None` if they cancelled.
/// A staff member who may not export is told so before the save dialog opens.
#[tauri::command]
pub async fn export_customers(
    app: AppHandle,
    state: State<'_, AppState>,
    view: Relationship,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            state.store.require_export().await?;
            let lang = state.store.ui_language().await?;
            let Some(path) =
                dialogs::choose_destination(&app, lang, "customers-export", "Customers.csv", dialogs::Saving::Csv)
                    .await?
            else {
                return Ok(None);
            };
            state.store.export_customers_to(view, &path).await?;
            Ok(Some(path.display().to_string()))
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
            state.store.require_export().await?;
            let lang = state.store.ui_language().await?;
            let Some(path) =
                dialogs::choose_destination(&app, lang, "activity-export", "Activity.csv", dialogs::Saving::Csv)
                    .await?
            else {
                return Ok(None);
            };
            state.store.export_activity_to(&query, &path).await?;
            Ok(Some(path.display().to_string()))
        })
        .await
}
