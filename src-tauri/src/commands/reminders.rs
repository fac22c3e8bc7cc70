use crate::handoff;
use crate::state::AppState;
use liaison_core::{ApiError, Draft, PreparedReminder, ReminderOf, RemindersDue, Session};
use tauri::{AppHandle, State};
use tauri_plugin_notification::NotificationExt;

#[tauri::command]
pub async fn reminders_due(state: State<'_, AppState>) -> Result<RemindersDue, ApiError> {
    state.run(state.store.reminders_due()).await
}

#[tauri::command]
pub async fn set_reminder_days(state: State<'_, AppState>, days: u32) -> Result<Session, ApiError> {
    state.run(state.store.set_reminder_days(days)).await
}

/// Shows the desktop notification that reminders are due, if the core says it is time (at most
/// once a day); whether it was shown.
#[tauri::command]
pub async fn show_reminder_notice(app: AppHandle, state: State<'_, AppState>) -> Result<bool, ApiError> {
    let Some(notice) = state.run(state.store.reminder_notice()).await? else {
        return Ok(false);
    };
    // A desktop without a notification service misses the notice; the menu's counts remain.
    if let Err(e) = app.notification().builder().title(&notice.title).body(&notice.body).show() {
        tracing::warn!("could not show the reminders notification: {e}");
        return Ok(false);
    }
    tracing::info!("notified that reminders are due");
    Ok(true)
}

#[tauri::command]
pub async fn prepare_reminder(state: State<'_, AppState>, of: ReminderOf) -> Result<PreparedReminder, ApiError> {
    state.run(state.store.prepare_reminder(of)).await
}

#[tauri::command]
pub async fn open_reminder_in_mail_app(
    state: State<'_, AppState>,
    of: ReminderOf,
    draft: Draft,
) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.reminder_mailto(of, &draft).await?) }).await
}

#[tauri::command]
pub async fn copy_reminder(state: State<'_, AppState>, of: ReminderOf, draft: Draft) -> Result<(), ApiError> {
    state.run(async { state.clipboard.copy(&state.store.reminder_clipboard(of, &draft).await?) }).await
}

#[tauri::command]
pub async fn save_reminder_eml(
    app: AppHandle,
    state: State<'_, AppState>,
    of: ReminderOf,
    draft: Draft,
) -> Result<Option<String>, ApiError> {
    state
        .run(async {
            let message = state.store.reminder_eml(of, &draft).await?;
            handoff::save_eml(&app, state.store.ui_language().await?, message).await
        })
        .await
}

#[tauri::command]
pub async fn send_reminder(state: State<'_, AppState>, of: ReminderOf, draft: Draft) -> Result<(), ApiError> {
    state.run(state.store.send_reminder(of, &draft)).await
}
