//! The desktop shell: opens the store, wires plugins and commands, and nothing more. Every
//! decision is made in `liaison-core`.

pub mod command_line;
mod commands;
mod dialogs;
mod drawing;
mod handoff;
mod logging;
mod startup;
mod state;

use state::AppState;
use std::path::PathBuf;
use tauri::Manager;

/// Starts Liaison.
pub fn run() {
    startup::mark_launch();
    let builder = tauri::Builder::default()
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
        .plugin(tauri_plugin_notification::init());
    // Linux shows its dialogs through the window's own GTK (see `dialogs`).
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_dialog::init());
    let app = builder
        .manage(commands::exchange::ImportState::default())
        .manage(startup::Waiting::default())
        .setup(|app| {
            let (data_dir, log_dir) = match std::env::var_os(liaison_core::workspace::DATA_DIR_VAR) {
                Some(dir) => {
                    let dir = PathBuf::from(dir);
                    (dir.clone(), dir.join("logs"))
                }
                None => (app.path().app_data_dir()?, app.path().app_log_dir()?),
            };
            let log_guard = logging::init(&log_dir);
            tracing::info!(version = env!("CARGO_PKG_VERSION"), data = %data_dir.display(), "Liaison starting");
            startup::open(app.handle(), data_dir, log_guard)?;
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::window_ready,
            commands::session::load_translations,
            commands::session::get_session,
            commands::session::save_profile,
            commands::session::set_ui_language,
            commands::customers::list_customers,
            commands::customers::get_customer,
            commands::customers::add_customer,
            commands::customers::update_customer,
            commands::customers::customer_counts,
            commands::customers::record_dap_removed,
            commands::activity::list_activity,
            commands::providers::list_providers,
            commands::providers::add_provider,
            commands::providers::update_provider,
            commands::providers::get_link_host,
            commands::providers::set_link_host,
            commands::invitations::prepare_invitation,
            commands::invitations::open_invitation_in_mail_app,
            commands::invitations::copy_invitation,
            commands::invitations::send_invitation,
            commands::invitations::list_invitations,
            commands::invitations::reopen_invitation_in_mail_app,
            commands::invitations::copy_sent_invitation,
            commands::invitations::accept_invitation,
            commands::invitations::cancel_invitation,
            commands::gdap::list_admin_relationships,
            commands::gdap::propose_gdap_name,
            commands::gdap::prepare_gdap_request,
            commands::gdap::open_gdap_request_in_mail_app,
            commands::gdap::copy_gdap_request,
            commands::gdap::send_gdap_request,
            commands::gdap::approve_gdap,
            commands::gdap::terminate_gdap,
            commands::gdap::gdap_overview,
            commands::gdap::list_role_templates,
            commands::gdap::save_role_template,
            commands::gdap::delete_role_template,
            commands::invitations::save_invitation_eml,
            commands::gdap::save_gdap_request_eml,
            commands::reminders::reminders_due,
            commands::reminders::set_reminder_days,
            commands::reminders::show_reminder_notice,
            commands::reminders::prepare_reminder,
            commands::reminders::open_reminder_in_mail_app,
            commands::reminders::copy_reminder,
            commands::reminders::save_reminder_eml,
            commands::reminders::send_reminder,
            commands::bulk::prepare_bulk_request,
            commands::bulk::open_bulk_draft_in_mail_app,
            commands::bulk::save_bulk_drafts,
            commands::bulk::record_bulk_request,
            commands::bulk::propose_bulk_gdap,
            commands::gdap::open_microsoft_page,
            commands::records::list_subscriptions,
            commands::records::add_subscription,
            commands::records::set_subscription_status,
            commands::records::list_users,
            commands::records::add_user,
            commands::records::removal_check,
            commands::records::termination_notice,
            commands::records::open_notice_in_mail_app,
            commands::records::copy_notice,
            commands::records::remove_relationship,
            commands::exchange::choose_import_file,
            commands::exchange::import_customers,
            commands::exchange::cancel_import,
            commands::exchange::export_customers,
            commands::exchange::export_activity,
            commands::backups::list_backups,
            commands::backups::back_up_now,
            commands::backups::restore_backup,
            commands::staff::list_staff,
            commands::staff::add_staff_member,
            commands::staff::update_staff_member,
            commands::workspace::get_workspace,
            commands::workspace::check_workspace,
            commands::workspace::use_workspace,
            commands::workspace::move_to_workspace,
            commands::workspace::connecting_status,
            commands::workspace::connect_now,
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

#[cfg(test)]
mod tests {
    /// The command names of the invoke handler, in order.
    fn handlers() -> Vec<String> {
        let lib = include_str!("lib.rs");
        let from = lib.find("generate_handler![").map(|i| i + "generate_handler![".len()).unwrap_or(0);
        lib[from..]
            .split(']')
            .next()
            .unwrap_or_default()
            .split(',')
            .filter_map(|s| s.trim().rsplit("::").next().filter(|n| !n.is_empty()).map(str::to_owned))
            .collect()
    }

    /// Every registered command has its gate in the core (a role it requires, or why it is open to
    /// every role), and the core gates no command the shell lacks; the core's store tests prove
    /// each gate refuses the roles it names.
    #[test]
    fn every_registered_command_is_gated_or_deliberately_open() {
        use liaison_core::permissions::{gate, COMMAND_GATES};
        let handlers = handlers();
        assert!(handlers.len() > 30, "{handlers:?}");
        let ungated: Vec<&String> = handlers.iter().filter(|h| gate(h).is_none()).collect();
        assert!(ungated.is_empty(), "commands with no gate in liaison_core::permissions::COMMAND_GATES: {ungated:?}");
        let unregistered: Vec<&str> =
            COMMAND_GATES.iter().map(|(n, _)| *n).filter(|n| !handlers.iter().any(|h| h == n)).collect();
        assert!(unregistered.is_empty(), "gated in the core but not registered: {unregistered:?}");
    }

    /// The command list is written three times (handler, build script ACL, capability); a
    /// command missing from one would be unreachable or unguarded.
    #[test]
    fn every_command_is_registered_listed_and_granted() {
        let between = |text: &str, start: &str, end: &str| -> String {
            let from = text.find(start).map(|i| i + start.len()).unwrap_or(0);
            text[from..].split(end).next().unwrap_or_default().to_owned()
        };
        let handlers = handlers();
        let build = include_str!("../build.rs");
        let listed: Vec<String> = between(build, "COMMANDS: &[&str] = &[", "];")
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        let capability = include_str!("../capabilities/main-window.json");
        assert!(handlers.len() > 30, "{handlers:?}");
        assert_eq!(handlers, listed, "build.rs COMMANDS differ from the invoke handler");
        for name in &handlers {
            let permission = format!("\"allow-{}\"", name.replace('_', "-"));
            assert!(capability.contains(&permission), "{permission} is not granted to the main window");
        }
    }
}
