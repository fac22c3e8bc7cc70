//! The desktop shell: opens the store, wires plugins and commands, and nothing more. Every
//! decision is made in `liaison-core`.

mod commands;
mod logging;
mod state;

use state::AppState;
use std::path::PathBuf;
use tauri::Manager;

/// Overrides where the database (and, then, the log) lives: for tests and portable use.
const DATA_DIR_VAR: &str = "LIAISON_DATA_DIR";

/// Starts Liaison.
pub fn run() {
    let app = tauri::Builder::default()
        // First, so a second launch hands over before opening anything: the running window is
        // focused and the database is never opened twice.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .setup(|app| {
            let (data_dir, log_dir) = match std::env::var_os(DATA_DIR_VAR) {
                Some(dir) => {
                    let dir = PathBuf::from(dir);
                    (dir.clone(), dir.join("logs"))
                }
                None => (app.path().app_data_dir()?, app.path().app_log_dir()?),
            };
            let log_guard = logging::init(&log_dir);
            tracing::info!(version = env!("CARGO_PKG_VERSION"), data = %data_dir.display(), "Liaison starting");
            let store = tauri::async_runtime::block_on(liaison_core::Store::open_in(&data_dir))
                .map_err(|e| {
                    tracing::error!("cannot open the database: {e}");
                    e
                })?
                .with_system_locale(sys_locale::get_locale().as_deref());
            app.manage(AppState { store, _log_guard: log_guard });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::load_translations,
            commands::session::get_session,
            commands::session::save_profile,
            commands::session::set_ui_language,
            commands::customers::list_customers,
            commands::customers::get_customer,
            commands::customers::add_customer,
            commands::customers::update_customer,
            commands::activity::list_activity,
        ])
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                if let Some(state) = handle.try_state::<AppState>() {
                    tauri::async_runtime::block_on(state.store.close());
                }
            }
        }),
        Err(e) => {
            eprintln!("Liaison could not start: {e}");
            std::process::exit(1);
        }
    }
}
