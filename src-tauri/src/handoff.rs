//! Handing text to the rest of the desktop: the mail application, the clipboard, a file. The
//! content is always built by the core; this only delivers it.

use liaison_core::Error;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// Opens a `mailto:` URL in the user's default mail application. Nothing but `mailto:` is ever
/// handed over, whatever the caller passes.
pub fn open_mail(url: &str) -> Result<(), Error> {
    if !url.starts_with("mailto:") {
        return Err(Error::OpenFailed("not a mailto: URL".into()));
    }
    tracing::info!(length = url.len(), "handing a draft to the mail application");
    open::that_detached(url).map_err(|e| Error::OpenFailed(e.to_string()))
}

/// The system clipboard, kept for the app's lifetime: on Linux the copied text lives only as
/// long as the object that owns it.
#[derive(Default)]
pub struct Clipboard(Mutex<Option<arboard::Clipboard>>);

impl Clipboard {
    /// Puts `text` on the clipboard.
    pub fn copy(&self, text: &str) -> Result<(), Error> {
        let mut slot = self.0.lock().map_err(|_| Error::Clipboard("clipboard lock poisoned".into()))?;
        if slot.is_none() {
            *slot = Some(arboard::Clipboard::new().map_err(|e| Error::Clipboard(e.to_string()))?);
        }
        let clipboard = slot.as_mut().ok_or_else(|| Error::Clipboard("no clipboard".into()))?;
        clipboard.set_text(text.to_owned()).map_err(|e| Error::Clipboard(e.to_string()))
    }
}

/// Asks where to save `file_name` (CSV); `None` if the user cancelled. The core writes the file.
pub fn choose_csv_destination(app: &AppHandle, title: &str, file_name: &str) -> Result<Option<PathBuf>, Error> {
    let Some(path) =
        app.dialog().file().set_title(title).set_file_name(file_name).add_filter("CSV", &["csv"]).blocking_save_file()
    else {
        return Ok(None);
    };
    path.into_path().map(Some).map_err(|e| Error::OpenFailed(e.to_string()))
}

/// Asks, with the system's file dialog, for a CSV file to read; `None` if the user cancelled.
pub fn pick_csv(app: &AppHandle, title: &str, filter: &str) -> Result<Option<PathBuf>, Error> {
    let Some(path) = app.dialog().file().set_title(title).add_filter(filter, &["csv"]).blocking_pick_file() else {
        return Ok(None);
    };
    path.into_path().map(Some).map_err(|e| Error::OpenFailed(e.to_string()))
}
