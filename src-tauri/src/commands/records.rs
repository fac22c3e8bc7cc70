use crate::handoff;
use crate::state::AppState;
use liaison_core::{
    ApiError, CustomerUser, Draft, Language, NoticeParty, RemovalCheck, Subscription, SubscriptionInput,
    SubscriptionStatus, UserInput,
};
use tauri::State;

#[tauri::command]
pub async fn list_subscriptions(state: State<'_, AppState>, customer_id: i64) -> Result<Vec<Subscription>, ApiError> {
    state.run(state.store.subscriptions(customer_id)).await
}

#[tauri::command]
pub async fn add_subscription(
    state: State<'_, AppState>,
    customer_id: i64,
    input: SubscriptionInput,
) -> Result<Subscription, ApiError> {
    state.run(state.store.add_subscription(customer_id, &input)).await
}

#[tauri::command]
pub async fn set_subscription_status(
    state: State<'_, AppState>,
    id: i64,
    status: SubscriptionStatus,
) -> Result<Subscription, ApiError> {
    state.run(state.store.set_subscription_status(id, status)).await
}

#[tauri::command]
pub async fn list_users(state: State<'_, AppState>, customer_id: i64) -> Result<Vec<CustomerUser>, ApiError> {
    state.run(state.store.users(customer_id)).await
}

#[tauri::command]
pub async fn add_user(
    state: State<'_, AppState>,
    customer_id: i64,
    input: UserInput,
) -> Result<CustomerUser, ApiError> {
    state.run(state.store.add_user(customer_id, &input)).await
}

#[tauri::command]
pub async fn removal_check(state: State<'_, AppState>, customer_id: i64) -> Result<RemovalCheck, ApiError> {
    state.run(state.store.removal_check(customer_id)).await
}

#[tauri::command]
pub async fn termination_notice(
    state: State<'_, AppState>,
    customer_id: i64,
    language: Option<Language>,
    to: NoticeParty,
) -> Result<Draft, ApiError> {
    state.run(state.store.termination_notice(customer_id, language, to)).await
}

#[tauri::command]
pub async fn open_notice_in_mail_app(state: State<'_, AppState>, draft: Draft) -> Result<(), ApiError> {
    state.run(async { handoff::open_mail(&state.store.notice_mailto(&draft).await?) }).await
}

#[tauri::command]
pub async fn copy_notice(state: State<'_, AppState>, draft: Draft) -> Result<(), ApiError> {
    state.run(async { state.clipboard.copy(&state.store.notice_clipboard(&draft).await?) }).await
}

#[tauri::command]
pub async fn remove_relationship(
    state: State<'_, AppState>,
    customer_id: i64,
    attestation: String,
) -> Result<(), ApiError> {
    state.run(state.store.remove_relationship(customer_id, &attestation)).await
}
