// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // `liaison link`, `liaison customers list`…: the command-line tool installed beside the app
    // does it, so scripts need no second name and the app needs no window for them.
    if let Some(code) = liaison_lib::command_line::hand_over() {
        std::process::exit(code);
    }
    liaison_lib::run();
}
