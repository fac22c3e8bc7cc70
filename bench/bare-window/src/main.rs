//! The smallest Tauri 2 app: one window with one line of text. Its page tells the process once
//! its first frame has been painted, and the process says so on stderr, the moment
//! `cargo xtask bench` times Liaison's start-up against.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// What is written to stderr once the page has painted.
const PAINTED: &str = "bare window painted";

#[tauri::command]
fn painted() {
    eprintln!("{PAINTED}");
}

fn main() {
    let app =
        tauri::Builder::default().invoke_handler(tauri::generate_handler![painted]).build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("the bare window could not start: {e}");
            std::process::exit(1);
        }
    }
}
