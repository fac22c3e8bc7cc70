//! Puts every app command under the capability ACL: a command not granted in
//! `capabilities/` cannot be invoked from any window.

/// Every command the shell registers; kept in step with `invoke_handler` in `lib.rs`.
const COMMANDS: &[&str] = &[
    "load_translations",
    "get_session",
    "save_profile",
    "set_ui_language",
    "list_customers",
    "get_customer",
    "add_customer",
    "update_customer",
    "list_activity",
];

fn main() {
    println!("cargo:rerun-if-changed=../ui/dist");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script failed");
}
