//! Drives the real Liaison binary in its real WebView: `tauri-driver` in front of
//! WebKitWebDriver, each test with its own data directory and XDG folders.

pub mod app;
pub mod cable;
pub mod checks;
pub mod notifications;
pub mod webdriver;

pub use app::App;
pub use cable::Cable;
pub use webdriver::{Element, Session};
