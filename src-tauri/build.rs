//! Puts every app command under the capability ACL: a command not granted in
//! `capabilities/` cannot be invoked from any window.

/// Every command the shell registers; kept in step with `invoke_handler` in `lib.rs`.
const COMMANDS: &[&str] = &[
    "window_ready",
    "load_translations",
    "get_session",
    "save_profile",
    "set_ui_language",
    "list_customers",
    "get_customer",
    "add_customer",
    "update_customer",
    "customer_counts",
    "record_dap_removed",
    "list_activity",
    "list_providers",
    "add_provider",
    "update_provider",
    "get_link_host",
    "set_link_host",
    "prepare_invitation",
    "open_invitation_in_mail_app",
    "copy_invitation",
    "send_invitation",
    "list_invitations",
    "reopen_invitation_in_mail_app",
    "copy_sent_invitation",
    "accept_invitation",
    "cancel_invitation",
    "list_subscriptions",
    "add_subscription",
    "set_subscription_status",
    "list_users",
    "add_user",
    "removal_check",
    "termination_notice",
    "open_notice_in_mail_app",
    "copy_notice",
    "remove_relationship",
    "choose_import_file",
    "import_customers",
    "cancel_import",
    "export_customers",
    "export_activity",
    "list_backups",
    "back_up_now",
    "restore_backup",
    "list_staff",
    "add_staff_member",
    "update_staff_member",
    "get_workspace",
    "check_workspace",
    "use_workspace",
    "move_to_workspace",
    "connecting_status",
    "connect_now",
];

fn main() {
    println!("cargo:rerun-if-changed=../ui/dist");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
