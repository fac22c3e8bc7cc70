//! `liaison COMMAND …` runs the command-line tool, `liaison-cli`, installed beside the app: the
//! packages put both on the PATH, and admins type one name for both.

/// The words that make a command line the tool's rather than the app's.
const COMMANDS: &[&str] =
    &["link", "customers", "invite", "invitations", "activity", "--help", "-h", "--version", "-V"];

/// The tool's file name on this system.
fn tool_name() -> String {
    format!("liaison-cli{}", std::env::consts::EXE_SUFFIX)
}

/// Runs the tool with this process's arguments when they name one of its commands, and returns
/// its exit code; `None` starts the app.
pub fn hand_over() -> Option<i32> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let first = args.first()?.to_str()?;
    if !COMMANDS.contains(&first) {
        return None;
    }
    let tool = std::env::current_exe().ok()?.with_file_name(tool_name());
    match std::process::Command::new(&tool).args(&args).status() {
        Ok(status) => Some(status.code().unwrap_or(1)),
        Err(e) => {
            eprintln!("liaison: {}: {e}", tool.display());
            Some(1)
        }
    }
}
